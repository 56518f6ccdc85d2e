/**
 * The numbers of outlet resolution, each with why it has this value.
 * Weights are per signal; a decision adds the strongest weight of each
 * distinct signal that agrees on one outlet (two readings by one signal are
 * one piece of evidence).
 */

/** Machine-readable statements of the original (isBasedOn, provider, sourceOrganization, syndication meta). */
export const WEIGHT_STRUCTURED = 3;
/** A provider logo or label printed by the headline: what a reader sees as the credit. */
export const WEIGHT_PROVIDER_SLOT = 2;
/** A sentence that credits the outlet ("Originally published by X", "Source: X", "By X, Reuters"). */
export const WEIGHT_CREDIT_LINE = 2;
/**
 * An address on another site with no name (canonical elsewhere, a bare "Read more »" to another site):
 * enough alone to say the story lives elsewhere (it reaches MIN_FOREIGN_SCORE), but it names the outlet
 * only through the registry or a name another signal gives.
 */
export const WEIGHT_ADDRESS_ONLY = 2;
/** A copyright line: often the site's owner, so it only helps. */
export const WEIGHT_COPYRIGHT = 1;
/** A JSON-LD publisher that differs from the site: the parent company as often as the original outlet. */
export const WEIGHT_CORROBORATING = 1;
/** A provider logo by the headline with an empty alt: proof a credit slot exists, not whose. */
export const WEIGHT_UNNAMED_LOGO = 1;
/** On a known aggregator host a differing JSON-LD publisher is the original's, not a parent company's. */
export const WEIGHT_KNOWN_AGGREGATOR_CONTEXT = 1;
/** The page's own statements about itself (og:site_name, same-site publisher, application-name). */
export const WEIGHT_OWN_SITE = 1;

/** A foreign outlet needs at least this score to be named: one address-only reading is not enough without a name. */
export const MIN_FOREIGN_SCORE = 2;
/** Score for `high` confidence: e.g. a provider logo and a structured statement that agree. */
export const HIGH_CONFIDENCE_SCORE = 5;
/** Score for `medium` confidence: one strong signal, or two weak ones that agree. */
export const MEDIUM_CONFIDENCE_SCORE = 3;

/** A page collects other outlets' stories when its cut feed names at least this many other outlets (and it says so). */
export const MIN_COLLECTED_OUTLETS = 2;

/** Outlet names are short: longer strings are sentences, headlines or junk. */
export const MAX_OUTLET_NAME_CHARS = 60;
/** "The Atlanta Journal-Constitution" is five words; more is a phrase, not a name. */
export const MAX_OUTLET_NAME_WORDS = 6;
/** How many ancestor levels above the headline are searched for a provider slot. */
export const HEADLINE_REGION_LEVELS = 3;
/**
 * A link by the headline with more words than this around it in its paragraph or list item is a
 * citation in running text (a dek's "as CNBC reported", a deal's "Get it on Amazon"), not a
 * provider credit. "Story by Jane Roe • CNN" and "Provided by Reuters" carry four or fewer.
 */
export const MAX_CREDIT_LINE_EXTRA_WORDS = 6;
/**
 * Links by the headline to this many different sites (or under this many names) are a list (deals, sources, "more on"), not a
 * provider slot, which credits one outlet (its logo and its name may be two links to one site).
 */
export const MIN_LINK_LIST_SITES = 3;
/** Longest text of an element read as a credit line ("Source: X"). */
export const MAX_CREDIT_LINE_CHARS = 160;
