import type { ArticleTarget } from '../../utils/ui/request-article';

/** The slice of the `tabs` API the popup uses to find its tab. */
export interface TabsApi {
  get(tabId: number): Promise<{ id?: number; url?: string; pendingUrl?: string }>;
  query(info: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number; url?: string }>>;
}

/**
 * The tab this popup reads: `?tabId=N` when an extension page opened it for a
 * tab (tests, and later the full-tab view), else the active tab of the window
 * whose toolbar button was clicked. Null when there is none.
 */
export async function findTargetTab(search: string, tabs: TabsApi): Promise<ArticleTarget | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null) {
    if (!/^\d+$/.test(param)) return null;
    const tabId = Number(param);
    try {
      const tab = await tabs.get(tabId);
      return { tabId, url: tab.url ?? tab.pendingUrl };
    } catch {
      return null;
    }
  }
  const [tab] = await tabs.query({ active: true, currentWindow: true });
  if (!tab || tab.id === undefined) return null;
  return { tabId: tab.id, url: tab.url };
}
