import type { Validator } from '../types';

/** Alt texts that describe an image, not its subject: "image", "logo", "Recommendation image", "photo 3". */
const GENERIC_ALT =
  /^(?:(?:an?|the)\s+)?(?:(?:recommendation|thumbnail|featured|hero|header|article|story|lead|main|provider|partner|publisher|source|brand|site|default|placeholder|profile|author)\s+)?(?:image|img|logo|photo|photograph|picture|pic|icon|thumbnail|thumb|avatar|graphic|banner|illustration|figure)(?:\s+\d+)?$|^(?:image|photo|logo|picture)\s+(?:of|for)\b/i;

/** Words for who wrote it, not which outlet: "News agencies", "Staff", "Wires", "Agences". */
const GENERIC_CREDIT =
  /^(?:(?:news|press|wire|international)\s+)?(?:agenc(?:y|ies)|wires?|wire services?|staff|staff writers?|reporters?|correspondents?|contributors?|editors?|editorial (?:staff|team|desk)|desk|agences?|agenturen|agencias|agenzie)(?:\s+and\s+\w+)?$/i;

/** Never an image's generic alt text, nor a generic credit. */
export const notGenericAltText: Validator = {
  name: 'not-generic-alt-text',
  check(candidate) {
    const name = candidate.name?.trim();
    return name && (GENERIC_ALT.test(name) || GENERIC_CREDIT.test(name)) ? { ...candidate, name: null } : candidate;
  },
};
