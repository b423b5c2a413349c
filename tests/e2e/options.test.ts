import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from './axe';
import { BROWSER, BROWSER_LABEL, launchSession, SCREENSHOTS, sessionTabReports, type Session, type Tab } from './harness';
import { RULE_TOPICS } from '../../src/core/rule';
import { DOCUMENTS } from '../../src/advisories/documents';
import { inPanel, panelState } from './panel-probe';

const SHOTS = join(SCREENSHOTS, BROWSER);

// A synthetic, fictional LinkedIn profile from the fixtures; its About says "can work any time zone".
const PROFILE_URL = 'https://www.linkedin.com/in/tomas-ridgeway-eng/';
const PROFILE_FILE = 'linkedin/logged-in-rich.html';
const RULE_NAME = 'Flexible hours claim';
const testId = (id: string) => `[data-testid="${id}"]`;

describe(`options page in real ${BROWSER_LABEL[BROWSER]}`, () => {
  let s: Session;
  let options: Tab;
  let profile: Tab;

  beforeAll(async () => {
    s = await launchSession();
    await s.route([{ url: PROFILE_URL, file: PROFILE_FILE }]);
    options = await s.openExtensionPage('options.html');
    await options.waitFor(testId('rule-search'));
  });
  afterAll(async () => s?.close());

  const storedSettings = () => s.inExtension(async (api) => (await api.storage.local.get('settings')).settings ?? null);

  async function customReportIds(): Promise<string[]> {
    const reports = await sessionTabReports(s);
    const hit = Object.values(reports).find((r) => r.url === PROFILE_URL);
    const findings = (hit?.report as { findings?: Array<{ ruleId: string }> } | null)?.findings ?? [];
    return findings.map((f) => f.ruleId).filter((id) => id.startsWith('custom-'));
  }

  // The dark scheme is checked in dark-scheme.test.ts: Firefox fixes the scheme per browser session.
  it('has no axe violations (light scheme)', async () => {
    expect(await options.evaluate(() => matchMedia('(prefers-color-scheme: light)').matches)).toBe(true);
    expect(await runAxe(options)).toEqual([]);
  });

  it('groups rules by what they look at, folds the cards with their controls in view, and lists the guidance once', async () => {
    expect(await options.attributes('#rules [data-topic]', 'data-topic')).toEqual([...RULE_TOPICS]);
    const cards = await options.count('.hs-rule');
    expect(await options.evaluate(() => [...document.querySelectorAll('details.hs-rule-more')].filter((d) => (d as HTMLDetailsElement).open).length)).toBe(0);
    expect(await options.count('.hs-rule select')).toBe(cards);
    expect(await options.count('#guidance tbody tr')).toBe(DOCUMENTS.length);
    const height = await options.evaluate(() => document.documentElement.scrollHeight);
    console.log(`[options] ${BROWSER}: ${cards} rule cards; page ${height} px tall`);
    mkdirSync(SHOTS, { recursive: true });
    await options.screenshot(join(SHOTS, 'options.png'));
    // The search is kept: one word narrows the cards.
    await options.fill(testId('rule-search'), 'crypto');
    await expect.poll(() => options.count('.hs-rule')).toBeLessThan(cards);
    await options.fill(testId('rule-search'), '');
    await expect.poll(() => options.count('.hs-rule')).toBe(cards);
  });

  it('is keyboard-usable: the add-rule button opens the form from the keyboard', async () => {
    await options.focus(testId('custom-add'));
    await options.press('Enter');
    await expect.poll(() => options.count(testId('custom-form'))).toBe(1);
    await options.press('Tab');
    // Focus moves into the form fields, in order.
    await expect.poll(() => options.evaluate(() => document.activeElement?.id ?? '')).toBe('hs-cr-name');
  });

  it('refuses a pattern the linear-time matcher cannot run, says why, and saves nothing', async () => {
    await options.fill(testId('custom-name'), 'Bad pattern');
    await options.fill(testId('custom-pattern'), '(dev)\\1');
    await options.click(testId('custom-save'));
    await expect.poll(() => options.text(testId('custom-error-pattern')).catch(() => '')).toMatch(/Back-references/);
    expect(await storedSettings()).toBeNull();
  });

  it('a custom keyword rule fires on a profile page', async () => {
    await options.fill(testId('custom-name'), RULE_NAME);
    await options.fill(testId('custom-pattern'), '');
    await options.fill(testId('custom-keywords'), 'ANY TIME ZONE');
    await options.click(testId('custom-save'));
    await expect.poll(async () => ((await storedSettings()) as { customRules?: unknown[] } | null)?.customRules?.length ?? 0).toBe(1);

    profile = await s.open(PROFILE_URL);
    await expect.poll(customReportIds, { timeout: 15_000 }).toHaveLength(1);
    await expect.poll(async () => Number((await panelState(s, profile)).count ?? 0), { timeout: 15_000 }).toBeGreaterThan(0);
  });

  it('switching the rule off removes its finding from the open tab without a reload', async () => {
    const before = Number((await panelState(s, profile)).count);
    await profile.evaluate(() => ((window as unknown as { __hsNoReload: boolean }).__hsNoReload = true));

    const [id] = await customReportIds();
    const toggle = testId(`rule-toggle-${id}`);
    await expect.poll(() => options.isChecked(toggle).catch(() => false)).toBe(true);
    await options.setChecked(toggle, false);

    await expect.poll(async () => Number((await panelState(s, profile)).count), { timeout: 10_000 }).toBe(before - 1);
    await expect.poll(customReportIds, { timeout: 10_000 }).toEqual([]);
    expect((await inPanel(s, profile, `[data-rule-id="${id}"]`)).length).toBe(0);
    // Same document: the marker set before the switch is still there.
    expect(await profile.evaluate(() => (window as unknown as { __hsNoReload?: boolean }).__hsNoReload)).toBe(true);
  });

  it('an invalid import is refused by field and leaves settings untouched', async () => {
    const before = await storedSettings();
    const bad = JSON.stringify({
      format: 'hire-signals-settings',
      version: 1,
      settings: { version: 1, retentionDays: 'forever', thresholds: { low: 1, medium: 'x', high: 3 } },
    });
    await options.setInputFile(testId('import-settings'), { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const problems = testId('import-problems');
    await expect.poll(() => options.text(problems).catch(() => '')).toContain('settings.retentionDays');
    expect(await options.text(problems)).toContain('settings.thresholds.medium');

    const hostile = '{"format":"hire-signals-settings","version":1,"settings":{"__proto__":{"polluted":true}}}';
    await options.setInputFile(testId('import-settings'), { name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
    await expect.poll(() => options.text(problems).catch(() => '')).toContain('settings.__proto__');
    expect(await storedSettings()).toEqual(before);
  });

  it('makes no network request of its own', () => {
    expect(s.extensionRequests()).toEqual([]);
  });
});
