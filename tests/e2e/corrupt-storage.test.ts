/**
 * Corrupt stored state in the real browsers: a candidate's dismissal entry
 * that holds a number or an object, a malformed allowlist and checklist, and a
 * malformed per-tab report; then every other stored key in turn (settings,
 * the seen-profiles shards, the panel's corners). The panel still shows on the
 * profile, the popup and the options page still draw (the popup threw before),
 * and the popup says what it could not read.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/core/i18n';
import { SETTINGS_VERSION } from '../../src/settings/schema';
import { BROWSER, BROWSER_LABEL, launchSession, tabIdForUrl, type Session } from './harness';
import { panelState, waitForPanel } from './panel-probe';

const PROFILE_URL = 'https://www.linkedin.com/in/e2e-corrupt-storage/';
const testId = (id: string) => `[data-testid="${id}"]`;

// A synthetic public-view profile whose about text states payment preferences the guidance flags.
const PROFILE_HTML = `<!doctype html><html lang="en"><head><title>Sam Quill - Backend Engineer | LinkedIn</title>
<meta name="pageKey" content="public_profile_v3_desktop"><meta property="og:type" content="profile">
<meta property="og:url" content="${PROFILE_URL}">
<script type="application/ld+json">${JSON.stringify({
  '@context': 'http://schema.org',
  '@graph': [
    {
      '@type': 'Person',
      name: 'Sam Quill',
      jobTitle: ['Backend Engineer'],
      description: 'Backend engineer, 9 years of Go. I prefer to be paid in USDT or Bitcoin only, and I cannot do video calls, so chat on Telegram is best.',
      url: PROFILE_URL,
    },
  ],
})}</script></head><body><main><h1>Sam Quill</h1></main></body></html>`;

interface StoredReport {
  url: string;
  profile: { key: string } | null;
  report: { findings: unknown[] } | null;
}

describe(`corrupt stored state in real ${BROWSER_LABEL[BROWSER]}`, () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchSession();
    await s.route([{ url: PROFILE_URL, html: PROFILE_HTML }]);
  });
  afterAll(async () => s?.close());
  afterEach(async () => {
    await s?.closeTabs();
    await s?.inExtension((api) => api.storage.local.remove(['dismissed', 'allowlist', 'checklist']));
  });

  async function keptReport(): Promise<{ tabId: number; report: StoredReport }> {
    let tabId: number | null = null;
    await expect.poll(async () => (tabId = await tabIdForUrl(s, PROFILE_URL)), { timeout: 15_000 }).toBeGreaterThan(0);
    const all = (await s.inExtension((api) => api.storage.session.get(null))) as Record<string, StoredReport>;
    return { tabId: tabId!, report: all[`tabReport:${tabId}`]! };
  }

  it.each([
    ['a number', 7],
    ['an object for the rule ids', { ruleIds: { 'alt-payment-request': true }, updatedAt: '2026-01-01T00:00:00.000Z' }],
  ])('scans a candidate whose dismissal entry holds %s, and the popup says what it left out', async (_, bad) => {
    const first = await s.open(PROFILE_URL);
    await waitForPanel(s, first);
    const { report } = await keptReport();
    const count = report.report!.findings.length;
    expect(count).toBeGreaterThan(0);
    await first.close();

    await s.inExtension(
      (api, arg) =>
        api.storage.local.set({
          dismissed: { [arg.key]: arg.bad },
          allowlist: { [arg.key]: 5 },
          checklist: { [arg.key]: { ticks: 'all' } },
        }),
      { key: report.profile!.key, bad },
    );
    const page = await s.open(PROFILE_URL);
    await waitForPanel(s, page);
    await expect.poll(async () => (await panelState(s, page)).count).toBe(String(count));

    const { tabId } = await keptReport();
    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitFor(`${testId('current-tab')} [data-rule-id]`);
    await popup.waitFor('.hs-notice');
    expect(await popup.text('.hs-notice')).toBe(t('storage.entriesDropped'));
  });

  /** Each remaining stored key, corrupted the way an old build, a sync conflict or a hand edit could leave it. */
  const OTHER_KEYS: Array<[string, Record<string, unknown>, string | null]> = [
    ['settings that are not an object', { settings: 'garbage' }, 'settings.corruptFallback'],
    ['settings with sections of the wrong type', { settings: { version: SETTINGS_VERSION, rules: 5, customRules: 'none', sites: [] } }, 'settings.partlyReset'],
    ['every seen-profiles shard', Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`seen:${i}`, { not: 'a list' }])), null],
    ['the panel’s corners', { panelPlace: ['top-left', 7] }, null],
  ];

  it.each(OTHER_KEYS)('with %s, the profile still gets its panel and both extension pages draw', async (_, bad, notice) => {
    try {
      await s.inExtension((api, value) => api.storage.local.set(value), bad);
      // A fresh background reads the stored state back, as after a browser restart.
      await s.background.restart();
      const page = await s.open(PROFILE_URL);
      await waitForPanel(s, page);
      expect(Number((await panelState(s, page)).count)).toBeGreaterThan(0);
      const { tabId } = await keptReport();
      const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.waitFor(`${testId('current-tab')} [data-rule-id]`);
      if (notice) {
        await popup.waitFor('.hs-notice');
        expect(await popup.text('.hs-notice')).toBe(t(notice));
      }
      const options = await s.openExtensionPage('options.html');
      await options.waitFor(testId('rule-search'));
    } finally {
      await s.inExtension((api, keys) => api.storage.local.remove(keys), Object.keys(bad));
    }
  });

  it('draws the popup when the kept per-tab report is malformed', async () => {
    const page = await s.open(PROFILE_URL);
    await waitForPanel(s, page);
    const { tabId, report } = await keptReport();
    await s.inExtension((api, arg) => api.storage.session.set({ [`tabReport:${arg.tabId}`]: { ...arg.report, report: { ...arg.report.report, findings: 5 } } }), {
      tabId,
      report,
    });
    // A fresh background reads back what the last one kept.
    await s.background.restart();
    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitFor(testId('current-tab'));
    expect(await popup.count('h1')).toBeGreaterThan(0);
    // The malformed report was dropped from storage, not handed on.
    await expect
      .poll(async () => {
        const stored = (await s.inExtension((api, key) => api.storage.session.get(key), `tabReport:${tabId}`)) as Record<string, StoredReport>;
        const findings = stored[`tabReport:${tabId}`]?.report?.findings;
        return findings === undefined || Array.isArray(findings);
      })
      .toBe(true);
  });
});
