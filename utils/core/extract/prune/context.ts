import type { Landmarks } from '../detect';
import { removeNode } from '../dom';
import type { PageScan } from '../page-scan';
import { readCard, type CardReading } from '../related-cards';
import { findCards } from './helpers';

/** What pruning found, handed to attribution and the no-article stage. */
export interface PruneOutcome {
  related: CardReading[];
  /** Story cards removed (feeds, other articles, link grids), for the no-article decision. */
  cardsRemoved: number;
  /** Why the page looks like a feed page, for `aggregator.signals`. */
  signals: string[];
  /** Characters of comment threads cut. */
  commentChars: number;
}

/** One rule: a name (for the ordered list and tests) and what it cuts. */
export interface PruneRule {
  name: string;
  run(ctx: PruneContext, root: Element): void;
}

/**
 * The state the rules share while they cut: the protected landmarks, the
 * cards collected as related links, and the counts the later stages read.
 */
export class PruneContext {
  related: CardReading[] = [];
  seenTitles = new Set<string>();
  cardsRemoved = 0;
  signals = new Set<string>();
  readonly protectedNodes: Element[];

  constructor(
    readonly landmarks: Landmarks,
    readonly baseUrl: string,
    /** The page's elements and short texts (see page-scan.ts); removed entries are skipped. */
    readonly scan: PageScan,
  ) {
    this.protectedNodes = [landmarks.headline, landmarks.body].filter((n): n is Element => !!n);
  }

  /** Characters of comment threads cut, for the no-article decision (a thread is no article). */
  commentChars = 0;

  outcome(): PruneOutcome {
    return { related: this.related, cardsRemoved: this.cardsRemoved, signals: Array.from(this.signals), commentChars: this.commentChars };
  }

  /** Whether removing `el` would take the headline or the story body with it. */
  isProtected(el: Element): boolean {
    return this.protectedNodes.some((p) => el === p || el.contains(p));
  }

  /**
   * Inside the story found after the headline: a list of linked items there
   * (a review of ten games, a live blog's posts) belongs to the story.
   */
  isInStory(el: Element): boolean {
    const body = this.landmarks.body;
    return !!body && !!this.landmarks.headline && (body === el || body.contains(el) || el.parentElement === body);
  }

  collect(card: Element, defaultSource: string | null = null): void {
    const item = readCard(card, this.baseUrl, defaultSource);
    if (!item) return;
    const key = item.title.toLowerCase();
    if (this.seenTitles.has(key)) return;
    this.seenTitles.add(key);
    this.related.push(item);
  }

  /** Removes one story card of a feed, keeping it as a related link. */
  cutCard(card: Element): void {
    this.collect(card);
    this.cardsRemoved++;
    this.signals.add('related-feed');
    removeNode(card);
  }

  /** Removes a feed-like region, keeping its cards as related links. */
  cutFeed(region: Element, signal: string, defaultSource: string | null = null): void {
    const cards = findCards(region);
    for (const card of cards) this.collect(card, defaultSource);
    this.cardsRemoved += Math.max(1, cards.length);
    this.signals.add(signal);
    removeNode(region);
  }
}
