import type { Validator } from '../types';
import { PERSON_CLASS_LEVELS, PERSON_LINK_LEVELS } from '../tuning';
import { closestLink } from '../../dom';

/** Classes of people's pictures and names: avatars, author photos, curator and user boxes. */
const PERSON_CLASS =
  /(?:^|[\s_-])(?:avatar|avatars|headshot|mugshot|author|authors|byline|profile|user|curator|contributor|writer|reporter|person|people)(?:$|[\s_-]|-?(?:photo|image|img|pic|name))/i;

const BYLINE_SIGNALS = new Set(['byline-outlet', 'story-by-line']);

/**
 * An element whose own class names it the byline's source ("c-byline__source", "byline-provider"):
 * the outlet slot of a byline box (Global News prints "The Associated Press" there), not a person's.
 * A person's name in it is still caught by `not-byline-person`.
 */
const OWN_SOURCE_SLOT = /(?:^|[\s_-])(?:source|provider|publisher|outlet)(?:$|[\s_-])/i;

/** A person's mark in any attribute: an avatar transform, an "Author click" tracking label, a headshot. */
const PERSON_MARK = /avatar|headshot|mugshot|\bauthor\b/i;

function carriesPersonMark(el: Element): boolean {
  return Array.from(el.attributes).some((attr) => attr.name !== 'href' && attr.name !== 'src' && attr.name !== 'srcset' && PERSON_MARK.test(attr.value));
}

/**
 * A name linked to the same address as an avatar, or a link its page marks as
 * the author's ("Author click"): bylines often print the writer's picture and
 * name as two links to one profile, with classes that say nothing.
 */
function leadsToMarkedPerson(link: Element): boolean {
  const href = link.getAttribute('href');
  if (carriesPersonMark(link)) return true;
  let around: Element | null = link;
  for (let level = 0; around && level < PERSON_LINK_LEVELS; level++) around = around.parentElement;
  if (!href || !around) return false;
  for (const other of Array.from(around.getElementsByTagName('a'))) {
    if (other === link || other.getAttribute('href') !== href) continue;
    if (carriesPersonMark(other) || Array.from(other.getElementsByTagName('img')).some(carriesPersonMark)) return true;
  }
  return false;
}

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
    const link = el0 ? closestLink(el0) : null;
    if (link && leadsToMarkedPerson(link)) return unnamed;
    if (el0 && OWN_SOURCE_SLOT.test(el0.getAttribute('class') ?? '') && !carriesPersonMark(el0)) return candidate;
    for (let el = candidate.element ?? null, level = 0; el && level < PERSON_CLASS_LEVELS; el = el.parentElement, level++) {
      if (PERSON_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`)) return unnamed;
      if (/person/i.test(el.getAttribute('itemtype') ?? '')) return unnamed;
    }
    return candidate;
  },
};
