import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * XSS vectors for the tests: the copied subset in tests/fixtures-xss/ always,
 * plus every vector of the shared corpus when it is present.
 */

export interface XssVector {
  /** Stable label for test names: `dompurify#12`, `h5sc#101`. */
  name: string;
  title: string;
  payload: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');

/** The corpus folder (holding `xss/`): `SOURCED_READER_CORPUS`, else `../shared/corpus` next to the repo. */
export function corpusDir(): string {
  return process.env.SOURCED_READER_CORPUS ? path.resolve(process.env.SOURCED_READER_CORPUS) : path.resolve(repoRoot, '..', 'shared', 'corpus');
}

interface SubsetEntry {
  corpus: 'dompurify' | 'h5sc';
  index: number;
  title: string;
  payload: string;
}

export function loadSubsetVectors(): XssVector[] {
  const file = path.join(repoRoot, 'tests', 'fixtures-xss', 'vectors.json');
  const entries = JSON.parse(readFileSync(file, 'utf8')) as SubsetEntry[];
  return entries.map((entry) => ({ name: `${entry.corpus}#${entry.index}`, title: entry.title, payload: entry.payload }));
}

/** Every vector of the shared corpus, or `null` when the corpus is not on this machine. */
export function loadCorpusVectors(): { dompurify: XssVector[]; h5sc: XssVector[] } | null {
  const dir = path.join(corpusDir(), 'xss');
  const dompurifyFile = path.join(dir, 'dompurify-vectors.json');
  const h5scFile = path.join(dir, 'h5sc-vectors.json');
  if (!existsSync(dompurifyFile) || !existsSync(h5scFile)) return null;
  const read = (file: string, prefix: string): XssVector[] =>
    (JSON.parse(readFileSync(file, 'utf8')) as { title?: string; payload: string }[]).map((entry, index) => ({
      name: `${prefix}#${index}`,
      title: entry.title ?? '',
      payload: entry.payload,
    }));
  return { dompurify: read(dompurifyFile, 'dompurify'), h5sc: read(h5scFile, 'h5sc') };
}
