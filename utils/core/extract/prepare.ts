import { TEXT_NODE, isAttached, listElements, queryAll, removeNode, textOf } from './dom';
import { STORY_CONTINUES } from './patterns';
import { MAX_CONTINUE_HOPS, MAX_CONTINUE_LABEL_CHARS, MAX_SHADOW_ROUNDS } from './tuning';

/**
 * Makes the working copy the later stages may change freely: a clone of the
 * page with declarative shadow roots flattened in, clobbering names defused,
 * lazy images given real sources and collapsed story parts revealed.
 */
export function prepareWorkingCopy(doc: Document, clone: boolean = true): Document {
  return prepareInPlace(clone ? cloneDocument(doc) : doc);
}

function prepareInPlace(clone: Document): Document {
  const early = documentElementOf(clone);
  if (!early) return clone;
  moveStrayContentIntoBody(early);
  // One walk collects what the fixes need, instead of a selector query each.
  let found = collectFixTargets(early);
  // Names first: until they are defused, `clone.getElementsByTagName` may be an <img>.
  defuseClobberingNames(clone, found.clobbering);
  if (found.shadowTemplates) {
    flattenDeclarativeShadowRoots(clone);
    // Shadow content brought in new images and controls: walk the flattened page again.
    found = collectFixTargets(documentElementOf(clone) ?? early);
    defuseClobberingNames(clone, found.clobbering);
  }
  // A plain <template> is markup for scripts to stamp out later, never shown. A browser keeps its
  // content out of the tree; linkedom keeps it in, where Readability would score it (and, in the head,
  // find no <body> above it and throw).
  const removedSome = found.inertTemplates.length > 0;
  for (const template of found.inertTemplates) removeNode(template);
  resolveLazyImages(removedSome ? found.images.filter(isAttached) : found.images);
  revealCollapsedStory(clone, removedSome ? found.controls.filter(isAttached) : found.controls);
  return clone;
}

interface FixTargets {
  clobbering: Element[];
  images: Element[];
  controls: Element[];
  shadowTemplates: boolean;
  inertTemplates: Element[];
}

function collectFixTargets(root: Element): FixTargets {
  const found: FixTargets = { clobbering: [], images: [], controls: [], shadowTemplates: false, inertTemplates: [] };
  for (const el of listElements(root)) {
    const tag = el.tagName;
    if (canClobber(el, tag)) found.clobbering.push(el);
    if (tag === 'IMG' || tag === 'SOURCE') found.images.push(el);
    else if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' || isRevealControl(el)) found.controls.push(el);
    else if (tag === 'TEMPLATE') {
      if (el.hasAttribute('shadowrootmode') || el.hasAttribute('shadowroot')) found.shadowTemplates = true;
      else found.inertTemplates.push(el);
    }
  }
  return found;
}

function isRevealControl(el: Element): boolean {
  return el.hasAttribute('role') && el.getAttribute('role') === 'button';
}

/**
 * Clones through the prototype, because on a hostile page `doc.cloneNode`
 * itself may be shadowed by an element named "cloneNode".
 */
function cloneDocument(doc: Document): Document {
  const cloneNode = findPrototypeMethod<(deep: boolean) => Node>(doc, 'cloneNode');
  try {
    return cloneNode.call(doc, true) as Document;
  } catch (error) {
    // A recursive DOM (jsdom) overflows its stack cloning thousands of levels; copy level by level then.
    if (!(error instanceof RangeError)) throw error;
    return cloneIteratively(doc, cloneNode);
  }
}

/** A deep copy made of shallow copies, with an explicit stack: any depth. */
function cloneIteratively(doc: Document, cloneNode: (deep: boolean) => Node): Document {
  const appendChild = findPrototypeMethod<(child: Node) => Node>(doc, 'appendChild');
  const copy = cloneNode.call(doc, false) as Document;
  const stack: Array<[Node, Node]> = [[doc, copy]];
  while (stack.length) {
    const [from, to] = stack.pop()!;
    for (let child = from.firstChild; child; child = child.nextSibling) {
      // Template contents live in their own fragment, which a shallow copy leaves out; they are copied whole.
      const childCopy = cloneNode.call(child, child.nodeName === 'TEMPLATE');
      appendChild.call(to, childCopy);
      if (child.nodeName !== 'TEMPLATE') stack.push([child, childCopy]);
    }
  }
  return copy;
}

/**
 * The document's root element, read through the prototype's getter: on a
 * hostile page `doc.documentElement` may be a `<form name="documentElement">`.
 */
export function documentElementOf(doc: Document): Element | null {
  for (let proto = Object.getPrototypeOf(doc) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const desc = Object.getOwnPropertyDescriptor(proto, 'documentElement');
    if (desc?.get) return desc.get.call(doc) as Element | null;
  }
  return null;
}

