import type { Landmarks } from '../detect';
import type { PageScan } from '../page-scan';
import { PruneContext, type PruneOutcome, type PruneRule } from './context';
import { aggregatorNotes } from './rules/aggregator-notes';
import { commentThreads } from './rules/comment-threads';
import { headlineRuns } from './rules/headline-runs';
import { inBodyWidgets } from './rules/in-body-widgets';
import { inlinePromos } from './rules/inline-promos';
import { labelledSections } from './rules/labelled-sections';
import { linkedHeadingGrids } from './rules/linked-heading-grids';
import { markedComments } from './rules/marked-comments';
import { otherArticles } from './rules/other-articles';
import { pageChrome } from './rules/page-chrome';
import { pageTools } from './rules/page-tools';
import { photoCredits } from './rules/photo-credits';
import { signupBoxes } from './rules/signup-boxes';
import { tagLists } from './rules/tag-lists';
import { timedCardFeeds } from './rules/timed-card-feeds';
import { widgetCredits } from './rules/widget-credits';

/**
 * Cuts what surrounds a story before Readability sees it: feeds of story
 * cards, sections under "Related"/"Comments"/"Hashtags"-like headings, promo
 * and widget boxes, other full articles, inline "Read also" cards. The cut
 * feed is returned as links. Nothing that contains the headline or the body
 * cluster is ever removed (PruneContext.isProtected).
 *
 * To add a rule: one file under rules/, one line in this list (order
 * matters: earlier rules see more of the page), one test.
 */
export const PRUNE_RULE_LIST: readonly PruneRule[] = [
  otherArticles, // several <article>s: the one without the headline is a card or an "Up next" story
  timedCardFeeds, // cards with "3 minutes ago" labels beside headline links
  labelledSections, // sections under "Related", "Comments", "Hashtags", promo and ad labels
  linkedHeadingGrids, // three or more sibling cards with linked headings
  inlinePromos, // "Read also: <link>" between paragraphs
  headlineRuns, // two or more bare headline links as paragraphs, or a labelled list of them
  inBodyWidgets, // video playlists, gallery strips, "Trending" and links boxes (by class)
  commentThreads, // comment containers by class or id
  markedComments, // three or more comments marked one by one (class "comment", schema.org Comment)
  tagLists, // "#Tag" clouds and "Tags:" lines
  signupBoxes, // newsletter forms and promo boxes
  pageChrome, // nav, header, footer outside the story
  aggregatorNotes, // "We have summarized this news...", affiliate disclosures
  widgetCredits, // "Powered by SmartAsset.com" over a widget
  pageTools, // "Order Reprints", "Print Article", "Text size": the article's tool bar
  photoCredits, // "Photo: Meg Kinnard, AP", "Media caption ..."
];

/** The rules' names, in order. */
export const PRUNE_RULES: readonly string[] = PRUNE_RULE_LIST.map((r) => r.name);

export function pruneFeeds(doc: Document, landmarks: Landmarks, baseUrl: string, scan: PageScan, rules: readonly string[] = PRUNE_RULES): PruneOutcome {
  const body = doc.body ?? doc.documentElement;
  if (!body) return { related: [], cardsRemoved: 0, signals: [], commentChars: 0 };
  const ctx = new PruneContext(landmarks, baseUrl, scan);
  for (const name of rules) PRUNE_RULE_LIST.find((r) => r.name === name)?.run(ctx, body);
  return ctx.outcome();
}

export type { PruneOutcome, PruneRule } from './context';
