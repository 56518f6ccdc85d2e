import { describe, expect, it } from 'vitest';
import { MAX_UTTERANCE_CHARS, pickVoice, ReadAloudQueue, splitSentences } from '../../utils/ui/read-aloud';
import type { ReadAloudState, SynthLike, UtteranceLike } from '../../utils/ui/read-aloud';

/** Read aloud: sentences, voices, and the queue driven through a stub synthesizer. */

describe('splitSentences', () => {
  it('splits a paragraph into its sentences with their offsets', () => {
    const text = 'Ukraine accused China. Beijing denied it! Was it true? Nobody knows.';
    const sentences = splitSentences(text, 'en');
    expect(sentences.map((s) => s.text)).toEqual(['Ukraine accused China.', 'Beijing denied it!', 'Was it true?', 'Nobody knows.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('skips white space and punctuation alone, and cuts very long sentences', () => {
    expect(splitSentences('   \n  ', 'en')).toEqual([]);
    const long = `${'word, '.repeat(120)}end.`;
    const pieces = splitSentences(long, 'en');
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.text.length).toBeLessThanOrEqual(MAX_UTTERANCE_CHARS);
    expect(pieces.map((p) => p.text).join(' ')).toBe(long);
  });
});

describe('pickVoice', () => {
  const voices = [
    { name: 'US', lang: 'en-US', default: true, localService: true },
    { name: 'GB', lang: 'en_GB', localService: true },
    { name: 'DE', lang: 'de-DE' },
  ];
  it('prefers the exact language and region, then the language', () => {
    expect(pickVoice(voices, 'en-GB')?.name).toBe('GB');
    expect(pickVoice(voices, 'en-AU')?.name).toBe('US');
    expect(pickVoice(voices, 'de')?.name).toBe('DE');
  });
  it('answers null for a language without a voice, or no voices at all', () => {
    expect(pickVoice(voices, 'uk')).toBeNull();
    expect(pickVoice([], 'en')).toBeNull();
    expect(pickVoice(voices, null)?.name).toBe('US');
  });
});

function stubSynth() {
  const spoken: UtteranceLike[] = [];
  let cancels = 0;
  const synth: SynthLike = {
    speak: (u) => spoken.push(u),
    cancel: () => {
      cancels++;
    },
  };
  const make = (text: string): UtteranceLike => ({ text, lang: '', rate: 1, voice: null, onstart: null, onend: null, onerror: null });
  return { synth, spoken, make, cancels: () => cancels };
}

describe('ReadAloudQueue', () => {
  const paragraphs = [splitSentences('First one. First two.', 'en'), [], splitSentences('Second paragraph.', 'en'), splitSentences('Third. Last.', 'en')];

  it('speaks sentence after sentence, paragraph after paragraph, and says when it is done', () => {
    const stub = stubSynth();
    const states: ReadAloudState[] = [];
    const q = new ReadAloudQueue({ synth: stub.synth, makeUtterance: stub.make, paragraphs, lang: 'en-US', voice: null, onChange: (s) => states.push(s) });
    q.play();
    expect(stub.spoken.map((u) => u.text)).toEqual(['First one.']);
    expect(stub.spoken[0].lang).toBe('en-US');
    for (let i = 0; i < 5; i++) stub.spoken[stub.spoken.length - 1].onend!({});
    expect(stub.spoken.map((u) => u.text)).toEqual(['First one.', 'First two.', 'Second paragraph.', 'Third.', 'Last.']);
    expect(states.at(-1)).toMatchObject({ status: 'done' });
  });

  it('pauses and resumes at the same sentence; a cancelled utterance’s end event does not move it', () => {
    const stub = stubSynth();
    const q = new ReadAloudQueue({ synth: stub.synth, makeUtterance: stub.make, paragraphs, lang: 'en', voice: null, onChange: () => {} });
    q.play();
    stub.spoken[0].onend!({});
    q.toggle();
    expect(q.current).toMatchObject({ status: 'paused', paragraph: 0, sentence: 1 });
    stub.spoken[1].onend!({});
    stub.spoken[1].onerror!({ error: 'interrupted' });
    expect(q.current).toMatchObject({ status: 'paused', paragraph: 0, sentence: 1 });
    q.toggle();
    expect(stub.spoken.at(-1)!.text).toBe('First two.');
  });

  it('skips forward and back a paragraph, over empty ones, and applies a new speed at once', () => {
    const stub = stubSynth();
    const q = new ReadAloudQueue({ synth: stub.synth, makeUtterance: stub.make, paragraphs, lang: 'en', voice: null, onChange: () => {} });
    q.play();
    q.skip(1);
    expect(stub.spoken.at(-1)!.text).toBe('Second paragraph.');
    q.skip(1);
    q.skip(-1);
    expect(stub.spoken.at(-1)!.text).toBe('Second paragraph.');
    q.setRate(1.5);
    expect(stub.spoken.at(-1)).toMatchObject({ text: 'Second paragraph.', rate: 1.5 });
    q.stop();
    expect(q.current.status).toBe('idle');
  });

  it('reports a real synthesis error', () => {
    const stub = stubSynth();
    const q = new ReadAloudQueue({ synth: stub.synth, makeUtterance: stub.make, paragraphs, lang: 'en', voice: null, onChange: () => {} });
    q.play();
    stub.spoken[0].onerror!({ error: 'synthesis-failed' });
    expect(q.current).toMatchObject({ status: 'error', error: 'synthesis-failed' });
  });
});
