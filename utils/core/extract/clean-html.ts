import { listElements, removeNode } from './dom';

/**
 * A structural cleanup of the extracted body, so that `contentHtml` carries
 * no active content even before the display-time DOMPurify pass
 * (`utils/sanitize.ts`), which remains the security boundary.
 */
// prettier-ignore
const DROPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET', 'FORM', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'OPTION', 'BASE', 'META', 'LINK', 'DIALOG', 'PORTAL']);
const URL_ATTRS = ['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'xlink:href', 'background', 'cite', 'data'];

export function cleanArticleHtml(root: Element): void {
  // One walk: dropped elements go with their subtree; the rest lose active attributes.
  const kept: Element[] = [];
  for (const el of listElements(root)) {
    if (el !== root && DROPPED.has(el.tagName.toUpperCase())) {
      removeNode(el);
      continue;
    }
    if (el === root || root.contains(el)) kept.push(el);
  }
  for (const el of kept) {
    if (!el.attributes.length) continue;
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      // Classes are page styling, noise in the popup and in pasted HTML (Readability keeps them for us to drop here).
      if (name.startsWith('on') || name === 'style' || name === 'srcdoc' || name === 'class') {
        el.removeAttribute(attr.name);
      } else if (URL_ATTRS.includes(name) && !/^(?:https?:|mailto:|#)/i.test(attr.value.replace(/[\u0000-\u0020]/g, ''))) {
        el.removeAttribute(attr.name);
      }
    }
  }
  removeLogoLinks(kept);
}

/**
 * A link holding only an image and pointing at a site's home page is an
 * outlet's logo (the provider block of an aggregator), not part of the story.
 */
function removeLogoLinks(elements: Element[]): void {
  for (const a of elements) {
    if (a.tagName !== 'A' || !a.hasAttribute('href')) continue;
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
