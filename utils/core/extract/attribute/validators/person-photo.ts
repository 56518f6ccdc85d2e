import type { Validator } from '../types';
import { PERSON_CLASS_LEVELS } from '../tuning';
import { closestLink } from '../../dom';

/** Classes of people's pictures and names: avatars, author photos, curator and user boxes. */
const PERSON_CLASS =
  /(?:^|[\s_-])(?:avatar|avatars|headshot|mugshot|author|authors|byline|profile|user|curator|contributor|writer|reporter|person|people)(?:$|[\s_-]|-?(?:photo|image|img|pic|name))/i;

const BYLINE_SIGNALS = new Set(['byline-outlet', 'story-by-line']);

/**
 * Never a person's picture or name box ("Flipped by Arlo Venn" beside his
 * avatar, an author photo whose alt is "Andrea Stone"), even when it is not
 * the byline's: a provider slot holds outlets, not people.
 */
export const notPersonPhoto: Validator = {
  name: 'not-person-photo',
  check(candidate) {
    // A byline's outlet ("By Jane Roe, Reuters") is read from the byline box on purpose.
    if (!candidate.name || BYLINE_SIGNALS.has(candidate.signal)) return candidate;
    // A person's name as a link leads to that person's page (a profile on the blog platform), no outlet's.
    const el0 = candidate.element;
    const isTextLink = !!el0 && !!closestLink(el0) && el0.tagName !== 'IMG' && !el0.querySelector('img');
    const unnamed = isTextLink ? null : { ...candidate, name: null };
    for (let el = candidate.element ?? null, level = 0; el && level < PERSON_CLASS_LEVELS; el = el.parentElement, level++) {
      if (PERSON_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`)) return unnamed;
      if (/person/i.test(el.getAttribute('itemtype') ?? '')) return unnamed;
    }
    return candidate;
  },
};
