import type { OutletDirectory, OutletEntry } from '../outlet-directory';
import { MAX_WIRE_ABBREVIATION_CHARS, WEIGHT_CREDIT_LINE } from '../tuning';
import type { Candidate } from '../types';

const WIRE_KINDS = new Set(['wire']);

/** A wire's job titles after its name: "AP Auto Writer", "Associated Press Writer", "Reuters correspondent". */
const JOB_TITLE = /^(?:writer|correspondent|reporter|staff|staff writer)$/i;
/** Beat words a job title may carry between the agency and the title ("AP Auto Writer"). */
const MAX_BEAT_WORDS = 2;

/**
 * A byline that is a news agency ("AFP", "The Associated Press"), or holds
 * one as a part of its own ("Reuters, Washington", "Tom Krisher, AP Auto
 * Writer"): a wire dispatch run by the site, so the agency is the outlet and
 * the site is where it was read. Unlike the DOM signals this one reads the
 * resolved byline (and the raw one printed by the headline), so it runs in
 * `attribute`, after the byline is known; only the registry can tell an
 * agency from a person, and "Jane Roe and AFP" is left to the other signals.
 */
export function readBylineWire(bylines: Array<string | null>, directory: OutletDirectory): Candidate[] {
  for (const byline of bylines) {
    if (!byline) continue;
    for (const part of [byline, ...byline.split(/\s*,\s*/)]) {
      const entry = findWire(part.trim(), directory);
      if (entry) return [{ signal: 'byline-wire', name: entry.name, url: null, weight: WEIGHT_CREDIT_LINE }];
    }
  }
  return [];
}

/** The wire a byline part names, with its job title taken off ("AP Auto Writer" is AP). */
function findWire(part: string, directory: OutletDirectory): OutletEntry | null {
  const words = part.split(/\s+/).filter(Boolean);
  const names = [part];
  if (words.length > 1 && JOB_TITLE.test(words[words.length - 1]))
    for (let cut = 1; cut <= MAX_BEAT_WORDS + 1 && cut < words.length; cut++) names.push(words.slice(0, words.length - cut).join(' '));
  for (const name of names) {
    // A CMS that title-cases bylines prints "Ap": an agency's abbreviation is read in capitals too.
    const entry = directory.lookupByName?.(name) ?? (name.length <= MAX_WIRE_ABBREVIATION_CHARS ? directory.lookupByName?.(name.toUpperCase()) : null);
    if (entry && WIRE_KINDS.has(entry.kind ?? '')) return entry;
  }
  return null;
}
