import DOMPurify from 'dompurify';
import type { Config, UponSanitizeAttributeHookEvent } from 'dompurify';

/**
 * The one place where page-written HTML becomes HTML we are willing to show.
 *
 * Every article body passes through `createArticleSanitizer` last, right before
 * display in the popup and before the CLI prints `contentHtml`. The rules are
 * an allow-list: anything not named below is dropped, so a new browser feature
 * that executes or loads something is refused until someone adds it here on
 * purpose. See SECURITY.md for the threat model.
 */

import {
  ALLOWED_ATTRIBUTE_NAMES,
  ALLOWED_TAG_NAMES,
  ALLOWED_URI_VALUE,
  ALWAYS_FORBIDDEN_ATTRIBUTES,
  DROPPED_WITH_CONTENT,
  forbiddenTags,
  HTML_NAMESPACE,
  URL_ATTRIBUTE_HOSTS,
  URL_ATTRIBUTES,
  carriesCssThreat,
  isTrackingPixel,
  type ArticleSanitizer,
  type ArticleSanitizerOptions,
} from './policy';
import { filterSrcset, resolveSafeUrl } from './safe-url';

export type { ArticleSanitizer, ArticleSanitizerOptions } from './policy';
export { isSafeUrl, safeHref } from './safe-url';

function removeNode(node: Node): void {
  node.parentNode?.removeChild(node);
}

function buildConfig(images: boolean): Config {
  return {
    ALLOWED_TAGS: [...ALLOWED_TAG_NAMES],
    ALLOWED_ATTR: [...ALLOWED_ATTRIBUTE_NAMES],
    FORBID_TAGS: forbiddenTags(images),
    FORBID_ATTR: ALWAYS_FORBIDDEN_ATTRIBUTES,
    // DOMPurify's own default minus ftp/tel/sms/...; the hook below is the strict check for URL attributes.
    ALLOWED_URI_REGEXP: ALLOWED_URI_VALUE,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    ALLOW_SELF_CLOSE_IN_ATTR: false,
    SAFE_FOR_XML: true,
    KEEP_CONTENT: true,
    FORBID_CONTENTS: DROPPED_WITH_CONTENT,
    RETURN_DOM: false,
    RETURN_DOM_FRAGMENT: false,
    RETURN_TRUSTED_TYPE: false,
    WHOLE_DOCUMENT: false,
  };
}

/**
 * Makes the article sanitizer for one window (the popup's, or jsdom's in
 * Node). Throws when DOMPurify cannot run fully on that window: on linkedom
 * it would hand its input back unchanged.
 */
export function createArticleSanitizer(win: Window, options: ArticleSanitizerOptions = {}): ArticleSanitizer {
  const purifier = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  if (purifier.isSupported !== true) {
    throw new Error('DOMPurify is not supported on this window; refusing to output unsanitized HTML.');
  }
  const images = options.images !== false;
  const baseUrl = options.baseUrl ?? null;
  const config = buildConfig(images);

  purifier.addHook('uponSanitizeAttribute', (node: Element, event: UponSanitizeAttributeHookEvent) => {
    const name = event.attrName;
    if (name.startsWith('on')) {
      event.keepAttr = false;
      return;
    }
    if (URL_ATTRIBUTES.has(name) || name === 'srcset' || name.endsWith(':href')) {
      const hosts = URL_ATTRIBUTE_HOSTS[name];
      if (!hosts || node.namespaceURI !== HTML_NAMESPACE || !hosts.has(node.localName)) {
        event.keepAttr = false;
        return;
      }
      const safe = name === 'srcset' ? filterSrcset(event.attrValue, baseUrl) : resolveSafeUrl(event.attrValue, baseUrl);
      if (safe === null) event.keepAttr = false;
      else event.attrValue = safe;
      return;
    }
    if (name !== 'alt' && name !== 'title' && carriesCssThreat(event.attrValue)) event.keepAttr = false;
  });

  purifier.addHook('uponSanitizeElement', (node: Node) => {
    // An HTML <title> in the body would only repeat the page title (SVG titles are captions and stay).
    const el = node as Element;
    if (el.localName === 'title' && el.namespaceURI === HTML_NAMESPACE) removeNode(el);
  });

  purifier.addHook('afterSanitizeAttributes', (node: Element) => {
    const tag = node.localName;
    if (tag === 'a') {
      if (node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
        node.setAttribute('referrerpolicy', 'no-referrer');
      }
      return;
    }
    if (tag === 'img') {
      if ((!node.hasAttribute('src') && !node.hasAttribute('srcset')) || isTrackingPixel(node)) {
        removeNode(node);
        return;
      }
      node.setAttribute('referrerpolicy', 'no-referrer');
      node.setAttribute('loading', 'lazy');
      return;
    }
    // A <source> means something only inside <picture>; one left over from a removed <video> goes.
    if (tag === 'source' && (node.parentNode?.nodeName.toLowerCase() !== 'picture' || !node.hasAttribute('srcset'))) {
      removeNode(node);
    }
  });

  return (html: string): string => {
    if (typeof html !== 'string' || html === '') return '';
    const result = purifier.sanitize(html, config);
    return typeof result === 'string' ? result : String(result);
  };
}
