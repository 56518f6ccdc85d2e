import { storage } from 'wxt/utils/storage';
import { parseRecord } from '../core/annotate/record';
import type { HighlightRecord } from '../core/annotate/record';

/**
 * Highlight records in the extension's local storage, one item per original
 * article (`local:highlights:<url>`). Local, not synced: synced storage holds
 * 100 KB in all, a few articles' worth, while local holds megabytes.
 */

export interface HighlightStore {
  load(url: string): Promise<HighlightRecord | null>;
  save(record: HighlightRecord): Promise<void>;
}

export type StorageKey = `local:${string}`;

export const highlightStorageKey = (url: string): StorageKey => `local:highlights:${url}`;

export function createHighlightStore(area: Pick<typeof storage, 'getItem' | 'setItem'> = storage): HighlightStore {
  return {
    async load(url) {
      return parseRecord(await area.getItem(highlightStorageKey(url)));
    },
    async save(record) {
      await area.setItem(highlightStorageKey(record.url), record);
    },
  };
}

/** Whether a failed write failed because the storage quota is used up (Chrome: "QUOTA_BYTES quota exceeded"). */
export function isQuotaError(error: unknown): boolean {
  const text = `${(error as { name?: string })?.name ?? ''} ${error instanceof Error ? error.message : String(error)}`;
  return /quota/i.test(text);
}
