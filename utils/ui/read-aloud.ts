/**
 * Reading an article aloud with the Web Speech API, kept apart from the page
 * so it can be tested with a stub: sentence splitting, choosing a voice for
 * the article's language, and a queue that speaks one sentence per utterance
 * (so we always know which sentence is being read, without relying on
 * `boundary` events that many voices never fire).
 */

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Longest utterance handed to the synthesizer. Some voices (Chrome's network
 * voices) stop silently after about 15 seconds of speech; 240 characters is
 * well under that at any speed we offer.
 */
export const MAX_UTTERANCE_CHARS = 240;

const SENTENCE_FALLBACK = /[^.!?。！？؟]+(?:[.!?。！？؟]+["'”’»)\]]*|$)\s*/g;

/** The sentences of `text`, with their offsets, in the article's language's rules when the browser knows them. */
export function splitSentences(text: string, lang?: string | null): SentenceSpan[] {
  const raw: Array<{ start: number; end: number }> = [];
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Segmenter) {
    let segmenter: Intl.Segmenter;
    try {
      segmenter = new Segmenter(lang || undefined, { granularity: 'sentence' });
    } catch {
      segmenter = new Segmenter(undefined, { granularity: 'sentence' });
    }
    for (const s of segmenter.segment(text)) raw.push({ start: s.index, end: s.index + s.segment.length });
  } else {
    for (const m of text.matchAll(SENTENCE_FALLBACK)) if (m[0]) raw.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  const out: SentenceSpan[] = [];
  for (const span of raw) {
    for (const piece of splitLong(text, span.start, span.end)) {
      let { start, end } = piece;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (start < end && /[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push({ start, end, text: text.slice(start, end) });
    }
  }
  return out;
}

/** Cuts a sentence longer than MAX_UTTERANCE_CHARS at commas, semicolons or spaces. */
function splitLong(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  let from = start;
  while (end - from > MAX_UTTERANCE_CHARS) {
    const window = text.slice(from, from + MAX_UTTERANCE_CHARS);
    const cut = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '), window.lastIndexOf(': '));
    const at = cut > MAX_UTTERANCE_CHARS / 3 ? cut + 1 : window.lastIndexOf(' ') > 0 ? window.lastIndexOf(' ') : MAX_UTTERANCE_CHARS;
    pieces.push({ start: from, end: from + at });
    from += at;
  }
  pieces.push({ start: from, end });
  return pieces;
}

/** What we read of a `SpeechSynthesisVoice`. */
export interface VoiceLike {
  name: string;
  lang: string;
  default?: boolean;
  localService?: boolean;
}

const langParts = (tag: string) => tag.replace(/_/g, '-').toLowerCase().split('-');

/**
 * The voice for an article in `lang`: one of exactly that language and
 * region, else of that language (en-GB for en-US), preferring the system's
 * default and voices that work offline. Null when none speaks the language,
 * or when the browser has no voice at all.
 */
export function pickVoice(voices: readonly VoiceLike[], lang: string | null): VoiceLike | null {
  if (voices.length === 0) return null;
  const rank = (v: VoiceLike) => (v.default ? 2 : 0) + (v.localService ? 1 : 0);
  const best = (list: VoiceLike[]) => list.slice().sort((a, b) => rank(b) - rank(a))[0] ?? null;
  if (!lang) return best(voices.filter((v) => v.default)) ?? best([...voices]);
  const [language, region] = langParts(lang);
  const sameLanguage = voices.filter((v) => langParts(v.lang)[0] === language);
  const exact = region ? sameLanguage.filter((v) => langParts(v.lang)[1] === region) : [];
  return best(exact) ?? best(sameLanguage);
}

/** The slice of `SpeechSynthesisUtterance` the queue uses. */
export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: unknown;
  onstart: ((event: unknown) => void) | null;
  onend: ((event: unknown) => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
}

/** The slice of `speechSynthesis` the queue uses. */
export interface SynthLike {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
}

export type ReadAloudStatus = 'idle' | 'speaking' | 'paused' | 'done' | 'error';

export interface ReadAloudState {
  status: ReadAloudStatus;
  /** Index of the paragraph and of the sentence within it being read (or to be read on resume). */
  paragraph: number;
  sentence: number;
  error?: string;
}

export interface ReadAloudOptions {
  synth: SynthLike;
  makeUtterance: (text: string) => UtteranceLike;
  /** Each paragraph's sentences (from splitSentences). */
  paragraphs: SentenceSpan[][];
  lang: string | null;
  voice: unknown;
  rate?: number;
  onChange: (state: ReadAloudState) => void;
}

/** Errors the synthesizer reports for an utterance we cancelled ourselves: not failures. */
const OWN_CANCEL_ERRORS = new Set(['interrupted', 'canceled']);

/**
 * Speaks the paragraphs sentence by sentence. Pausing cancels the utterance
 * and resuming speaks that sentence again from its start: `speechSynthesis.pause()`
 * is unreliable (Chrome on several systems never resumes, or stops after a while).
 */
export class ReadAloudQueue {
  private state: ReadAloudState = { status: 'idle', paragraph: 0, sentence: 0 };
  /** Bumped at each cancel, so the end event of a cancelled utterance cannot move the queue. */
  private generation = 0;
  private rate: number;

  constructor(private readonly options: ReadAloudOptions) {
    this.rate = options.rate ?? 1;
    const first = options.paragraphs.findIndex((p) => p.length > 0);
    this.state = { status: 'idle', paragraph: Math.max(0, first), sentence: 0 };
  }

  get current(): ReadAloudState {
    return { ...this.state };
  }

  get hasText(): boolean {
    return this.options.paragraphs.some((p) => p.length > 0);
  }

  play(): void {
    if (!this.hasText) return;
    if (this.state.status === 'done' || this.state.status === 'error') {
      this.state = { ...this.state, paragraph: this.nextParagraph(-1, 1) ?? 0, sentence: 0 };
    }
    this.speakCurrent();
  }

  pause(): void {
    if (this.state.status !== 'speaking') return;
    this.cancel();
    this.set({ ...this.state, status: 'paused' });
  }

  toggle(): void {
    if (this.state.status === 'speaking') this.pause();
    else this.play();
  }

  /** Moves to the start of the next (1) or previous (-1) paragraph; keeps speaking if it was. */
  skip(delta: 1 | -1): void {
    if (!this.hasText) return;
    const target = this.nextParagraph(this.state.paragraph, delta);
    if (target === null) {
      if (delta === 1) {
        this.cancel();
        this.set({ ...this.state, status: 'done' });
      } else {
        this.restartAt(this.state.paragraph);
      }
      return;
    }
    this.restartAt(target);
  }

  /** Changes the speed; the sentence being read starts again at the new speed. */
  setRate(rate: number): void {
    this.rate = rate;
    if (this.state.status === 'speaking') this.speakCurrent();
  }

  stop(): void {
    this.cancel();
    if (this.state.status !== 'idle') this.set({ ...this.state, status: 'idle' });
  }

  private restartAt(paragraph: number): void {
    const wasSpeaking = this.state.status === 'speaking';
    this.state = { ...this.state, paragraph, sentence: 0 };
    if (wasSpeaking) this.speakCurrent();
    else this.set({ ...this.state, status: this.state.status === 'idle' ? 'idle' : 'paused' });
  }

  private nextParagraph(from: number, delta: 1 | -1): number | null {
    for (let p = from + delta; p >= 0 && p < this.options.paragraphs.length; p += delta) {
      if (this.options.paragraphs[p].length > 0) return p;
    }
    return null;
  }

  private cancel(): void {
    this.generation++;
    this.options.synth.cancel();
  }

  private speakCurrent(): void {
    this.cancel();
    const generation = this.generation;
    const sentence = this.options.paragraphs[this.state.paragraph]?.[this.state.sentence];
    if (!sentence) {
      this.set({ ...this.state, status: 'done' });
      return;
    }
    const utterance = this.options.makeUtterance(sentence.text);
    if (this.options.lang) utterance.lang = this.options.lang;
    if (this.options.voice) utterance.voice = this.options.voice;
    utterance.rate = this.rate;
    utterance.onend = () => {
      if (generation === this.generation) this.advance();
    };
    utterance.onerror = (event) => {
      if (generation !== this.generation || OWN_CANCEL_ERRORS.has(event?.error ?? '')) return;
      this.set({ ...this.state, status: 'error', error: event?.error ?? 'unknown' });
    };
    this.set({ ...this.state, status: 'speaking', error: undefined });
    this.options.synth.speak(utterance);
  }

  private advance(): void {
    const sentences = this.options.paragraphs[this.state.paragraph] ?? [];
    if (this.state.sentence + 1 < sentences.length) {
      this.state = { ...this.state, sentence: this.state.sentence + 1 };
    } else {
      const next = this.nextParagraph(this.state.paragraph, 1);
      if (next === null) {
        this.set({ ...this.state, status: 'done' });
        return;
      }
      this.state = { ...this.state, paragraph: next, sentence: 0 };
    }
    this.speakCurrent();
  }

  private set(next: ReadAloudState): void {
    this.state = next;
    this.options.onChange({ ...next });
  }
}
