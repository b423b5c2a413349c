/**
 * Chromium driver: the built extension (.output/chrome-mv3) loaded into
 * Debian's Chromium through playwright-core; fixture pages served *at their
 * real URLs* by routing inside the browser context, so no real site is ever
 * contacted. Every other request is aborted and recorded; one the fixture page
 * itself does not reference is charged to the extension.
 *
 * `launchWithExtension` is the Playwright session itself (the bench and the
 * demo use it directly); `launchChromiumSession` wraps it in the
 * browser-neutral `Session` the E2E tests drive.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type JSHandle, type Page, type Worker } from 'playwright-core';
import { extensionDirFor, FIXTURES, readBuiltManifest } from '../paths';
import { inContentScriptWorld } from './content-script-world';
import { BACKGROUND_KINDS, extensionCallSource, Tab, TabSet, type ExtensionApi, type LaunchOptions, type Routed, type Session, type TabDriver } from '../session';

export const EXTENSION_DIR = extensionDirFor('chromium');

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

/**
 * Chromium's permission prompt cannot be answered by automation, nor switched off: the grant is
 * written into the profile the way Chromium keeps an earlier "Allow" (the extension's
 * `active_permissions` and `granted_permissions` in Default/Preferences). The extension is
 * installed by a first, short start of the browser, so that its entry exists to be written.
 */
async function recordGrant(userDataDir: string, extensionDir: string, grant: NonNullable<LaunchOptions['grantOptional']>): Promise<void> {
  const first = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_ARGS],
  });
  const worker = first.serviceWorkers()[0] ?? (await first.waitForEvent('serviceworker', { timeout: 30_000 }));
  const id = new URL(worker.url()).host;
  await first.close();
  const file = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const entry = prefs?.extensions?.settings?.[id];
  if (!entry) throw new Error(`Chromium kept no settings for extension ${id}: cannot record the permission grant`);
  for (const key of ['active_permissions', 'granted_permissions']) {
    const set = (entry[key] ??= {});
    set.explicit_host = [...new Set([...(set.explicit_host ?? []), ...grant.origins])];
    set.api = [...new Set([...(set.api ?? []), ...grant.permissions])];
  }
  writeFileSync(file, JSON.stringify(prefs));
}