/** Looks a method up on the prototype chain, skipping own (clobbered) properties. */
export function findPrototypeMethod<F extends (...args: never[]) => unknown>(obj: object, name: string): F {
  for (let proto = Object.getPrototypeOf(obj) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    if (desc && typeof desc.value === 'function') return desc.value as F;
  }
  throw new TypeError(`No ${name} on this document`);
}

/**
 * `<img name="querySelectorAll">` or `<form id="body">` make `document.X`
 * return the element instead of the DOM API (DOM clobbering). Readability and
 * our stages call those APIs, so in the clone we drop such names.
 */
/** Elements whose name or id becomes a property of the document or of their form (HTML's named properties). */
const DOCUMENT_NAMED = new Set(['EMBED', 'FORM', 'IFRAME', 'IMG', 'OBJECT']);
const FORM_NAMED = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'FIELDSET', 'OUTPUT', 'OBJECT', 'IMG']);

function canClobber(el: Element, tag: string): boolean {
  return (DOCUMENT_NAMED.has(tag) || FORM_NAMED.has(tag)) && (el.hasAttribute('name') || el.hasAttribute('id'));
}

function defuseClobberingNames(doc: Document, named: Element[]): void {
  const docProto = Object.getPrototypeOf(doc) as object;
  for (const el of named) {
    for (const attr of ['name', 'id']) {
      const value = el.getAttribute(attr);
      if (!value) continue;
      if (value in docProto || value === '__proto__' || isFormClobber(el, value)) el.removeAttribute(attr);
    }
  }
}

/** A control named like a property of its form (`<input name="submit">` shadows `form.submit`). */
function isFormClobber(el: Element, value: string): boolean {
  for (let n = el.parentElement; n; n = n.parentElement) if (n.tagName === 'FORM') return value in Object.getPrototypeOf(n);
  return false;
}

/**
 * Declarative shadow DOM (`<template shadowrootmode>`) is how a saved page
 * keeps shadow content (MSN puts its article there). Put the shadow content
 * where it renders, with light-DOM children moved into their slots.
 */
export function flattenDeclarativeShadowRoots(doc: Document): void {
  // A nested root sits inside its host's template content, out of the document's reach until
  // the outer root is flattened: repeat, a bounded number of rounds.
  for (let round = 0; round < MAX_SHADOW_ROUNDS; round++) {
    const templates = Array.from(doc.getElementsByTagName('template')).filter((t) => t.hasAttribute('shadowrootmode') || t.hasAttribute('shadowroot'));
    if (!templates.length) return;
    for (const template of templates) flattenShadowTemplate(template);
  }
}

function flattenShadowTemplate(template: Element): void {
  {
    const host = template.parentElement;
    if (!host) return;
    const content = (template as HTMLTemplateElement).content;
    const shadowNodes = Array.from((content && content.childNodes.length ? content : template).childNodes);
    removeNode(template);
    const light = Array.from(host.childNodes);
    for (const node of light) removeNode(node);
    for (const node of shadowNodes) host.appendChild(node);
    assignSlots(host, light);
  }
}

/** Moves light-DOM nodes into the slots of the flattened shadow content. */
export function assignSlots(host: Element, light: Node[]): void {
  const slots = queryAll(host, 'slot');
  const unassigned = light.filter((n) => !(n.nodeType === 1 && (n as Element).getAttribute('slot')));
  for (const slot of slots) {
    const name = slot.getAttribute('name');
    const assigned = name ? light.filter((n) => n.nodeType === 1 && (n as Element).getAttribute('slot') === name) : unassigned;
    if (assigned.length) {
      for (const node of slot.childNodes.length ? Array.from(slot.childNodes) : []) removeNode(node);
      for (const node of assigned) slot.parentNode?.insertBefore(node, slot);
      removeNode(slot);
    } else {
      for (const node of Array.from(slot.childNodes)) slot.parentNode?.insertBefore(node, slot);
      removeNode(slot);
    }
  }
  // With no default slot, unslotted light DOM does not render: leave it out.
}

const PLACEHOLDER_SRC = /^(?:data:|about:blank|$)|(?:blank|placeholder|spacer|pixel|transparent|lazy|loading)[^/]*\.(?:gif|png|svg)/i;
const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src', 'data-lazy'];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];

