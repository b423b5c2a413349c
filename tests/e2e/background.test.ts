import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BADGE_COLOURS, badgeText as expectedBadge } from '../../src/background/badge';
import { expectedOutcome, PANEL_SAMPLES, panelTestSettings } from '../fixtures/panel/samples';
import { badgeText, launchWithExtension, sessionTabReports, tabIdForUrl, type ExtensionSession } from './harness';

const settings = panelTestSettings();
const OFF_SITE_URL = 'https://example.org/elsewhere';

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