export async function launchWithExtension(
  opts: { headless?: boolean; extensionDir?: string; colorScheme?: 'light' | 'dark'; grantOptional?: LaunchOptions['grantOptional'] } = {},
): Promise<ExtensionSession> {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  readBuiltManifest(extensionDir, 'chromium');
  // Lets the service worker's own requests show up in context events too.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const userDataDir = mkdtempSync(join(tmpdir(), 'hire-signals-e2e-'));
  if (opts.grantOptional) await recordGrant(userDataDir, extensionDir, opts.grantOptional);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...CHROMIUM_ARGS,
    ],
    viewport: { width: 1280, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
    acceptDownloads: true,
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  // Derived, never hard-coded: chrome-extension://<id>/background.js
  const extensionId = new URL(serviceWorker.url()).host;

  const pages = new Map<string, { body: string; status: number; headers?: Record<string, string> }>();
  const blocked: string[] = [];
  const referencedText: string[] = [];

  await context.route('**/*', async (route) => {
    const req = route.request();
    const url = req.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    const hit = pages.get(url) ?? pages.get(url.replace(/#.*$/, ''));
    if (hit) return route.fulfill({ status: hit.status, contentType: 'text/html; charset=utf-8', headers: hit.headers, body: hit.body });
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
        pages.set(p.url, { body, status: p.status ?? 200, headers: p.headers });
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

function playwrightTab(page: Page): TabDriver {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const consoleProblems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') consoleProblems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleProblems.push(`uncaught: ${e.message}`));
  // Uncaught errors of every world, the extension's isolated one included (Playwright reports the page's own only).
  void page
    .context()
    .newCDPSession(page)
    .then(async (cdp) => {
      cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
        const text = `${d.exception?.description ?? d.text}`;
        if (!consoleProblems.some((p) => p.includes(text))) consoleProblems.push(`uncaught (any world): ${text}`);
      });
      await cdp.send('Runtime.enable');
    })
    .catch(() => {});
  const element = async (source: string) => {
    const handle = ((await page.evaluateHandle(source)) as JSHandle<Element>).asElement();
    if (!handle) throw new Error(`no element for ${source.slice(0, 120)}`);
    return handle;
  };
  return {
    dialogs,
    evaluateSource: (source) => page.evaluate(source),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    click: async (source) => (await element(source)).click(),
    clickAt: (x, y) => page.mouse.click(x, y),
    consoleProblems,
    press: (key) => page.keyboard.press(key),
    setInputFile: async (source, file) => (await element(source)).setInputFiles(file),
    async download(trigger) {
      const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
      return readFile((await download.path())!, 'utf8');
    },
    url: async () => page.url(),
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path) => {
      await page.screenshot({ path, fullPage: true });
    },
    close: () => page.close(),
    inContentScriptWorld: (expression) => inContentScriptWorld(page, expression),
  };
}

export async function launchChromiumSession(opts: LaunchOptions = {}): Promise<Session> {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  const manifest = readBuiltManifest(extensionDir, 'chromium');
  const s = await launchWithExtension({ extensionDir, colorScheme: opts.colorScheme, grantOptional: opts.grantOptional });
  const origin = `chrome-extension://${s.extensionId}/`;
  const workerUrl = s.serviceWorker.url();

  /** The running service worker; after a stop, the one the next event starts. */
  async function worker(): Promise<Worker> {
    const live = s.context.serviceWorkers().find((w) => w.url() === workerUrl);
    return live ?? s.context.waitForEvent('serviceworker', { predicate: (w) => w.url() === workerUrl, timeout: 15_000 });
  }

  async function extensionPage(path: string): Promise<Tab> {
    const page = await s.context.newPage();
    await page.goto(origin + path, { waitUntil: 'load' });
    return new Tab(playwrightTab(page));
  }

  const opened = new TabSet();

  let probe: Tab | undefined;
  return {
    browser: 'chromium',
    extensionId: s.extensionId,
    extensionOrigin: origin,
    manifest,
    extensionDir,
    background: {
      kind: BACKGROUND_KINDS.chromium,
      scripts: async () => [(await worker()).url()],
      call: async (name, arg) => (await worker()).evaluate(([n, a]) => (globalThis as unknown as Record<string, (x: unknown) => unknown>)[n as string]!(a), [name, arg] as const),
      measures: async (name) =>
        (await worker()).evaluate((n) => performance.getEntriesByName(n).map((e) => (e as PerformanceMeasure).detail as unknown), name),
      async restart() {
        // Stopped through the DevTools protocol, which reports each worker version's running status:
        // done once ours is `stopped`.
        const page = await s.context.newPage();
        const cdp = await s.context.newCDPSession(page);
        try {
          let resolveStopped: () => void = () => {};
          const stopped = new Promise<void>((resolve) => (resolveStopped = resolve));
          cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
            if (versions.some((v) => v.scriptURL === workerUrl && v.runningStatus === 'stopped')) resolveStopped();
          });
          await cdp.send('ServiceWorker.enable');
          await cdp.send('ServiceWorker.stopAllWorkers');
          await stopped;
        } finally {
          await cdp.detach();
          await page.close();
        }
      },
    },
    route: (pages) => s.route(pages),
    async open(url) {
      // The tab's driver first: it records dialogs from the page's first script on.
      const page = await s.context.newPage();
      const tab = playwrightTab(page);
      await tab.goto(url);
      return opened.add(new Tab(tab));
    },
    openExtensionPage: async (path) => opened.add(await extensionPage(path)),
    closeTabs: () => opened.closeAll(),
    async inExtension<R, A>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
      // An extension page rather than the worker: it outlives a worker restart, like Firefox's probe page.
      probe ??= await extensionPage('popup.html');
      return probe.evaluateSource(extensionCallSource(fn as never, arg)) as Promise<R>;
    },
    extensionRequests: () => s.extensionRequests(),
    close: () => s.close(),
  };
}
