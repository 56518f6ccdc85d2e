import { closestLink, firstLinkIn, textOf } from '../../dom';
import { SOURCE_LINE } from '../../patterns';
import { cleanOutletName, hasNameShape } from '../names';
import { WEIGHT_PROVIDER_SLOT } from '../tuning';
import type { Signal } from '../types';
import { foreignLinkUrl, readNearestHeadlineRegion } from './region';

/** Classes that mark an outlet label: Yahoo `caas-attr-provider`, `provider-name`, MSN `sourcename-txt`, `source`, `publisher`... */
const OUTLET_LABEL_CLASS =
  /(?:^|[\s_-])(?:source|provider|publisher|outlet|attribution|origin|partner|sourcename)(?:-?name|-?label|-?title|-?txt|-?text|-?link)?(?:$|[\s_-])/i;

/**
 * A short text labelled as the provider by its class, by the headline. A
 * label that is (or sits in) a link to another site keeps that address.
 */
export const providerLabel: Signal = {
  name: 'provider-label',
  read({ landmarks, pageUrl, scan }) {
    return readNearestHeadlineRegion(landmarks, (el) => {
      if (!OUTLET_LABEL_CLASS.test(scan.classAndId(el))) return null;
      // The innermost labelled element that holds only text (or one link).
      if (el.childElementCount > 1 || (el.firstElementChild && el.firstElementChild.tagName !== 'A' && el.firstElementChild.tagName !== 'SPAN')) return null;
      // "Quelle: dpa": the label's words are not the name.
      const text = textOf(el);
      const name = cleanOutletName(SOURCE_LINE.exec(text)?.[1] ?? text);
      if (!hasNameShape(name)) return null;
      const link = closestLink(el) ?? firstLinkIn(el);
      return { signal: this.name, name, url: link ? foreignLinkUrl(link, pageUrl) : null, weight: WEIGHT_PROVIDER_SLOT, element: el };
    });
  },
};
