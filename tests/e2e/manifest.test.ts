import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The shipped manifest holds only what the extension needs (SECURITY.md,
 * "least privilege"), and the e2e build differs from it by host permissions
 * alone. Builds the shipped extension (`.output/chrome-mv3`, as `npm run build`)
 * and, into a temporary folder, the e2e variant, so that both come from the
 * current sources and the browser tests' `.output/chrome-mv3-e2e` is never
 * rebuilt under them.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shippedDir = path.join(repoRoot, '.output', 'chrome-mv3');

const ALLOWED_PERMISSIONS = new Set(['activeTab', 'scripting', 'storage', 'contextMenus']);
const EXPECTED_CSP = "script-src 'self'; object-src 'none'";

type Manifest = Record<string, unknown> & {
  manifest_version?: number;
  permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  commands?: Record<string, { suggested_key?: Record<string, string>; description?: string }>;
  default_locale?: string;
  content_scripts?: { matches?: string[] }[];
  content_security_policy?: Record<string, string>;
  web_accessible_resources?: unknown[];
  background?: { service_worker?: string };
};

let tempRoot = '';
let e2eDir = '';

function envWithout(name: string): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env[name];
  return env;
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** Relative path -> sha256 of every file under `dir`. */
function hashTree(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub))) {
      const rel = path.join(sub, name);
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else
        hashes.set(
          rel,
          createHash('sha256')
            .update(readFileSync(path.join(dir, rel)))
            .digest('hex'),
        );
    }
  };
  walk('');
  return hashes;
}

/** A match pattern that reaches every site (or every site on a scheme). */
function matchesAllSites(pattern: string): boolean {
  if (pattern === '<all_urls>') return true;
  if (!pattern.includes('://')) return false;
  const host = /^[a-z*]+:\/\/([^/]*)/i.exec(pattern)?.[1];
  // An unparseable pattern counts as too broad.
  return host === undefined || host === '*' || host === '';
}

beforeAll(() => {
  execFileSync('npx', ['--no-install', 'wxt', 'build'], {
    cwd: repoRoot,
    env: envWithout('SOURCED_READER_E2E'),
    stdio: 'pipe',
  });
  tempRoot = mkdtempSync(path.join(tmpdir(), 'sourced-reader-manifest-'));
  // WXT's CLI has no --outDir; its API takes one and still reads wxt.config.ts.
  execFileSync(
    process.execPath,
    ['--input-type=module', '-e', `import { build } from 'wxt'; await build({ outDir: ${JSON.stringify(tempRoot)}, logLevel: 'warn' });`],
    { cwd: repoRoot, env: { ...process.env, SOURCED_READER_E2E: '1' }, stdio: 'pipe' },
  );
  e2eDir = path.join(tempRoot, 'chrome-mv3-e2e');
}, 180_000);

afterAll(() => {
  if (tempRoot) rmSync(tempRoot, { recursive: true, force: true });
});

