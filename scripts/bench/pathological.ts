import { fork } from 'node:child_process';
import type { ChildParsed, ChildResult } from './pathological-child';
import { PATHOLOGICAL_PAGES } from './pathological-pages';

/** Runs each pathological page in a child process with a deadline (issue 5's "under 2 s in the CLI"). */

export const PATHOLOGICAL_TARGET_MS = 2000;

export interface PathologicalRow {
  id: string;
  description: string;
  extractor: 'ours' | 'readability';
  bytes: number | null;
  parseMs: number | null;
  extractMs: number | null;
  totalMs: number | null;
  /** The extractor's answer, or KILLED (deadline passed) / CRASHED (the child died, e.g. out of memory). */
  code: string;
  chars: number | null;
  maxRssMb: number | null;
  /** Wall time seen from outside, including the child's start-up. */
  wallMs: number;
  error?: string;
}

export interface PathologicalReport {
  timeoutMs: number;
  targetMs: number;
  rows: PathologicalRow[];
  exceptions: { ours: number; readability: number };
  overTarget: { ours: number; readability: number };
  /** Killed at the deadline or crashed: no answer at all. */
  unanswered: { ours: number; readability: number };
  wallSeconds: number;
}

interface ChildOutcome {
  result: ChildResult | null;
  parsed: ChildParsed | null;
  wallMs: number;
  failure?: string;
}

function runChild(id: string, extractor: 'ours' | 'readability', timeoutMs: number): Promise<ChildOutcome> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = fork(new URL('./pathological-child.ts', import.meta.url), [id, extractor], {
      execArgv: process.execArgv.filter((a) => a !== '--expose-gc'),
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-600);
    });
    let result: ChildResult | null = null;
    let parsed: ChildParsed | null = null;
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('message', (message: ChildParsed | ChildResult) => {
      if (message.stage === 'parsed') parsed = message;
      else result = message;
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      if (result) resolve({ result, parsed, wallMs });
      else if (killed) resolve({ result: null, parsed, wallMs, failure: 'KILLED' });
      else resolve({ result: null, parsed, wallMs, failure: `CRASHED (${signal ?? `exit ${code}`}) ${stderr.trim().split('\n').slice(-2).join(' ')}`.trim() });
    });
  });
}

export async function runPathological(options: { withReadability: boolean; timeoutMs: number; progress: (line: string) => void }): Promise<PathologicalReport> {
  const started = performance.now();
  const rows: PathologicalRow[] = [];
  const extractors: Array<'ours' | 'readability'> = options.withReadability ? ['ours', 'readability'] : ['ours'];
  for (const page of PATHOLOGICAL_PAGES) {
    for (const extractor of extractors) {
      const { result, parsed, wallMs, failure } = await runChild(page.id, extractor, options.timeoutMs);
      if (result) {
        const totalMs = result.totalMs ?? (result.parseMs !== null ? result.parseMs + (result.extractMs ?? 0) : null);
        rows.push({
          id: page.id,
          description: page.description,
          extractor,
          bytes: result.bytes,
          parseMs: result.parseMs,
          extractMs: result.extractMs,
          totalMs,
          code: result.code,
          chars: result.chars,
          maxRssMb: result.maxRssMb,
          wallMs,
          ...(result.error ? { error: result.error } : {}),
        });
      } else {
        const code = failure?.startsWith('KILLED') ? 'KILLED' : 'CRASHED';
        rows.push({
          id: page.id,
          description: page.description,
          extractor,
          bytes: parsed?.bytes ?? null,
          parseMs: parsed?.parseMs ?? null,
          extractMs: null,
          totalMs: null,
          code,
          chars: null,
          maxRssMb: null,
          wallMs,
          error: code === 'KILLED' ? `no answer in ${options.timeoutMs} ms` : failure,
        });
      }
      const row = rows[rows.length - 1];
      options.progress(
        `  pathological ${page.id} (${extractor}): ${row.code} ${row.totalMs !== null ? `${row.totalMs.toFixed(0)} ms` : `after ${wallMs.toFixed(0)} ms wall`}`,
      );
    }
  }
  const count = (extractor: string, pred: (r: PathologicalRow) => boolean) => rows.filter((r) => r.extractor === extractor && pred(r)).length;
  // runPage turns an exception into INTERNAL: for ours that is the exception count.
  const isException = (r: PathologicalRow) => ['EXCEPTION', 'PARSE_EXCEPTION', 'CRASHED'].includes(r.code) || (r.extractor === 'ours' && r.code === 'INTERNAL');
  const isUnanswered = (r: PathologicalRow) => r.code === 'KILLED' || r.code === 'CRASHED';
  const isOver = (r: PathologicalRow) => r.totalMs === null || r.totalMs > PATHOLOGICAL_TARGET_MS;
  return {
    timeoutMs: options.timeoutMs,
    targetMs: PATHOLOGICAL_TARGET_MS,
    rows,
    exceptions: { ours: count('ours', isException), readability: count('readability', isException) },
    overTarget: { ours: count('ours', isOver), readability: count('readability', isOver) },
    unanswered: { ours: count('ours', isUnanswered), readability: count('readability', isUnanswered) },
    wallSeconds: (performance.now() - started) / 1000,
  };
}
