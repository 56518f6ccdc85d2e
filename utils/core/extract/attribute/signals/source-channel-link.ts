import { listElements, textOf } from '../../dom';
import { isHttpUrl, isSameSite, resolveUrl } from '../../urls';
import { cleanOutletName, hasNameShape } from '../names';
import { WEIGHT_PROVIDER_SLOT } from '../tuning';
import type { Candidate, Signal } from '../types';
import { headlineRegions, isInOrAfterBody } from './region';

/** Aggregators' own pages for one outlet: MSN `/channel/source/<Outlet>/`, `/publishers/x`, `/source/x`, `/provider/x`. */
const SOURCE_CHANNEL_PATH = /\/(?:channel\/source|publishers?|sources?|providers?|partners?)\/[^/?#]+/i;

/**
 * A same-site link by the headline to the aggregator's page for one outlet,
 * whose text is the outlet's name.
 */
export const sourceChannelLink: Signal = {
  name: 'source-channel-link',
  read({ landmarks, pageUrl }) {
    const out: Candidate[] = [];
    for (const region of headlineRegions(landmarks)) {
      for (const a of listElements(region)) {
        if (a.tagName !== 'A' || isInOrAfterBody(a, landmarks)) continue;
        const url = resolveUrl(a.getAttribute('href'), pageUrl);
        if (!isHttpUrl(url) || !isSameSite(url, pageUrl) || !SOURCE_CHANNEL_PATH.test(new URL(url).pathname)) continue;
        const name = cleanOutletName(textOf(a) || a.querySelector('img[alt]')?.getAttribute('alt'));
        if (hasNameShape(name)) out.push({ signal: this.name, name, url: null, weight: WEIGHT_PROVIDER_SLOT, element: a });
      }
      if (out.length) break;
    }
    return out;
  },
};
