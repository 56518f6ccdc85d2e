import { isAttached, textOf } from '../../dom';
import { cleanOutletName, hasNameShape } from '../names';
import { namesOwnHost } from '../page-info';
import { MAX_COPYRIGHT_LINE_CHARS, WEIGHT_COPYRIGHT } from '../tuning';
import type { Candidate, Signal } from '../types';

/** "© 2024 The Valley Courier. All rights reserved.", "Copyright 2019 Associated Press". */
const COPYRIGHT =
  /^(?:©|ⓒ|\(c\)|copyright)\s*(?:[©ⓒ]\s*)?(?:\d{4}(?:\s*[-–]\s*(?:\d{4})?)?)?\s*,?\s*(.+?)(?:[.,;]?\s*(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|все права защищены|tüm hakları saklıdır|wszelkie prawa zastrzeżone|alle rechten voorbehouden|무단\s*전재|無断転載|版权所有|版權所有|禁止转载).*)?\.?$/i;

/** "© Phys.org 2003 - 2019 powered by Science X": the holder before the years. */
const NAME_BEFORE_YEARS = /^(?:©|ⓒ|\(c\)|copyright)\s*(?:[©ⓒ]\s*)?([^\d©]+?)\s+\d{4}(?:\s*[-–]\s*\d{4})?\b/i;
/** Where the holder's name ends: the line's next sentence or link ("…, LLC. Privacy / DMCA contact"). */
const HOLDER_END = /\.\s|\s[|/•·]\s/;
/** A company form after the name: the outlet is "MacRumors.com", not "MacRumors.com, LLC". */
const COMPANY_FORM = /,?\s+(?:llc|inc|ltd|limited|plc|corp|corporation|gmbh|ag|s\.?a|co)\.?$/i;

/** MSN's image and story credits read "© Provided by X": X holds the copy. */
const PROVIDED_BY = /^provided by\s+/i;

function holderOf(raw: string | undefined): string | undefined {
  return raw
    ?.split(HOLDER_END)[0]
    .replace(PROVIDED_BY, '')
    .replace(/[\s,;:–-]+$/, '')
    .replace(COMPANY_FORM, '')
    .trim();
}

/**
 * A copyright line. Near the story it names the copy's owner (wire copy
 * keeps "Copyright 2019 The Associated Press"); in the footer it is the
 * site's owner. It only adds weight to what other signals say.
 */
export const copyrightLine: Signal = {
  name: 'copyright-line',
  read({ scan, pageUrl }) {
    const out: Candidate[] = [];
    for (const t of scan.texts) {
      if (!/^(?:©|ⓒ|\(c\)|copyright)/i.test(t.text) || !isAttached(t.parent)) continue;
      const text = textOf(t.parent);
      const match = text.length <= MAX_COPYRIGHT_LINE_CHARS ? (NAME_BEFORE_YEARS.exec(text) ?? COPYRIGHT.exec(text)) : null;
      const name = cleanOutletName(holderOf(match?.[1]));
      if (hasNameShape(name) && !out.some((c) => c.name === name))
        // A holder spelled as the page's own host ("© 2000- MacRumors.com, LLC") is the site naming itself, as og:site_name does.
        out.push(
          namesOwnHost(name, pageUrl)
            ? { signal: this.name, name, url: pageUrl, weight: WEIGHT_COPYRIGHT, element: t.parent, own: true }
            : { signal: this.name, name, url: null, weight: WEIGHT_COPYRIGHT, element: t.parent, corroborating: true },
        );
    }
    return out;
  },
};
