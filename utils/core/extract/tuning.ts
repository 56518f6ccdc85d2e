/**
 * The numbers of the extraction stages outside attribution (attribute/tuning.ts)
 * and feed pruning (prune/tuning.ts), each with why it has this value, grouped
 * by stage. Lengths are in characters of collapsed text unless a name says words.
 * The pipeline's time budgets stay in pipeline.ts (DEFAULT_BUDGET and the cost
 * model beside it), named and explained there.
 */

// Landmarks: headline and body cluster (detect.ts)

/** Titles and headings shorter than this are not matched as the headline ("Home", "News"): too many pages share them. */
export const MIN_HEADLINE_MATCH_CHARS = 8;
/** Longest heading read as the headline; longer is a paragraph set in a heading tag. */
export const MAX_HEADLINE_CHARS = 400;
/** A title and a heading match by prefix only past this length (a site name suffix on one of them); shorter must match whole. */
export const MIN_TITLE_PREFIX_CHARS = 20;
/** Headline rank per title position: a better title (og:title before <title>) outranks any heading-tag preference... */
export const TITLE_RANK_STEP = 10;
/** ...while, for one title, a heading that is not an h1 ranks this much lower. */
export const NON_H1_RANK_PENALTY = 5;
/** A paragraph at least this long counts toward a body cluster; shorter ones are captions, labels and card teasers. */
export const LONG_PARAGRAPH_CHARS = 80;

// No article (no-article.ts)

/** A post thread: at least this many replies stamped with a bare relative time... */
export const MIN_THREAD_STAMPS = 3;
/** ...at least this many lines opening with a handle ("@alice", "@bob@other.social")... */
export const MIN_THREAD_HANDLES = 2;
/** ...and no line longer than this (a live blog's entries are paragraphs). */
export const MAX_THREAD_LINE_CHARS = 300;
/** Below this much text, what is left is not an article. */
export const MIN_ARTICLE_CHARS = 140;
/** A story this short beside a cut comment thread is the thread's opening post, not an article. */
export const MAX_THREAD_POST_CHARS = 600;
/**
 * Without a body of paragraphs or article metadata, less than this is a stub (a thread's opening line, an
 * item page). Short real pages (an "About" page of 540 characters, an open thread's intro in Zyte's
 * benchmark) sit above it.
 */
export const MAX_STUB_CHARS = 320;
/**
 * ...and only when the page holds at least this many times more text elsewhere (threads, lists, chrome):
 * a page that is nothing but its short text (a note, a fragment) is that text, not a stub of something else.
 */
export const MIN_STUB_PAGE_RATIO = 3;
/** A teaser is an excerpt: at most this long before its "Read more" to the full story. */
export const MAX_TEASER_CHARS = 1200;
/** A link post: the headline links to another site and the page adds at most this much text. */
export const MAX_LINK_POST_CHARS = 400;
/** A digest has at least this many linked headings... */
export const MIN_DIGEST_ITEMS = 5;
/** ...making at least this share of its headings (a story with a few linked subheadings is no digest)... */
export const MIN_DIGEST_LINKED_SHARE = 0.6;
/** ...pointing to at least this many different sites (a listicle links to one shop). */
export const MIN_DIGEST_HOSTS = 3;
/** ...whose texts are headlines of at least this many words... */
export const MIN_DIGEST_HEADLINE_WORDS = 5;
/** ...and its items are summaries: on average shorter than this. */
export const MAX_DIGEST_ITEM_CHARS = 600;
/** A hub lists at least this many story links. */
export const MIN_HUB_LINKS = 5;
/** At most this many story links are handed to the popup. */
export const MAX_PAGE_LINKS = 40;
/** A story link's text has at least this many words (a headline, not "Home"). */
export const MIN_HEADLINE_WORDS = 4;
/** ...and at most this many characters (longer link text is a paragraph, not a headline). */
export const MAX_STORY_LINK_CHARS = 300;
/** Pruning cut at least this many story cards: with little text left, the page is a list of stories. */
export const MIN_CARDS_FOR_LISTING = 3;
/** A headline pile has at least this many headings linking to other pages... */
export const MIN_PILE_HEADINGS = 3;
/** ...whose cards hold more than this share of what is left. */
export const MIN_PILE_LINKED_SHARE = 0.5;
/** Characters read from the start of the text to tell binary bytes from prose: enough for a sample, cheap on huge pages. */
export const UNREADABLE_SAMPLE_CHARS = 2000;
/** More than this share of control or replacement characters in the sample is undecodable bytes, not prose with a stray one. */
export const MAX_UNREADABLE_SHARE = 0.05;

// Content choice (select-content.ts)

