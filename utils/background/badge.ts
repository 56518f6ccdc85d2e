import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { t } from '../i18n';

/**
 * The toolbar button's badge and tooltip, per tab. Browsers reset a tab's
 * badge when the tab loads another page, so nothing here clears on
 * navigation; the popup, the reader view and on-load detection each set the
 * state they know for their tab.
 */

/** The slice of `action` (`browserAction` in Firefox's MV2 build) the badge uses. */
export type ActionApi = Pick<
  typeof Browser.action,
  'setBadgeText' | 'setTitle' | 'setBadgeBackgroundColor' | 'getBadgeText' | 'getTitle' | 'getBadgeBackgroundColor'
>;

/** `action` in MV3, `browserAction` in Firefox's MV2 build; null where neither exists. */
export function actionApi(): ActionApi | null {
  const api = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return api.action ?? api.browserAction ?? null;
}

/** Slate, as the interface's muted text: white badge text on it is well above 4.5:1. */
export const AGGREGATOR_BADGE_COLOR = '#3b4a5a';
/** Dark green for confirmations: white on it passes AA. */
export const OK_BADGE_COLOR = '#1d6b38';

/** Longest outlet name put in a tooltip; a page controls this text. */
const MAX_OUTLET_CHARS = 80;

/** An outlet name fit for a tooltip: one line, no control characters, bounded. */
export function tooltipName(name: string): string {
  const clean = name
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > MAX_OUTLET_CHARS ? `${clean.slice(0, MAX_OUTLET_CHARS - 1)}…` : clean;
}

/**
 * Marks tab `tabId` as an aggregator page whose original is `mark.outlet`
 * (badge and tooltip; an unnamed outlet gets a tooltip that says to open the
 * popup), or, with null, puts the button back as it was.
 */
export async function setAggregatorBadge(action: ActionApi, tabId: number, mark: { outlet: string | null } | null): Promise<void> {
  if (mark === null) {
    await Promise.all([action.setBadgeText({ tabId, text: '' }), action.setTitle({ tabId, title: t('actionTitle') })]);
    return;
  }
  const name = mark.outlet ? tooltipName(mark.outlet) : '';
  await Promise.all([
    action.setBadgeBackgroundColor({ tabId, color: AGGREGATOR_BADGE_COLOR }),
    action.setBadgeText({ tabId, text: t('badgeAggregatorText') }),
    action.setTitle({
      tabId,
      title: name ? t('badgeAggregatorTitle', name) : t('badgeAggregatorTitleUnknown'),
    }),
  ]);
}

/**
 * Shows `text` on tab `tabId`'s badge for `ms`, then restores what was
 * there (an aggregator mark stays an aggregator mark). The confirmation of a
 * copy made without opening the popup (shortcut, context menu).
 */
export async function flashBadge(
  action: ActionApi,
  tabId: number,
  flash: { text: string; title: string; color: string },
  ms: number,
  timers: { setTimeout: (fn: () => void, ms: number) => unknown } = globalThis,
): Promise<void> {
  const [text, title, color] = await Promise.all([action.getBadgeText({ tabId }), action.getTitle({ tabId }), action.getBadgeBackgroundColor({ tabId })]);
  await Promise.all([
    action.setBadgeBackgroundColor({ tabId, color: flash.color }),
    action.setBadgeText({ tabId, text: flash.text }),
    action.setTitle({ tabId, title: flash.title }),
  ]);
  timers.setTimeout(() => {
    // The tab may be gone by now; then there is nothing to restore.
    Promise.all([
      action.setBadgeBackgroundColor({ tabId, color: colorOf(color) }),
      action.setBadgeText({ tabId, text }),
      action.setTitle({ tabId, title }),
    ]).catch(() => {});
  }, ms);
}

/** `getBadgeBackgroundColor` answers RGBA numbers; `setBadgeBackgroundColor` takes them back, or a CSS string. */
function colorOf(value: unknown): string | [number, number, number, number] {
  if (Array.isArray(value) && value.length === 4) return value as [number, number, number, number];
  return typeof value === 'string' ? value : AGGREGATOR_BADGE_COLOR;
}
