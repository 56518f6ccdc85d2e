import type { Validator } from '../types';

/** Alt texts that describe an image, not its subject: "image", "logo", "Recommendation image", "photo 3". */
const GENERIC_ALT =
  /^(?:(?:an?|the)\s+)?(?:(?:recommendation|thumbnail|featured|hero|header|article|story|lead|main|provider|partner|publisher|source|brand|site|default|placeholder|profile|author)\s+)?(?:image|img|logo|photo|photograph|picture|pic|icon|thumbnail|thumb|avatar|graphic|banner|illustration|figure)(?:\s+\d+)?$|^(?:image|photo|logo|picture)\s+(?:of|for)\b/i;

/** Never an image's generic alt text. */
export const notGenericAltText: Validator = {
  name: 'not-generic-alt-text',
  check(candidate) {
    return candidate.name && GENERIC_ALT.test(candidate.name.trim()) ? { ...candidate, name: null } : candidate;
  },
};
