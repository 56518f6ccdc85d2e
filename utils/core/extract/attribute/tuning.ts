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

// Reading the page's own facts (byline, dates, description, names)

/** Longest byline name kept; longer is a sentence or a whole header line, not people's names. */
export const MAX_BYLINE_NAME_CHARS = 100;
/** Most words in a byline ("Jane Roe, John Doe and Max Mustermann"); more is a sentence. */
export const MAX_BYLINE_NAME_WORDS = 12;
/** Longest element read as a byline by the headline; longer is a paragraph that mentions an author. */
export const MAX_BYLINE_ELEMENT_CHARS = 250;
/** Ancestor levels above the headline searched for its byline... */
export const BYLINE_REGION_LEVELS = 3;
/** ...and for its date, before falling back to the whole body. */
export const DATE_REGION_LEVELS = 3;
/** Epoch numbers below this are seconds, at or above it milliseconds (1e11 s is past the year 5000; 1e11 ms is 1973). */
export const EPOCH_MS_FROM = 1e11;
/** Earliest plausible publication year: older dates are parse errors or placeholders, not a news page's. */
export const MIN_PLAUSIBLE_YEAR = 1990;
/** Latest plausible year: later dates are parse errors or placeholders. */
export const MAX_PLAUSIBLE_YEAR = 2100;
/** Longest description kept whole; a longer one is cut at its first sentence or near this length. */
export const MAX_DESCRIPTION_CHARS = 300;
/** Where a long description with no sentence break is cut, leaving room for the ellipsis. */
export const DESCRIPTION_CUT_CHARS = 297;
/** Two names, squashed, are one outlet when one holds the other and the shorter has at least this many letters ("abc" is in too much). */
export const MIN_CONTAINED_NAME_CHARS = 4;
/** A site-name part matches the host's word only from this many letters ("tv" or "de" is in too many hosts). */
export const MIN_HOST_WORD_PART_CHARS = 3;
/** Letters an abbreviation needs before its initials identify a name: "FAZ", "NZZ"; "AP" or "SZ" could be anyone. */
export const MIN_INITIALS = 3;
/**
 * A lowercase site name this short that is just the host's word ("nj" for nj.com) is a code, not a
 * printed name: news brands of two or three letters print in capitals (BBC, NOS, VG, AD).
 */
export const MAX_HOST_CODE_CHARS = 3;

// Signals

/** Longest line read as a byline naming its outlet ("Story by Jane Roe • CNN"). */
export const MAX_BYLINE_CHARS = 120;
/** Shortest such line: "By X" and no less. */
export const MIN_BYLINE_LINE_CHARS = 4;
/** Longest text read as a copyright line; longer is a paragraph that mentions copyright. */
export const MAX_COPYRIGHT_LINE_CHARS = 160;
/** A credit phrase may span its text and a link after it: this many element levels are read (the text's and two parents). */
export const CREDIT_PHRASE_LEVELS = 3;
/** Shortest text read as a credit line: anything shorter cannot hold a phrase and a name. */
export const MIN_CREDIT_LINE_CHARS = 4;
/** Longest value of a source key in page JSON read as an outlet name; longer is a description or a body. */
export const MAX_JSON_SOURCE_NAME_CHARS = 80;
/** A share link's query or fragment shorter than this cannot carry the page's address. */
export const MIN_SHARE_QUERY_CHARS = 8;

// Validators

/** A name with at least this many words ending in a full stop is a sentence, not a name. */
export const MIN_SENTENCE_WORDS = 3;
/** Ancestor levels of a candidate searched for an ad class (an ad's link sits a few wrappers inside its slot). */
export const AD_CLASS_LEVELS = 4;
/**
 * An image declared this wide or tall (its width/height attributes) is a photo, not a provider's logo:
 * logos by a headline are drawn at 16-300 px across, story photos at 480 px and more.
 */
export const MIN_PHOTO_WIDTH_PX = 400;
export const MIN_PHOTO_HEIGHT_PX = 250;
/** Ancestor levels of a candidate searched for a person's markup (author cards are shallow). */
export const PERSON_CLASS_LEVELS = 3;
/** Longest byline part read again in capitals as an agency's abbreviation ("Ap" as AP, "Afp"; "Reuters" needs no help). */
export const MAX_WIRE_ABBREVIATION_CHARS = 4;
/** The opening of the first paragraph read for a dateline: "WASHINGTON, Nov 19 (Reuters) -" is well inside it. */
export const MAX_DATELINE_CHARS = 120;
/** Ancestor levels searched for the avatar link that goes with a name link (picture and name sit in one byline box). */
export const PERSON_LINK_LEVELS = 4;
/** Ancestor levels of a candidate searched for a figure, caption or credit class (credits sit deeper inside figures). */
export const PHOTO_CREDIT_LEVELS = 5;
