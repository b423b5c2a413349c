import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BADGE_COLOURS, badgeText as expectedBadge } from '../../src/background/badge';
import { expectedOutcome, PANEL_SAMPLES, panelTestSettings } from '../fixtures/panel/samples';
import { BACKGROUND_KINDS, badgeColour, badgeText, BROWSER, BROWSER_LABEL, launchSession, sessionTabReports, tabIdForUrl, type Session, type Tab } from './harness';
import { pageReads, panelState } from './panel-probe';

const settings = panelTestSettings();
const OFF_SITE_URL = 'https://example.org/elsewhere';
/** The test rule of panelTestSettings() switched off. */
const withoutTestRule = () => ({ ...settings, customRules: settings.customRules.map((r) => ({ ...r, enabled: false })) });

describe(`background: per-tab report and toolbar badge (real ${BROWSER_LABEL[BROWSER]})`, () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchSession();
    await s.route([
      ...Object.values(PANEL_SAMPLES).map((p) => ({ url: p.url, file: p.file })),
      { url: OFF_SITE_URL, html: '<!doctype html><title>Elsewhere</title><p>Not a hiring site.</p>' },
    ]);
  });
  afterAll(async () => s?.close());
  afterEach(async () => s?.closeTabs());
  beforeEach(async () => {
    await s.inExtension(async (api, value) => {
      await api.storage.local.clear();
      await api.storage.local.set({ settings: value });
    }, settings as unknown);
  });

  /** How the background restarts in this browser, for the test names. */
  const restart =
    BACKGROUND_KINDS[BROWSER] === 'service worker'
      ? 'a service-worker restart'
      : 'a background restart (Firefox MV2: a persistent background page, not a service worker; the page is reloaded)';

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
    expect(await badgeColour(s, tabId)).toBe(BADGE_COLOURS[expected.report!.level]);
    await page.close();
  });

  it('clears report and badge when the tab navigates to another site', async () => {
    const sample = PANEL_SAMPLES.linkedin;
    const page = await s.open(sample.url);
    const tabId = await waitForTab(sample.url);
    await expect.poll(() => badgeText(s, tabId)).not.toBe('');
    await page.goto(OFF_SITE_URL);
    await expect.poll(async () => (await sessionTabReports(s))[tabId], { timeout: 10_000 }).toBeUndefined();
    await expect.poll(() => badgeText(s, tabId)).toBe('');
    await page.close();
  });

  it('clears report and badge when an SPA leaves the profile (content sends hs:clear)', async () => {
    const sample = PANEL_SAMPLES.linkedin;
    const page = await s.open(sample.url);
    const tabId = await waitForTab(sample.url);
    await expect.poll(() => badgeText(s, tabId)).not.toBe('');
    await page.evaluate(() => {
      history.pushState({}, '', '/feed/');
      document.body.replaceChildren(Object.assign(document.createElement('h1'), { textContent: 'Feed' }));
    });
    await expect.poll(async () => (await sessionTabReports(s))[tabId], { timeout: 10_000 }).toBeUndefined();
    await expect.poll(() => badgeText(s, tabId)).toBe('');
    // The page's script sees the pushState through the Navigation API (both browsers here), or on its
    // once-a-second location check where a script world lacks it (src/content/location-watch.ts). Leaving
    // just after the badge is set also races the panel's first draw: the panel must stay away either way.
    await expect.poll(async () => (await panelState(s, page)).shown, { timeout: 5_000 }).toBe(false);
    // And it does not come back once a late draw could have landed.
    await new Promise((r) => setTimeout(r, 1_000));
    expect((await panelState(s, page)).shown).toBe(false);
    await page.close();
  });

  it(`keeps the per-tab report through ${restart}`, async () => {
    expect(s.background.kind).toBe(s.manifest.background?.service_worker ? 'service worker' : 'background page');
    const sample = PANEL_SAMPLES.upwork;
    const page = await s.open(sample.url);
    const tabId = await waitForTab(sample.url);
    const before = (await sessionTabReports(s))[tabId];
    await s.background.restart();
    const after = await s.inExtension((api, key) => api.storage.session.get(key), `tabReport:${tabId}`);
    expect((after as Record<string, unknown>)[`tabReport:${tabId}`]).toEqual(before);
    await page.close();
  });

  /** How often the content script has read the page, and what the panel shows. */
  const pageState = async (page: Tab) => ({
    reads: await pageReads(s, page),
    count: (await panelState(s, page)).count,
  });

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
    const measured = () => s.background.measures('hire-signals:reevaluation');
    const measuredBefore = (await measured()).length;

    await s.inExtension((api, value) => api.storage.local.set({ settings: value }), withoutTestRule() as unknown);
    await expect.poll(() => pageState(page), { timeout: 10_000 }).toEqual({ reads, count: String(after.report!.findings.length) });
    await expect.poll(() => badgeText(s, tabId)).toBe(expectedBadge(after));
    // The bench's measure of it: one per tab the re-evaluation redrew.
    await expect.poll(async () => (await measured()).slice(measuredBefore)).toEqual([{ tabId }]);
    await page.close();
  });

  it(`re-evaluates a kept page after ${restart}`, async () => {
    const sample = PANEL_SAMPLES.upwork;
    const after = expectedOutcome(sample, withoutTestRule());
    const page = await s.open(sample.url);
    await waitForTab(sample.url);
    await expect.poll(async () => (await panelState(s, page)).shown, { timeout: 10_000 }).toBe(true);
    const { reads } = await pageState(page);
    await s.background.restart();
    // The change reaches a fresh background, which has only what the last one kept in session storage.
    await s.inExtension((api, value) => api.storage.local.set({ settings: value }), withoutTestRule() as unknown);
    await expect.poll(() => pageState(page), { timeout: 10_000 }).toEqual({ reads, count: String(after.report!.findings.length) });
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
