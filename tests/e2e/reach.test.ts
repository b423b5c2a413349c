import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_LABEL, BROWSER, FIXTURES, launchSession, sessionTabReports, type Session, type Tab } from './harness';
import { panelState, waitForPanel } from './panel-probe';

/**
 * Reaching candidates beyond the hiring sites, in the real browsers:
 *  - a host the user adds in the options (an applicant tracking system) is read there with the
 *    generic candidate reader, and stops being read when removed or when its permission is revoked;
 *  - "Check this page" from the popup reads an unlisted page once;
 *  - "Copy page outline" copies the page's structure without its words;
 *  - "Check with Hire Signals" on selected text shows that text's findings.
 *
 * Two things a person does that automation cannot: click the browser's permission prompt
 * (the session says yes for the user: `grantOptional`, see tests/e2e/session.ts; the request
 * still goes through the extension's API, inside a real click), and click the toolbar button or
 * a native context menu. So `activeTab` cannot be granted here: the page actions run
 * with the page's host granted instead, and the selection menu's click is the background's own
 * registered listener called with the click's data.
 */

const ATS_HOST = 'hire.ats-one.example';
const ATS_URL = `https://${ATS_HOST}/candidates/1042`;
const ATS2_HOST = 'talent.ats-two.example';
const ATS2_URL = `https://${ATS2_HOST}/candidate/priya`;
const UNLISTED_HOST = 'www.unlisted-board.example';
const UNLISTED_URL = `https://${UNLISTED_HOST}/people/jordan`;
const testId = (id: string) => `[data-testid="${id}"]`;
const fixture = (name: string) => readFileSync(join(FIXTURES, 'ats', name), 'utf8');

