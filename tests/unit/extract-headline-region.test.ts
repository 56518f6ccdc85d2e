import { describe, expect, it } from 'vitest';
import type { Landmarks } from '../../utils/core/extract/detect';
import { readNearestHeadlineRegion } from '../../utils/core/extract/attribute/signals/region';
import type { Candidate } from '../../utils/core/extract/attribute/types';
import { parse } from '../helpers/extract-stages';

/**
 * The headline-region walk reads what sits above the story body, innermost
 * region first, and stops at the body: nothing inside or after it is read.
 */
function creditsRead(html: string, withBody = true): string[] {
  const doc = parse(`<!DOCTYPE html><html><head><title>t</title></head><body>${html}</body></html>`);
  const landmarks: Landmarks = {
    titles: [],
    headline: doc.querySelector('h1'),
    headlineText: null,
    body: withBody ? doc.querySelector('.story-body') : null,
  };
  const found = readNearestHeadlineRegion(landmarks, (el) =>
    el.classList.contains('credit') ? ({ name: el.textContent ?? '', signal: 'provider-label' } as Candidate) : null,
  );
  return found.map((c) => c.name ?? '');
}

const BODY = '<div class="story-body"><p>Story text.</p><span class="credit">inside body</span></div>';

describe('readNearestHeadlineRegion', () => {
  it('reads credits above the body and none inside or after it', () => {
    expect(creditsRead(`<article><h1>H</h1><span class="credit">above</span>${BODY}<span class="credit">after</span></article>`)).toEqual(['above']);
  });

  it('widens past a region that holds the body but no credit above it, and still stops at the body', () => {
    const html = `<main><span class="credit">outer above</span><article><h1>H</h1>${BODY}<span class="credit">inner after</span></article><span class="credit">outer after</span></main>`;
    expect(creditsRead(html)).toEqual(['outer above']);
  });

  it('reads nothing in a region that lies wholly after the body', () => {
    expect(creditsRead(`${BODY}<aside><h1>H</h1><span class="credit">after</span></aside>`)).toEqual([]);
  });

  it('reads the whole region, in document order, when no body was found', () => {
    expect(creditsRead(`<article><span class="credit">one</span><h1>H</h1>${BODY}<span class="credit">two</span></article>`, false)).toEqual([
      'one',
      'inside body',
      'two',
    ]);
  });
});
