/**
 * Screenshots and measurements of the extension's screens, browser-neutral (the E2E harness's
 * Session and Tab), shared by the E2E run (both browsers, test-results/screenshots/<browser>/)
 * and `npm run demo` (Chromium, demo-output/ and the README's docs/screenshots/).
 *
 * To add a screen (e.g. the popup after a résumé file was dropped), call `popupShot` with a
 * `prepare` step that acts on the popup before the picture is taken:
 *
 *   await popupShot(s, join(dir, 'popup-file.png'), { view: 'lookup', prepare: (p) => p.setInputFile(sel, file) });
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { waitUntil, type Session, type Tab } from '../e2e/session';
import { tabIdForUrl } from '../e2e/harness';
import { clickInPanel, inPanel, waitForPanel } from '../e2e/panel-probe';

/** The popup's size in the toolbar: browsers cap a popup at about 800 × 600 px; ours is 420 wide. */
export const POPUP_WIDTH = 420;
export const POPUP_FIRST_SCREEN = 600;

export type PopupView = 'signals' | 'checklist' | 'lookup';

export interface PopupShotOptions {
  /** The tab the popup reports on (`?tabId=`); none for a popup over an unsupported page. */
  tabId?: number | null;
  view?: PopupView;
  /** Run on the open popup before measuring and shooting (fill the look-up, choose a file, open a finding). */
  prepare?: (popup: Tab) => Promise<void>;
  /** Keep the popup open and return it (the caller closes it). */
  keepOpen?: boolean;
}

export interface PopupMeasure {
  /** Height of everything the popup draws, findings closed unless `prepare` opened one (px). */
  contentHeight: number;
  /** Bottom edge of the last finding's line: where the list of titles ends (px; 0 without findings). */
  lastFindingBottom: number;
  findings: number;
  popup: Tab | null;
}

/** Opens the popup at its real width, waits until it has drawn, measures it and writes a screenshot. */
export async function popupShot(s: Session, file: string | null, opts: PopupShotOptions = {}): Promise<PopupMeasure> {
  const popup = await s.openExtensionPage(`popup.html${opts.tabId ? `?tabId=${opts.tabId}` : ''}`);
  await popup.setViewport(POPUP_WIDTH, POPUP_FIRST_SCREEN);
  await popup.waitFor('[role="tablist"]');
  if (opts.tabId) await popup.waitFor('[data-testid="current-tab"] [data-testid="level"], [data-testid="empty-state"]');
  if (opts.view && opts.view !== 'signals') await popup.click(`[data-testid="tab-${opts.view}"]`);
  await opts.prepare?.(popup);
  const measure = await popup.evaluate(() => {
    const items = [...document.querySelectorAll('[data-testid="current-tab"] [data-testid="finding-toggle"]')];
    const last = items.at(-1);
    return {
      contentHeight: Math.ceil(document.querySelector('main')!.getBoundingClientRect().height),
      lastFindingBottom: last ? Math.ceil(last.getBoundingClientRect().bottom + window.scrollY) : 0,
      findings: items.length,
    };
  });
  if (file) {
    mkdirSync(dirname(file), { recursive: true });
    await popup.screenshot(file);
  }
  if (opts.keepOpen) return { ...measure, popup };
  await popup.close();
  return { ...measure, popup: null };
}

/** The tab id the background keeps a report for at `url` (the popup's `?tabId=`). */
export function reportedTabId(s: Session, url: string): Promise<number> {
  return waitUntil(`a report for ${url}`, () => tabIdForUrl(s, url), (id: number | null) => id !== null, 15_000) as Promise<number>;
}

/** The in-page panel on `url`: a screenshot collapsed (the chip) and, when findings exist, expanded with the first finding open. */
export async function panelShots(s: Session, url: string, collapsedFile: string, expandedFile: string): Promise<Tab> {
  const page = await s.open(url);
  await page.setViewport(1100, 760);
  // The panel's shadow root is closed: the extension reports where its parts are (tests/e2e/panel-probe.ts).
  await waitForPanel(s, page);
  mkdirSync(dirname(collapsedFile), { recursive: true });
  await page.screenshot(collapsedFile);
  await clickInPanel(s, page, '.hs-chip');
  await waitUntil('the expanded panel', () => inPanel(s, page, '.hs-body'), (els) => els.length > 0);
  if ((await inPanel(s, page, '[data-testid="finding-toggle"]')).length > 0) await clickInPanel(s, page, '[data-testid="finding-toggle"]');
  await page.screenshot(expandedFile);
  return page;
}
