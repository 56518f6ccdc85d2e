import type { DomCompareReport } from './dom-compare';
import type { PathologicalReport } from './pathological';
import type { SavedFormatReport } from './saved-format';
import type { CorpusReport } from './run-corpus';
import type { BigPageReport, UserWaitCorpus } from './user-wait';
import type { TimingSummary } from './stats';
import type { ZyteMetrics } from './zyte-score';

/** The compact Markdown summary printed to stdout, ready to paste into the README. */

export interface BenchReport {
  generatedAt: string;
  environment: {
    node: string;
    platform: string;
    cpus: number;
    cpuModel: string;
    dom: string;
    readability: string;
    defuddle: string;
    exposeGc: boolean;
    loadAverage1m: { start: number; end: number };
  };
  options: Record<string, unknown>;
  corpora: CorpusReport[];
  pathological: PathologicalReport | null;
  domCompare: DomCompareReport | null;
  userWait: UserWaitCorpus[];
  bigPages: BigPageReport | null;
  savedFormat: SavedFormatReport[];
  memory: { peakSampledRssMb: number; processMaxRssMb: number };
  exceptions: { total: number; ours: number; readability: number; load: number };
  warmupPages: number;
  runSeconds: number;
}

const SHORT_LABEL: Record<string, string> = {
  zyte: 'Zyte',
  readability: 'Readability tests (agreement)',
  aggregators: 'Own synthetic set',
  real: 'Own real-page set',
};

function f3(x: number): string {
  return Number.isFinite(x) ? x.toFixed(3) : 'n/a';
}

function ms(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  return x >= 100 ? x.toFixed(0) : x.toFixed(1);
}

function times(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(2)}x` : 'n/a';
}

function mb(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(0)} MB` : 'n/a';
}

function count(k: number, n: number): string {
  return n > 0 ? `${k}/${n} (${Math.round((100 * k) / n)}%)` : 'n/a';
}

