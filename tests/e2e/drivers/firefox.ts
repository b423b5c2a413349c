/**
 * Firefox driver: the built extension (.output/firefox-mv2) installed as a
 * temporary add-on into Debian's Firefox ESR through puppeteer-core over
 * WebDriver BiDi. Fixture pages are served at their real URLs by request
 * interception in each tab, as the Chromium driver routes them; the rest of
 * the network goes to a recording proxy that serves nothing.
 *
 * Firefox specifics, each handled here so the tests read the same:
 * - The extension's pages live in the extension process, where WebDriver BiDi
 *   reports no navigation events, and BiDi refuses to navigate to them at all
 *   unless Firefox runs with `--remote-allow-system-access`. So the browser
 *   starts with that flag, and a navigation to an extension page is started
 *   without waiting and its arrival polled.
 * - The moz-extension:// origin carries a random per-profile UUID; the
 *   profile is given a fixed one (`extensions.webextensions.uuids`).
 * - The background is an MV2 background page, reached from an extension page
 *   through `extension.getBackgroundPage()`.
 * - WebDriver BiDi has no media emulation: the colour scheme is a profile
 *   preference, so it is fixed per session.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import { extensionDirFor, FIXTURES, readBuiltManifest } from '../paths';
import { BACKGROUND_KINDS, extensionCallSource, Tab, TabSet, waitUntil, type ExtensionApi, type LaunchOptions, type Session, type TabDriver } from '../session';
import { startRecordingProxy } from './recording-proxy';

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Firefox found for the E2E tests. Install Debian\'s package (`sudo apt-get install firefox-esr`) or set FIREFOX_PATH to a Firefox binary.',
    );
  }
  return found;
}

/** Firefox's own background traffic, switched off so that what reaches the proxy can only be the extension's. */
const QUIET_PREFS = {
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'browser.chrome.site_icons': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'network.predictor.enabled': false,
  'network.prefetch-next': false,
  'network.dns.disablePrefetch': true,
  'dom.push.connection.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'app.normandy.enabled': false,
  'browser.region.network.url': '',
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
};

const EXTENSION_PAGE_TIMEOUT = 15_000;

/**
 * The background page's window, as `extension.getBackgroundPage()` returns it
 * (typed there as a bare Window). Written inline in each function run in the
 * extension page, which sees none of this module.
 */
type WindowGlobal = typeof globalThis;

interface BidiInternals {
  connection: { send(method: string, params: object): Promise<unknown> };
}

