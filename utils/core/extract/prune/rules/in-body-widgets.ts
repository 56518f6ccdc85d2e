import type { PruneContext, PruneRule } from '../context';
import { isAttached, linkDensity, removeNode, textOf } from '../../dom';
import { MAX_MEDIA_STRIP_CHARS, MIN_MEDIA_ITEMS, MIN_WIDGET_LINK_DENSITY } from '../tuning';

/**
 * Classes and ids of boxes platforms drop between a story's paragraphs:
 * video playlists, gallery and slideshow strips, "Trending" and links boxes,
 * recirculation and inline story cards (MSN, Yahoo, publishers' CMSs).
 */
export const WIDGET_CLASS =
  /(?:^|[\s_-])(?:video-?playlist|playlist|gallery-?strip|slideshow|carousel|filmstrip|trending(?:-?box|-?now|-?list)?|links?-?box|related-?links|recirc\w*|read-?more-?card|inline-?(?:card|promo|related)|embed-?card|story-?card|more-?stories|up-?next|outbrain|taboola|mgid)(?:$|[\s_-])/i;
const WIDGET_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'FIGURE', 'NAV']);

/** Widget boxes marked by class or id, inside the story or beside it, that are links or media, not prose. */
export function removeInBodyWidgets(ctx: PruneContext): void {
  for (const el of ctx.scan.byTag(...WIDGET_TAGS)) {
    if (!WIDGET_CLASS.test(ctx.scan.classAndId(el)) || !isAttached(el) || ctx.isProtected(el)) continue;
    const text = textOf(el);
    const media = el.getElementsByTagName('img').length + el.getElementsByTagName('video').length + el.getElementsByTagName('iframe').length;
    const isLinks = text.length > 0 && linkDensity(el) >= MIN_WIDGET_LINK_DENSITY;
    const isMediaStrip = media >= MIN_MEDIA_ITEMS && text.length <= MAX_MEDIA_STRIP_CHARS;
    if (!isLinks && !isMediaStrip && text.length > 0) continue;
    removeNode(el);
  }
}

export const inBodyWidgets: PruneRule = { name: 'inBodyWidgets', run: removeInBodyWidgets };
