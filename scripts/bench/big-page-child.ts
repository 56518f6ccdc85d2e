/**
 * One big page in a child process (so a slow Readability can be killed):
 * `tsx big-page-child.ts <id> ours|readability`. Prints one JSON line with
 * the time (parse included), the answer and the article's block count.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { releaseBetweenPages } from '../../cli/release-memory';
import { runPage } from '../../cli/run-page';
import { blockTextOfHtml } from './block-text';
import { BIG_PAGE_URL, BIG_PAGES } from './big-pages';

const [id, who] = process.argv.slice(2);
const pages = id === 'all' ? BIG_PAGES : BIG_PAGES.filter((p) => p.id === id);
if (!pages.length || (who !== 'ours' && who !== 'readability')) {
  process.stderr.write('usage: big-page-child.ts <id>|all ours|readability\n');
  process.exit(2);
}
// Every page in this one process (`all`): the peak memory printed last is the batch's.
for (const big of pages) {
  runOne(big.id, big.build());
  // As the CLI batch does after each page (`extract --batch`), so the peak is the batch's as users meet it.
  if (who === 'ours') releaseBetweenPages();
}

function runOne(pageId: string, html: string): void {
  const bytes = new TextEncoder().encode(html);
  // Lines, not blank-line blocks: Readability's block text and ours break lines the same way.
  const countBlocks = (text: string) => text.split(/\n+/).filter((b) => b.trim()).length;
  const start = performance.now();
  let result: Record<string, unknown>;
  if (who === 'ours') {
    const outcome = runPage(bytes, BIG_PAGE_URL);
    const ms = performance.now() - start;
    result = outcome.ok
      ? {
          ms,
          answer: 'article',
          blocks: countBlocks(outcome.article.text),
          degraded: outcome.diagnostics?.degraded ?? [],
          stageMs: outcome.diagnostics?.stageMs,
          parseMs: outcome.ms.parse,
        }
      : {
          ms,
          answer: outcome.error.code,
          blocks: 0,
          degraded: outcome.diagnostics?.degraded ?? [],
          stageMs: outcome.diagnostics?.stageMs,
          parseMs: outcome.ms.parse,
        };
  } else {
    const { document } = parseHTML(new TextDecoder().decode(bytes));
    const parsed = new Readability(document).parse();
    const ms = performance.now() - start;
    result = parsed ? { ms, answer: 'article', blocks: countBlocks(blockTextOfHtml(parsed.content ?? '')) } : { ms, answer: 'null', blocks: 0 };
  }
  process.stdout.write(`${JSON.stringify({ id: pageId, ...result, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}
