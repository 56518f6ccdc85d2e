import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { leakedProbes, loadFixtureCases, missingInOrder } from '../helpers/fixture-cases';

/**
 * The command line of CONTRACT.md section 1, run as a user runs it: a child
 * process, its stdout, stderr and exit status.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const schema = JSON.parse(readFileSync(join(ROOT, 'tests/contract/article.schema.json'), 'utf8'));
const validateArticle = new Ajv2020({ allErrors: true }).compile(schema);
const seed = loadFixtureCases().find((c) => c.name.startsWith('aggregator--daily8.com--ukraine'))!;
const frontPage = loadFixtureCases().find((c) => c.expected.noArticle)!;

function cli(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'cli/index.ts'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const seedPath = join(seed.dir, 'page.html');

describe('cli extract', () => {
  it('prints a schema-valid Article for the seed page, crediting Business Insider via Daily8', () => {
    const run = cli(['extract', seedPath, '--url', seed.url]);
    expect(run.status).toBe(0);
    const article = JSON.parse(run.stdout);
    expect(validateArticle(article), JSON.stringify(validateArticle.errors)).toBe(true);
    expect(missingInOrder(article.text, seed.expected.paragraphs!)).toEqual([]);
    expect(leakedProbes(article.text, seed.expected.leakProbes!)).toEqual([]);
    expect(article.source).toMatchObject(seed.expected.source!);
    expect(article.aggregator.name).toBe('Daily8');
    expect(article.publishedTime).toBe('2025-06-06T09:12:00Z');
  });

  it('prints text with a source line, Markdown with a header, sanitized HTML', () => {
    const text = cli(['extract', seedPath, '--url', seed.url, '--format', 'text']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/Source: Business Insider \(https:\/\/www\.businessinsider\.com\/[^)]+\), via Daily8, 6 June 2025\s*$/);
    const md = cli(['extract', seedPath, '--url', seed.url, '--format', 'markdown']);
    expect(md.stdout.startsWith('# Ukraine has accused China')).toBe(true);
    const html = cli(['extract', seedPath, '--url', seed.url, '--format', 'html']);
    expect(html.stdout).toContain('<p>Speaking to Ukrinform');
    expect(html.stdout).not.toMatch(/<script|Related Articles/i);
  });

  it('reads the page from stdin and falls back to its canonical URL', () => {
    const run = cli(['extract', '-'], seed.html);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).url).toBe(seed.url);
  });

  it('appends the APA citation crediting the outlet', () => {
    const run = cli(['extract', seedPath, '--url', seed.url, '--format', 'json', '--cite', 'apa']);
    expect(JSON.parse(run.stdout).citation).toBe(
      'Business Insider. (2025, June 6). Ukraine has accused China of supplying key equipment and supplies to Russian defense manufacturing facilities. https://www.businessinsider.com/ukraine-accuses-china-supplying-russia-defense-factories-2025-6',
    );
  });

  it.each([
    ['apa', '(2025, June 6)'],
    ['mla', '6 June 2025'],
    ['chicago', 'June 6, 2025'],
    ['bibtex', 'date = {2025-06-06}'],
    ['markdown', '6 June 2025'],
  ])('prints the %s citation crediting Business Insider with its original URL and %s', (style, date) => {
    const run = cli(['extract', seedPath, '--url', seed.url, '--cite', style]);
    const citation: string = JSON.parse(run.stdout).citation;
    expect(citation).toContain('Business Insider');
    expect(citation).toContain('https://www.businessinsider.com/ukraine-accuses-china-supplying-russia-defense-factories-2025-6');
    expect(citation).toContain(date);
    // The aggregator is at most where it was read, after the outlet; never the author or a relative time.
    expect(citation.indexOf('Business Insider')).toBeLessThan(citation.indexOf('Daily8') < 0 ? Infinity : citation.indexOf('Daily8'));
    expect(citation).not.toMatch(/minutes? ago|daily8\.com/i);
  });

  it('exits 3 with one error line for a page with no article', () => {
    const run = cli(['extract', join(frontPage.dir, 'page.html'), '--url', frontPage.url]);
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toMatch(/^error NO_ARTICLE: .+$/);
  });

  it('exits 2 on bad usage and 1 on an unreadable file', () => {
    expect(cli(['extract']).status).toBe(2);
    expect(cli(['extract', seedPath, '--format', 'pdf']).status).toBe(2);
    expect(cli(['frobnicate']).status).toBe(2);
    const missing = cli(['extract', '/nonexistent/page.html']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^error IO_ERROR: /);
  });
});

describe('cli extract --batch', () => {
  it('answers every line in order, bad pages as ok:false, and goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sr-batch-'));
    writeFileSync(join(dir, 'empty.html'), '');
    writeFileSync(join(dir, 'binary.html'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    writeFileSync(join(dir, 'huge.html'), '<html><body>' + '<p>x</p>'.repeat(70_000) + '</body></html>');
    const manifest = [
      { id: 'seed', path: seedPath, url: seed.url },
      { id: 'missing', path: 'nope.html', url: 'https://example.com/' },
      { id: 'empty', path: 'empty.html', url: 'https://example.com/' },
      { id: 'binary', path: 'binary.html', url: 'https://example.com/' },
      { id: 'huge', path: 'huge.html', url: 'https://example.com/' },
      { id: 'front', path: join(frontPage.dir, 'page.html'), url: frontPage.url },
    ];
    writeFileSync(join(dir, 'manifest.jsonl'), manifest.map((m) => JSON.stringify(m)).join('\n') + '\n');
    const run = cli(['extract', '--batch', join(dir, 'manifest.jsonl')]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(manifest.map((m) => m.id));
    expect(lines.map((l) => (l.ok ? 'ok' : l.error.code))).toEqual(['ok', 'IO_ERROR', 'NO_ARTICLE', 'PARSE_ERROR', 'TOO_LARGE', 'NO_ARTICLE']);
    for (const line of lines) {
      expect(typeof line.ms.parse).toBe('number');
      expect(typeof line.ms.extract).toBe('number');
    }
    expect(validateArticle(lines[0].article)).toBe(true);
  });

  it('exits 2 for a manifest that is not JSON lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sr-batch-'));
    writeFileSync(join(dir, 'bad.jsonl'), 'not json\n');
    expect(cli(['extract', '--batch', join(dir, 'bad.jsonl')]).status).toBe(2);
  });
});
