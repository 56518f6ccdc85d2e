import type { Validator } from '../types';

/** Alt texts that describe an image, not its subject: "image", "logo", "Recommendation image", "photo 3". */
const GENERIC_ALT =
  /^(?:(?:an?|the)\s+)?(?:(?:recommendation|thumbnail|featured|hero|header|article|story|lead|main|provider|partner|publisher|source|brand|site|default|placeholder|profile|author)\s+)?(?:image|img|logo|photo|photograph|picture|pic|icon|thumbnail|thumb|avatar|graphic|banner|illustration|figure)(?:\s+\d+)?$|^(?:image|photo|logo|picture)\s+(?:of|for)\b/i;

/** Words for who wrote it, not which outlet: "News agencies", "Staff", "Wires", "Agences". */
const GENERIC_CREDIT =
  /^(?:(?:news|press|wire|international)\s+)?(?:agenc(?:y|ies)|wires?|wire services?|staff|staff writers?|reporters?|correspondents?|contributors?|editors?|editorial (?:staff|team|desk)|desk|agences?|agenturen|agencias|agenzie)(?:\s+and\s+\w+)?$/i;

/**
 * Words for where a text came from that name nobody: "Source: Internet", "來源：網絡" (the web),
 * "来源：本站" (this site), "綜合" (compiled), "原創" (original), "Unknown", "Social media".
 */
const GENERIC_ORIGIN =
  /^(?:(?:the\s+)?(?:internet|web|net|online|social media|unknown|anonymous|various(?: sources)?|agencies|own|original|this (?:site|website))|网络|網絡|網路|互联网|互聯網|网络整理|網絡整理|网友|網友|网友投稿|網友投稿|本站|本网|本網|本站原创|本站原創|综合|綜合|综合报道|綜合報導|原创|原創|未知|匿名|不详|不詳|ネット|インターネット|인터넷|온라인|온라인 커뮤니티)$/i;

/** A phrase pointing at something, not a proper name: "these topics", "our partners", "your feed". */
const POINTING_PHRASE = /^(?:these|those|our|your|my|their)\s/i;

/** Never an image's generic alt text, nor a generic credit or origin, nor a pointing phrase. */
export const notGenericAltText: Validator = {
  name: 'not-generic-alt-text',
  check(candidate) {
    const name = candidate.name?.trim();
    return name && (GENERIC_ALT.test(name) || GENERIC_CREDIT.test(name) || GENERIC_ORIGIN.test(name) || POINTING_PHRASE.test(name))
      ? { ...candidate, name: null }
      : candidate;
  },
};
