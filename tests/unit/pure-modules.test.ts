import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The extraction core and the formatters run unchanged in a content script, in
 * vitest and in the CLI, so they may not reach for any environment's globals
 * (DESIGN.md). Everything they need comes in as an argument.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PURE_DIRS = ['utils/core'];
const FORBIDDEN: Array<[string, RegExp]> = [
  ['process', /\bprocess\./],
  ['window', /\bwindow\./],
  ['document global', /(?<![.\w])document\./],
  ['chrome', /(?<![.\w'"])chrome\.(?!google\.com)/],
  ['browser', /(?<![.\w])browser\./],
  ['wxt', /from ['"]wxt/],
  ['preact', /from ['"]preact/],
  ['DOMParser', /new DOMParser/],
  ['node modules', /from ['"]node:/],
];

const files = PURE_DIRS.flatMap((dir) =>
  (readdirSync(join(ROOT, dir), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)),
);

describe('pure modules', () => {
  it('exist', () => expect(files.length).toBeGreaterThan(10));
  it.each(files)('%s uses no environment global', (file) => {
    // Comments may mention globals; code may not.
    const code = readFileSync(join(ROOT, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const found = FORBIDDEN.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
    expect(found).toEqual([]);
  });
});