function bytes(n: number | null): string {
  if (n === null) return 'n/a';
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${n} B`;
}

function metricCells(m: ZyteMetrics): string {
  return `${f3(m.f1)} | ${f3(m.precision)} | ${f3(m.recall)} | ${f3(m.accuracy)}`;
}

function timingCells(t: TimingSummary): string {
  return `${ms(t.median)} | ${ms(t.p95)} | ${ms(t.max)}`;
}

export function renderMarkdown(report: BenchReport): string {
  const lines: string[] = [];
  const env = report.environment;
  lines.push(
    `## Benchmark: Sourced Reader vs plain Readability ${env.readability} (and Defuddle ${env.defuddle} on our own sets)`,
    '',
    `Same ${env.dom} DOM, same run. ${env.node}, ${env.cpus} x ${env.cpuModel}; ${report.generatedAt.slice(0, 10)}; whole run ${report.runSeconds.toFixed(0)} s; load average ${env.loadAverage1m.start.toFixed(1)} -> ${env.loadAverage1m.end.toFixed(1)}.`,
    '',
  );

  const scored = report.corpora.filter((c) => c.available && c.metrics);
  if (scored.length > 0) {
    lines.push('### Accuracy (Zyte scoring: 4-token shingles, per-page P/R averaged)', '');
    lines.push('| corpus | pages | extractor | F1 | precision | recall | accuracy |', '|---|---:|---|---:|---:|---:|---:|');
    for (const c of scored) {
      const m = c.metrics!;
      lines.push(`| ${SHORT_LABEL[c.name]} | ${c.pages} | **Sourced Reader** | ${metricCells(m.ours)} |`);
      lines.push(`| | | Readability, textContent | ${metricCells(m.readabilityTextContent)} |`);
      lines.push(`| | | Readability, block text | ${metricCells(m.readabilityBlockText)} |`);
      if (m.defuddle) lines.push(`| | | Defuddle ${env.defuddle}, block text | ${metricCells(m.defuddle)} |`);
    }
    lines.push('');
  }

  for (const agg of report.corpora.filter((c) => (c.name === 'aggregators' || c.name === 'real') && c.available)) {
    if (!agg.leaks || !agg.source) continue;
    lines.push(`### ${SHORT_LABEL[agg.name]}: feed, outlet, refusals`, '');
    lines.push('| extractor | pages with feed text | outlet named right* | no-article pages right |', '|---|---:|---:|---:|');
    lines.push(
      `| **Sourced Reader** | ${count(agg.leaks.ours, agg.leaks.pagesWithProbes)} | ${count(agg.source.ours, agg.source.pages)} | ${count(agg.source.oursNoArticleRight, agg.source.noArticlePages)} |`,
    );
    lines.push(
      `| Readability (siteName) | ${count(agg.leaks.readability, agg.leaks.pagesWithProbes)} | ${count(agg.source.readability, agg.source.pages)} | ${count(agg.source.readabilityNoArticleRight, agg.source.noArticlePages)} |`,
      `| Defuddle (site) | ${count(agg.leaks.defuddle, agg.leaks.pagesWithProbes)} | ${count(agg.source.defuddle, agg.source.pages)} | ${count(agg.source.defuddleNoArticleRight, agg.source.noArticlePages)} |`,
    );
    const dfTime = agg.defuddleExtract
      ? ` Defuddle's extract time, untimed in the ratios: median ${ms(agg.defuddleExtract.median)} ms, p95 ${ms(agg.defuddleExtract.p95)} ms.`
      : '';
    lines.push('', `\\* no-article pages count as right when the extractor finds no article (null, or < 200 chars of text).${dfTime}`, '');
  }

  const timed = report.corpora.filter((c) => c.available && c.timing);
  if (timed.length > 0) {
    lines.push('### Time per page, ms (parse + extract; parse is shared)', '');
    lines.push(
      '| corpus | parse median | ours median | ours p95 | ours max | Readability median | p95 | max | ratio median | ratio p95 | extract ratio median |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const c of timed) {
      const t = c.timing!;
      lines.push(
        `| ${SHORT_LABEL[c.name]} | ${ms(t.parse.median)} | ${timingCells(t.ours.total)} | ${timingCells(t.readability.total)} | ${times(t.ratios.totalMedian)} | ${times(t.ratios.totalP95)} | ${times(t.ratios.extractMedian)} |`,
      );
    }
    lines.push('');
  }

  const patho = report.pathological;
  if (patho) {
    const withRd = patho.rows.some((r) => r.extractor === 'readability');
    lines.push(`### Pathological pages (target: answered in < ${patho.targetMs} ms; killed after ${patho.timeoutMs} ms)`, '');
    // Ours runs through the CLI's runPage, which refuses some pages before parsing: its
    // total is what `extract` costs, its "parse" column includes that refusal.
    lines.push(
      `| page | size | ours total ms (CLI runPage) | of which parse or refusal ms | extract + sanitize ms | ours result${withRd ? ' | Readability extract ms | Readability result' : ''} |`,
      `|---|---:|---:|---:|---:|---|${withRd ? '---:|---|' : ''}`,
    );
    for (const row of patho.rows.filter((r) => r.extractor === 'ours')) {
      const rd = patho.rows.find((r) => r.extractor === 'readability' && r.id === row.id);
      const result = row.code === 'KILLED' ? `KILLED (> ${patho.timeoutMs} ms)` : row.code;
      let cells = `| ${row.description} | ${bytes(row.bytes)} | ${row.totalMs === null ? 'n/a' : ms(row.totalMs)} | ${row.parseMs === null ? 'n/a' : ms(row.parseMs)} | ${row.extractMs === null ? 'n/a' : ms(row.extractMs)} | ${result} |`;
      if (withRd) {
        const rdResult = !rd ? 'n/a' : rd.code === 'KILLED' ? `KILLED (> ${patho.timeoutMs} ms)` : rd.code;
        cells += ` ${rd?.extractMs == null ? 'n/a' : ms(rd.extractMs)} | ${rdResult} |`;
      }
      lines.push(cells);
    }
    const total = patho.rows.filter((r) => r.extractor === 'ours').length;
    lines.push(
      '',
      `Ours: ${patho.overTarget.ours}/${total} pages over ${patho.targetMs} ms (the whole runPage call), ${patho.unanswered.ours} unanswered.${withRd ? ` Readability: ${patho.overTarget.readability}/${total} over, ${patho.unanswered.readability} unanswered.` : ''}`,
      '',
    );
  }

  const dom = report.domCompare;
  if (dom) {
    lines.push(`### Plain Readability on Zyte (${dom.pages} pages): linkedom vs jsdom`, '');
    lines.push('| DOM | parse median | extract median | parse+extract median | p95 | F1 (textContent) |', '|---|---:|---:|---:|---:|---:|');
    for (const [name, t] of [
      ['linkedom', dom.linkedom],
      ['jsdom', dom.jsdom],
    ] as const) {
      lines.push(`| ${name} | ${ms(t.parse.median)} | ${ms(t.extract.median)} | ${ms(t.total.median)} | ${ms(t.total.p95)} | ${f3(t.f1TextContent.f1)} |`);
    }
    lines.push('');
  }

  lines.push(...renderUserWait(report.userWait, report.bigPages));
  lines.push(...renderSavedFormat(report.savedFormat ?? []));

  const perCorpus = report.corpora
    .filter((c) => c.available)
    .map((c) => `${SHORT_LABEL[c.name]} ${mb(c.memory.rssMb)}`)
    .join(', ');
  lines.push(
    `Peak memory: process max RSS ${mb(report.memory.processMaxRssMb)}; sampled peak RSS per corpus: ${perCorpus || 'n/a'}${env.exposeGc ? ' (GC between corpora)' : ' (no forced GC; --expose-gc separates the corpora)'}.`,
    `Exceptions: ${report.exceptions.total} (ours ${report.exceptions.ours}, Readability ${report.exceptions.readability}, page loads ${report.exceptions.load}).`,
  );
  const notes = report.corpora.flatMap((c) => c.notes.map((n) => `${SHORT_LABEL[c.name]}: ${n}`));
  if (notes.length > 0) {
    lines.push('', 'Notes:');
    for (const n of notes.slice(0, 20)) lines.push(`- ${n}`);
    if (notes.length > 20) lines.push(`- ... ${notes.length - 20} more in the JSON report`);
  }
  return lines.join('\n');
}

