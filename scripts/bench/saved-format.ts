import { parseHTML } from 'linkedom';
import { decodePageBytes, parseHtmlDocument, unpackPageBytes } from '../../cli/load-page';
import type { LoadedCorpus } from './corpora';
import { runOurs, type OursOutcome } from './runners';
import { scorePair, scorePairs } from './zyte-score';

/**
 * The same pages as public fixture collections saved them (issue 10: rules
 * must hold on pages never seen). Mercury's preprocessing, which saved the
 * fixtures of Mercury and its forks, renamed meta `content` to `value` and
 * `property` to `name`, removed every script (so JSON-LD), style, form and
 * comment, and wrote every non-ASCII character as a character reference.
 * Each page is run as saved and as the copy; what changes is what a rule
 * owed to a page's format rather than to its content.
 */
export function saveAsMercuryDid(html: string): string {
  const { document } = parseHTML(html);
  for (const el of Array.from(document.querySelectorAll('script, style, form'))) el.remove();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    for (const [from, to] of [
      ['content', 'value'],
      ['property', 'name'],
    ] as const) {
      const value = meta.getAttribute(from);
      if (value === null) continue;
      meta.removeAttribute(from);
      meta.setAttribute(to, value);
    }
  }
  const comments: Node[] = [];
  const walker = document.createTreeWalker(document, 128 /* NodeFilter.SHOW_COMMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  return `<!DOCTYPE html>${document.documentElement.outerHTML}`.replace(/[^\x00-\x7f]/gu, (char) => `&#x${char.codePointAt(0)!.toString(16).toUpperCase()};`);
}

export interface SavedFormatReport {
  label: string;
  pages: number;
  outletSame: number;
  aggregatorSame: number;
  refusalSame: number;
  /** Zyte-style F1 against the set's truth, as saved and as the copy (null where the set has no full-text truth). */
  f1: { saved: number; copy: number } | null;
  /** Pages whose outlet, aggregator or refusal changed, with what changed. */
  changed: Array<{ id: string; change: string }>;
}

export function measureSavedFormat(corpus: LoadedCorpus, fullTextTruth: boolean): SavedFormatReport {
  const report: SavedFormatReport = { label: corpus.label, pages: 0, outletSame: 0, aggregatorSame: 0, refusalSame: 0, f1: null, changed: [] };
  const pairs = { saved: [] as ReturnType<typeof scorePair>[], copy: [] as ReturnType<typeof scorePair>[] };
  for (const page of corpus.pages) {
    const bytes = unpackPageBytes(page.readBytes(), page.fileName);
    const html = page.forceUtf8 ? new TextDecoder('utf-8').decode(bytes) : decodePageBytes(bytes);
    const saved = runOurs(parseHtmlDocument(html), page.url);
    const copy = runOurs(parseHtmlDocument(saveAsMercuryDid(html)), page.url);
    report.pages++;
    const changes: string[] = [];
    const compare = (what: string, pick: (o: OursOutcome) => string | null, count: 'outletSame' | 'aggregatorSame' | 'refusalSame') => {
      if (pick(saved) === pick(copy)) report[count]++;
      else changes.push(`${what} ${pick(saved)} -> ${pick(copy)}`);
    };
    compare('outlet', (o) => o.sourceName, 'outletSame');
    compare('aggregator', (o) => o.aggregatorName, 'aggregatorSame');
    compare('answer', (o) => (o.code === 'ok' ? 'article' : o.code), 'refusalSame');
    if (changes.length) report.changed.push({ id: page.id, change: changes.join('; ') });
    if (fullTextTruth) {
      pairs.saved.push(scorePair(page.truthText(), saved.text));
      pairs.copy.push(scorePair(page.truthText(), copy.text));
    }
  }
  if (fullTextTruth && report.pages) report.f1 = { saved: scorePairs(pairs.saved).f1, copy: scorePairs(pairs.copy).f1 };
  return report;
}