describe('the shipped manifest (.output/chrome-mv3)', () => {
  it('is Manifest V3', () => {
    expect(readManifest(shippedDir).manifest_version).toBe(3);
  });

  it('asks only for activeTab, scripting, storage and contextMenus', () => {
    const { permissions = [], optional_permissions = [] } = readManifest(shippedDir);
    expect(permissions.filter((p) => !ALLOWED_PERMISSIONS.has(p))).toEqual([]);
    expect(permissions).toContain('activeTab');
    expect(permissions).toContain('scripting');
    expect([...permissions, ...optional_permissions]).not.toContain('tabs');
    expect([...permissions, ...optional_permissions].filter(matchesAllSites)).toEqual([]);
  });

  it('has no host permissions', () => {
    const manifest = readManifest(shippedDir);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('asks for all-sites access only as an optional permission, for opt-in aggregator detection', () => {
    // Granted only when the reader switches detection on in the options page (SECURITY.md, least privilege).
    const manifest = readManifest(shippedDir);
    expect(manifest.optional_host_permissions ?? []).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('declares the two keyboard commands, with suggested keys, and a default locale', () => {
    const { commands = {}, default_locale } = readManifest(shippedDir);
    expect(Object.keys(commands).sort()).toEqual(['_execute_action', 'copy-markdown']);
    for (const command of Object.values(commands)) expect(command.suggested_key?.default).toMatch(/^(Alt|Ctrl)\+Shift\+[A-Z]$/);
    expect(default_locale).toBe('en');
    expect(existsSync(path.join(shippedDir, '_locales', 'en', 'messages.json'))).toBe(true);
  });

  it('declares no content script for all sites', () => {
    const { content_scripts = [] } = readManifest(shippedDir);
    const everywhere = content_scripts.flatMap((script) => script.matches ?? []).filter(matchesAllSites);
    expect(everywhere).toEqual([]);
  });

  it(`sets the extension pages CSP to exactly "${EXPECTED_CSP}"`, () => {
    expect(readManifest(shippedDir).content_security_policy?.extension_pages).toBe(EXPECTED_CSP);
  });

  it('exposes nothing to web pages: no web_accessible_resources, no externally_connectable', () => {
    const manifest = readManifest(shippedDir);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('loads no remote code: the service worker and every page script are files in the bundle', () => {
    const manifest = readManifest(shippedDir);
    const worker = manifest.background?.service_worker;
    expect(worker).toBeTruthy();
    expect(existsSync(path.join(shippedDir, worker!))).toBe(true);
    for (const file of readdirSync(shippedDir).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(path.join(shippedDir, file), 'utf8');
      const sources = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]);
      expect(
        sources.filter((src) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(src)),
        file,
      ).toEqual([]);
    }
  });

  it('gives every extension page the shared head and mount point, and keeps each page its own title', () => {
    const pages = readdirSync(shippedDir).filter((name) => name.endsWith('.html'));
    expect(pages.sort()).toEqual(['options.html', 'popup.html', 'reader.html']);
    const titles = new Map<string, string>();
    for (const file of pages) {
      const { document } = parseHTML(readFileSync(path.join(shippedDir, file), 'utf8'));
      // The charset must come first: the browser reads the encoding from the first bytes.
      expect(document.head.firstElementChild?.getAttribute('charset'), file).toBe('utf-8');
      expect(document.querySelector('meta[name=color-scheme]')?.getAttribute('content'), file).toBe('light dark');
      expect(document.querySelector('meta[name=viewport]')?.getAttribute('content'), file).toBe('width=device-width, initial-scale=1');
      expect(document.querySelectorAll('#app').length, file).toBe(1);
      expect(document.querySelector('#app')?.parentElement?.tagName, file).toBe('BODY');
      titles.set(file, document.title);
    }
    expect(titles.get('popup.html')).toBe('__MSG_actionTitle__');
    expect(titles.get('options.html')).toBe('Sourced Reader');
    expect(readManifest(shippedDir).options_ui).toEqual({ open_in_tab: true, page: 'options.html' });
  });
});

describe('the e2e build', () => {
  it('differs from the shipped manifest only by host_permissions', () => {
    const shipped = readManifest(shippedDir);
    const e2e = readManifest(e2eDir);
    expect(e2e.host_permissions).toEqual(['http://*/*', 'https://*/*']);
    const { host_permissions: _dropped, ...e2eRest } = e2e;
    expect(e2eRest).toEqual(shipped);
  });

  it('ships the same bundle: every other file is byte-identical', () => {
    const shipped = hashTree(shippedDir);
    const e2e = hashTree(e2eDir);
    shipped.delete('manifest.json');
    e2e.delete('manifest.json');
    expect(e2e).toEqual(shipped);
  });

  it('is what the browser tests load, when that build is present', () => {
    // `npm run test:e2e` builds .output/chrome-mv3-e2e before this suite runs.
    const inUse = path.join(repoRoot, '.output', 'chrome-mv3-e2e');
    if (!existsSync(path.join(inUse, 'manifest.json'))) return;
    expect(readManifest(inUse)).toEqual(readManifest(e2eDir));
  });
});
