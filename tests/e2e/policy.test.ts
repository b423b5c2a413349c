/**
 * Fleet policy, for real: the policy file an administrator deploys, in the
 * folder the browser reads it from, before the browser starts; the extension
 * sees it through `storage.managed` (docs/enterprise-policy.md).
 *
 * The installed build is a test build with a fixed identity
 * (build/test-identity.ts): Chromium's id comes from a manifest key, so the
 * policy can name it before the first start, and Firefox's gecko id is the
 * test's own, so the machine-wide file can configure nothing else.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromeExtensionIdForKey, TEST_CHROME_KEY, TEST_GECKO_ID } from '../../build/test-identity';
import { describePolicyIssue, overlayPolicy } from '../../src/settings/policy';
import { defaultSettings } from '../../src/settings/schema';
import { expectedOutcome, PANEL_SAMPLES } from '../fixtures/panel/samples';
import { runCommand } from './commands';
import { BROWSER, BROWSER_LABEL, extensionDirFor, launchSession, ROOT, type Session } from './harness';
import { clickInPanel, inPanel, panelState, waitForPanel } from './panel-probe';
import { buildCommandFor } from './paths';
import { canWritePolicies, installPolicy, policyFileFor, type InstalledPolicy } from './policy-files';

const testId = (id: string) => `[data-testid="${id}"]`;
const SAMPLE = PANEL_SAMPLES.linkedin;
const EXPECTED_ID = BROWSER === 'chromium' ? chromeExtensionIdForKey(TEST_CHROME_KEY) : TEST_GECKO_ID;

/** Without a policy the sample profile trips these built-in rules. */
const firingWithoutPolicy = (expectedOutcome(SAMPLE, defaultSettings()).report?.findings ?? []).map((f) => f.ruleId);
/** The rule the organisation switches off: one that fires on the sample otherwise. */
const LOCKED_OFF = firingWithoutPolicy.find((id) => !id.startsWith('custom-'))!;
/**
 * Bad entries next to good ones, of the kinds Chrome's schema lets through (it
 * types values, not rule ids, host names or section names): the extension
 * ignores and names each, and applies the valid neighbours (fails closed).
 */
const POLICY = {
  disabledRules: [LOCKED_OFF, 'Not a rule id!', 'no-such-rule'],
  lockedSettings: ['thresholds', 'everything'],
  thresholds: { low: 2, medium: 5, high: 9 },
  ruleWeights: { 'Not a rule id!': 5 },
  customRules: [
    // Runs in the linear-time matcher: a backtracking engine would take minutes on a long line.
    { id: 'custom-org-sixty', name: 'Sixty optional word characters', fields: ['all'], pattern: `${'\\w?'.repeat(60)}!`, severity: 'low', weight: 1 },
    // A construct no linear-time engine runs: ignored and named.
    { id: 'custom-org-lookbehind', name: 'Lookbehind', fields: ['all'], pattern: '(?<=usd)t', severity: 'low', weight: 1 },
  ],
};
const IGNORED = overlayPolicy(defaultSettings(), POLICY).applied.ignored;

describe.skipIf(!canWritePolicies())(`fleet policy from ${policyFileFor(BROWSER)} (real ${BROWSER_LABEL[BROWSER]})`, () => {
  let s: Session | undefined;
  let policy: InstalledPolicy | undefined;
  let outDir: string | undefined;

  beforeAll(async () => {
    expect(LOCKED_OFF, 'the sample should trip a built-in rule without a policy').toBeDefined();
    outDir = mkdtempSync(join(tmpdir(), 'hire-signals-policy-build-'));
    const [command, ...args] = buildCommandFor(BROWSER).split(' ');
    runCommand(command!, args, ROOT, { WXT_OUT_DIR: outDir, HIRE_SIGNALS_TEST_IDENTITY: '1' });
    policy = installPolicy(BROWSER, EXPECTED_ID, POLICY);
    s = await launchSession({ extensionDir: extensionDirFor(BROWSER, outDir) });
    await s.route([{ url: SAMPLE.url, file: SAMPLE.file }]);
  }, 180_000);

  afterEach(async () => s?.closeTabs());
  afterAll(async () => {
    try {
      await s?.close();
    } finally {
      policy?.remove();
      if (outDir) rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('installs under the id the policy names, and reads the policy from managed storage', async () => {
    expect(s!.extensionId).toBe(EXPECTED_ID);
    expect(await s!.inExtension((api) => api.storage.managed.get(null))).toEqual(POLICY);
  });

  it("shows the organisation's settings locked in the options page", async () => {
    const options = await s!.openExtensionPage('options.html');
    await options.waitFor(testId('policy-notice'));
    // The thresholds section: the policy's values, not editable.
    for (const [key, value] of Object.entries(POLICY.thresholds)) {
      await expect.poll(() => options.value(testId(`threshold-${key}`))).toBe(String(value));
      expect(await options.isDisabled(testId(`threshold-${key}`)), key).toBe(true);
    }
    // The switched-off rule: off, locked, and saying why.
    const toggle = testId(`rule-toggle-${LOCKED_OFF}`);
    expect(await options.isChecked(toggle)).toBe(false);
    expect(await options.isDisabled(toggle)).toBe(true);
    expect(await options.text(`#hs-rule-${LOCKED_OFF}-locked`)).toBe('Set by your organisation');
    // A rule the policy does not name stays the user's.
    const free = (await options.attributes('[data-testid^="rule-toggle-"]', 'data-testid')).find((t) => t !== `rule-toggle-${LOCKED_OFF}`)!;
    expect(await options.isDisabled(`[data-testid="${free}"]`)).toBe(false);
    await options.close();
  });

  it('keeps a rule the policy switches off off on a profile page', async () => {
    const expected = expectedOutcome(SAMPLE, overlayPolicy(defaultSettings(), POLICY).settings);
    expect(firingWithoutPolicy).toContain(LOCKED_OFF);
    const page = await s!.open(SAMPLE.url);
    await waitForPanel(s!, page);
    await expect.poll(async () => (await panelState(s!, page)).count).toBe(String(expected.report!.findings.length));
    expect((await panelState(s!, page)).level).toBe(expected.report!.level);
    await clickInPanel(s!, page, '.hs-chip');
    const shown = (await inPanel(s!, page, '[data-rule-id]')).map((e) => e.attrs['data-rule-id']);
    expect(shown).toEqual(expected.report!.findings.map((f) => f.ruleId));
    expect(shown).not.toContain(LOCKED_OFF);
    await page.close();
  });

  it('ignores each invalid entry with a notice naming key, entry and reason, and applies its valid neighbours', async () => {
    expect(IGNORED.map((i) => i.key)).toEqual(['disabledRules', 'lockedSettings', 'ruleWeights', 'customRules']);
    const options = await s!.openExtensionPage('options.html');
    await options.waitFor(testId('policy-notice'));
    const notice = await options.text(testId('policy-notice'));
    for (const issue of IGNORED) expect(notice).toContain(describePolicyIssue(issue));
    expect(notice).toContain('disabledRules entry #2 "Not a rule id!" (not a valid entry)');
    // Well-formed but no built-in rule has it: kept in force, and named.
    expect(notice).toContain('disabledRules entry "no-such-rule" (no rule has this id');
    // The valid keys around it still apply.
    expect(await options.isDisabled(testId('threshold-low'))).toBe(true);
    expect(await options.isChecked(testId(`rule-toggle-${LOCKED_OFF}`))).toBe(false);
    await options.close();
  });

  it('makes no network request of its own', () => {
    expect(s!.extensionRequests()).toEqual([]);
  });
});
