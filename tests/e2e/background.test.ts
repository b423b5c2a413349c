import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BADGE_COLOURS, badgeText as expectedBadge } from '../../src/background/badge';
import { expectedOutcome, PANEL_SAMPLES, panelTestSettings } from '../fixtures/panel/samples';
import { badgeText, launchWithExtension, sessionTabReports, tabIdForUrl, type ExtensionSession } from './harness';

const settings = panelTestSettings();
const OFF_SITE_URL = 'https://example.org/elsewhere';
const HOST = '[data-hire-signals-panel]';
/** The test rule of panelTestSettings() switched off. */
const withoutTestRule = () => ({ ...settings, customRules: settings.customRules.map((r) => ({ ...r, enabled: false })) });

function hex(rgba: number[]): string {
  return `#${rgba
    .slice(0, 3)
    .map((n) => n.toString(16).padStart(2, '0'))
    .join('')}`;
}

describe('background: per-tab report and toolbar badge (real Chromium)', () => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchWithExtension();
    await s.route([
      ...Object.values(PANEL_SAMPLES).map((p) => ({ url: p.url, file: p.file })),
      { url: OFF_SITE_URL, html: '<!doctype html><title>Elsewhere</title><p>Not a hiring site.</p>' },
    ]);
  });
  afterAll(async () => s?.close());
  beforeEach(async () => {
    await s.serviceWorker.evaluate(async (value) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set({ settings: value });
    }, settings as unknown);
  });

  async function waitForTab(url: string): Promise<number> {
    let id: number | null = null;
    await expect
      .poll(
        async () => {
          id = await tabIdForUrl(s, url);
          return id;
        },
        { timeout: 10_000 },
      )
      .not.toBeNull();
    return id!;
  }

  it('keeps the report in session storage and sets badge text and colour by level', async () => {
    const sample = PANEL_SAMPLES.upwork;
    const expected = expectedOutcome(sample, settings);
    const page = await s.open(sample.url);
    const tabId = await waitForTab(sample.url);
    const stored = (await sessionTabReports(s))[tabId] as { report: { level: string; findings: unknown[] } | null };
    expect(stored.report?.level).toBe(expected.report?.level);
    expect(stored.report?.findings.length).toBe(expected.report?.findings.length);
    await expect.poll(() => badgeText(s, tabId)).toBe(expectedBadge(expected));
    const colour = await s.serviceWorker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId);
    expect(hex(colour as number[])).toBe(BADGE_COLOURS[expected.report!.level]);
    await page.close();
  });

  it('clears report and badge when the tab navigates to another site', async () => {
    const sample = PANEL_SAMPLES.linkedin;
    const page = await s.open(sample.url);
    const tabId = await waitForTab(sample.url);
    await page.goto(OFF_SITE_URL, { waitUntil: 'load' });
    await expect.poll(async () => (await sessionTabReports(s))[tabId], { timeout: 10_000 }).toBeUndefined();
    await expect.poll(() => badgeText(s, tabId)).toBe('');
    await page.close();
  });

  it('clears report and badge when an SPA leaves the profile (content sends hs:clear)', async () => {
    const sample = PANEL_SAMPLES.linkedin;
    const page = await s.open(sample.url);
    const tabId = await waitForTab(sample.url);
    await page.evaluate(() => {
      history.pushState({}, '', '/feed/');
      document.body.replaceChildren(Object.assign(document.createElement('h1'), { textContent: 'Feed' }));
    });
    await expect.poll(async () => (await sessionTabReports(s))[tabId], { timeout: 10_000 }).toBeUndefined();
    await expect.poll(() => badgeText(s, tabId)).toBe('');
    expect(await page.locator('[data-hire-signals-panel]').count()).toBe(0);
    await page.close();
  });

  it('keeps the per-tab report through a service-worker restart', async () => {
    const sample = PANEL_SAMPLES.upwork;
    const page = await s.open(sample.url);
    const tabId = await waitForTab(sample.url);
    const before = (await sessionTabReports(s))[tabId];
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    // Read session storage from an extension page: it wakes a fresh worker.
    const ext = await s.context.newPage();
    await ext.goto(`chrome-extension://${s.extensionId}/popup.html`);
    const after = await ext.evaluate((key) => chrome.storage.session.get(key), `tabReport:${tabId}`);
    expect((after as Record<string, unknown>)[`tabReport:${tabId}`]).toEqual(before);
    await ext.close();
    await page.close();
  });

  /** How often the content script has read the page, and what the panel shows. */
  const pageState = (page: Page) =>
    page.evaluate((host) => {
      const el = document.querySelector(host);
      return {
        reads: performance.getEntriesByName('hire-signals:page-read').length,
        count: el?.getAttribute('data-count') ?? null,
      };
    }, HOST);

  it('re-evaluates the open tab after a settings change without reading the page again', async () => {
    const sample = PANEL_SAMPLES.upwork;
    const before = expectedOutcome(sample, settings);
    const after = expectedOutcome(sample, withoutTestRule());
    expect(after.report!.findings.length).toBe(before.report!.findings.length - 1);
    const page = await s.open(sample.url);
    const tabId = await waitForTab(sample.url);
    await expect.poll(() => pageState(page), { timeout: 10_000 }).toMatchObject({ count: String(before.report!.findings.length) });
    // The page is complete: its late-section watch has stopped, so reads now come only from a new page state.
    const { reads } = await pageState(page);
    expect(reads).toBeGreaterThan(0);
    const measured = () => s.serviceWorker.evaluate(() => performance.getEntriesByName('hire-signals:reevaluation').map((e) => (e as PerformanceMeasure).detail));
    const measuredBefore = (await measured()).length;

    await s.serviceWorker.evaluate((value) => chrome.storage.local.set({ settings: value }), withoutTestRule() as unknown);
    await expect.poll(() => pageState(page), { timeout: 10_000 }).toEqual({ reads, count: String(after.report!.findings.length) });
    await expect.poll(() => badgeText(s, tabId)).toBe(expectedBadge(after));
    // The bench's measure of it: one per tab the re-evaluation redrew.
    await expect.poll(async () => (await measured()).slice(measuredBefore)).toEqual([{ tabId }]);
    await page.close();
  });

  it('re-evaluates a kept page after a service-worker restart', async () => {
    const sample = PANEL_SAMPLES.upwork;
    const after = expectedOutcome(sample, withoutTestRule());
    const page = await s.open(sample.url);
    await waitForTab(sample.url);
    await expect.poll(() => page.locator(HOST).count(), { timeout: 10_000 }).toBe(1);
    const { reads } = await pageState(page);
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    // The change wakes a fresh worker, which has only what the last one kept in session storage.
    const ext = await s.context.newPage();
    await ext.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await ext.evaluate((value) => chrome.storage.local.set({ settings: value }), withoutTestRule() as unknown);
    await expect.poll(() => pageState(page), { timeout: 10_000 }).toEqual({ reads, count: String(after.report!.findings.length) });
    await ext.close();
    await page.close();
  });

  it('forgets a closed tab', async () => {
    const sample = PANEL_SAMPLES.github;
    const page = await s.open(sample.url);
    const tabId = await waitForTab(sample.url);
    await page.close();
    await expect.poll(async () => (await sessionTabReports(s))[tabId], { timeout: 10_000 }).toBeUndefined();
  });

  it('makes no network request of its own', () => {
    expect(s.extensionRequests()).toEqual([]);
  });
});
