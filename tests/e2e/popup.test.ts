import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/core/i18n';
import { runAxe } from './axe';
import { BROWSER, BROWSER_LABEL, launchSession, SCREENSHOTS, tabIdForUrl, type Session, type Tab } from './harness';
import { EIGHT_SIGNALS, ONE_SIGNAL, THREE_SIGNALS } from '../demo/samples';
import { panelShots, popupShot, POPUP_FIRST_SCREEN, reportedTabId } from '../demo/screens';
import { pageReads, panelState, waitForPanel } from './panel-probe';

const SHOTS = join(SCREENSHOTS, BROWSER);
const PROFILE_URL = 'https://www.linkedin.com/in/e2e-popup-candidate/';
const NOT_PROFILE_URL = 'https://www.linkedin.com/feed/';
const testId = (id: string) => `[data-testid="${id}"]`;

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

describe(`popup in real ${BROWSER_LABEL[BROWSER]}`, () => {
  let s: Session;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    s = await launchSession();
    await s.route([
      { url: PROFILE_URL, html: PROFILE_HTML },
      { url: NOT_PROFILE_URL, html: '<!doctype html><html><head><title>Feed | LinkedIn</title></head><body><h1>Feed</h1></body></html>' },
      ...[ONE_SIGNAL, THREE_SIGNALS, EIGHT_SIGNALS].map((p) => ({ url: p.url, html: p.html })),
    ]);
  });
  afterAll(async () => s?.close());
  afterEach(async () => s?.closeTabs());

  /** Tab id of the page showing `url`, from the background's per-tab reports. */
  async function tabIdFor(url: string): Promise<number> {
    let id: number | null = null;
    await expect
      .poll(
        async () => {
          id = await tabIdForUrl(s, url);
          return id;
        },
        { timeout: 15_000 },
      )
      .toBeGreaterThan(0);
    return id!;
  }

  async function openPopup(tabId?: number): Promise<Tab> {
    const page = await s.openExtensionPage(`popup.html${tabId ? `?tabId=${tabId}` : ''}`);
    await page.setViewport(420, 700);
    await page.waitFor('h1');
    return page;
  }

  it('lists the same findings for a profile tab as the in-page panel', async () => {
    const profile = await s.open(PROFILE_URL);
    await waitForPanel(s, profile);
    const tabId = await tabIdFor(PROFILE_URL);
    const popup = await openPopup(tabId);
    const currentTabFindings = `${testId('current-tab')} [data-rule-id]`;
    await popup.waitFor(currentTabFindings);
    const popupIds = await popup.attributes(currentTabFindings, 'data-rule-id');
    expect(popupIds).toContain('alt-payment-request');
    expect(popupIds.length).toBe(Number((await panelState(s, profile)).count));
    expect(await popup.attribute(testId('current-tab'), 'data-level')).toBe((await panelState(s, profile)).level);
    await popup.screenshot(join(SHOTS, 'popup-profile.png'));
    expect(await runAxe(popup)).toEqual([]);

    // "Check again" asks the background, which re-evaluates the page it kept and redraws the
    // panel there (one re-evaluation measure for the tab): the page is not read again.
    const reads = () => pageReads(s, profile);
    const redraws = async () => (await s.background.measures('hire-signals:reevaluation')).filter((d) => (d as { tabId: number }).tabId === tabId).length;
    const [readsBefore, redrawsBefore] = [await reads(), await redraws()];
    await popup.click(testId('rescan'));
    await expect.poll(redraws, { timeout: 10_000 }).toBe(redrawsBefore + 1);
    expect(await reads()).toBe(readsBefore);
    expect(await popup.count(currentTabFindings)).toBe(popupIds.length);

    // Hand-off: copied text and downloaded JSON both carry URL, findings, evidence and sources.
    await popup.click(testId('copy-report'));
    // The copy is asynchronous: its status line says when it is done, and whether it worked.
    await expect.poll(() => popup.text('.hs-handoff [role="status"]')).toBe(t('popup.handoff.copied'));
    const text = await popup.readClipboard();
    expect(text).toContain(PROFILE_URL);
    expect(text).toMatch(/USDT|Bitcoin/);
    expect(text).toMatch(/https:\/\//);
    const json = JSON.parse(await popup.download(testId('download-report')));
    expect(json).toMatchObject({ format: 'hire-signals-report', profileUrl: PROFILE_URL });
    expect(json.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(popupIds);
    expect(json.findings[0].sources[0].url).toMatch(/^https:\/\//);

    // The checklist tick is stored per candidate and survives reopening.
    await popup.click(testId('tab-checklist'));
    await popup.setChecked(`${testId('check-live-video')} input`, true);
    await popup.close();
    const again = await openPopup(tabId);
    await again.click(testId('tab-checklist'));
    await expect.poll(() => again.isChecked(`${testId('check-live-video')} input`).catch(() => false)).toBe(true);
    await again.close();
    await profile.close();
  });

  it('shows a plain empty state on a non-profile page', async () => {
    const feed = await s.open(NOT_PROFILE_URL);
    const popup = await openPopup();
    await expect.poll(() => popup.text(testId('empty-state')).catch(() => '')).toBeTruthy();
    await popup.screenshot(join(SHOTS, 'popup-empty.png'));
    await popup.close();
    await feed.close();
  });

  async function lookupIds(popup: Tab, text: string, how: 'button' | 'enter' = 'button'): Promise<string[]> {
    await popup.fill(testId('lookup-input'), text);
    if (how === 'enter') {
      await popup.focus(testId('lookup-input'));
      await popup.press('Enter');
    } else await popup.click(testId('lookup-run'));
    await popup.waitFor(testId('lookup-result'));
    return (await popup.attributes(`${testId('lookup-result')} ${testId('finding')}`, 'data-rule-id')) as string[];
  }

  it('looks up a seized domain, a front company and a crypto-payment request, and finds nothing in a clean résumé', async () => {
    const popup = await openPopup();
    await popup.click(testId('tab-lookup'));
    // Enter checks, as after pasting a domain.
    expect((await lookupIds(popup, 'https://www.inditechlab.com/about', 'enter')).length).toBeGreaterThan(0);
    expect(await popup.value(testId('lookup-input'))).toBe('https://www.inditechlab.com/about');
    expect((await lookupIds(popup, 'Yanbian Silverstar Network Technology Co., Ltd.')).length).toBeGreaterThan(0);
    const crypto = await lookupIds(popup, 'Thanks for the offer. Please pay my salary in USDT to this wallet, bank transfer does not work for me.');
    expect(crypto).toContain('alt-payment-request');
    await popup.screenshot(join(SHOTS, 'popup-lookup.png'));
    expect(await runAxe(popup)).toEqual([]);
    const clean = await lookupIds(
      popup,
      'Software engineer with eight years of experience in Python and Go. Built payment integrations with the PayPal SDK and a Bitcoin price dashboard. Happy to meet on Zoom or in person at your office.',
    );
    expect(clean).toEqual([]);
    await popup.fill(testId('lookup-input'), '   ');
    await popup.click(testId('lookup-run'));
    await expect.poll(() => popup.attribute(testId('lookup-result'), 'data-kind').catch(() => null)).toBe('empty');
    await popup.close();
  });

  it('fits every finding of profiles with 1, 3 and 8 signals in the first 600 px at 420 px wide, and opens each in place', async () => {
    for (const sample of [ONE_SIGNAL, THREE_SIGNALS, EIGHT_SIGNALS]) {
      const page = await s.open(sample.url);
      const tabId = await reportedTabId(s, sample.url);
      const m = await popupShot(s, join(SHOTS, `popup-profile-${sample.signals.length}.png`), { tabId, keepOpen: true });
      console.log(`[popup] ${BROWSER} ${sample.id}: ${m.findings} finding(s); last finding ends at ${m.lastFindingBottom} px; all content ${m.contentHeight} px`);
      expect(m.findings).toBe(sample.signals.length);
      expect(m.lastFindingBottom).toBeLessThanOrEqual(POPUP_FIRST_SCREEN);
      const popup = m.popup!;
      // The most severe first; each opens in place to evidence, why, next step and guidance.
      const first = `${testId('current-tab')} ${testId('finding')}:first-child`;
      await popup.click(`${first} ${testId('finding-toggle')}`);
      await expect.poll(() => popup.evaluate(() => document.querySelector('[data-testid="current-tab"] details')!.hasAttribute('open'))).toBe(true);
      expect(await popup.count(`${first} .hs-evidence`)).toBe(1);
      const labels = (await popup.texts(`${first} .hs-sources a`)) as string[];
      expect(new Set(labels).size).toBe(labels.length);
      for (const href of await popup.attributes(`${first} .hs-sources a`, 'href')) expect(href).toMatch(/^https:\/\//);
      if (sample === EIGHT_SIGNALS) {
        await popup.screenshot(join(SHOTS, 'popup-profile-open.png'));
        expect(await runAxe(popup)).toEqual([]);
      }
      await popup.close();
      await page.close();
    }
  });

  it('writes the in-page panel’s screenshots, collapsed and expanded', async () => {
    const page = await panelShots(s, THREE_SIGNALS.url, join(SHOTS, 'panel-collapsed.png'), join(SHOTS, 'panel-expanded.png'));
    await page.close();
  });

  it('makes no network request of its own', () => {
    expect(s.extensionRequests()).toEqual([]);
  });
});
