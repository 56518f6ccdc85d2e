import { hostnameOf } from '../../urls';
import { AD_CLASS_LEVELS, MAX_CREDIT_LINE_CHARS, MIN_SENTENCE_WORDS } from '../tuning';
import type { Validator } from '../types';

/** Labels of ads and page controls, which sit by headlines beside the real credit. */
const UI_LABEL =
  /^(?:ad ?choices|advertisement|advertising|advertiser|ads?|sponsored(?: content| by .*)?|promoted|paid (?:content|post)|partner content|recommended(?: for you)?|share(?: this)?|follow|subscribe|sign (?:in|up)|log in|home|menu|more|read more|see more|next|previous|close|comments?|print|email|save|like|video|watch|play|live|new|updated?|feedback|report|privacy|terms|back to .*|go to .*|from|by|via|sources?|credits?)$/i;

/** Calls to action: "Read more about sharing.", "Learn more", "Click here to subscribe". */
const UI_PHRASE =
  /^(?:read|learn|find out|see|view|click|tap|watch|listen|get|download|join|try|sign up|subscribe)\b.*\b(?:more|here|now|app|free|newsletter|about)\b/i;

/** A price: an offer ("Get it on Amazon for $39.99"), never an outlet's name. */
const PRICE = /(?:[$€£¥]\s?\d|\d[.,]\d{2}\b|\b\d+(?:[.,]\d+)?\s?(?:usd|eur|gbp)\b)/i;

/** Page tools: "Listen to this page using ReadSpeaker", "Print this article", "Read this story aloud". */
const PAGE_TOOL = /^(?:listen|read|watch|print|share|email|save|download|play|translate)\b.*\b(?:this|page|article|story|aloud)\b/i;

/** Three or more words ending in a full stop: a sentence, not a name ("Inc." and "Co." are one word). */
function isSentence(name: string): boolean {
  return /[^.]{2}\.$/.test(name.trim()) && !/\b(?:inc|co|corp|ltd|jr|st)\.$/i.test(name.trim()) && name.trim().split(/\s+/).length >= MIN_SENTENCE_WORDS;
}

/** Hosts that serve ads and their disclosure pages, never outlets. */
const AD_HOSTS =
  /(?:^|\.)(?:doubleclick\.net|googlesyndication\.com|googleadservices\.com|adnxs\.com|taboola\.com|outbrain\.com|criteo\.com|gemini\.yahoo\.com|beap\.gemini\.yahoo\.com|go\.microsoft\.com|aboutads\.info|youradchoices\.com|adssettings\.google\.com|amazon-adsystem\.com|revcontent\.com|mgid\.com|zergnet\.com)$/i;

/** Where an element sits in an ad slot: `adchoices`, `ad-container`, `sponsored`. */
const AD_CLASS = /(?:^|[\s_-])(?:adchoices?|ad|ads|advert\w*|sponsor\w*|promo(?:ted)?|taboola|outbrain|dfp|gpt)(?:$|[\s_-])/i;

/** A share bar and its buttons (`e-social-share__provider`, `share-tools`): the services named are where to share, not who wrote. */
const SHARE_CLASS = /(?:^|[\s_-])(?:share|sharing|sharebar|sharetools|social-?share)(?:$|[\s_-])/i;
/** Share endpoints: a link there posts the page, it credits nobody. */
const SHARE_URL =
  /^https?:\/\/(?:[\w-]+\.)*(?:twitter\.com\/intent|x\.com\/intent|facebook\.com\/sharer|linkedin\.com\/share|reddit\.com\/submit|pinterest\.\w+\/pin\/create|api\.whatsapp\.com\/send|wa\.me\/|t\.me\/share|telegram\.me\/share|bsky\.app\/intent)/i;

/** A control's or an ad's own label or address ("Share", "AdChoices", a link into an ad network). */
export function isControlOrAdLink(name: string | null, url: string | null): boolean {
  const host = hostnameOf(url);
  return (!!host && AD_HOSTS.test(host)) || (!!name && UI_LABEL.test(name));
}

/** Never an ad or UI label ("AdChoices", "Advertisement", "Sponsored", "Share"), a share button, nor a link into an ad network. */
export const notAdOrUiLabel: Validator = {
  name: 'not-ad-or-ui-label',
  check(candidate) {
    const host = hostnameOf(candidate.url);
    if (host && AD_HOSTS.test(host)) return null;
    const link = candidate.element?.closest('a[rel]');
    // rel="sponsored" marks paid and affiliate links, rel="ugc" readers' links in comments (Google's guidance): no credit.
    if (link && /\b(?:sponsored|ugc)\b/i.test(link.getAttribute('rel') ?? '')) return null;
    // The offer's words are the link's own; the name may have lost the price to cleaning ("Get it on Amazon for").
    const offer = candidate.element?.closest('a')?.textContent ?? candidate.name ?? '';
    if (offer.length <= MAX_CREDIT_LINE_CHARS && PRICE.test(offer)) return null;
    for (let el = candidate.element ?? null, level = 0; el && level < AD_CLASS_LEVELS; el = el.parentElement, level++) {
      const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (AD_CLASS.test(marks) || SHARE_CLASS.test(marks)) return null;
    }
    const href = candidate.element?.closest('a')?.getAttribute('href') ?? candidate.element?.querySelector('a')?.getAttribute('href');
    if ((href && SHARE_URL.test(href)) || (candidate.url && SHARE_URL.test(candidate.url))) return null;
    // A control's link is no credit either ("Read more about sharing." links to the help pages).
    if (candidate.name && (UI_LABEL.test(candidate.name) || UI_PHRASE.test(candidate.name) || PAGE_TOOL.test(candidate.name) || isSentence(candidate.name)))
      return null;
    return candidate;
  },
};
