import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createBrowserCopyEnvironment } from '../../utils/clipboard';
import { EXTRACTOR_SCRIPT, requestArticle } from '../../utils/request-article';
import type { ArticleRequestResult } from '../../utils/request-article';
import { App } from './App';
import { findTargetTab } from './target';
import './style.css';

async function loadArticle(): Promise<ArticleRequestResult> {
  const target = await findTargetTab(location.search, browser.tabs);
  if (!target) {
    return { ok: false, code: 'NO_TAB', message: 'There is no tab to read. Open an article and click the button again.' };
  }
  const fileAccess = await browser.extension.isAllowedFileSchemeAccess().catch(() => false);
  return requestArticle(target, {
    fileAccess,
    inject: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACTOR_SCRIPT] });
    },
  });
}

const root = document.getElementById('app');
if (root) {
  // Opened as a page for a given tab (not as the toolbar popup): use the room a tab gives.
  if (new URLSearchParams(location.search).has('tabId')) document.documentElement.classList.add('in-tab');
  render(<App loadArticle={loadArticle} copyEnv={createBrowserCopyEnvironment(window)} win={window} />, root);
}
