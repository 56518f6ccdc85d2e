import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { XssVector } from '../helpers/xss-corpus';
import {
  armPayload,
  articleImageUrls,
  checkpointsInTab,
  checkpointText,
  cspViolations,
  extensionRequestsSince,
  popupOutcome,
  recordCspViolations,
  SENTINEL_VECTORS,
  sentinel,
  unsafeConstructsInPopup,
  VECTOR_PAGE_TITLE,
  vectorArticlePage,
  watchPage,
  xssVectorsForE2e,
} from './attack-pages';
import type { PageWatch, PopupOutcome } from './attack-pages';
import { normalizeText, startHarness } from './harness';
import type { Harness, RecordedRequest } from './harness';

/**
 * Every XSS vector of the corpus (DOMPurify's and html5sec's, or the copy in
 * tests/fixtures-xss without the corpus), plus this suite's own sentinel
 * payloads, planted in news articles that real Chromium serves to the
 * popup. Many vectors share a page, each followed by a checkpoint paragraph.
 * A vector that swallows the rest of its page (`<plaintext>`) ends that
 * page, and the vectors after it go to the next. A vector whose checkpoints
 * did not reach the popup (the core cut that part of the page as furniture,
 * often because of a neighbour) is planted again, up to twice, at the end of
 * a later page: the aim is that every vector meets the popup's sanitizer.
 *
 * For every page: no dialog in the popup or the tab; no script in the popup
 * (the armed payloads' sentinel stays unset, and the popup's own CSP reports
 * nothing it had to block, which would mean markup that wanted to run got
 * past the sanitizer); nothing executable in the popup's article body as
 * Chromium parsed it; and no request from the extension but the article
 * images the sanitizer kept.
 *
 * Images: the sanitizer keeps http(s) images of the article (not tracking
 * pixels), and the popup loads them, without a referrer, from the hosts the
 * page itself loaded them from. A hostile page can therefore make the popup
 * fetch an image from a host it chooses; it learns no more than when the
 * reader loaded the page itself. The "hide images" setting removes them.
 */

/** Vectors per page: enough to keep the run short, few enough that a page stays an article. */
const PER_PAGE = 40;
const ARTICLE_BASE = 'https://www.harbour-gazette.example/news/2025/06/06/dredging-plan-approved-';

interface PageRun {
  url: string;
  vectors: XssVector[];
  outcome: PopupOutcome;
  popup: PageWatch;
  tab: PageWatch;
  popupViolations: string[];
  popupSentinel: unknown;
  tabSentinel: unknown;
  unsafe: string[];
  requests: RecordedRequest[];
  allowedImages: Set<string>;
  /** Per vector: the checkpoints before and after it reached the popup. */
  delivered: boolean[];
}

interface Queued {
  vector: XssVector;
  tries: number;
  /** Suspected of making the core cut what follows it: planted last in its page, one per page. */
  last: boolean;
}

/** Plantings of a vector whose surroundings the core cut: the first and two more. */
const MAX_TRIES = 3;

let harness: Harness;
let source = '';
let planted: XssVector[] = [];
const runs: PageRun[] = [];

function label(run: PageRun): string {
  return `${run.url} (${run.vectors.map((v) => v.name).join(', ')})`;
}

async function tabIdByUrl(url: string): Promise<number> {
  const id = await harness.serviceWorker.evaluate(async (address) => {
    const [tab] = await chrome.tabs.query({ url: address });
    return tab?.id ?? null;
  }, url);
  if (typeof id !== 'number') throw new Error(`no tab for ${url}`);
  return id;
}

async function runPage(n: number, batch: XssVector[]): Promise<{ run: PageRun; swallowed: number }> {
  const url = `${ARTICLE_BASE}${n}`;
  harness.servePage({
    url,
    body: vectorArticlePage(
      url,
      batch.map((v) => armPayload(v.payload)),
    ),
  });

  const tab = await harness.context.newPage();
  const tabWatch = watchPage(tab);
  await tab.goto(url, { waitUntil: 'load' });
  // Checkpoint i follows vector i: the first one missing marks the vector that swallowed the rest.
  const seen = new Set(await checkpointsInTab(tab));
  const firstMissing = batch.findIndex((_, i) => !seen.has(i));
  const tested = firstMissing < 0 ? batch : batch.slice(0, firstMissing + 1);

  const tabId = await tabIdByUrl(url);
  const requestsFrom = harness.requests.length;
  const popup: Page = await harness.context.newPage();
  // Tall enough that every image the article keeps is in view: lazy loading then fetches them all,
  // so the request check sees each one (a kept tracking pixel included).
  await popup.setViewportSize({ width: 900, height: 30_000 });
  const popupWatch = watchPage(popup);
  await popup.goto(`${harness.extensionOrigin}/popup.html?tabId=${tabId}`);
  const outcome = await popupOutcome(popup);
  // Let lazy images start (or not); a bounded wait, never asserted on.
  await popup.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});

  const bodyText = outcome.kind === 'article' ? normalizeText(outcome.bodyText) : '';
  const reached = (i: number) => bodyText.includes(normalizeText(checkpointText(i)));
  const run: PageRun = {
    url,
    vectors: tested,
    outcome,
    popup: popupWatch,
    tab: tabWatch,
    popupViolations: await cspViolations(popup),
    popupSentinel: await sentinel(popup),
    tabSentinel: await sentinel(tab),
    unsafe: await unsafeConstructsInPopup(popup),
    requests: extensionRequestsSince(harness, requestsFrom),
    allowedImages: await articleImageUrls(popup),
    delivered: tested.map((_, i) => reached(i) && (i === 0 || reached(i - 1))),
  };
  await popup.close();
  await tab.close();
  return { run, swallowed: tested.length };
}

