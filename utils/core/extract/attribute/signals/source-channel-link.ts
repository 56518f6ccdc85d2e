import { textOf } from '../../dom';
import { isHttpUrl, isSameSite, resolveUrl } from '../../urls';
import { cleanOutletName, hasNameShape } from '../names';
import { WEIGHT_PROVIDER_SLOT } from '../tuning';
import type { Signal } from '../types';
import { readNearestHeadlineRegion } from './region';

/** Aggregators' own pages for one outlet: MSN `/channel/source/<Outlet>/`, `/publishers/x`, `/source/x`, `/provider/x`. */
const SOURCE_CHANNEL_PATH = /\/(?:channel\/source|publishers?|sources?|providers?|partners?)\/[^/?#]+/i;

/**
 * A same-site link by the headline to the aggregator's page for one outlet,
 * whose text is the outlet's name.
 */
export const sourceChannelLink: Signal = {
  name: 'source-channel-link',
  read({ landmarks, pageUrl }) {
    return readNearestHeadlineRegion(landmarks, (a) => {
      if (a.tagName !== 'A') return null;
      const url = resolveUrl(a.getAttribute('href'), pageUrl);
      if (!isHttpUrl(url) || !isSameSite(url, pageUrl) || !SOURCE_CHANNEL_PATH.test(new URL(url).pathname)) return null;
      const name = cleanOutletName(textOf(a) || a.querySelector('img[alt]')?.getAttribute('alt'));
      return hasNameShape(name) ? { signal: this.name, name, url: null, weight: WEIGHT_PROVIDER_SLOT, element: a } : null;
    });
  },
};
