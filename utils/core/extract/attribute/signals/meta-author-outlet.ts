import { splitAuthorOutlet } from '../names';
import { WEIGHT_CREDIT_LINE } from '../tuning';
import type { Signal } from '../types';

/** `<meta name="author" content="Jane Roe, The Valley Courier">`: the outlet after the person. */
export const metaAuthorOutlet: Signal = {
  name: 'author-meta-outlet',
  read({ metadata }) {
    const author = metadata.meta.get('article:author') ?? metadata.meta.get('author');
    const outlet = author ? splitAuthorOutlet(author).outlet : null;
    return outlet ? [{ signal: this.name, name: outlet, url: null, weight: WEIGHT_CREDIT_LINE }] : [];
  },
};
