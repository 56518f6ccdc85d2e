import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { pickVoice, ReadAloudQueue, splitSentences } from '../../utils/ui/read-aloud';
import type { ReadAloudState, SynthLike, UtteranceLike, VoiceLike } from '../../utils/ui/read-aloud';
import { readingBlocks } from '../../utils/ui/reading-blocks';
import { unwrap, wrapOffsets } from '../../utils/ui/text-ranges';

export interface ReadAloudProps {
  lang: string | null;
  body: HTMLElement | null;
  bodyVersion: number;
  win: Window;
  /** Start at once (the popup's "Listen"). */
  autoStart?: boolean;
  /** Told the paragraph being read, for line focus. */
  onBlock?: (block: HTMLElement | null) => void;
}

const RATES = [0.75, 1, 1.25, 1.5, 2] as const;
/** How long to wait for the browser's voice list, which Chrome fills in after the page loads. */
const VOICES_WAIT_MS = 1500;

type Speech = { synth: SynthLike & { getVoices(): VoiceLike[] }; Utterance: new (text: string) => UtteranceLike };

function speechOf(win: Window): Speech | null {
  const w = win as unknown as { speechSynthesis?: Speech['synth']; SpeechSynthesisUtterance?: Speech['Utterance'] };
  return w.speechSynthesis && w.SpeechSynthesisUtterance ? { synth: w.speechSynthesis, Utterance: w.SpeechSynthesisUtterance } : null;
}

async function voicesOf(win: Window, synth: Speech['synth']): Promise<VoiceLike[]> {
  const now = synth.getVoices();
  if (now.length) return now;
  return new Promise((resolve) => {
    const done = () => resolve(synth.getVoices());
    (synth as unknown as EventTarget).addEventListener?.('voiceschanged', done, { once: true });
    win.setTimeout(done, VOICES_WAIT_MS);
  });
}

/** Play/pause, a paragraph back or on, and the speed; the sentence being read is marked and kept in view. */
export function ReadAloud({ lang, body, bodyVersion, win, autoStart, onBlock }: ReadAloudProps) {
  const queue = useRef<ReadAloudQueue | null>(null);
  const blocks = useRef<HTMLElement[]>([]);
  const [state, setState] = useState<ReadAloudState>({ status: 'idle', paragraph: 0, sentence: 0 });
  const [problem, setProblem] = useState<string | null>(null);
  const [rate, setRate] = useState(1);
  const started = useRef(false);

  const mark = (next: ReadAloudState) => {
    body?.querySelectorAll('[data-testid=speaking]').forEach(unwrap);
    const block = blocks.current[next.paragraph];
    if (next.status !== 'speaking' || !block) {
      onBlock?.(next.status === 'paused' ? (block ?? null) : null);
      return;
    }
    const sentence = splitSentences(block.textContent ?? '', lang)[next.sentence];
    if (sentence) {
      const [first] = wrapOffsets(block, sentence.start, sentence.end, () => {
        const span = block.ownerDocument.createElement('span');
        span.className = 'speaking';
        span.setAttribute('data-testid', 'speaking');
        return span;
      });
      const box = first?.getBoundingClientRect();
      if (first && box && (box.top < 0 || box.bottom > win.innerHeight)) first.scrollIntoView({ block: 'center' });
    }
    onBlock?.(block);
  };

  // The queue is made on first play, from the body as rendered then.
  async function ensureQueue(): Promise<ReadAloudQueue | null> {
    if (queue.current) return queue.current;
    const speech = speechOf(win);
    if (!speech || !body) {
      setProblem(t('readAloudNoSynth'));
      return null;
    }
    const voice = pickVoice(await voicesOf(win, speech.synth), lang);
    if (!voice) {
      setProblem(t('readAloudNoVoice', lang ?? '?'));
      return null;
    }
    blocks.current = readingBlocks(body);
    const paragraphs = blocks.current.map((b) => splitSentences(b.textContent ?? '', lang));
    const q = new ReadAloudQueue({
      synth: speech.synth,
      makeUtterance: (text) => new speech.Utterance(text),
      paragraphs,
      lang,
      voice,
      rate,
      onChange: (next) => {
        setState(next);
        mark(next);
      },
    });
    if (!q.hasText) {
      setProblem(t('readAloudNothing'));
      return null;
    }
    setProblem(null);
    queue.current = q;
    return q;
  }

  // A new body (images switched, article read again): start over from it.
  useEffect(() => {
    queue.current?.stop();
    queue.current = null;
  }, [body, bodyVersion]);

  useEffect(() => {
    const stop = () => queue.current?.stop();
    win.addEventListener('pagehide', stop);
    return () => {
      win.removeEventListener('pagehide', stop);
      stop();
    };
  }, [win]);

  const toggle = () => void ensureQueue().then((q) => q?.toggle());
  const skip = (delta: 1 | -1) => void ensureQueue().then((q) => q?.skip(delta));

  useEffect(() => {
    if (autoStart && body && !started.current) {
      started.current = true;
      toggle();
    }
  }, [autoStart, body]);

  // K, J, L as in video players; never while typing a note.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'k') toggle();
      else if (key === 'j') skip(-1);
      else if (key === 'l') skip(1);
      else return;
      event.preventDefault();
    };
    win.addEventListener('keydown', onKey);
    return () => win.removeEventListener('keydown', onKey);
  });

  const speaking = state.status === 'speaking';
  const statusText =
    problem ??
    (state.status === 'speaking'
      ? t('readAloudReading', state.paragraph + 1, blocks.current.length)
      : state.status === 'paused'
        ? t('readAloudPaused')
        : state.status === 'done'
          ? t('readAloudDone')
          : state.status === 'error'
            ? t('readAloudFailed', state.error ?? '')
            : '');
  return (
    <div class="read-aloud" role="group" aria-label={t('readAloudStart')}>
      <button type="button" class="button button--primary" data-testid="read-aloud" aria-pressed={speaking} aria-keyshortcuts="K" onClick={toggle}>
        {speaking ? t('readAloudPause') : state.status === 'paused' ? t('readAloudResume') : t('readAloudStart')}
      </button>
      <button type="button" class="button" data-testid="read-aloud-back" aria-keyshortcuts="J" onClick={() => skip(-1)}>
        {t('readAloudBack')}
      </button>
      <button type="button" class="button" data-testid="read-aloud-forward" aria-keyshortcuts="L" onClick={() => skip(1)}>
        {t('readAloudForward')}
      </button>
      <label class="read-aloud__rate">
        {t('readAloudSpeed')}{' '}
        <select
          data-testid="read-aloud-speed"
          value={String(rate)}
          onChange={(event) => {
            const value = Number(event.currentTarget.value);
            setRate(value);
            queue.current?.setRate(value);
          }}
        >
          {RATES.map((r) => (
            <option key={r} value={String(r)}>{`${r}×`}</option>
          ))}
        </select>
      </label>
      <p class="read-aloud__status" role="status" data-testid="read-aloud-status">
        {statusText}
      </p>
    </div>
  );
}

export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}
