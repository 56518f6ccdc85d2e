import { render } from 'preact';
import { browser } from 'wxt/browser';
import { actionApi, setAggregatorBadge } from '../../utils/background/badge';
import { READER_NOTICES, readerPath } from '../../utils/background/reader-tab';
import type { ReaderNotice } from '../../utils/background/reader-tab';
import { createBrowserCopyEnvironment } from '../../utils/ui/clipboard';
import { applyUiLocale, t } from '../../utils/i18n';
import { applyDisplayPreferences, readDisplayPreferences } from '../../utils/preferences';
import { EXTRACTOR_SCRIPT, requestArticle } from '../../utils/ui/request-article';
import type { ArticleRequestResult } from '../../utils/ui/request-article';
import { App } from './App';
import { findTargetTab } from './target';

/**
 * Starts the popup or the reader view: the interface's language, the
 * reader's display preferences (read before the first render, so the page
 * never flashes the wrong theme), then the article of the target tab.
 */
export async function startArticlePage(layout: 'popup' | 'reader'): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const html = document.documentElement;
  applyUiLocale(html);
  document.title = layout === 'reader' ? t('readerTitle') : t('actionTitle');
  const params = new URLSearchParams(location.search);
  // Opened as a page for a given tab (not as the toolbar popup): use the room a tab gives.
  if (layout === 'popup' && params.has('tabId')) html.classList.add('in-tab');

  const preferences = await readDisplayPreferences();
  applyDisplayPreferences(html, preferences);

  let targetTabId: number | null = null;
  const loadArticle = async (): Promise<ArticleRequestResult> => {
    const target = await findTargetTab(location.search, browser.tabs);
    if (!target) return { ok: false, code: 'NO_TAB', message: 'There is no tab to read.' };
    targetTabId = target.tabId;
    const fileAccess = await browser.extension.isAllowedFileSchemeAccess().catch(() => false);
    return requestArticle(target, {
      fileAccess,
      inject: async (tabId) => {
        // Immediately: by default Chromium waits for the page to finish loading, and a page whose
        // response never ends would keep the popup waiting for ever. A page still loading is read
        // as far as it has arrived.
        await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACTOR_SCRIPT], injectImmediately: true });
      },
    });
  };

  // Without the opt-in, the popup is the first to know a page is an aggregator's: it tells the toolbar button.
  const onResult = (result: ArticleRequestResult) => {
    const action = actionApi();
    if (!action || targetTabId === null) return;
    const mark = badgeMark(result);
    if (mark !== undefined) setAggregatorBadge(action, targetTabId, mark).catch(() => {});
  };

  const openReader = (listen: boolean) => {
    if (targetTabId === null) return;
    const path = `${readerPath(targetTabId)}${listen ? '&listen=1' : ''}`;
    void browser.tabs.create({ url: browser.runtime.getURL(path as '/reader.html') }).then(() => {
      if (!html.classList.contains('in-tab')) window.close();
    });
  };
  const onListen = layout === 'popup' ? () => openReader(true) : undefined;

  const onOpenInTab =
    layout === 'popup'
      ? () => {
          if (targetTabId === null) return;
          void browser.tabs.create({ url: browser.runtime.getURL(readerPath(targetTabId) as '/reader.html') }).then(() => {
            // The toolbar popup has done its job; a popup opened as a tab (tests) stays.
            if (!html.classList.contains('in-tab')) window.close();
          });
        }
      : undefined;

  const onOpenOptions =
    layout === 'popup'
      ? () => {
          void browser.runtime.openOptionsPage().then(() => {
            if (!html.classList.contains('in-tab')) window.close();
          });
        }
      : undefined;

  const noticeParam = params.get('notice');
  const notice = layout === 'reader' && (READER_NOTICES as readonly string[]).includes(noticeParam ?? '') ? (noticeParam as ReaderNotice) : null;

  render(
    <App
      loadArticle={loadArticle}
      copyEnv={createBrowserCopyEnvironment(window)}
      win={window}
      layout={layout}
      initialPreferences={preferences}
      onOpenInTab={onOpenInTab}
      onOpenOptions={onOpenOptions}
      onResult={onResult}
      notice={notice}
      onListen={onListen}
      autoListen={layout === 'reader' && params.get('listen') === '1'}
    />,
    root,
  );
}

/**
 * What the badge should say after reading: an aggregator mark, null to clear
 * it (an article that is the publisher's own, or no article at all), or
 * undefined to leave it (the page could not be read, so nothing new is known).
 */
export function badgeMark(result: ArticleRequestResult): { outlet: string | null } | null | undefined {
  if (!result.ok) return result.code === 'NO_ARTICLE' ? null : undefined;
  const { aggregator, source } = result.article;
  if (!aggregator) return null;
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const named = !!source?.name && norm(source.name) !== norm(aggregator.name);
  return { outlet: named ? source.name : null };
}
