import { hostnameOf } from '../../urls';
import type { Validator } from '../types';

/** Labels of ads and page controls, which sit by headlines beside the real credit. */
const UI_LABEL =
  /^(?:ad ?choices|advertisement|advertising|advertiser|ads?|sponsored(?: content| by .*)?|promoted|paid (?:content|post)|partner content|recommended(?: for you)?|share(?: this)?|follow|subscribe|sign (?:in|up)|log in|home|menu|more|read more|see more|next|previous|close|comments?|print|email|save|like|video|watch|play|live|new|updated?|feedback|report|privacy|terms|back to .*|go to .*)$/i;

/** Calls to action: "Read more about sharing.", "Learn more", "Click here to subscribe". */
const UI_PHRASE =
  /^(?:read|learn|find out|see|view|click|tap|watch|listen|get|download|join|try|sign up|subscribe)\b.*\b(?:more|here|now|app|free|newsletter|about)\b/i;

/** Three or more words ending in a full stop: a sentence, not a name ("Inc." and "Co." are one word). */
function isSentence(name: string): boolean {
  return /[^.]{2}\.$/.test(name.trim()) && !/\b(?:inc|co|corp|ltd|jr|st)\.$/i.test(name.trim()) && name.trim().split(/\s+/).length >= 3;
}

/** Hosts that serve ads and their disclosure pages, never outlets. */
const AD_HOSTS =
  /(?:^|\.)(?:doubleclick\.net|googlesyndication\.com|googleadservices\.com|adnxs\.com|taboola\.com|outbrain\.com|criteo\.com|gemini\.yahoo\.com|beap\.gemini\.yahoo\.com|go\.microsoft\.com|aboutads\.info|youradchoices\.com|adssettings\.google\.com|amazon-adsystem\.com|revcontent\.com|mgid\.com|zergnet\.com)$/i;

/** Where an element sits in an ad slot: `adchoices`, `ad-container`, `sponsored`. */
const AD_CLASS = /(?:^|[\s_-])(?:adchoices?|ad|ads|advert\w*|sponsor\w*|promo(?:ted)?|taboola|outbrain|dfp|gpt)(?:$|[\s_-])/i;

/** Never an ad or UI label ("AdChoices", "Advertisement", "Sponsored", "Share"), nor a link into an ad network. */
export const notAdOrUiLabel: Validator = {
  name: 'not-ad-or-ui-label',
  check(candidate) {
    const host = hostnameOf(candidate.url);
    if (host && AD_HOSTS.test(host)) return null;
    for (let el = candidate.element ?? null, level = 0; el && level < 4; el = el.parentElement, level++) {
      if (AD_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) return null;
    }
    // A control's link is no credit either ("Read more about sharing." links to the help pages).
    if (candidate.name && (UI_LABEL.test(candidate.name) || UI_PHRASE.test(candidate.name) || isSentence(candidate.name))) return null;
    return candidate;
  },
};
