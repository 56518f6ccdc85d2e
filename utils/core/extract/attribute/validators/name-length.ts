import { MAX_OUTLET_NAME_CHARS, MAX_OUTLET_NAME_WORDS } from '../tuning';
import type { Validator } from '../types';

/** Never an over-long string (a sentence, a headline, 10,000 characters of junk) nor a one-letter one. */
export const notOverLong: Validator = {
  name: 'not-over-long',
  check(candidate) {
    const name = candidate.name;
    if (!name) return candidate;
    const words = name.trim().split(/\s+/).length;
    const ok = name.length >= 2 && name.length <= MAX_OUTLET_NAME_CHARS && words <= MAX_OUTLET_NAME_WORDS && /\p{L}/u.test(name);
    if (ok) return candidate;
    // A paragraph behind a link ("Survey: Something's different... Give Feedback") is a promo box: its link is no credit either.
    return words > MAX_OUTLET_NAME_WORDS * 2 ? null : { ...candidate, name: null };
  },
};
