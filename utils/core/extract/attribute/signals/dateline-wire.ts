import type { OutletDirectory } from '../outlet-directory';
import { MAX_DATELINE_CHARS, WEIGHT_CREDIT_LINE } from '../tuning';
import type { Candidate } from '../types';

/**
 * "SAN FRANCISCO (AP) — ...", "WASHINGTON, Nov 19 (Reuters) - ...": a dateline
 * naming, in parentheses, whose dispatch the story is. Read from the opening
 * of the story's first paragraph; the name in parentheses counts only when
 * the registry knows it as an outlet ("(File)" or "(UPDATED)" is none).
 */
const DATELINE = /^(?:\p{Lu}[^()\n]{0,60}?\s*)?\(([^()]{2,40})\)\s*[—–-]\s/u;

export function readDatelineWire(opening: string | null, directory: OutletDirectory): Candidate[] {
  const match = opening ? DATELINE.exec(opening.slice(0, MAX_DATELINE_CHARS)) : null;
  const entry = match ? directory.lookupByName?.(match[1].trim()) : null;
  return entry ? [{ signal: 'dateline-wire', name: entry.name, url: null, weight: WEIGHT_CREDIT_LINE }] : [];
}