describe(`reaching candidates anywhere, in real ${BROWSER_LABEL[BROWSER]}`, () => {
  let s: Session;
  beforeAll(async () => {
    const origins = [ATS_HOST, ATS2_HOST, UNLISTED_HOST].map((h) => `https://${h}/*`);
    s = await launchSession({ grantOptional: { origins, permissions: ['scripting'] } });
    await s.route([
      { url: ATS_URL, html: fixture('greenhouse-candidate.html') },
      { url: ATS2_URL, html: fixture('lever-candidate.html') },
      { url: UNLISTED_URL, html: fixture('unknown-page.html') },
    ]);
  });
  afterAll(async () => s?.close());
  afterEach(async () => s?.closeTabs());

  const registered = () =>
    s.inExtension(async (api) => {
      const scripts = await api.scripting.getRegisteredContentScripts();
      return scripts.map((c) => ({ id: c.id, matches: c.matches }));
    });
  const hasOrigin = (origin: string) => s.inExtension((api, o) => api.permissions.contains({ origins: [o] }), origin);

  /** Grants a host the way the options page does, inside a real click on an extension page. */
  async function grantInClick(origin: string): Promise<boolean> {
    const page = await s.openExtensionPage('popup.html?tabId=999999');
    await page.waitFor('h1');
    await page.evaluate((o) => {
      const b = document.createElement('button');
      b.id = 'e2e-grant';
      b.textContent = 'grant';
      b.onclick = () => {
        void (globalThis as unknown as { browser: typeof chrome }).browser.permissions
          .request({ origins: [o] })
          .then((ok: boolean) => document.body.setAttribute('data-granted', String(ok)), () => document.body.setAttribute('data-granted', 'error'));
      };
      document.body.prepend(b);
    }, origin);
    await page.click('#e2e-grant');
    await page.waitFor('body[data-granted]');
    return (await page.evaluate(() => document.body.getAttribute('data-granted'))) === 'true';
  }

  async function optionsPage(): Promise<Tab> {
    const page = await s.openExtensionPage('options.html');
    await page.waitFor(testId('extra-host-input'));
    return page;
  }

  it('a host added in the options is granted, registered and read with the generic candidate reader; removing it stops that', async () => {
    const options = await optionsPage();
    await options.fill(testId('extra-host-input'), `https://${ATS_HOST}/jobs`);
    await options.click(testId('extra-host-add'));
    await options.waitFor(`${testId('extra-hosts')} [data-host="${ATS_HOST}"][data-granted="true"]`);
    expect(await hasOrigin(`https://${ATS_HOST}/*`)).toBe(true);
    await expect.poll(registered, { timeout: 10_000 }).toEqual([{ id: 'hs-user-sites', matches: [`https://${ATS_HOST}/*`] }]);

    const ats = await s.open(ATS_URL);
    await waitForPanel(s, ats);
    expect(Number((await panelState(s, ats)).count)).toBeGreaterThan(0);
    const reports = await sessionTabReports(s);
    const report = Object.values(reports).find((r) => r.url === ATS_URL) as { state: string; report: { findings: { ruleId: string }[] } } | undefined;
    expect(report?.state).toBe('profile');
    expect(report!.report.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['alt-payment-request']));

    // Removed in the options: unregistered, and the host's permission given back.
    await options.click(`${testId('extra-hosts')} [data-host="${ATS_HOST}"] button`);
    await expect.poll(registered, { timeout: 10_000 }).toEqual([]);
    expect(await hasOrigin(`https://${ATS_HOST}/*`)).toBe(false);
    // The panel probe finds a tab by its URL: the first tab goes, so only the new one can answer.
    await ats.close();
    const again = await s.open(ATS_URL);
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await panelState(s, again)).shown).toBe(false);
  });

  it('revoking the host in the browser unregisters its script; the options page offers to allow it again', async () => {
    const options = await optionsPage();
    await options.fill(testId('extra-host-input'), ATS2_HOST);
    await options.click(testId('extra-host-add'));
    await expect.poll(registered, { timeout: 10_000 }).toEqual([{ id: 'hs-user-sites', matches: [`https://${ATS2_HOST}/*`] }]);
    const page = await s.open(ATS2_URL);
    await expect.poll(async () => Object.values(await sessionTabReports(s)).find((r) => r.url === ATS2_URL)?.state, { timeout: 15_000 }).toBe('profile');
    await page.close();
    // Revoked in the browser's add-on settings (the same API call the browser makes).
    await s.inExtension((api, o) => api.permissions.remove({ origins: [o] }), `https://${ATS2_HOST}/*`);
    await expect.poll(registered, { timeout: 10_000 }).toEqual([]);
    await options.waitFor(testId(`extra-host-grant-${ATS2_HOST}`));
    expect(await options.attribute(`[data-host="${ATS2_HOST}"]`, 'data-granted')).toBe('false');
    const again = await s.open(ATS2_URL);
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await panelState(s, again)).shown).toBe(false);
    expect(Object.values(await sessionTabReports(s)).filter((r) => r.url === ATS2_URL)).toEqual([]);
  });

  it('"Check this page" reads an unlisted page once and shows its findings in the popup; "Copy page outline" copies its structure without its words', async () => {
    expect(await grantInClick(`https://${UNLISTED_HOST}/*`)).toBe(true);
    await s.open(UNLISTED_URL);
    // With the host granted, the extension sees the tab's URL (it has no `tabs` permission).
    const tabId = await s.inExtension((api, url) => api.tabs.query({ url }).then((t) => t[0]!.id!), UNLISTED_URL);
    // Granted, but nothing is registered for it: only the user's extra sites are.
    expect(await registered()).toEqual([]);
    // `scripting` as a new user has it: not yet granted. The popup's click asks for it.
    await s.inExtension((api) => api.permissions.remove({ permissions: ['scripting'] }));
    expect(await s.inExtension((api) => api.permissions.contains({ permissions: ['scripting'] }))).toBe(false);
    expect(Object.values(await sessionTabReports(s)).some((r) => r.url === UNLISTED_URL)).toBe(false);

    const popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitFor(testId('check-page'));
    await popup.click(testId('check-page'));
    const findings = `${testId('current-tab')} [data-rule-id]`;
    await popup.waitFor(findings, 15_000);
    const ids = await popup.attributes(findings, 'data-rule-id');
    expect(ids.length).toBeGreaterThan(0);
    expect(await s.inExtension((api) => api.permissions.contains({ permissions: ['scripting'] }))).toBe(true);
    const kept = Object.values(await sessionTabReports(s)).find((r) => r.url === UNLISTED_URL);
    expect(kept?.state).toBe('profile');

    await popup.click(testId('copy-outline'));
    await popup.waitFor(testId('page-actions-status'));
    await expect.poll(() => popup.text(testId('page-actions-status')), { timeout: 10_000 }).toMatch(/outline copied/i);
    const outline = await popup.readClipboard();
    expect(outline.length).toBeGreaterThan(50);
    expect(outline).toContain('main');
    // Not one word of the page survives.
    for (const word of ['Jordan', 'laptop', 'jreyeskim', 'milestone', 'Inbox']) expect(outline).not.toContain(word);
    await s.inExtension((api, o) => api.permissions.remove({ origins: [o] }), `https://${UNLISTED_HOST}/*`);
  });

  it('"Check with Hire Signals" on selected text opens a window with that text\'s findings', async () => {
    const selection = 'Please pay me in USDT only. My camera is broken so no video calls; I can also bring two more developers.';
    await s.background.call('hireSignalsSelectionMenu', { menuItemId: 'hs-check-selection', selectionText: selection, pageUrl: 'https://mail.example.org/thread/7' });
    const page = await s.openExtensionPage('selection.html');
    await page.waitFor(`${testId('selection-result')}[data-ready="true"]`);
    expect(await page.text(testId('selection-text'))).toContain('USDT');
    const ids = await page.attributes(`${testId('selection-result')} [data-rule-id]`, 'data-rule-id');
    expect(ids).toEqual(expect.arrayContaining(['alt-payment-request']));
  });
});
