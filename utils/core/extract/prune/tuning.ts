/**
 * The numbers of feed pruning, each with why it has this value, grouped by
 * rule. Lengths are in characters of collapsed text unless a name says words.
 */

// Shared helpers (helpers.ts)

/** A link with at least this many words is a headline ("Read more" and "Home" are not): a card's link to a story. */
export const MIN_HEADLINE_LINK_WORDS = 3;
/** Longest text read as a section label ("Related stories", "Comments"); longer text is a sentence or a headline. */
export const MAX_LABEL_CHARS = 60;

// aggregatorNotes

/** Longest block read as an aggregator's own note: room for a two-sentence disclaimer, not a paragraph of the story. */
export const MAX_AGGREGATOR_NOTE_CHARS = 300;

// markedComments

/** Comments marked one by one that make a thread: one or two boxes styled "comment" may be an opinion piece's own. */
export const MIN_MARKED_COMMENTS = 3;

// headlineRuns

/** Sibling headline-link paragraphs (or list items) needed for a run: one alone may be the author's own link. */
export const MIN_RUN = 2;
/** Words in a run's link: a headline has at least 3 (not "Read more") and at most 20 (not a sentence of the story). */
export const HEADLINE_WORDS = { min: 3, max: 20 };
/** A paragraph at least this long beside the run is the story's own, so the run is not the whole page (a link post). */
export const STORY_PARAGRAPH_CHARS = 120;
/** Story paragraphs needed beside a run before it is cut: fewer, and the links may be what the page is about. */
export const MIN_STORY_PARAGRAPHS = 2;
/** Longest label over a run ("More games news:"); longer text ending in a colon is a sentence introducing a list. */
export const MAX_RUN_LABEL_CHARS = 60;
/** Most words in a run's label: a label is a short phrase, not a sentence. */
export const MAX_RUN_LABEL_WORDS = 6;

// inBodyWidgets

/** A widget is links or media: at least this share of its text in links... */
export const MIN_WIDGET_LINK_DENSITY = 0.5;
/** ...or several pictures or videos with at most this much text (a gallery strip, a playlist). */
export const MAX_MEDIA_STRIP_CHARS = 300;
/** Pictures, videos and frames that make a media strip; one or two are the story's own illustrations. */
export const MIN_MEDIA_ITEMS = 3;

// inlinePromos

/** Longest block read as a "Read also: <link>" card; a longer block is a paragraph that mentions another story. */
export const MAX_INLINE_PROMO_CHARS = 600;
/** A promo's headline links hold at least this share of its text (unless it opens with the link); less, and it is prose. */
export const MIN_PROMO_LINK_SHARE = 0.4;

// labelledSections

/**
 * The rank a bare label (not a heading) counts as when its wrapper is climbed: only an h1, the
 * page's headline, is above it, since a feed's cards carry headings of every other rank.
 */
export const BARE_LABEL_RANK = 2;
/** h6 is the lowest heading rank: a bare label's section ends at the next heading of any rank. */
export const LOWEST_HEADING_LEVEL = 6;
/** What a bare label takes after it must be at least this share links (a list of stories), else only the label goes. */
export const MIN_LABELLED_LINK_DENSITY = 0.5;
/** A body paragraph at least this long... */
export const STORY_PARAGRAPH_MIN_CHARS = 80;
/** ...with less than this share of its text in links is the story's own, so a labelled section stops before it. */
export const STORY_PARAGRAPH_MAX_LINK_DENSITY = 0.3;
/** An "Advertisement" label climbs while its wrapper holds less text than this: the ad slot, never the story around it. */
export const MAX_AD_SLOT_CHARS = 120;

// linkedHeadingGrids

/** A card of a grid holds at most this many paragraphs: more is an article, not a teaser. */
export const MAX_GRID_CARD_PARAGRAPHS = 3;
/** Sibling cards that make a grid: two linked headings may be a story's own subheadings. */
export const MIN_GRID_CARDS = 3;
/** Cards must be at least this share of the parent's children: a few linked headings among other blocks are no grid. */
export const MIN_GRID_CARD_SHARE = 0.6;

// signupBoxes

/** An e-mail form climbs to wrappers holding less text than this: the signup box, not the story it sits in. */
export const MAX_SIGNUP_BOX_CHARS = 400;
/** A promo-classed box is cut only under this much text; a longer one may be the story in an oddly named wrapper. */
export const MAX_PROMO_BOX_CHARS = 500;

// tagLists

/** Longest block read as a "Tags: a, b" line; longer is prose that starts with the word. */
export const MAX_TAG_LIST_CHARS = 400;
/** A tag list is mostly links: more than this share of its text. */
export const MIN_TAG_LIST_LINK_DENSITY = 0.5;

// timedCardFeeds

/** Relative-time labels read per page: bounds the climb work on huge feeds (a real feed shows its cards well before this). */
export const MAX_TIME_MARKERS = 400;

// widgetCredits

/** Longest block read as a widget's credit line ("Powered by SmartAsset.com"); the pattern caps the name at 60. */
export const MAX_WIDGET_CREDIT_CHARS = 80;

// photoCredits

/** Labels only: a credit line is short. */
export const MAX_CREDIT_CHARS = 140;

// pageTools
/** A tool bar holds two labels or more ("Order Reprints", "Print Article"); one alone is cut as a lone label. */
export const MIN_TOOLS = 2;
/** Longer than this, a list holds more than tool labels (a story's list of points). */
export const MAX_TOOL_BAR_CHARS = 120;
