/** A mistake in the command's words: printed with the usage, exit code 2 (CONTRACT section 1). */
export class UsageError extends Error {}

/**
 * Walks a command's words once, the same way for every command: each `--name`
 * goes to `onOption` with a reader for its value (a missing value is a usage
 * error), and `onOption` answers false for a name the command does not have.
 * Returns the one bare word, the page file, or null when there is none.
 */
export function readCommandWords(words: string[], onOption: (name: string, value: () => string) => boolean): string | null {
  let file: string | null = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const value = () => {
      const v = words[++i];
      if (v === undefined) throw new UsageError(`${word} needs a value`);
      return v;
    };
    if (word.startsWith('--')) {
      if (!onOption(word, value)) throw new UsageError(`unknown option ${word}`);
    } else if (file === null) file = word;
    else throw new UsageError(`unexpected argument "${word}"`);
  }
  return file;
}