function renderUserWait(corpora: UserWaitCorpus[], big: BigPageReport | null): string[] {
  const lines: string[] = [];
  const f = (v: number | null) => (v === null || !Number.isFinite(v) ? 'n/a' : v >= 100 ? v.toFixed(0) : v.toFixed(1));
  if (corpora.length) {
    lines.push(
      '### Time a user waits, ms per page (issue 11)',
      '',
      `ours = CLI \`runPage\` (decode, parse, whole core, sanitized Article); Readability = decode, parse, \`new Readability(doc).parse()\` (no clone, no sanitizer); same process, interleaved. A page's time is the median of its rounds (${corpora[0].rounds} per side).`,
      '',
      '| set | pages | ours median | ours p95 | Readability median | Readability p95 | ratio median | ratio p95 |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const c of corpora) {
      lines.push(
        `| ${c.name} | ${c.pages} | ${f(c.ours.median)} | ${f(c.ours.p95)} | ${f(c.readability.median)} | ${f(c.readability.p95)} | ${c.ratioMedian.toFixed(2)}x | ${c.ratioP95.toFixed(2)}x |`,
      );
    }
    lines.push('');
  }
  if (big) {
    lines.push(
      `### Big pages (each side in a fresh child process per page, killed after ${big.readabilityTimeoutMs / 1000} s; times include parse)`,
      '',
      '| page | ours ms | ours answer | lines | Readability ms | Readability answer | lines | degraded |',
      '|---|---:|---|---:|---:|---|---:|---|',
    );
    for (const r of big.rows) {
      const degraded = r.ours.degraded.map((d) => d.split(':')[0]).join(', ') || '-';
      lines.push(
        `| ${r.description} | ${f(r.ours.ms)} | ${r.ours.answer} | ${r.ours.blocks} | ${f(r.readability.ms)} | ${r.readability.answer} | ${r.readability.blocks} | ${degraded} |`,
      );
    }
    lines.push('', `Peak memory of our batch over the seven big pages (one process, one after another): ${f(big.oursBatchPeakRssMb)} MB RSS.`, '');
  }
  return lines;
}

function renderSavedFormat(sets: SavedFormatReport[]): string[] {
  if (!sets.length) return [];
  const lines = [
    "### The same pages as public fixture collections saved them (Mercury's preprocessing)",
    '',
    'Each page run as saved and as a copy with meta `content` as `value`, no scripts (so no JSON-LD), styles, forms or comments, and every non-ASCII character a character reference. Same = the same answer on both.',
    '',
    '| set | pages | outlet same | aggregator same | article/refusal same | F1 as saved | F1 of the copies |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const s of sets) {
    const f1 = (v: number | undefined) => (v === undefined ? 'n/a' : v.toFixed(3));
    lines.push(`| ${s.label} | ${s.pages} | ${s.outletSame} | ${s.aggregatorSame} | ${s.refusalSame} | ${f1(s.f1?.saved)} | ${f1(s.f1?.copy)} |`);
  }
  const changed = sets.flatMap((s) => s.changed.map((c) => `${c.id.slice(0, 24)}: ${c.change}`));
  if (changed.length) lines.push('', `Changed (${changed.length}; all in the JSON report):`, ...changed.slice(0, 12).map((c) => `- ${c}`));
  lines.push('');
  return lines;
}
