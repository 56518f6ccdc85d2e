import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { judgeProbe, probePage } from '../utils/page/aggregator-probe';
import { DETECTION_MESSAGE } from '../utils/background/detection-message';
import type { DetectionReport } from '../utils/background/detection-message';
// The small host list only: the full outlet registry is for the extractor (see utils/core/registry).
import { aggregatorHintOf, shortNameOfHost } from '../utils/core/registry/aggregator-hosts';

/**
 * On-load aggregator detection, only for readers who switched it on in the
 * options page (which grants the optional all-sites host permission; the
 * background then registers this script). It reads a few tags around the
 * headline, no extraction, and tells the background only when the page is an
 * aggregator's copy, so ordinary pages cost no message and no worker wake-up.
 * Kept tiny (under 10 KB built): it runs on every page load.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    const verdict = judgeProbe(location.href, probePage(document), aggregatorHintOf(location.href), shortNameOfHost);
    if (!verdict) return;
    const report: DetectionReport = { type: DETECTION_MESSAGE, outlet: verdict.outlet };
    browser.runtime.sendMessage(report).catch(() => {
      // The extension was updated or disabled since the page loaded: nobody to tell.
    });
  },
});
