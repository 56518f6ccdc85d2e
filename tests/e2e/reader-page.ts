import type { Page } from 'playwright-core';

/**
 * Scripts for the reader view's page in the e2e tests (issue 14): a stubbed
 * `speechSynthesis`, a local storage that is full, and a selection made as a
 * reader drags the mouse. The stubs are evaluated in the page, so they use
 * only what the page has.
 */

/** A speech engine that records what it is asked to say and never finishes an utterance. */
export function stubSpeech(): void {
  const log = { spoken: [] as string[], cancels: 0 };
  class Utterance {
    text: string;
    lang = '';
    rate = 1;
    voice: unknown = null;
    onstart: ((e: unknown) => void) | null = null;
    onend: ((e: unknown) => void) | null = null;
    onerror: ((e: unknown) => void) | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  const synth = {
    getVoices: () => [{ name: 'Stub English', lang: 'en-US', default: true, localService: true, voiceURI: 'stub' }],
    speak(u: Utterance) {
      log.spoken.push(u.text);
      setTimeout(() => u.onstart?.({}), 0);
    },
    cancel() {
      log.cancels++;
    },
    pause() {},
    resume() {},
    addEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  (window as unknown as { __speech: typeof log }).__speech = log;
}

/** Also counts `speechSynthesis.cancel()` calls in the extension's localStorage, which outlives the page that made them. */
export function countCancelsInStorage(): void {
  const synth = window.speechSynthesis;
  const cancel = synth.cancel.bind(synth);
  synth.cancel = () => {
    cancel();
    localStorage.setItem('e2e-speech-cancels', String(Number(localStorage.getItem('e2e-speech-cancels') ?? '0') + 1));
  };
}

/** What {@link failStorageWrites} leaves on `window`: the failed writes counted, and a way to make room again. */
export interface StorageStub {
  __writes: number;
  __restore: () => void;
}

/** Makes every write to the extension's local storage fail as Chrome's does when the quota is used up. */
export function failStorageWrites(): void {
  const w = window as unknown as StorageStub;
  const browserApi = (globalThis as { browser?: typeof chrome }).browser;
  const areas = [...new Set([chrome.storage.local, browserApi?.storage.local].filter((a) => !!a))] as Array<{ set: unknown }>;
  const originals = areas.map((area) => area.set);
  w.__writes = 0;
  for (const area of areas) {
    area.set = () => {
      w.__writes++;
      return Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    };
  }
  w.__restore = () => areas.forEach((area, i) => (area.set = originals[i]));
}

/** A point in the text of the `index`-th element matching `selector`: `offset` characters into it. */
export interface TextPoint {
  selector: string;
  index: number;
  offset: number;
}

/** Selects the text from `from` to `to`, as a reader dragging the mouse would, and returns what is selected. */
export async function selectText(page: Page, from: TextPoint, to: TextPoint): Promise<string> {
  return page.evaluate(
    ([from, to]) => {
      const boundary = ({ selector, index, offset }: TextPoint): [Node, number] => {
        const el = document.querySelectorAll(selector)[index];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let left = offset;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (left <= node.textContent!.length) return [node, left];
          left -= node.textContent!.length;
        }
        throw new Error(`${selector}[${index}] has no character ${offset}`);
      };
      const range = document.createRange();
      range.setStart(...boundary(from));
      range.setEnd(...boundary(to));
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return sel.toString();
    },
    [from, to] as const,
  );
}