beforeAll(async () => {
  harness = await startHarness();
  await recordCspViolations(harness.context);
  const loaded = xssVectorsForE2e();
  source = loaded.source;
  planted = [...loaded.vectors, ...SENTINEL_VECTORS];
  let queue: Queued[] = planted.map((vector) => ({ vector, tries: 0, last: false }));
  for (let n = 0; queue.length; n++) {
    const suspect = queue.find((q) => q.last);
    const batch = queue.filter((q) => !q.last).slice(0, suspect ? PER_PAGE - 1 : PER_PAGE);
    if (suspect) batch.push(suspect);
    queue = queue.filter((q) => !batch.includes(q));
    const { run, swallowed } = await runPage(
      n,
      batch.map((q) => q.vector),
    );
    runs.push(run);
    const again: Queued[] = [];
    batch.forEach((entry, i) => {
      if (i >= swallowed) {
        again.push(entry); // never parsed as markup in this page
        return;
      }
      if (run.delivered[i] || entry.tries + 1 >= MAX_TRIES) return;
      // The first of a run of vectors that did not reach the popup is the likely cause of the cut.
      const first = i === 0 || run.delivered[i - 1];
      again.push({ vector: entry.vector, tries: entry.tries + 1, last: first });
    });
    queue = [...again, ...queue];
  }
}, 600_000);

afterAll(async () => {
  await harness?.close();
});

describe(`XSS vectors in the e2e popup`, () => {
  it('planted every vector in some page', () => {
    expect(source).not.toBe('');
    const names = new Set(runs.flatMap((r) => r.vectors.map((v) => v.name)));
    expect(names.size).toBe(planted.length);
  });

  it('showed the article on every page', () => {
    const failures = runs
      .filter((run) => run.outcome.kind !== 'article' || run.outcome.refused || run.outcome.title !== VECTOR_PAGE_TITLE)
      .map((run) => `${label(run)}: ${JSON.stringify(run.outcome).slice(0, 300)}`);
    expect(failures).toEqual([]);
  });

  it('brought almost every vector to the popup’s sanitizer', () => {
    // Guards against a vacuous pass: a vector counts once both its checkpoints reached the popup
    // in some page. The few the core always cuts never reach the popup at all.
    const delivered = new Set(runs.flatMap((r) => r.vectors.filter((_, i) => r.delivered[i]).map((v) => v.name)));
    const cut = planted.filter((v) => !delivered.has(v.name)).map((v) => v.name);
    expect(cut.length / planted.length, `never reached the popup: ${cut.join(', ')}`).toBeLessThanOrEqual(0.05);
  });

  it('fired no dialog, in the popup or in the tab', () => {
    for (const run of runs) {
      expect(run.popup.dialogs, `popup, ${label(run)}`).toEqual([]);
      expect(run.tab.dialogs, `tab, ${label(run)}`).toEqual([]);
    }
  });

  it('ran no script in the popup: sentinel unset, nothing blocked by its policy, no error', () => {
    for (const run of runs) {
      expect(run.popupSentinel, label(run)).toBeUndefined();
      expect(run.popupViolations, label(run)).toEqual([]);
      expect(run.popup.pageErrors, label(run)).toEqual([]);
      expect(run.popup.consoleErrors, label(run)).toEqual([]);
    }
  });

  it('left the tab’s own policy in charge: the page ran none of its payloads itself', () => {
    // Setup check: without it, dialogs in the tab would be the page's own, not the extension's.
    for (const run of runs) expect(run.tabSentinel, label(run)).toBeUndefined();
  });

  it('left nothing in the popup’s article body that could run, navigate or load', () => {
    for (const run of runs) expect(run.unsafe, label(run)).toEqual([]);
  });

  it('made no request but the article images the sanitizer kept', () => {
    let images = 0;
    for (const run of runs) {
      for (const request of run.requests) {
        expect({ url: request.url, type: request.resourceType, allowed: run.allowedImages.has(request.url) }, label(run)).toEqual({
          url: request.url,
          type: 'image',
          allowed: true,
        });
        images++;
      }
      expect(
        run.requests.filter((r) => new URL(r.url).hostname === 'tracker.example'),
        label(run),
      ).toEqual([]);
    }
    // Kept images of the vectors do load (lazily, those in view): had none been recorded, the
    // recorder would be blind to the popup and the check above empty.
    expect(images).toBeGreaterThan(0);
  });
});
