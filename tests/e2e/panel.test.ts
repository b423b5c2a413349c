import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { badgeText as badgeTextFor } from '../../src/background/badge';
import { READER_LOADER } from '../../src/content/reader-handoff';
import { expectedOutcome, PANEL_SAMPLES, panelTestSettings, sampleHtml, type PanelSample } from '../fixtures/panel/samples';
import { badgeText, BROWSER, BROWSER_LABEL, launchSession, sessionTabReports, tabIdForUrl, type Session, type Tab } from './harness';
import { clickInPanel, contentTimings, inPanel as panelElements, pageReads, panelState, probe } from './panel-probe';
import { TIMING } from '../../src/content/work-timer';

const settings = panelTestSettings();

describe(`in-page panel and badge (real ${BROWSER_LABEL[BROWSER]})`, () => {
  let s: Session;

  beforeAll(async () => {
    s = await launchSession();
    await s.route(Object.values(PANEL_SAMPLES).map((p) => ({ url: p.url, file: p.file })));
  });
  afterAll(async () => s?.close());
  afterEach(async () => s?.closeTabs());

  beforeEach(async () => {
    // Fresh user data for each case: the test rule, no allowlist, no dismissals.
    await s.inExtension(async (api, value) => {
      await api.storage.local.clear();
      await api.storage.local.set({ settings: value });
    }, settings as unknown);
  });

  /** The panel's verdict, read by the extension (the page's DOM carries none). */
  const hostAttrs = (page: Tab) => panelState(s, page);
  const shown = async (page: Tab) => ((await panelState(s, page)).shown ? 1 : 0);
  const attrs = async (page: Tab, selector: string, name: string) => (await panelElements(s, page, selector)).map((e) => e.attrs[name] ?? null);
  const text = async (page: Tab, selector: string) => (await panelElements(s, page, selector))[0]?.text ?? null;
  /** Elements the page's DOM holds, whatever their tag: the panel adds one (its host) to <html>. */
  const pageElements = (page: Tab) => page.evaluate(() => document.getElementsByTagName('*').length);

  async function badgeOf(url: string): Promise<string | null> {
    const tabId = await tabIdForUrl(s, url);
    return tabId == null ? null : badgeText(s, tabId);
  }

  /** What a single-page app does: pushState, then swap the document's content for the next page's. */
  async function spaNavigate(page: Tab, sample: PanelSample) {
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
    await expect.poll(() => shown(page), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => hostAttrs(page)).toMatchObject({ level: report.level, count: String(report.findings.length) });
    await expect.poll(() => badgeOf(sample.url)).toBe(badgeTextFor(expected));

    // Expand with a real click on the chip, a real button; keyboard use is in panel-chrome.test.ts.
    await clickInPanel(s, page, '.hs-chip');
    await expect.poll(async () => (await attrs(page, '.hs-chip', 'aria-expanded'))[0]).toBe('true');
    expect(await attrs(page, '[data-rule-id]', 'data-rule-id')).toEqual(report.findings.map((f) => f.ruleId));
    expect(await text(page, '.hs-reminder')).toMatch(/context/i);
    // Every guidance link opens in a new tab and is http(s).
    const targets = await attrs(page, '.hs-sources a', 'target');
    const hrefs = await attrs(page, '.hs-sources a', 'href');
    for (const target of targets) expect(target).toBe('_blank');
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    // Escape collapses and returns focus to the chip.
    await page.press('Escape');
    await expect.poll(async () => (await attrs(page, '.hs-chip', 'aria-expanded'))[0]).toBe('false');
    expect((await probe(s, page))?.active).toBe('hs-chip');
    return page;
  }

  it('shows panel and badge on a LinkedIn profile, agreeing with evaluate()', async () => {
    const page = await checkAgreesWithEngine(PANEL_SAMPLES.linkedin);
    // The first scan is timed for the performance bench, in the content script's own world: the page's
    // timeline, which any page script can read, carries nothing of ours.
    const timings = await contentTimings(s, page);
    const named = (name: string) => timings.filter((e) => e.name === name).length;
    expect({ start: named(TIMING.start), mounted: named(TIMING.mounted), scan: named(TIMING.scan) }).toEqual({ start: 1, mounted: 1, scan: 1 });
    expect(named(TIMING.work)).toBeGreaterThan(1);
    expect(await page.evaluate(() => performance.getEntries().filter((e) => e.entryType === 'mark' || e.entryType === 'measure').map((e) => e.name))).toEqual([]);
    await page.close();
  });

  it('draws on a profile whose page forbids every script but its own (a strict Content-Security-Policy): the reader still loads', async () => {
    // The gate imports the reader from the extension; the page's CSP governs the page's scripts, not the
    // content script's world. Modelled on what large sites send: nonce-only scripts, no eval.
    const sample = PANEL_SAMPLES.linkedin;
    const url = `${sample.url}?hs-csp=strict`;
    const csp = "default-src 'self'; script-src 'self' 'nonce-hs'; style-src 'self' 'unsafe-inline'; img-src 'self' https:; connect-src 'self'; object-src 'none'; base-uri 'self'";
    await s.route([{ url, file: sample.file, headers: { 'content-security-policy': csp } }]);
    const expected = expectedOutcome(sample, settings);
    const page = await s.open(url);
    await expect.poll(() => shown(page), { timeout: 10_000 }).toBe(1);
    await expect
      .poll(() => hostAttrs(page), { timeout: 10_000 })
      .toMatchObject({ level: expected.report!.level, count: String(expected.report!.findings.length) });
    // The policy is in force on this page: an inline script is refused.
    const refused = await page.evaluate(
      () =>
        new Promise<string | null>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
          const script = document.createElement('script');
          script.textContent = 'void 0';
          document.head.append(script);
          setTimeout(() => resolve(null), 2000);
        }),
    );
    expect(refused).toMatch(/^script-src/);
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
    const before = await pageElements(page);
    await new Promise((r) => setTimeout(r, 1200));
    expect(await pageElements(page)).toBe(before);
    expect(await shown(page)).toBe(0);
    // Decided from the URL alone: no report was even sent for this tab.
    expect(Object.values(await sessionTabReports(s)).map((r) => r.url)).not.toContain(PANEL_SAMPLES.linkedinFeed.url);
    await page.close();
  });

  // The reader's file records its own evaluation as a slice of our work, so the content script's timings
  // show whether it was loaded. Where the browser lets automation into the content script's world
  // (Chromium), they are read there, and the loader it leaves there is checked too; Firefox's WebDriver
  // BiDi hides content-script sandboxes, so there the sign is that no reader answers the extension's probe.
  it('starts on a non-profile page without loading the reader, and follows SPA navigation into a profile (pushState + new DOM)', async () => {
    const target = PANEL_SAMPLES.linkedin;
    const expected = expectedOutcome(target, settings);
    const page = await s.open(PANEL_SAMPLES.linkedinFeed.url);
    if (page.canReachContentScriptWorld) {
      const slices = async () => (await contentTimings(s, page, TIMING.work)).length;
      // The gate is loaded (it recorded its first slice) but built nothing on the feed.
      await expect.poll(slices, { timeout: 10_000 }).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 800));
      // The gate's check alone: the reader's file was not loaded, which would have added its own slice.
      expect(await slices()).toBe(1);
    } else {
      await new Promise((r) => setTimeout(r, 1500));
    }
    expect(await probe(s, page)).toBeNull();
    expect(await shown(page)).toBe(0);
    expect(await pageReads(s, page)).toBe(0);
    const loaderType = `typeof globalThis[${JSON.stringify(READER_LOADER)}]`;
    if (page.canReachContentScriptWorld) expect(await page.inContentScriptWorld(loaderType)).toBe('undefined');
    await spaNavigate(page, target);
    await expect.poll(() => shown(page), { timeout: 10_000 }).toBe(1);
    expect(await pageReads(s, page)).toBeGreaterThan(0);
    // The gate took the reader's entry once: nothing of it is left on the world's global.
    if (page.canReachContentScriptWorld) expect(await page.inContentScriptWorld(loaderType)).toBe('undefined');
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
    await expect.poll(() => shown(page), { timeout: 10_000 }).toBe(1);
    await spaNavigate(page, second);
    await expect
      .poll(async () => Object.values(await sessionTabReports(s)).some((r) => r.url === second.url), { timeout: 10_000 })
      .toBe(true);
    await expect.poll(() => shown(page), { timeout: 10_000 }).toBe(1);
    await expect
      .poll(() => hostAttrs(page), { timeout: 10_000 })
      .toMatchObject({ level: expectedSecond.report!.level, count: String(expectedSecond.report!.findings.length) });
    await expect.poll(() => badgeOf(second.url)).toBe(badgeTextFor(expectedSecond));
    // The report for the old URL was replaced in the same tab.
    expect(Object.values(await sessionTabReports(s)).map((r) => r.url)).not.toContain(first.url);
    await clickInPanel(s, page, '.hs-chip');
    await expect.poll(() => text(page, '.hs-candidate')).toContain('Evil');
    await page.close();
  });

  it('keeps a dismissal and an allowlisting across a reload', async () => {
    const sample = PANEL_SAMPLES.linkedin;
    const expected = expectedOutcome(sample, settings);
    const total = expected.report!.findings.length;
    expect(total).toBeGreaterThan(0);
    const page = await s.open(sample.url);
    await expect.poll(() => shown(page), { timeout: 10_000 }).toBe(1);
    await clickInPanel(s, page, '.hs-chip');
    const firstId = expected.report!.findings[0]!.ruleId;
    await clickInPanel(s, page, `[data-rule-id="${firstId}"] .hs-dismiss`);

    const afterDismiss = expectedOutcome(sample, settings, { allowlist: {}, dismissed: { [expected.profile!.key]: { ruleIds: [firstId] } } });
    const want = { level: afterDismiss.report!.level, count: String(total - 1) };
    await expect.poll(() => hostAttrs(page)).toMatchObject(want);
    await page.reload();
    await expect.poll(() => shown(page), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => hostAttrs(page)).toMatchObject(want);
    expect(await panelElements(s, page, `[data-rule-id="${firstId}"]`)).toEqual([]);

    await clickInPanel(s, page, '.hs-chip');
    await clickInPanel(s, page, '.hs-allowlist');
    await expect.poll(() => hostAttrs(page)).toMatchObject({ level: 'none', count: '0' });
    await expect.poll(() => badgeOf(sample.url)).toBe('');
    await page.reload();
    await expect.poll(() => shown(page), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => hostAttrs(page)).toMatchObject({ level: 'none', count: '0' });
    const stored = await s.inExtension((api) => api.storage.local.get(['allowlist', 'dismissed']));
    expect(Object.keys((stored as { allowlist: object }).allowlist)).toEqual([expected.profile!.key]);
    await page.close();
  });

  it('switches off per site from the panel, at once in every open tab of that site', async () => {
    const a = await s.open(PANEL_SAMPLES.linkedin.url);
    const b = await s.open(PANEL_SAMPLES.hostile.url);
    const other = await s.open(PANEL_SAMPLES.github.url);
    for (const p of [a, b, other]) await expect.poll(() => shown(p), { timeout: 10_000 }).toBe(1);
    await clickInPanel(s, a, '.hs-chip');
    await clickInPanel(s, a, '.hs-hide-site');
    await expect.poll(() => shown(a)).toBe(0);
    await expect.poll(() => shown(b)).toBe(0);
    // Another site keeps its panel.
    expect(await shown(other)).toBe(1);
    const stored = (await s.inExtension((api) => api.storage.local.get('settings'))) as { settings: { sites: Record<string, boolean> } };
    expect(stored.settings.sites).toEqual({ linkedin: false });
    for (const p of [a, b, other]) await p.close();
  });

  it('renders hostile profile text inertly: nothing executes, no markup is created', async () => {
    const sample = PANEL_SAMPLES.hostile;
    const page = await s.open(sample.url);
    await expect.poll(() => shown(page), { timeout: 10_000 }).toBe(1);
    await clickInPanel(s, page, '.hs-chip');
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(page.dialogs).toEqual([]);
    expect(await panelElements(s, page, 'img, script, iframe, svg, object, embed')).toEqual([]);
    const hrefs = await attrs(page, 'a', 'href');
    expect(hrefs.filter((h) => !/^https?:/.test(h ?? 'https:'))).toEqual([]);
    // The markup is shown as the literal text it is.
    const body = await text(page, '.hs-body');
    expect(body).toContain('<img src=x onerror=window.__pwned=1>');
    await page.close();
  });

  it('makes no network request of its own', () => {
    expect(s.extensionRequests()).toEqual([]);
  });
});
