/**
 * Real-Chromium harness: the built extension (.output/chrome-mv3) loaded into
 * Debian's Chromium through playwright-core; fixture pages served *at their
 * real URLs* by routing inside the browser context, so no real site is ever
 * contacted. Every other request is aborted and recorded; one the fixture page
 * itself does not reference is charged to the extension.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
export const FIXTURES = join(ROOT, 'tests/fixtures');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the E2E tests. Install Debian\'s package (`sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return found;
}

/** Flags needed here: root user, closed network, no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
];

export interface Routed {
  /** Real URL the page is served at, e.g. https://www.linkedin.com/in/jane-doe/ */
  url: string;
  /** File under tests/fixtures, or inline HTML. */
  file?: string;
  html?: string;
  status?: number;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Requests that were neither a routed fixture nor extension-internal. */
  blocked: string[];
  /** Of those, the ones the fixture pages do not reference: made by the extension. */
  extensionRequests(): string[];
  route(pages: Routed[]): Promise<void>;
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchWithExtension(opts: { headless?: boolean; extensionDir?: string } = {}): Promise<ExtensionSession> {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  // Lets the service worker's own requests show up in context events too.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const userDataDir = mkdtempSync(join(tmpdir(), 'hire-signals-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 900 },
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  // Derived, never hard-coded: chrome-extension://<id>/background.js
  const extensionId = new URL(serviceWorker.url()).host;

  const pages = new Map<string, { body: string; status: number }>();
  const blocked: string[] = [];
  const referencedText: string[] = [];

  await context.route('**/*', async (route) => {
    const req = route.request();
    const url = req.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    const hit = pages.get(url) ?? pages.get(url.replace(/#.*$/, ''));
    if (hit) return route.fulfill({ status: hit.status, contentType: 'text/html; charset=utf-8', body: hit.body });
    blocked.push(url);
    return route.abort('blockedbyclient');
  });

  return {
    context,
    extensionId,
    serviceWorker,
    blocked,
    extensionRequests() {
      return [...new Set(blocked)].filter((u) => !referencedText.some((t) => t.includes(u) || t.includes(new URL(u).pathname)));
    },
    async route(list) {
      for (const p of list) {
        const body = p.html ?? readFileSync(join(FIXTURES, p.file!), 'utf8');
        pages.set(p.url, { body, status: p.status ?? 200 });
        referencedText.push(body);
      }
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Stored per-tab reports (`storage.session`, keys `tabReport:<tabId>`), as the background keeps them. */
export async function sessionTabReports(s: ExtensionSession): Promise<Record<number, { url: string; state: string; report: unknown }>> {
  const all = (await s.serviceWorker.evaluate(() => chrome.storage.session.get(null))) as Record<string, { url: string; state: string; report: unknown }>;
  const out: Record<number, { url: string; state: string; report: unknown }> = {};
  for (const [key, value] of Object.entries(all)) {
    const m = /^tabReport:(\d+)$/.exec(key);
    if (m) out[Number(m[1])] = value;
  }
  return out;
}

/**
 * The tab id whose stored report is for `url`. Without the `tabs` permission the
 * worker cannot read tab URLs, so tabs are matched through the session reports.
 */
export async function tabIdForUrl(s: ExtensionSession, url: string): Promise<number | null> {
  const reports = await sessionTabReports(s);
  const hit = Object.entries(reports).find(([, r]) => r.url === url);
  return hit ? Number(hit[0]) : null;
}

/** Toolbar badge text of a tab, read from the service worker. */
export async function badgeText(s: ExtensionSession, tabId: number): Promise<string> {
  return s.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Ids of every open tab, from the service worker (ids need no `tabs` permission). */
export async function openTabIds(s: ExtensionSession): Promise<number[]> {
  return s.serviceWorker.evaluate(async () => {
    const tabs: Array<{ id?: number }> = await chrome.tabs.query({});
    return tabs.map((t) => t.id).filter((id): id is number => id != null);
  });
}
