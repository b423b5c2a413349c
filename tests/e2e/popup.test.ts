import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, ROOT, type ExtensionSession } from './harness';
import { runAxe } from './axe';

const SHOTS = join(ROOT, 'test-results/screenshots');
const PROFILE_URL = 'https://www.linkedin.com/in/e2e-popup-candidate/';
const NOT_PROFILE_URL = 'https://www.linkedin.com/feed/';

// A synthetic public-view profile (JSON-LD Person) whose about text states
// payment preferences the guidance flags, so the panel and popup have findings.
const PROFILE_HTML = `<!doctype html><html lang="en"><head><title>Riley Fenwick - Senior Full Stack Engineer | LinkedIn</title>
<meta name="pageKey" content="public_profile_v3_desktop"><meta property="og:type" content="profile">
<meta property="og:url" content="${PROFILE_URL}">
<script type="application/ld+json">${JSON.stringify({
  '@context': 'http://schema.org',
  '@graph': [
    {
      '@type': 'Person',
      name: 'Riley Fenwick',
      jobTitle: ['Senior Full Stack Engineer'],
      address: { '@type': 'PostalAddress', addressLocality: 'Austin, Texas', addressCountry: 'US' },
      description:
        'Senior engineer, 12 years of React and Node. I prefer to be paid in USDT or Bitcoin only, and I cannot do video calls because my camera is broken, so chat on Telegram is best.',
      url: PROFILE_URL,
    },
  ],
})}</script></head><body><main><h1>Riley Fenwick</h1></main></body></html>`;

