import type { Validator } from '../types';

/**
 * Never markup, code or a byline fragment: "<b>Herald</b>", "{{source}}",
 * "CNA/dy(sn)" (an agency's editor initials), "ar-AA1xyz", "null". Outlet
 * names are words with spaces, dots, ampersands, apostrophes and hyphens.
 */
const CODE_CHARS = /[<>{}[\]\\/=;|`^~$#*_@()]/;
const PLACEHOLDER = /^(?:null|undefined|nan|none|n\/a|unknown|test|true|false|object object)$/i;
/** Bidirectional overrides and other invisible controls, used to disguise text. */
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

export const notCodeLike: Validator = {
  name: 'not-code-like',
  check(candidate) {
    const name = candidate.name;
    if (!name) return candidate;
    const bad = CODE_CHARS.test(name) || PLACEHOLDER.test(name.trim()) || CONTROL_CHARS.test(name) || /^https?:/i.test(name);
    return bad ? { ...candidate, name: null } : candidate;
  },
};