/** Gives lazy images the source they would load when scrolled into view. */
function resolveLazyImages(images: Element[]): void {
  for (const img of images) {
    const src = img.getAttribute('src') ?? '';
    if (PLACEHOLDER_SRC.test(src.trim())) {
      const lazy = LAZY_SRC_ATTRS.map((a) => img.getAttribute(a)).find((v) => v && !PLACEHOLDER_SRC.test(v.trim()));
      if (lazy) img.setAttribute('src', lazy);
    }
    if (!img.getAttribute('srcset')) {
      const lazySet = LAZY_SRCSET_ATTRS.map((a) => img.getAttribute(a)).find(Boolean);
      if (lazySet) img.setAttribute('srcset', lazySet);
    }
  }
  // <noscript><img></noscript> next to a placeholder is the real image on many sites; Readability handles it.
}

/**
 * Aggregators collapse the second half of a story behind "Story continues".
 * That half is the article: strip what hides it, and drop the button.
 */
function revealCollapsedStory(doc: Document, controls: Element[]): void {
  for (const control of controls) {
    if (control.childElementCount > 2) continue;
    const label = textOf(control);
    if (label.length > MAX_CONTINUE_LABEL_CHARS || !STORY_CONTINUES.test(label)) continue;
    // The control names what it reveals (aria-controls): reveal exactly that.
    const target = control.getAttribute('aria-controls');
    // Looked up in the clone itself: on linkedom a cloned node's ownerDocument is still the original.
    const controlled = target ? doc.getElementById(target) : null;
    if (controlled) {
      unhide(controlled);
      removeNode(control);
      continue;
    }
    // Else the hidden part is the first hidden sibling after the control or its wrapper.
    let holder: Element | null = control;
    for (let hops = 0; holder && hops < MAX_CONTINUE_HOPS; hops++, holder = holder.parentElement) {
      const hidden = followingSiblings(holder).filter((el) => isHiddenInline(el) && !isOverlay(el));
      if (hidden.length) {
        for (const part of hidden) unhide(part);
        if (control.tagName !== 'SUMMARY') removeNode(control);
        break;
      }
      const details = holder.closest('details');
      if (details) {
        details.setAttribute('open', '');
        break;
      }
    }
  }
}

/** Dialogs and paywall or newsletter overlays are hidden on purpose; they are not the story's rest. */
function isOverlay(el: Element): boolean {
  return (
    el.getAttribute('role') === 'dialog' ||
    el.hasAttribute('aria-modal') ||
    /modal|dialog|paywall|newsletter|overlay|popup/i.test(el.getAttribute('class') ?? '')
  );
}

function followingSiblings(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.nextElementSibling; n; n = n.nextElementSibling) out.push(n);
  return out;
}

function isHiddenInline(el: Element): boolean {
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || style.includes('display:none') || style.includes('visibility:hidden');
}

function unhide(el: Element): void {
  for (const node of [el, ...queryAll(el, '[hidden], [aria-hidden="true"], [style]')]) {
    node.removeAttribute('hidden');
    if (node.getAttribute('aria-hidden') === 'true') node.removeAttribute('aria-hidden');
    const style = node.getAttribute('style');
    if (style) node.setAttribute('style', style.replace(/(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*;?/gi, ''));
  }
}

/** What a browser keeps in `<head>`; any other element there starts the body. */
const HEAD_CONTENT = new Set(['BASE', 'LINK', 'META', 'NOSCRIPT', 'SCRIPT', 'STYLE', 'TEMPLATE', 'TITLE']);

/**
 * A DOM not built by a browser (linkedom in the CLI) may keep a `<div>` written inside `<head>`, or
 * after `</body>`, where the markup put it; a browser's parser moves it into the body. Left there,
 * the text sits outside the body the core reads, and Readability, walking up from it to `<body>`, throws.
 */
function moveStrayContentIntoBody(root: Element): void {
  const head = childByTag(root, 'HEAD');
  const body = childByTag(root, 'BODY');
  if (!body) return;
  const leading: Node[] = [];
  const trailing: Node[] = [];
  let afterBody = false;
  for (const node of Array.from(root.childNodes)) {
    if (node === body) afterBody = true;
    else if (node === head) leading.push(...strayHeadContent(head));
    else if (isStray(node)) (afterBody ? trailing : leading).push(node);
  }
  if (leading.length) body.prepend(...leading);
  if (trailing.length) body.append(...trailing);
}

/** From the first element that cannot be in a head, the rest of the head is body content. */
function strayHeadContent(head: Element): Node[] {
  const nodes = Array.from(head.childNodes);
  const first = nodes.findIndex((node) => isStray(node) && !(node.nodeType === 1 && HEAD_CONTENT.has((node as Element).tagName)));
  return first < 0 ? [] : nodes.slice(first);
}

/** An element, or text that is more than white space (comments stay where they are). */
function isStray(node: Node): boolean {
  if (node.nodeType === 1) return true;
  return node.nodeType === TEXT_NODE && !!node.textContent?.trim();
}

function childByTag(parent: Element, tag: string): Element | null {
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) if (child.tagName === tag) return child;
  return null;
}