describe('popup in real Chromium', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    s = await launchWithExtension();
    await s.route([
      { url: PROFILE_URL, html: PROFILE_HTML },
      { url: NOT_PROFILE_URL, html: '<!doctype html><html><head><title>Feed | LinkedIn</title></head><body><h1>Feed</h1></body></html>' },
    ]);
  });
  afterAll(async () => s?.close());

  /** Tab id of the page showing `url`, from the background's per-tab reports. */
  async function tabIdFor(url: string): Promise<number> {
    let id: number | undefined;
    await expect
      .poll(
        async () => {
          const all = (await s.serviceWorker.evaluate(() => chrome.storage.session.get(null))) as Record<string, { url: string }>;
          const hit = Object.entries(all).find(([, v]) => v.url === url);
          id = hit ? Number(hit[0].split(':').pop()) : undefined;
          return id;
        },
        { timeout: 15_000 },
      )
      .toBeGreaterThan(0);
    return id!;
  }

  async function openPopup(tabId?: number): Promise<Page> {
    const page = await s.context.newPage();
    await page.setViewportSize({ width: 420, height: 700 });
    await page.goto(`chrome-extension://${s.extensionId}/popup.html${tabId ? `?tabId=${tabId}` : ''}`);
    await page.locator('h1').waitFor();
    return page;
  }

  it('lists the same findings for a profile tab as the in-page panel', async () => {
    const profile = await s.open(PROFILE_URL);
    const panel = profile.locator('[data-hire-signals-panel]');
    await panel.waitFor({ state: 'attached', timeout: 15_000 });
    const tabId = await tabIdFor(PROFILE_URL);
    const popup = await openPopup(tabId);
    const popupIds = await popup.locator('[data-testid="current-tab"] [data-rule-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-id')));
    expect(popupIds.length).toBeGreaterThan(0);
    expect(popupIds).toContain('alt-payment-request');
    const count = Number(await panel.getAttribute('data-count'));
    expect(popupIds.length).toBe(count);
    expect(await popup.locator('[data-testid="current-tab"]').getAttribute('data-level')).toBe(await panel.getAttribute('data-level'));
    await popup.screenshot({ path: join(SHOTS, 'popup-profile.png'), fullPage: true });
    expect(await runAxe(popup)).toEqual([]);

    // "Check again" asks the background, which re-evaluates the page it kept and redraws the
    // panel there (one re-evaluation measure for the tab): the page is not read again.
    const reads = () => profile.evaluate(() => performance.getEntriesByName('hire-signals:page-read').length);
    const redraws = () =>
      s.serviceWorker.evaluate(
        (id) => performance.getEntriesByName('hire-signals:reevaluation').filter((e) => ((e as PerformanceMeasure).detail as { tabId: number }).tabId === id).length,
        tabId,
      );
    const [readsBefore, redrawsBefore] = [await reads(), await redraws()];
    await popup.getByTestId('rescan').click();
    await expect.poll(redraws, { timeout: 10_000 }).toBe(redrawsBefore + 1);
    expect(await reads()).toBe(readsBefore);
    expect(await popup.locator('[data-testid="current-tab"] [data-rule-id]').count()).toBe(popupIds.length);

    // Hand-off: copied text and downloaded JSON both carry URL, findings, evidence and sources.
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.getByTestId('copy-report').click();
    const text = await popup.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain(PROFILE_URL);
    expect(text).toMatch(/USDT|Bitcoin/);
    expect(text).toMatch(/https:\/\//);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('download-report').first().click()]);
    const { readFile } = await import('node:fs/promises');
    const json = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(json).toMatchObject({ format: 'hire-signals-report', profileUrl: PROFILE_URL });
    expect(json.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(popupIds);
    expect(json.findings[0].sources[0].url).toMatch(/^https:\/\//);

    // The checklist tick is stored per candidate and survives reopening.
    await popup.getByTestId('check-live-video').locator('input').check();
    await popup.close();
    const again = await openPopup(tabId);
    await expect.poll(() => again.getByTestId('check-live-video').locator('input').isChecked()).toBe(true);
    await again.close();
    await profile.close();
  });

  it('shows a plain empty state on a non-profile page', async () => {
    const feed = await s.open(NOT_PROFILE_URL);
    const popup = await openPopup();
    await expect.poll(() => popup.getByTestId('empty-state').textContent()).toBeTruthy();
    await popup.screenshot({ path: join(SHOTS, 'popup-empty.png'), fullPage: true });
    await popup.close();
    await feed.close();
  });

  async function lookupIds(popup: Page, text: string): Promise<string[]> {
    await popup.getByTestId('lookup-input').fill(text);
    await popup.getByTestId('lookup-run').click();
    await popup.getByTestId('lookup-result').waitFor();
    return popup.locator('[data-testid="lookup-result"] [data-testid="finding"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-id')!));
  }

  it('looks up a seized domain, a front company and a crypto-payment request, and finds nothing in a clean résumé', async () => {
    const popup = await openPopup();
    expect((await lookupIds(popup, 'https://www.inditechlab.com/about')).length).toBeGreaterThan(0);
    expect((await lookupIds(popup, 'Yanbian Silverstar Network Technology Co., Ltd.')).length).toBeGreaterThan(0);
    const crypto = await lookupIds(popup, 'Thanks for the offer. Please pay my salary in USDT to this wallet, bank transfer does not work for me.');
    expect(crypto).toContain('alt-payment-request');
    await popup.screenshot({ path: join(SHOTS, 'popup-lookup.png'), fullPage: true });
    expect(await runAxe(popup)).toEqual([]);
    const clean = await lookupIds(
      popup,
      'Software engineer with eight years of experience in Python and Go. Built payment integrations with the PayPal SDK and a Bitcoin price dashboard. Happy to meet on Zoom or in person at your office.',
    );
    expect(clean).toEqual([]);
    await popup.getByTestId('lookup-input').fill('   ');
    await popup.getByTestId('lookup-run').click();
    await expect.poll(() => popup.getByTestId('lookup-result').getAttribute('data-kind')).toBe('empty');
    await popup.close();
  });

  it('renders in the dark scheme too', async () => {
    const page = await s.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await page.locator('h1').waitFor();
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).not.toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: join(SHOTS, 'popup-dark.png'), fullPage: true });
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('makes no network request of its own', () => {
    expect(s.extensionRequests()).toEqual([]);
  });
});
