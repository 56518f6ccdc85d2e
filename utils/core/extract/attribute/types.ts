import type { Landmarks } from '../detect';
import type { PageMetadata } from '../page-metadata';
import type { PageScan } from '../page-scan';
import type { Outlet } from '../types';
import type { OutletDirectory } from './outlet-directory';

/**
 * The shapes of outlet resolution: signals read the page into candidates,
 * validators drop what cannot be an outlet, `decide` picks one or none.
 */

/** One reading of "who published this", from one signal. */
export interface Candidate {
  /** The signal that read it, e.g. `jsonld-provider`; becomes `source.evidence`. */
  signal: string;
  /** The outlet's name as the page prints it, or null when only an address is known. */
  name: string | null;
  /** The original article's (or the outlet's) address, absolute, or null. */
  url: string | null;
  /** How much this signal counts (attribute/tuning.ts). */
  weight: number;
  /** The element the name was read from: validators look at where it sits (a caption, an ad slot). */
  element?: Element;
  /** The line that printed the credit ("Source: X"), furniture to drop before extraction. */
  line?: Element;
  /**
   * Counts only beside other evidence that the story is someone else's: a JSON-LD
   * publisher that differs from the site is usually the parent company.
   */
  corroborating?: boolean;
  /** The signal credits the page's own site (og:site_name, application-name). */
  own?: boolean;
  /** A credit slot with nothing readable in it (a provider logo with an empty alt): no outlet, only weight. */
  unnamedSlot?: boolean;
}

/** What a signal may read. Run after pruning, before Readability rewrites the page. */
export interface SignalContext {
  doc: Document;
  landmarks: Landmarks;
  metadata: PageMetadata;
  pageUrl: string;
  scan: PageScan;
}

export interface Signal {
  name: string;
  read(ctx: SignalContext): Candidate[];
}

/** What a validator may know about the page. */
export interface ValidationContext {
  site: Outlet;
  pageUrl: string;
  /** The people of the byline, as printed. */
  bylinePeople: string[];
  directory: OutletDirectory;
}

/**
 * A validator returns the candidate (possibly with its name or url dropped),
 * or null to drop it whole.
 */
export interface Validator {
  name: string;
  check(candidate: Candidate, ctx: ValidationContext): Candidate | null;
}

/** What the DOM pass hands to the attribution stage. */
export interface SourceEvidence {
  candidates: Candidate[];
  /** A machine-readable date shown by the headline (`<time datetime>`, epoch `data-*`). */
  headlineTime: string | null;
  /** The byline shown by the headline (people, not yet cleaned). */
  headlineByline: string | null;
  /** The opening of the story's first paragraph, where a dateline names a dispatch's agency ("SAN FRANCISCO (AP) —"). */
  storyOpening: string | null;
  /** The elements that print that byline: page furniture, not story text. */
  bylineElements: Element[];
  /** Attribution lines ("Source: X", "Read more »" to the original): furniture too. */
  attributionElements: Element[];
}
