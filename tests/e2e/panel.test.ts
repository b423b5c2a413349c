import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { badgeText as badgeTextFor } from '../../src/background/badge';
import { READER_LOADER } from '../../src/content/reader-handoff';
import { expectedOutcome, PANEL_SAMPLES, panelTestSettings, sampleHtml, type PanelSample } from '../fixtures/panel/samples';
import { badgeText, launchWithExtension, sessionTabReports, tabIdForUrl, type ExtensionSession } from './harness';

const HOST = '[data-hire-signals-panel]';
const settings = panelTestSettings();

describe('in-page panel and badge (real Chromium)', () => {
  let s: ExtensionSession;

  beforeAll(async () => {
    s = await launchWithExtension();
    await s.route(Object.values(PANEL_SAMPLES).map((p) => ({ url: p.url, file: p.file })));
  });
  afterAll(async () => s?.close());

  beforeEach(async () => {
    // Fresh user data for each case: the test rule, no allowlist, no dismissals.
    await s.serviceWorker.evaluate(async (value) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set({ settings: value });
    }, settings as unknown);
  });

  async function hostAttrs(page: Page) {
    return page.locator(HOST).evaluate((el) => ({
      level: el.getAttribute('data-level'),
      count: el.getAttribute('data-count'),
      scheme: el.getAttribute('data-scheme'),
    }));
  }

  async function badgeOf(url: string): Promise<string | null> {
    const tabId = await tabIdForUrl(s, url);
    return tabId == null ? null : badgeText(s, tabId);
  }

  /** Evaluates `expression` in our content script's isolated world (CDP: the page cannot see that world). */
  async function inContentScriptWorld(page: Page, expression: string): Promise<unknown> {
    const cdp = await page.context().newCDPSession(page);
    try {
      const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
      cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
      await cdp.send('Runtime.enable'); // reports the contexts that exist already
      const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.startsWith('chrome-extension://'));
      if (!world) throw new Error('no content-script world in this page');
      const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true });
      return result.value;
    } finally {
      await cdp.detach();
    }
  }

  /** What a single-page app does: pushState, then swap the document's content for the next page's. */
  async function spaNavigate(page: Page, sample: PanelSample) {
    await page.evaluate(
      ({ url, markup }) => {
        history.pushState({}, '', url);
        const next = new DOMParser().parseFromString(markup, 'text/html');
        document.title = next.title;
        document.head.replaceChildren(...[...next.head.childNodes].map((n) => document.importNode(n, true)));
        document.body.replaceChildren(...[...next.body.childNodes].map((n) => document.importNode(n, true)));
      },
      { url: sample.url, markup: sampleHtml(sample) },
    );
  }

  async function checkAgreesWithEngine(sample: PanelSample) {
    const expected = expectedOutcome(sample, settings);
    const page = await s.open(sample.url);
    // The background stores what the content script concluded for this tab.
    await expect.poll(async () => Object.values(await sessionTabReports(s)).find((r) => r.url === sample.url)?.state, { timeout: 10_000 }).toBe(
      expected.state,
    );
    expect(expected.report, `${sample.id}: the sample should be read as a profile`).not.toBeNull();
    const report = expected.report!;
    await expect.poll(() => page.locator(HOST).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => hostAttrs(page)).toMatchObject({ level: report.level, count: String(report.findings.length) });
    await expect.poll(() => badgeOf(sample.url)).toBe(badgeTextFor(expected));

    // Expand with the keyboard: the chip is a real button.
    await page.locator(`${HOST} .hs-chip`).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(`${HOST} .hs-chip`).getAttribute('aria-expanded')).resolves.toBe('true');
    const ids = await page.locator(`${HOST} [data-rule-id]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-id')));
    expect(ids).toEqual(report.findings.map((f) => f.ruleId));
    await expect(page.locator(`${HOST} .hs-reminder`).textContent()).resolves.toMatch(/context/i);
    // Every guidance link opens in a new tab and is http(s).
    const links = await page.locator(`${HOST} .hs-sources a`).evaluateAll((els) => els.map((a) => [a.getAttribute('target'), a.getAttribute('href')]));
    for (const [target, href] of links) {
      expect(target).toBe('_blank');
      expect(href).toMatch(/^https?:\/\//);
    }
    // Escape collapses and returns focus to the chip.
    await page.keyboard.press('Escape');
    await expect(page.locator(`${HOST} .hs-chip`).getAttribute('aria-expanded')).resolves.toBe('false');
    return page;
  }

  it('shows panel and badge on a LinkedIn profile, agreeing with evaluate()', async () => {
    const page = await checkAgreesWithEngine(PANEL_SAMPLES.linkedin);
    // The first scan is measured for the performance bench.
    const marks = await page.evaluate(() => ({
      start: performance.getEntriesByName('hire-signals:scan-start').length,
      mounted: performance.getEntriesByName('hire-signals:panel-mounted').length,
      measure: performance.getEntriesByName('hire-signals:scan', 'measure').length,
    }));
    expect(marks).toEqual({ start: 1, mounted: 1, measure: 1 });
    await page.close();
  });

  it('shows panel and badge on an Upwork profile', async () => {
    const page = await checkAgreesWithEngine(PANEL_SAMPLES.upwork);
    await page.close();
  });

  it('shows panel and badge on a GitHub profile, following the page dark scheme', async () => {
    const page = await checkAgreesWithEngine(PANEL_SAMPLES.github);
    expect((await hostAttrs(page)).scheme).toBe('dark');
    await page.close();
  });

  it('injects nothing on a non-profile page of a matched host', async () => {
    const page = await s.open(PANEL_SAMPLES.linkedinFeed.url);
    await page.waitForTimeout(1200);
    expect(await page.locator(HOST).count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('hire-signals-panel').length)).toBe(0);
    // Decided from the URL alone: no report was even sent for this tab.
    expect(Object.values(await sessionTabReports(s)).map((r) => r.url)).not.toContain(PANEL_SAMPLES.linkedinFeed.url);
    await page.close();
  });

  it('starts on a non-profile page and follows SPA navigation into a profile (pushState + new DOM)', async () => {
    const target = PANEL_SAMPLES.linkedin;
    const expected = expectedOutcome(target, settings);
    const page = await s.open(PANEL_SAMPLES.linkedinFeed.url);
    // The script is loaded (it recorded its first slice) but built nothing on the feed.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('hire-signals:work').length), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator(HOST).count()).toBe(0);
    // The reader (extractor, panel) is still parked, unrun, in the content script's world; the profile takes it.
    expect(await inContentScriptWorld(page, `typeof globalThis[${JSON.stringify(READER_LOADER)}]`)).toBe('function');
    await spaNavigate(page, target);
    await expect.poll(() => page.locator(HOST).count(), { timeout: 10_000 }).toBe(1);
    expect(await inContentScriptWorld(page, `typeof globalThis[${JSON.stringify(READER_LOADER)}]`)).toBe('undefined');
    await expect
      .poll(() => hostAttrs(page), { timeout: 10_000 })
      .toMatchObject({ level: expected.report!.level, count: String(expected.report!.findings.length) });
    await expect.poll(() => badgeOf(target.url)).toBe(badgeTextFor(expected));
    await page.close();
  });

  it('follows SPA navigation to another profile (pushState + new DOM): panel and badge update', async () => {
    const first = PANEL_SAMPLES.linkedin;
    const second = PANEL_SAMPLES.hostile;
    const expectedSecond = expectedOutcome(second, settings);
    const page = await s.open(first.url);
    await expect.poll(() => page.locator(HOST).count(), { timeout: 10_000 }).toBe(1);
    await spaNavigate(page, second);
    await expect
      .poll(async () => Object.values(await sessionTabReports(s)).some((r) => r.url === second.url), { timeout: 10_000 })
      .toBe(true);
    await expect.poll(() => page.locator(HOST).count(), { timeout: 10_000 }).toBe(1);
    await expect
      .poll(() => hostAttrs(page), { timeout: 10_000 })
      .toMatchObject({ level: expectedSecond.report!.level, count: String(expectedSecond.report!.findings.length) });
    await expect.poll(() => badgeOf(second.url)).toBe(badgeTextFor(expectedSecond));
    // The report for the old URL was replaced in the same tab.
    expect(Object.values(await sessionTabReports(s)).map((r) => r.url)).not.toContain(first.url);
    await page.locator(`${HOST} .hs-chip`).click();
    await expect(page.locator(`${HOST} .hs-candidate`).textContent()).resolves.toContain('Evil');
    await page.close();
  });

  it('keeps a dismissal and an allowlisting across a reload', async () => {
    const sample = PANEL_SAMPLES.linkedin;
    const expected = expectedOutcome(sample, settings);
    const total = expected.report!.findings.length;
    expect(total).toBeGreaterThan(0);
    const page = await s.open(sample.url);
    await expect.poll(() => page.locator(HOST).count(), { timeout: 10_000 }).toBe(1);
    await page.locator(`${HOST} .hs-chip`).click();
    const firstId = expected.report!.findings[0]!.ruleId;
    await page.locator(`${HOST} [data-rule-id="${firstId}"] .hs-dismiss`).click();

    const afterDismiss = expectedOutcome(sample, settings, { allowlist: {}, dismissed: { [expected.profile!.key]: { ruleIds: [firstId] } } });
    const want = { level: afterDismiss.report!.level, count: String(total - 1) };
    await expect.poll(() => hostAttrs(page)).toMatchObject(want);
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => page.locator(HOST).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => hostAttrs(page)).toMatchObject(want);
    expect(await page.locator(`${HOST} [data-rule-id="${firstId}"]`).count()).toBe(0);

    await page.locator(`${HOST} .hs-chip`).click();
    await page.locator(`${HOST} .hs-allowlist`).click();
    await expect.poll(() => hostAttrs(page)).toMatchObject({ level: 'none', count: '0' });
    await expect.poll(() => badgeOf(sample.url)).toBe('');
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => page.locator(HOST).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => hostAttrs(page)).toMatchObject({ level: 'none', count: '0' });
    const stored = await s.serviceWorker.evaluate(() => chrome.storage.local.get(['allowlist', 'dismissed']));
    expect(Object.keys((stored as { allowlist: object }).allowlist)).toEqual([expected.profile!.key]);
    await page.close();
  });

  it('switches off per site from the panel, at once in every open tab of that site', async () => {
    const a = await s.open(PANEL_SAMPLES.linkedin.url);
    const b = await s.open(PANEL_SAMPLES.hostile.url);
    const other = await s.open(PANEL_SAMPLES.github.url);
    for (const p of [a, b, other]) await expect.poll(() => p.locator(HOST).count(), { timeout: 10_000 }).toBe(1);
    await a.locator(`${HOST} .hs-chip`).click();
    await a.locator(`${HOST} .hs-hide-site`).click();
    await expect.poll(() => a.locator(HOST).count()).toBe(0);
    await expect.poll(() => b.locator(HOST).count()).toBe(0);
    // Another site keeps its panel.
    expect(await other.locator(HOST).count()).toBe(1);
    const stored = (await s.serviceWorker.evaluate(() => chrome.storage.local.get('settings'))) as { settings: { sites: Record<string, boolean> } };
    expect(stored.settings.sites).toEqual({ linkedin: false });
    for (const p of [a, b, other]) await p.close();
  });

  it('renders hostile profile text inertly: nothing executes, no markup is created', async () => {
    const sample = PANEL_SAMPLES.hostile;
    const page = await s.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(sample.url, { waitUntil: 'load' });
    await expect.poll(() => page.locator(HOST).count(), { timeout: 10_000 }).toBe(1);
    await page.locator(`${HOST} .hs-chip`).click();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const inside = await page.locator(HOST).evaluate((host) => {
      const root = host.shadowRoot!;
      return {
        dangerous: root.querySelectorAll('img, script, iframe, svg, object, embed').length,
        jsLinks: [...root.querySelectorAll('a')].filter((a) => !/^https?:/.test(a.getAttribute('href') ?? 'https:')).length,
        text: root.textContent ?? '',
      };
    });
    expect(inside.dangerous).toBe(0);
    expect(inside.jsLinks).toBe(0);
    // The markup is shown as the literal text it is.
    expect(inside.text).toContain('<img src=x onerror=window.__pwned=1>');
    await page.close();
  });

  it('makes no network request of its own', () => {
    expect(s.extensionRequests()).toEqual([]);
  });
});
