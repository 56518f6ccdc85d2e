import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, describe, expect, it } from 'vitest';
import { decodePageBytes, parseHtmlDocument } from '../../cli/load-page';
import { runPage } from '../../cli/run-page';
import { bundleCli, runBundledCli } from '../helpers/cli-bundle';
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

// Bundled once per worker; one CLI-through-tsx test (below) keeps `npm run cli` itself covered.
const bundle = bundleCli();
afterAll(() => rmSync(bundle, { force: true }));
const cli = (args: string[], input?: string) => runBundledCli(bundle, args, input);

const seedPath = join(seed.dir, 'page.html');

describe('cli extract', () => {
  it('runs from source as `npm run cli` runs it (tsx), with the same answer as the bundle', () => {
    const fromSource = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'cli/index.ts'), 'extract', seedPath, '--url', seed.url, '--format', 'text'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(fromSource.status).toBe(0);
    expect(fromSource.stdout).toContain('Source: Business Insider');
    expect(fromSource.stdout).toBe(cli(['extract', seedPath, '--url', seed.url, '--format', 'text']).stdout);
  });

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
      // APA 7 newspaper article without author: the title moves to the author position (9.12).
      'Ukraine has accused China of supplying key equipment and supplies to Russian defense manufacturing facilities. (2025, June 6). Business Insider. https://www.businessinsider.com/ukraine-accuses-china-supplying-russia-defense-factories-2025-6',
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

  const BI = 'https://www.businessinsider.com/ukraine-accuses-china-supplying-russia-defense-factories-2025-6';
  const TITLE = 'Ukraine has accused China of supplying key equipment and supplies to Russian defense manufacturing facilities';
  it.each([
    ['apa', `${TITLE}. (2025, June 6). Business Insider. ${BI}`],
    [
      'mla',
      `“Ukraine Has Accused China of Supplying Key Equipment and Supplies to Russian Defense Manufacturing Facilities.” Business Insider, 6 June 2025. Daily8, ${BI}.`,
    ],
    [
      'chicago',
      `Business Insider. “Ukraine Has Accused China of Supplying Key Equipment and Supplies to Russian Defense Manufacturing Facilities.” June 6, 2025. ${BI}.`,
    ],
    ['harvard', `Business Insider (2025) “${TITLE},” 6 June. Available at: ${BI} (Accessed: December 4, 2026).`],
    ['ieee', `[1] “${TITLE},” Business Insider, Jun. 06, 2025. Accessed: Dec. 04, 2026. [Online]. Available: ${BI}`],
  ])('cite --style %s prints only the entry', (style, entry) => {
    const run = cli(['cite', seedPath, '--url', seed.url, '--style', style, '--accessed', '2026-12-04']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${entry}\n`);
  });

  it('cite --style csl --csl FILE renders a bundled style file exactly as the named style', () => {
    const named = cli(['cite', seedPath, '--url', seed.url, '--style', 'ieee', '--accessed', '2026-12-04', '--locale', 'de-DE']);
    const file = cli([
      'cite',
      seedPath,
      '--url',
      seed.url,
      '--style',
      'csl',
      '--csl',
      join(ROOT, 'utils/core/format/csl/ieee.csl'),
      '--accessed',
      '2026-12-04',
      '--locale',
      'de-DE',
    ]);
    expect(file.status).toBe(0);
    expect(file.stdout).toBe(named.stdout);
    expect(file.stdout).toContain('Zugegriffen: 4. Dezember 2026');
  });

  it('cite --style csl-json, ris and bibtex carry outlet, original URL, aggregator and access date', () => {
    const json = JSON.parse(cli(['cite', seedPath, '--url', seed.url, '--style', 'csl-json', '--accessed', '2026-12-04']).stdout);
    expect(json).toEqual([
      {
        id: 'article',
        type: 'article-newspaper',
        title: TITLE,
        URL: BI,
        'container-title': 'Business Insider',
        source: 'Daily8',
        language: 'en',
        issued: { 'date-parts': [[2025, 6, 6]] },
        accessed: { 'date-parts': [[2026, 12, 4]] },
      },
    ]);
    const ris = cli(['cite', seedPath, '--url', seed.url, '--style', 'ris', '--accessed', '2026-12-04']).stdout;
    expect(ris).toBe(
      [
        'TY  - NEWS',
        `TI  - ${TITLE}`,
        'T2  - Business Insider',
        'DA  - 2025/06/06/',
        'PY  - 2025',
        `UR  - ${BI}`,
        'Y2  - 2026/12/04/',
        'DP  - Daily8',
        'LA  - en',
        'ER  - ',
        '',
      ].join('\n'),
    );
    const bib = cli(['cite', seedPath, '--url', seed.url, '--style', 'bibtex', '--accessed', '2026-12-04']).stdout;
    expect(bib).toContain('@article{businessinsider2025ukraine,');
    expect(bib).toContain('  journaltitle = {Business Insider},');
    expect(bib).toContain(`  url = {${BI}},`);
    expect(bib).toContain('  urldate = {2026-12-04},');
  });

  it('cite: bad usage exits 2, a broken style file 1 with a clear message, no article 3', () => {
    expect(cli(['cite', seedPath, '--style', 'csl']).status).toBe(2);
    expect(cli(['cite', seedPath, '--style', 'vancouver']).status).toBe(2);
    expect(cli(['cite', seedPath, '--style', 'apa', '--accessed', '2026-02-30']).status).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'cite-'));
    writeFileSync(join(dir, 'broken.csl'), '<style>not csl</style>');
    const broken = cli(['cite', seedPath, '--url', seed.url, '--csl', join(dir, 'broken.csl')]);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr.trim()).toMatch(/^error BAD_STYLE: This is not a CSL style/);
    expect(cli(['cite', join(frontPage.dir, 'page.html'), '--url', frontPage.url, '--style', 'apa']).status).toBe(3);
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

describe('decoding a saved page', () => {
  const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
  const bytesOf = (head: string, body: number[]) => new Uint8Array([...ascii(`<html><head>${head}</head><body><p>`), ...body, ...ascii('</p></body></html>')]);

  it('reads the charset the page declares: GBK, windows-1252', () => {
    expect(decodePageBytes(bytesOf('<meta charset="gbk">', [0xd6, 0xd0, 0xce, 0xc4]))).toContain('<p>中文</p>');
    expect(decodePageBytes(bytesOf('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', [0x63, 0x61, 0x66, 0xe9]))).toContain(
      '<p>café</p>',
    );
  });

  it('reads UTF-8 as UTF-8 when a re-encoded page still declares its old charset', () => {
    const utf8 = Array.from(new TextEncoder().encode('café 中文'));
    expect(decodePageBytes(bytesOf('<meta charset="windows-1252">', utf8))).toContain('<p>café 中文</p>');
    expect(decodePageBytes(bytesOf('<meta charset="gb2312">', utf8))).toContain('<p>café 中文</p>');
  });
});

describe('parsing a saved page', () => {
  it("falls back to og:url as Mercury's preprocessing saves it (name= and value=)", () => {
    const saved = `<!DOCTYPE html><html><head><meta value="https://www.gazette.example/news/2025/06/06/harbour" name="og:url"><title>Harbour</title></head><body><h1>Harbour</h1>${'<p>The council approved the harbour plan on Thursday after two years of argument over who pays for it.</p>'.repeat(6)}</body></html>`;
    const outcome = runPage(new TextEncoder().encode(saved), null);
    expect(outcome.ok && outcome.article.url).toBe('https://www.gazette.example/news/2025/06/06/harbour');
  });

  it('makes one text node of a run of character references, as a browser does', () => {
    const doc = parseHtmlDocument('<!DOCTYPE html><html><body><p id="p">&#x4F86;&#x6E90;&#xFF1A;A&amp;B <b>x</b> &#x77E5;</p></body></html>');
    const p = doc.getElementById('p')!;
    expect(Array.from(p.childNodes).map((n) => (n.nodeType === 3 ? n.nodeValue : `<${(n as Element).tagName}>`))).toEqual(['來源：A&B ', '<B>', ' 知']);
  });
});

describe('cli extract --batch', () => {
  it('answers every line in order, bad pages as ok:false, and goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sr-batch-'));
    writeFileSync(join(dir, 'empty.html'), '');
    writeFileSync(join(dir, 'binary.html'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    // Over the 50 MB a browser tab would hold: the only size refusal left.
    writeFileSync(join(dir, 'huge.html'), '<html><body>' + '<p>x</p>'.repeat(6_600_000) + '</body></html>');
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
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
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
