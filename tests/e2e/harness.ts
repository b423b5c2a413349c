/**
 * The E2E harness: the built extension in a real browser, fixture pages served
 * *at their real URLs* by request routing inside the browser, so no real site
 * is ever contacted. One vitest project per browser (vitest.e2e.config.ts)
 * runs every test file with E2E_BROWSER set; `launchSession()` starts that
 * browser through its driver:
 *
 *   Chromium     ./drivers/chromium.ts   playwright-core, .output/chrome-mv3
 *   Firefox ESR  ./drivers/firefox.ts    puppeteer-core over WebDriver BiDi, .output/firefox-mv2
 *
 * Both give the same `Session` and `Tab` (./session.ts), so a test is written once.
 */
import type { Worker } from 'playwright-core';
import { launchChromiumSession } from './drivers/chromium';
import { launchFirefoxSession } from './drivers/firefox';
import { BROWSER, type BrowserName } from './paths';
import type { LaunchOptions, Session } from './session';

export { BROWSER, BROWSER_NAMES, FIXTURES, ROOT, SCREENSHOTS, contentScriptFiles, extensionDirFor, webAccessibleFiles, type BrowserName } from './paths';
export { BACKGROUND_KINDS, Tab, type BackgroundKind, type ExtensionApi, type LaunchOptions, type Routed, type Session } from './session';
// The Playwright session itself, for the Chromium-only bench and demo.
export { CHROMIUM_ARGS, chromiumPath, EXTENSION_DIR, launchWithExtension, type ExtensionSession } from './drivers/chromium';

const LAUNCHERS: Record<BrowserName, (opts: LaunchOptions) => Promise<Session>> = {
  chromium: launchChromiumSession,
  firefox: launchFirefoxSession,
};

/** The built extension in this run's browser (E2E_BROWSER). */
export function launchSession(opts: LaunchOptions = {}): Promise<Session> {
  return LAUNCHERS[BROWSER](opts);
}

/** Browser-neutral name of the browser in test titles. */
export const BROWSER_LABEL: Record<BrowserName, string> = { chromium: 'Chromium', firefox: 'Firefox' };

type StoredTabReport = { url: string; state: string; report: unknown };

/** Anything that can run code in an extension page: a `Session`, or the bench's Playwright session. */
type ExtensionContext = Pick<Session, 'inExtension'> | { serviceWorker: Worker };

async function sessionStorage(s: ExtensionContext): Promise<Record<string, StoredTabReport>> {
  if ('inExtension' in s) return s.inExtension((api) => api.storage.session.get(null)) as Promise<Record<string, StoredTabReport>>;
  return s.serviceWorker.evaluate(() => chrome.storage.session.get(null)) as Promise<Record<string, StoredTabReport>>;
}

/** Stored per-tab reports (`storage.session`, keys `tabReport:<tabId>`), as the background keeps them. */
export async function sessionTabReports(s: ExtensionContext): Promise<Record<number, StoredTabReport>> {
  const out: Record<number, StoredTabReport> = {};
  for (const [key, value] of Object.entries(await sessionStorage(s))) {
    const m = /^tabReport:(\d+)$/.exec(key);
    if (m) out[Number(m[1])] = value;
  }
  return out;
}

/**
 * The tab id whose stored report is for `url`. Without the `tabs` permission the
 * background cannot read tab URLs, so tabs are matched through the session reports.
 */
export async function tabIdForUrl(s: ExtensionContext, url: string): Promise<number | null> {
  const reports = await sessionTabReports(s);
  const hit = Object.entries(reports).find(([, r]) => r.url === url);
  return hit ? Number(hit[0]) : null;
}

/** Toolbar badge text of a tab (MV3 `action`, MV2 `browserAction`). */
export function badgeText(s: Session, tabId: number): Promise<string> {
  return s.inExtension((api, id) => (api.action ?? api.browserAction).getBadgeText({ tabId: id }), tabId);
}

/** Toolbar badge colour of a tab as `#rrggbb`. */
export async function badgeColour(s: Session, tabId: number): Promise<string> {
  const rgba = await s.inExtension((api, id) => (api.action ?? api.browserAction).getBadgeBackgroundColor({ tabId: id }), tabId);
  return `#${(rgba as number[])
    .slice(0, 3)
    .map((n) => n.toString(16).padStart(2, '0'))
    .join('')}`;
}