/** Readability's pick shorter than this, beside a body cluster after the headline, is a miss. */
export const FALLBACK_BELOW_CHARS = 250;
/** A body cluster of fewer paragraphs than this is kept as a fallback copy (Readability may miss a short body). */
export const MIN_FALLBACK_PARAGRAPHS = 4;
/** A body cluster shorter than this is no better than Readability's pick. */
export const MIN_CLUSTER_CHARS = 200;
/** Readability's pick that holds the cluster's first this-many characters already has the story. */
export const CLUSTER_PROBE_CHARS = 80;

// Simple rule instead of Readability (densest-block.ts)

/** Text shorter than this in a block is a label, not prose (Readability's own paragraph floor). */
export const MIN_PROSE_CHARS = 25;
/** Inline wrappers climbed to find a text's block; deeper inline nesting is not prose layout. */
export const MAX_INLINE_HOPS = 16;
/**
 * Link text under this share of a body cluster's text makes it plain prose,
 * which a slow Readability would not improve (pipeline.ts). Measured: issue
 * 11's article with two links a paragraph 13 %, Readability's long test pages
 * without boxes 3-7 %; its Wikipedia pages, whose navigation and reference
 * boxes Readability removes, 21-31 %.
 */
export const MAX_PLAIN_LINK_SHARE = 0.15;

// Edge furniture (trim-furniture.ts)

/** Paragraphs at least this long are the story; furniture is trimmed only before the first or after the last. */
export const MIN_STORY_PARAGRAPH = 120;
/** Longest block read as furniture (a stamp, a byline, a copyright line); longer is story text. */
export const MAX_FURNITURE_CHARS = 300;
/** A date stamp has at most this many words when it opens with a stamp word ("Updated", "Published")... */
export const MAX_STAMP_WORDS = 12;
/** ...or at most this many, with a date and no closing full stop. */
export const MAX_BARE_STAMP_WORDS = 8;
/** A byline line ("By Jane Roe and ...") has at most this many words; more is a sentence that starts with "By". */
export const MAX_BYLINE_WORDS = 14;
/** A closing copyright notice has at most this many words (a long one names its rights and licences). */
export const MAX_COPYRIGHT_WORDS = 60;

// Related cards (related-cards.ts)

/** Longest card title; longer is a teaser paragraph, not a headline. */
export const MAX_CARD_TITLE_CHARS = 300;
/** Longest card label read as an outlet name ("The Valley Sentinel • 2h ago" splits before this). */
export const MAX_CARD_OUTLET_CHARS = 40;
/** A label that starts the card's title with more words than this is the title's start, not an outlet. */
export const MAX_TITLE_PREFIX_OUTLET_WORDS = 3;
/** Most words in a card's outlet name; more is a phrase. */
export const MAX_CARD_OUTLET_WORDS = 5;

// Working copy (prepare.ts)

/** Rounds of flattening nested declarative shadow roots: each round opens one more level; real pages nest a few. */
export const MAX_SHADOW_ROUNDS = 32;
/** Longest control label read as "Story continues"; longer is text that happens to say so. */
export const MAX_CONTINUE_LABEL_CHARS = 40;
/** Ancestors of a "Story continues" control searched for the hidden half that follows it. */
export const MAX_CONTINUE_HOPS = 3;

// Page scan (page-scan.ts)

/** Texts up to this long are kept as the scan's short texts (labels, stamps, credits) that rules match. */
export const SHORT_TEXT = 160;
/** A raw text node longer than this many short texts is skipped before collapsing: it cannot collapse to a short one cheaply. */
export const RAW_SHORT_TEXT_FACTOR = 4;

// Page metadata (page-metadata.ts)

/** A JSON script larger than this is not parsed: the work and memory outgrow anything it could say. */
export const MAX_JSON_BYTES = 2_000_000;
/** Plain JSON scripts read per page; more are app state, not the story's metadata. */
export const MAX_PAGE_JSON_SCRIPTS = 20;
/** JSON-LD nesting followed for article objects (@graph, arrays, mainEntity); deeper is not metadata. */
export const MAX_JSON_LD_DEPTH = 4;
/** Items of one JSON array searched; bounds the walk on huge state arrays. */
export const MAX_JSON_ARRAY_ITEMS = 200;

// Shared patterns (patterns.ts) and reading stats (text.ts)

/** Longest text read as a relative time ("3 minutes ago"); longer is a sentence that mentions one. */
export const MAX_RELATIVE_TIME_CHARS = 40;
/** Longest label searched for a relative time among its parts ("Outlet • 2h ago"). */
export const MAX_TIMED_LABEL_CHARS = 80;
/** Reading speed for the reading-time estimate: a common figure for adults reading prose on screen. */
export const WORDS_PER_MINUTE = 230;
