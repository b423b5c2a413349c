import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { runAxe } from './axe';
import { BROWSER, BROWSER_LABEL, launchSession, SCREENSHOTS, type Session } from './harness';
import { THREE_SIGNALS } from '../demo/samples';
import { popupShot, reportedTabId } from '../demo/screens';

const SHOTS = join(SCREENSHOTS, BROWSER);

// A session of its own: Chromium could switch the scheme per page, but Firefox takes it from a
// profile preference only (WebDriver BiDi has no media emulation), so the scheme is set at launch.
describe(`popup and options page in the dark scheme (real ${BROWSER_LABEL[BROWSER]})`, () => {
  let s: Session;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    s = await launchSession({ colorScheme: 'dark' });
    await s.route([{ url: THREE_SIGNALS.url, html: THREE_SIGNALS.html }]);
  });
  afterAll(async () => s?.close());

  it('renders the popup dark, without axe violations', async () => {
    const page = await s.openExtensionPage('popup.html');
    await page.setViewport(420, 700);
    await page.waitFor('h1');
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).not.toBe('rgb(255, 255, 255)');
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('renders a profile’s findings dark, one opened, without axe violations', async () => {
    const profile = await s.open(THREE_SIGNALS.url);
    const tabId = await reportedTabId(s, THREE_SIGNALS.url);
    const m = await popupShot(s, join(SHOTS, 'popup-dark.png'), {
      tabId,
      keepOpen: true,
      prepare: (popup) => popup.click('[data-testid="current-tab"] [data-testid="finding-toggle"]'),
    });
    expect(m.findings).toBe(THREE_SIGNALS.signals.length);
    expect(await runAxe(m.popup!)).toEqual([]);
    await m.popup!.close();
    await profile.close();
  });

  it('renders the options page dark, without axe violations', async () => {
    const page = await s.openExtensionPage('options.html');
    await page.waitFor('[data-testid="rule-search"]');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).not.toBe('rgb(255, 255, 255)');
    await page.screenshot(join(SHOTS, 'options-dark.png'));
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });
});
