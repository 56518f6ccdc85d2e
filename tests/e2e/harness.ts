import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo, Server as NetServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page, Request, Worker } from 'playwright-core';

/**
 * Real Chromium with the e2e build loaded, and a local server that answers for
 * any host name (http and https on one port), so test pages keep their real
 * addresses, e.g. https://www.daily8.com/... See ../shared/TOOLCHAIN.md.
 */

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3-e2e', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ServedPage {
  /** Full address, e.g. `https://www.daily8.com/en/article/1`; http and https both answer. */
  url: string;
  body: string | Buffer;
  contentType?: string;
  /** Extra response headers, e.g. a `content-security-policy` that keeps a saved page's scripts from running. */
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  url: string;
  resourceType: string;
  /** Address of the page or worker that made the request ('' when unknown). */
  initiator: string;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  extensionOrigin: string;
  serviceWorker: Worker;
  /** Every request any page or worker of the browser made, in order. */
  requests: RecordedRequest[];
  /** Host + path of every request the local server answered. */
  served: string[];
  /** Adds (or replaces) a page the server answers with. */
  servePage(page: ServedPage): void;
  /** Opens `url` in a new tab and returns the page and its tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens `popup.html?tabId=N` in a tab, as a test drives the popup. */
  openPopupFor(tabId: number): Promise<Page>;
  /** Requests made by the extension's own pages and worker, besides loading its own files. */
  extensionRequestsToTheNetwork(): RecordedRequest[];
  close(): Promise<void>;
}

/** Makes a throwaway self-signed certificate for the local https server. */
function makeCertificate(dir: string): { key: string; cert: string } {
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', '2', '-keyout', keyPath, '-out', certPath], {
    stdio: 'ignore',
  });
  return { key: keyPath, cert: certPath };
}

function pageKey(host: string, path: string): string {
  return `${host.toLowerCase()}${path}`;
}

/** The local server every browser test loads its pages from: any host name, http and https on one port. */
export interface LocalServer {
  port: number;
  /** Host + path of every request the server answered. */
  served: string[];
  /** Adds (or replaces) a page the server answers with. */
  servePage(page: ServedPage): void;
  close(): Promise<void>;
}

/**
 * Starts the local server on 127.0.0.1, its certificate in `workDir`. A browser
 * reaches it by a host-resolver rule (Chromium) or as its proxy (Firefox: plain
 * requests in absolute form, https through CONNECT); either way the page keeps
 * its real address.
 */
export async function startLocalServer(workDir: string): Promise<LocalServer> {
  const certFiles = makeCertificate(workDir);
  const tls = { key: await readFile(certFiles.key), cert: await readFile(certFiles.cert) };

  const pages = new Map<string, { body: string | Buffer; contentType: string; headers: Record<string, string> }>();
  const served: string[] = [];
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'http://placeholder').pathname;
    served.push(pageKey(host, path));
    const page = pages.get(pageKey(host, path));
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { ...page.headers, 'content-type': page.contentType, 'cache-control': 'no-store' });
    res.end(page.body);
  };
  const httpServer = createHttpServer(answer);
  const httpsServer = createHttpsServer(tls, answer);
  // A proxy client asks for an https page with CONNECT host:443: the tunnel ends here, in TLS.
  httpServer.on('connect', (_req: IncomingMessage, socket: Socket, head: Buffer) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n', () => {
      if (head.length > 0) socket.unshift(head);
      httpsServer.emit('connection', socket);
    });
  });
  // One port for both schemes: a TLS handshake starts with byte 0x16.
  const sockets = new Set<Socket>();
  const front: NetServer = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (chunk) => {
      socket.pause();
      socket.unshift(chunk);
      (chunk[0] === 0x16 ? httpsServer : httpServer).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((done) => front.listen(0, '127.0.0.1', done));
  const port = (front.address() as AddressInfo).port;

  return {
    port,
    served,
    servePage({ url, body, contentType = 'text/html; charset=utf-8', headers = {} }) {
      const parsed = new URL(url);
      pages.set(pageKey(parsed.hostname, parsed.pathname), { body, contentType, headers });
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => front.close(() => done()));
    },
  };
}

/** Launch options a test may add (e.g. the browser's interface language). */
export interface HarnessOptions {
  /** Extra Chromium command-line switches. */
  args?: string[];
  /** Extra environment variables for the browser process (e.g. `LANGUAGE` for the UI language on Linux). */
  env?: Record<string, string>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No e2e build at ${EXTENSION_DIR}: run \`npm run build:e2e\` first (npm run test:e2e does).`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }

  const workDir = await mkdtemp(join(tmpdir(), 'sourced-reader-e2e-'));
  const server = await startLocalServer(workDir);
  const { port, served } = server;

  const profileDir = join(workDir, 'profile');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...(options.args ?? []),
    ],
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
  });

  const requests: RecordedRequest[] = [];
  context.on('request', (request) => requests.push(describeRequest(request)));

  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}`;
  // Playwright cannot name a chrome-extension origin here (Node's URL calls it opaque), so the
  // grant is browser-wide; only the extension's pages touch the clipboard in these tests.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  async function tabIdOf(page: Page, url: string): Promise<number> {
    const byUrl = await serviceWorker.evaluate(
      async (address) => {
        const tabs = await chrome.tabs.query({ url: address });
        return tabs[0]?.id ?? null;
      },
      url.replace(/#.*$/, ''),
    );
    if (typeof byUrl === 'number') return byUrl;
    // Pages the build has no host access to (chrome://, about:) hide their address: take the tab in front.
    await page.bringToFront();
    const active = await serviceWorker.evaluate(async () => {
      const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tabs[0]?.id ?? null;
    });
    if (typeof active !== 'number') throw new Error(`No tab id found for ${url}`);
    return active;
  }

  return {
    context,
    extensionId,
    extensionOrigin,
    serviceWorker,
    requests,
    served,
    servePage: server.servePage,
    async openTab(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return { page, tabId: await tabIdOf(page, url) };
    },
    async openPopupFor(tabId) {
      const popup = await context.newPage();
      await popup.goto(`${extensionOrigin}/popup.html?tabId=${tabId}`);
      return popup;
    },
    extensionRequestsToTheNetwork() {
      return requests.filter((r) => r.initiator.startsWith(`${extensionOrigin}/`) && !r.url.startsWith(`${extensionOrigin}/`));
    },
    async close() {
      await context.close().catch(() => {});
      await server.close();
      await rm(workDir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

function describeRequest(request: Request): RecordedRequest {
  let initiator = '';
  try {
    const worker = request.serviceWorker();
    if (worker) initiator = worker.url();
    else initiator = request.frame().url();
  } catch {
    // Requests of workers without a frame: initiator unknown.
  }
  return { url: request.url(), resourceType: request.resourceType(), initiator };
}

/** Visible text with white space collapsed, for comparing with expected paragraphs. */
export function normalizeText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
