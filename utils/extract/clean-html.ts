import { queryAll, removeNode } from './dom';

/**
 * A structural cleanup of the extracted body, so that `contentHtml` carries
 * no active content even before the display-time DOMPurify pass
 * (`utils/sanitize.ts`), which remains the security boundary.
 */
const DROPPED = 'script, style, noscript, template, iframe, frame, frameset, object, embed, applet, form, input, button, select, textarea, option, base, meta, link, dialog, portal';
const URL_ATTRS = ['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'xlink:href', 'background', 'cite', 'data'];

export function cleanArticleHtml(root: Element): void {
  for (const el of queryAll(root, DROPPED)) removeNode(el);
  removeLogoLinks(root);
  for (const el of [root, ...queryAll(root, '*')]) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'style' || name === 'srcdoc') {
        el.removeAttribute(attr.name);
      } else if (URL_ATTRS.includes(name) && !/^(?:https?:|mailto:|#)/i.test(attr.value.replace(/[\u0000-\u0020]/g, ''))) {
        el.removeAttribute(attr.name);
      }
    }
  }
}

/**
 * A link holding only an image and pointing at a site's home page is an
 * outlet's logo (the provider block of an aggregator), not part of the story.
 */
function removeLogoLinks(root: Element): void {
  for (const a of queryAll(root, 'a[href]')) {
    if ((a.textContent ?? '').trim() || !a.querySelector('img, svg, picture')) continue;
    let path = '';
    try {
      path = new URL(a.getAttribute('href') ?? '').pathname;
    } catch {
      continue;
    }
    if (path.replace(/\/+$/, '') === '') removeNode(a);
  }
}
