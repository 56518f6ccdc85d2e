import type { Validator } from '../types';
import { PHOTO_CREDIT_LEVELS } from '../tuning';

const CREDIT_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'CAPTION', 'PICTURE']);
/**
 * Classes of photo credits and captions. A bare `credit` is not one: bylines
 * sit in "credit bars" too (Yahoo's `credit-bar` holds the provider link).
 */
const CREDIT_CLASS =
  /(?:^|[\s_-])(?:caption|captions|(?:photo|image|img|media|picture|pic|video)[-_]?(?:credit|credits|caption|source|copyright)|getty|courtesy|photographer)(?:$|[\s_-])/i;

/** "Image Credit: WeWork", "Photo: AP", "Courtesy of NASA": the credit's own words say what it is. */
const CREDIT_PREFIX = /^(?:(?:image|photo|picture|pic|video|media)\s*(?:credits?|source|copyright)?|credits?|courtesy(?:\s+of)?)\s*[:：]|^courtesy\s+of\s/i;

/** Never a photo credit ("Homestead", "Getty Images"): text inside figures, captions or credit classes. */
export const notPhotoCredit: Validator = {
  name: 'not-photo-credit',
  check(candidate) {
    if (candidate.name && CREDIT_PREFIX.test(candidate.name)) return { ...candidate, name: null };
    for (let el = candidate.element ?? null, level = 0; el && level < PHOTO_CREDIT_LEVELS; el = el.parentElement, level++) {
      if (CREDIT_TAGS.has(el.tagName) || CREDIT_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`))
        return { ...candidate, name: null };
    }
    return candidate;
  },
};
