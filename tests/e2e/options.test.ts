import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, sessionTabReports, type ExtensionSession } from './harness';
import { runAxe as axeViolations } from './axe';

// A synthetic, fictional LinkedIn profile from the fixtures; its About says "can work any time zone".
const PROFILE_URL = 'https://www.linkedin.com/in/tomas-ridgeway-eng/';
const PROFILE_FILE = 'linkedin/logged-in-rich.html';
const RULE_NAME = 'Flexible hours claim';

describe('options page in real Chromium', () => {
  let s: ExtensionSession;
  let options: Page;

  beforeAll(async () => {
    s = await launchWithExtension();
    await s.route([{ url: PROFILE_URL, file: PROFILE_FILE }]);
    options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await options.locator('[data-testid="rule-search"]').waitFor();
  });
  afterAll(async () => s?.close());

  const storedSettings = () => s.serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? null);

  async function customReportIds(): Promise<string[]> {
    const reports = await sessionTabReports(s);
    const hit = Object.values(reports).find((r) => r.url === PROFILE_URL);
    const findings = (hit?.report as { findings?: Array<{ ruleId: string }> } | null)?.findings ?? [];
    return findings.map((f) => f.ruleId).filter((id) => id.startsWith('custom-'));
  }

  it('has no axe violations in the light and the dark scheme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      expect(await axeViolations(options)).toEqual([]);
    }
    await options.emulateMedia({ colorScheme: 'light' });
  });

  it('is keyboard-usable: the add-rule button opens the form from the keyboard', async () => {
    await options.locator('[data-testid="custom-add"]').focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => options.locator('[data-testid="custom-form"]').count()).toBe(1);
    await options.keyboard.press('Tab');
    // Focus moves into the form fields, in order.
    await expect.poll(() => options.evaluate(() => document.activeElement?.id ?? '')).toBe('hs-cr-name');
  });

  it('refuses a catastrophic pattern with a message and saves nothing', async () => {
    await options.locator('[data-testid="custom-name"]').fill('Bad pattern');
    await options.locator('[data-testid="custom-pattern"]').fill('(a+)+$');
    await options.locator('[data-testid="custom-save"]').click();
    await expect.poll(() => options.locator('[data-testid="custom-error-pattern"]').textContent()).toMatch(/repeated group/);
    expect(await storedSettings()).toBeNull();
  });

  it('a custom keyword rule fires on a profile page', async () => {
    await options.locator('[data-testid="custom-name"]').fill(RULE_NAME);
    await options.locator('[data-testid="custom-pattern"]').fill('');
    await options.locator('[data-testid="custom-keywords"]').fill('ANY TIME ZONE');
    await options.locator('[data-testid="custom-save"]').click();
    await expect.poll(async () => ((await storedSettings()) as { customRules?: unknown[] } | null)?.customRules?.length ?? 0).toBe(1);

    const profile = await s.open(PROFILE_URL);
    await expect.poll(customReportIds, { timeout: 15_000 }).toHaveLength(1);
    const panel = profile.locator('[data-hire-signals-panel]');
    await expect.poll(async () => Number(await panel.getAttribute('data-count')), { timeout: 15_000 }).toBeGreaterThan(0);
  });

  it('switching the rule off removes its finding from the open tab without a reload', async () => {
    const profile = s.context.pages().find((p) => p.url() === PROFILE_URL)!;
    const panel = profile.locator('[data-hire-signals-panel]');
    const before = Number(await panel.getAttribute('data-count'));
    await profile.evaluate(() => ((window as unknown as { __hsNoReload: boolean }).__hsNoReload = true));

    const [id] = await customReportIds();
    const toggle = options.locator(`[data-testid="rule-toggle-${id}"]`);
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();

    await expect.poll(async () => Number(await panel.getAttribute('data-count')), { timeout: 10_000 }).toBe(before - 1);
    await expect.poll(customReportIds, { timeout: 10_000 }).toEqual([]);
    expect(await profile.locator(`[data-rule-id="${id}"]`).count()).toBe(0);
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
    await options.locator('[data-testid="import-settings"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const problems = options.locator('[data-testid="import-problems"]');
    await expect.poll(() => problems.textContent()).toContain('settings.retentionDays');
    expect(await problems.textContent()).toContain('settings.thresholds.medium');

    const hostile = '{"format":"hire-signals-settings","version":1,"settings":{"__proto__":{"polluted":true}}}';
    await options.locator('[data-testid="import-settings"]').setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
    await expect.poll(() => problems.textContent()).toContain('settings.__proto__');
    expect(await storedSettings()).toEqual(before);
  });

  it('makes no network request of its own', () => {
    expect(s.extensionRequests()).toEqual([]);
  });
});
