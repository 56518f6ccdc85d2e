import { isSameOutlet } from '../names';
import type { Validator } from '../types';

/** Never a person of the byline: a provider slot can hold the author's name or photo alt ("Andrea Stone"). */
export const notBylinePerson: Validator = {
  name: 'not-byline-person',
  check(candidate, { bylinePeople }) {
    const name = candidate.name;
    if (!name) return candidate;
    const squash = (s: string) =>
      s
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    const isPerson = bylinePeople.some(
      (p) => squash(p) === squash(name) || (squash(p).split(' ').length >= 2 && isSameOutlet(p, name) && squash(name).includes(squash(p))),
    );
    return isPerson ? { ...candidate, name: null } : candidate;
  },
};
