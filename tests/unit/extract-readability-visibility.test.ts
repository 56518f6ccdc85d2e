// @vitest-environment jsdom
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { skipStyleReadsWithoutStyleAttribute } from '../../utils/core/extract/readability';

/**
 * The visibility shortcut must answer exactly as Readability's own check: it
 * only skips the style reads an element without a `style` attribute cannot need.
 */
const CASES = `
  <p id="plain">text</p>
  <p id="hidden-attr" hidden>text</p>
  <p id="aria-true" aria-hidden="true">text</p>
  <p id="aria-false" aria-hidden="false">text</p>
  <img id="math-fallback" class="mwe-math-fallback-image-inline" aria-hidden="true">
  <p id="aria-true-other-class" class="note" aria-hidden="true">text</p>
  <p id="display-none" style="display: none">text</p>
  <p id="display-none-tight" style="color:red;display:none">text</p>
  <p id="visibility-hidden" style="visibility: hidden">text</p>
  <p id="styled-visible" style="color: red">text</p>
  <p id="styled-hidden-attr" style="color: red" hidden>text</p>
  <svg id="svg" aria-hidden="true"><circle r="1"></circle></svg>
  <svg id="svg-visible"><circle r="1"></circle></svg>`;

type Check = (node: Element) => boolean;
const ownCheck = (Readability.prototype as unknown as { _isProbablyVisible: Check })._isProbablyVisible;

function documents(): Array<[string, Document]> {
  const linked = parseHTML(`<!doctype html><html><body>${CASES}</body></html>`).document;
  const jsdomDoc = document.implementation.createHTMLDocument('cases');
  jsdomDoc.body.innerHTML = CASES;
  return [
    ['linkedom', linked],
    ['jsdom', jsdomDoc],
  ];
}

describe('Readability visibility without style reads', () => {
  it('relies on a check Readability 0.6.0 has (fails loudly on an upgrade that renames it)', () => {
    expect(typeof ownCheck).toBe('function');
  });

  it('replaces the check on the instance only', () => {
    const doc = documents()[0][1];
    const reader = new Readability(doc) as unknown as { _isProbablyVisible: Check };
    skipStyleReadsWithoutStyleAttribute(reader);
    expect(reader._isProbablyVisible).not.toBe(ownCheck);
    expect((Readability.prototype as unknown as { _isProbablyVisible: Check })._isProbablyVisible).toBe(ownCheck);
  });

  for (const [dom, doc] of documents()) {
    it(`answers as Readability does for every case (${dom})`, () => {
      const reader = new Readability(doc.cloneNode(true) as Document) as unknown as { _isProbablyVisible: Check };
      skipStyleReadsWithoutStyleAttribute(reader);
      const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id);
      expect(ids.length).toBeGreaterThan(10);
      for (const id of ids) {
        const el = doc.getElementById(id)!;
        // Readability uses the answer as a condition (it can be a falsy "" rather than false).
        expect([id, reader._isProbablyVisible(el)]).toEqual([id, Boolean(ownCheck.call(reader, el))]);
      }
      // The cases cover both answers, so an always-true or always-false shortcut fails.
      const answers = ids.map((id) => reader._isProbablyVisible(doc.getElementById(id)!));
      expect(answers).toContain(true);
      expect(answers).toContain(false);
    });
  }
});
