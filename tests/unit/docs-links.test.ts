import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * A clone must be whole: every link in the repository's own documents points
 * to a file inside the repository that exists (or to a web address).
 */

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function markdownFiles(): string[] {
  const files = ['README.md', 'SECURITY.md'].map((name) => join(REPO_ROOT, name)).filter((path) => existsSync(path));
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md')) files.push(path);
    }
  };
  if (existsSync(join(REPO_ROOT, 'docs'))) walk(join(REPO_ROOT, 'docs'));
  return files;
}

/** Link targets of inline Markdown links and images, outside code blocks and code spans. */
export function linkTargets(markdown: string): string[] {
  const prose = markdown
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, '')
    .replace(/^(?: {4}|\t).*$/gm, '')
    .replace(/`[^`\n]*`/g, '');
  return Array.from(prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g), (m) => m[1]);
}

/** Why a link from `fromFile` is broken, or null when it is fine. */
export function linkProblem(fromFile: string, target: string, root = REPO_ROOT): string | null {
  if (/^(?:https?:|mailto:)/i.test(target)) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return `uses the scheme of ${target}`;
  if (target.startsWith('#')) return null;
  const path = decodeURIComponent(target.replace(/[?#].*$/, ''));
  const absolute = path.startsWith('/') ? join(root, path) : resolve(dirname(fromFile), path);
  const inside = relative(root, absolute);
  if (inside.startsWith('..') || inside.split(sep)[0] === '..' || resolve(root, inside) !== absolute) return 'leaves the repository';
  if (!existsSync(absolute)) return 'points to a missing file';
  return null;
}

describe('links in the repository documents', () => {
  const files = markdownFiles();

  it('finds the documents to check', () => {
    expect(files.map((f) => relative(REPO_ROOT, f))).toEqual(expect.arrayContaining(['README.md', join('docs', 'cli.md')]));
  });

  it.each(files.map((f) => [relative(REPO_ROOT, f), f]))('%s links only inside the repository, to files that exist', (_name, file) => {
    const problems = linkTargets(readFileSync(file, 'utf8'))
      .map((target) => [target, linkProblem(file, target)] as const)
      .filter(([, problem]) => problem !== null)
      .map(([target, problem]) => `${target}: ${problem}`);
    expect(problems).toEqual([]);
  });

  it('flags a link out of the clone, a missing file and a file URL, and passes good links', () => {
    const readme = join(REPO_ROOT, 'README.md');
    const targets = linkTargets(
      '[a](../shared/CONTRACT.md) [b](docs/nowhere.md) [c](file:///etc/passwd) [d](docs/cli.md#exit) [e](https://example.com/x) `[f](../in-code.md)`',
    );
    expect(targets).toEqual(['../shared/CONTRACT.md', 'docs/nowhere.md', 'file:///etc/passwd', 'docs/cli.md#exit', 'https://example.com/x']);
    expect(targets.map((t) => linkProblem(readme, t))).toEqual([
      'leaves the repository',
      'points to a missing file',
      'uses the scheme of file:///etc/passwd',
      null,
      null,
    ]);
  });
});