function frameId(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

async function pressChord(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+') as Parameters<Page['keyboard']['press']>[0][];
  const key = keys.pop()!;
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key.length === 1 ? (key.toLowerCase() as typeof key) : key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

function newestDownload(dir: string, before: Set<string>): string | null {
  const files = readdirSync(dir);
  // Firefox writes `<name>.part` while the download runs.
  if (files.some((f) => f.endsWith('.part'))) return null;
  const fresh = files.filter((f) => !before.has(f));
  return fresh.length === 1 ? join(dir, fresh[0]!) : null;
}

export async function launchFirefoxSession(opts: LaunchOptions = {}): Promise<Session> {
  const extensionDir = opts.extensionDir ?? extensionDirFor('firefox');
  const manifest = readBuiltManifest(extensionDir, 'firefox');
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}/`;
  const scratch = mkdtempSync(join(tmpdir(), 'hire-signals-e2e-ff-'));
  const downloadDir = join(scratch, 'downloads');
  const uploadDir = join(scratch, 'uploads');
  for (const dir of [downloadDir, uploadDir]) mkdirSync(dir);
  const proxy = await startRecordingProxy();

  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      args: ['--remote-allow-system-access'],
      // A release build takes services.settings.server (QUIET_PREFS) only with this set.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: {
        ...QUIET_PREFS,
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'browser.download.dir': downloadDir,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.alwaysOpenPanel': false,
        // 0 = dark, 1 = light: the pages' prefers-color-scheme, whatever the desktop's theme.
        'layout.css.prefers-color-scheme.content-override': opts.colorScheme === 'dark' ? 0 : 1,
        ...(opts.grantOptional ? { 'extensions.webextOptionalPermissionPrompts': false } : {}),
      },
    });
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser?.close().catch(() => {});
    await proxy.close();
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
  const firefox = browser;

  const pages = new Map<string, { body: string; status: number; headers?: Record<string, string> }>();
  const blocked: string[] = [];
  const referencedText: string[] = [];

  async function answer(req: HTTPRequest): Promise<void> {
    const url = req.url();
    try {
      if (/^(data|blob|moz-extension|about):/.test(url)) return await req.continue();
      const hit = pages.get(url) ?? pages.get(url.replace(/#.*$/, ''));
      if (hit) return await req.respond({ status: hit.status, contentType: 'text/html; charset=utf-8', headers: hit.headers, body: hit.body });
      blocked.push(url);
      await req.abort('blockedbyclient');
    } catch {
      // The tab closed while the request was pending.
    }
  }

  async function navigateToExtensionPage(page: Page, url: string): Promise<void> {
    await (firefox as unknown as BidiInternals).connection.send('browsingContext.navigate', { context: frameId(page), url, wait: 'none' });
    await waitUntil(
      `${url} loaded`,
      () => page.evaluate(() => [location.href, document.readyState]),
      ([href, state]) => href === url && state === 'complete',
      EXTENSION_PAGE_TIMEOUT,
    );
  }

  function tabDriver(page: Page): TabDriver {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss().catch(() => {});
    });
    const consoleProblems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') consoleProblems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => consoleProblems.push(`uncaught: ${e instanceof Error ? e.message : String(e)}`));
    const element = async (source: string) => {
      const handle = await page.evaluateHandle(source);
      const el = handle.asElement();
      if (!el) throw new Error(`no element for ${source.slice(0, 120)}`);
      return el as ElementHandle<HTMLInputElement>;
    };
    const currentUrl = () => page.evaluate(() => location.href);
    return {
      dialogs,
      evaluateSource: (source) => page.evaluate(source),
      evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
      click: async (source) => (await element(source)).click(),
      clickAt: (x, y) => page.mouse.click(x, y),
      consoleProblems,
      press: (key) => pressChord(page, key),
      async setInputFile(source, file) {
        // BiDi hands the page files from disk.
        const dir = mkdtempSync(join(uploadDir, 'file-'));
        const path = join(dir, file.name);
        writeFileSync(path, file.buffer);
        await (await element(source)).uploadFile(path);
      },
      async download(trigger) {
        const before = new Set(readdirSync(downloadDir));
        await trigger();
        const file = await waitUntil(
          'a finished download',
          async () => newestDownload(downloadDir, before),
          (path) => path !== null && statSync(path).size > 0,
        );
        return readFileSync(file!, 'utf8');
      },
      url: currentUrl,
      async goto(url) {
        if (url.startsWith(origin)) await navigateToExtensionPage(page, url);
        else await page.goto(url, { waitUntil: 'load' });
      },
      async reload() {
        const url = await currentUrl();
        if (url.startsWith(origin)) {
          await navigateToExtensionPage(page, url);
        } else {
          await page.reload({ waitUntil: 'load' });
        }
      },
      setViewport: (width, height) => page.setViewport({ width, height }),
      screenshot: async (path) => {
        await page.screenshot({ path, fullPage: true });
      },
      close: () => page.close(),
    };
  }

  async function extensionPage(path: string): Promise<Tab> {
    const page = await firefox.newPage();
    await navigateToExtensionPage(page, origin + path);
    return new Tab(tabDriver(page));
  }

  const opened = new TabSet();

  let probe: Tab | undefined;
  async function inExtension<R, A>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    probe ??= await extensionPage('popup.html');
    return probe.evaluateSource(extensionCallSource(fn as never, arg)) as Promise<R>;
  }

  return {
    browser: 'firefox',
    extensionId: geckoId,
    extensionOrigin: origin,
    manifest,
    extensionDir,
    background: {
      kind: BACKGROUND_KINDS.firefox,
      scripts: () => inExtension((api) => [...(api.extension.getBackgroundPage() as unknown as WindowGlobal).document.scripts].map((script) => script.src)),
      // Copied through JSON: the entries belong to the background page's realm.
      measures: (name) =>
        inExtension(
          (api, n) => JSON.parse(JSON.stringify((api.extension.getBackgroundPage() as unknown as WindowGlobal).performance.getEntriesByName(n).map((e: PerformanceEntry) => (e as PerformanceMeasure).detail))) as unknown[],
          name,
        ),
      call: (name, arg) =>
        inExtension(
          (api, [n, a]) => (api.extension.getBackgroundPage() as unknown as Record<string, (x: unknown) => unknown>)[n as string]!(a),
          [name, arg] as const,
        ),
      async restart() {
        const before = await inExtension((api) => {
          const page = (api.extension.getBackgroundPage() as unknown as WindowGlobal);
          const started = page.performance.timeOrigin;
          page.location.reload();
          return started;
        });
        await waitUntil(
          'a reloaded background page',
          () => inExtension((api, started) => {
            const page = api.extension.getBackgroundPage() as unknown as WindowGlobal | null;
            return !!page && page.performance.timeOrigin !== started && page.document.readyState === 'complete';
          }, before),
          (reloaded) => reloaded,
        );
      },
    },
    async route(list) {
      for (const p of list) {
        const body = p.html ?? readFileSync(join(FIXTURES, p.file!), 'utf8');
        pages.set(p.url, { body, status: p.status ?? 200, headers: p.headers });
        referencedText.push(body);
      }
    },
    async open(url) {
      const page = await firefox.newPage();
      await page.setRequestInterception(true);
      page.on('request', (req) => void answer(req));
      // The tab's driver first: it records dialogs from the page's first script on.
      const tab = tabDriver(page);
      await tab.goto(url);
      return opened.add(new Tab(tab));
    },
    openExtensionPage: async (path) => opened.add(await extensionPage(path)),
    closeTabs: () => opened.closeAll(),
    inExtension: inExtension as Session['inExtension'],
    extensionRequests() {
      const fromPages = [...new Set(blocked)].filter((u) => !referencedText.some((t) => t.includes(u) || t.includes(new URL(u).pathname)));
      // Nothing a page asked for reaches the proxy (routing answers or aborts it first): all of it counts.
      return [...fromPages, ...new Set(proxy.seen)];
    },
    async close() {
      await firefox.close();
      await proxy.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
