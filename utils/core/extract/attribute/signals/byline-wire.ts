import type { OutletDirectory } from '../outlet-directory';
import { WEIGHT_CREDIT_LINE } from '../tuning';
import type { Candidate } from '../types';

const WIRE_KINDS = new Set(['wire']);

/**
 * A byline that is nothing but a news agency ("AFP", "The Associated Press"): a wire dispatch run
 * by the site, so the agency is the outlet and the site is where it was read. Unlike the DOM
 * signals this one reads the resolved byline, so it runs in `attribute`, after the byline is known;
 * only the registry can tell an agency from a person, and a byline naming people beside the
 * agency ("Jane Roe and AFP") is left to the other signals.
 */
export function readBylineWire(byline: string | null, directory: OutletDirectory): Candidate[] {
  if (!byline) return [];
  const entry = directory.lookupByName?.(byline);
  if (!entry || !WIRE_KINDS.has(entry.kind ?? '')) return [];
  return [{ signal: 'byline-wire', name: entry.name, url: null, weight: WEIGHT_CREDIT_LINE }];
}
