import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describePolicyIssue, overlayPolicy, parsePolicy, unknownRuleIssues } from '../../../src/settings/policy';
import { defaultSettings, settingsSchema } from '../../../src/settings/schema';
import { loadSettings, saveSettings, settingsItem, watchSettings, type LoadedSettings } from '../../../src/settings/storage';
import managedSchema from '../../../public/managed_schema.json';

const user = () =>
  settingsSchema.parse({
    version: 1,
    rules: { 'thin-profile': { enabled: false }, 'new-account': { weight: 9 } },
    customRules: [{ id: 'custom-mine', name: 'Mine', fields: ['all'], keywords: ['x'], severity: 'low' }],
    sites: { github: false },
    extraHosts: ['jobs.example-ats.com', 'boards.blocked-ats.com'],
    retentionDays: 400,
  });

describe('policy overlay', () => {
  it('is a no-op without a policy', () => {
    const u = user();
    for (const none of [null, undefined, {}, 'junk', []]) {
      const r = overlayPolicy(u, none);
      expect(r.settings).toEqual(u);
      expect(r.applied.active).toBe(false);
    }
  });

  it('overlays disabled rules, weights, custom rules, sites and locks', () => {
    const r = overlayPolicy(user(), {
      disabledRules: ['video-avoidance'],
      ruleWeights: { 'new-account': 3 },
      customRules: [
        { id: 'custom-org', name: 'Org rule', fields: ['about'], keywords: ['usdt'], severity: 'high' },
        { id: 'custom-evil', name: 'Evil', fields: ['about'], pattern: '(a)\\1', severity: 'high' },
      ],
      deniedSites: ['fiverr', 'blocked-ats.com'],
      lockedSettings: ['retentionDays'],
      retentionDays: 30,
    });
    const s = r.settings;
    expect(s.rules['video-avoidance']).toEqual({ enabled: false });
    expect(s.rules['new-account']).toEqual({ weight: 3 });
    expect(s.rules['thin-profile']).toEqual({ enabled: false }); // user's own choice kept
    expect(s.customRules.map((c) => c.id)).toEqual(['custom-mine', 'custom-org']);
    expect(s.sites).toEqual({ github: false, fiverr: false });
    expect(s.extraHosts).toEqual(['jobs.example-ats.com']);
    expect(s.retentionDays).toBe(30);
    expect(r.applied).toMatchObject({
      active: true,
      locked: ['retentionDays'],
      lockedRules: ['video-avoidance', 'new-account'],
      managedCustomRuleIds: ['custom-org'],
      lockedSites: ['fiverr'],
      ignored: [{ key: 'customRules', entry: '#2 "custom-evil"', reason: 'pattern.backreference' }],
    });
  });

  it('locks a section to the default when the policy gives no value', () => {
    const r = overlayPolicy(user(), { lockedSettings: ['rules', 'customRules'] });
    expect(r.settings.rules).toEqual({});
    expect(r.settings.customRules).toEqual([]);
  });

  it('restricts to allowed sites', () => {
    const r = overlayPolicy(user(), { allowedSites: ['linkedin', 'jobs.example-ats.com'] });
    expect(r.settings.sites.linkedin).toBe(true);
    expect(r.settings.sites.upwork).toBe(false);
    expect(r.settings.extraHosts).toEqual(['jobs.example-ats.com']);
  });

  it('ignores bad keys one by one, keeping the rest', () => {
    const { policy, ignored } = parsePolicy({ disabledRules: 42, ruleWeights: { x: 5 }, retentionDays: -1, lockedSettings: ['everything'], disabledRule: ['x'] });
    expect(policy).toEqual({ ruleWeights: { x: 5 }, lockedSettings: [] });
    expect(ignored).toEqual(
      expect.arrayContaining([
        { key: 'disabledRule', entry: null, reason: 'unknown-key' },
        { key: 'disabledRules', entry: null, reason: 'not-a-list' },
        { key: 'lockedSettings', entry: '#1 "everything"', reason: 'unknown-section' },
        { key: 'retentionDays', entry: null, reason: 'invalid-value' },
      ]),
    );
    expect(ignored).toHaveLength(4);
  });

  describe('fails closed, entry by entry', () => {
    it('switches off every valid rule id even when a neighbour is malformed, and lists the bad one', () => {
      const r = overlayPolicy(user(), { disabledRules: ['video-avoidance', 'Not a rule id!', 7, 'New-Account '] });
      expect(r.settings.rules['video-avoidance']).toEqual({ enabled: false });
      expect(r.settings.rules['new-account']).toEqual({ weight: 9, enabled: false });
      expect(r.applied.lockedRules).toEqual(['video-avoidance', 'new-account']);
      expect(r.applied.ignored).toEqual([
        { key: 'disabledRules', entry: '#2 "Not a rule id!"', reason: 'invalid-entry' },
        { key: 'disabledRules', entry: '#3 7', reason: 'invalid-entry' },
      ]);
    });

    it('reads a lone string as a list of one', () => {
      expect(overlayPolicy(user(), { disabledRules: 'video-avoidance' }).settings.rules['video-avoidance']).toEqual({ enabled: false });
    });

    it('denies every valid site and host next to a bad entry', () => {
      const r = overlayPolicy(user(), { deniedSites: ['fiverr', { host: 'x' }, 'BLOCKED-ATS.com'] });
      expect(r.settings.sites.fiverr).toBe(false);
      expect(r.settings.extraHosts).toEqual(['jobs.example-ats.com']);
      expect(r.applied.ignored).toEqual([{ key: 'deniedSites', entry: '#2 {"host":"x"}', reason: 'invalid-entry' }]);
    });

    it('keeps every valid lock next to a misspelt section', () => {
      const r = overlayPolicy(user(), { lockedSettings: ['retentiondays', 'everything', 'customRules'] });
      expect(r.applied.locked).toEqual(['retentionDays', 'customRules']);
      expect(r.settings.retentionDays).toBe(defaultSettings().retentionDays);
      expect(r.settings.customRules).toEqual([]);
      expect(r.applied.ignored).toEqual([{ key: 'lockedSettings', entry: '#2 "everything"', reason: 'unknown-section' }]);
    });

    it('allows only the valid allowed sites, and nothing when the allow list is not a list', () => {
      const some = overlayPolicy(user(), { allowedSites: ['linkedin', '!!'] });
      expect(some.settings.sites.linkedin).toBe(true);
      expect(some.settings.sites.upwork).toBe(false);
      const none = overlayPolicy(user(), { allowedSites: { linkedin: true } });
      expect(Object.values(none.settings.sites).every((on) => on === false)).toBe(true);
      expect(none.settings.extraHosts).toEqual([]);
      expect(none.applied.ignored).toEqual([{ key: 'allowedSites', entry: null, reason: 'not-a-list' }]);
    });

    it('applies the valid weights and lists the bad ones', () => {
      const r = overlayPolicy(user(), { ruleWeights: { 'video-avoidance': 4, 'new-account': 'heavy', 'Bad Id': 2 } });
      expect(r.settings.rules['video-avoidance']).toEqual({ weight: 4 });
      expect(r.settings.rules['new-account']).toEqual({ weight: 9 });
      expect(r.applied.ignored.map((i) => i.entry)).toEqual(['"new-account" "heavy"', '"Bad Id" 2']);
    });

    it('names each ignored rule with its reason and caps a rule on names or locations', () => {
      const r = overlayPolicy(user(), {
        customRules: [
          { id: 'custom-look', name: 'Look', fields: ['about'], pattern: 'a(?=b)', severity: 'high' },
          { id: 'custom-bad', name: '', fields: ['about'], keywords: ['x'], severity: 'high' },
          { id: 'custom-place', name: 'Place', fields: ['location'], keywords: ['somewhere'], severity: 'high', weight: 40 },
        ],
      });
      expect(r.applied.ignored.map((i) => i.reason)).toEqual(['pattern.lookaround', 'invalid-rule']);
      expect(r.settings.customRules.find((c) => c.id === 'custom-place')).toMatchObject({ severity: 'low', weight: 1 });
    });

    it('describes each issue for the options notice: key, entry and why', () => {
      const r = overlayPolicy(user(), { disabledRules: ['ok-rule', 'Bad!'], customRules: [{ id: 'custom-x', name: 'X', fields: ['all'], pattern: '(a)\\1', severity: 'low' }] });
      expect(r.applied.ignored.map(describePolicyIssue)).toEqual([
        'disabledRules entry #2 "Bad!" (not a valid entry)',
        expect.stringMatching(/^customRules entry #1 "custom-x" \(Back-references/),
      ]);
    });

    it('lists rule ids no built-in rule has, and keeps them in force', () => {
      const r = overlayPolicy(user(), { disabledRules: ['video-avoidance', 'video-avoidence'], ruleWeights: { 'new-account': 2 } });
      expect(r.settings.rules['video-avoidence']).toEqual({ enabled: false });
      expect(unknownRuleIssues(r.applied, ['video-avoidance', 'new-account'])).toEqual([
        { key: 'disabledRules', entry: '"video-avoidence"', reason: 'unknown-rule' },
      ]);
    });

    it('shows the notice even when every key was invalid', () => {
      const r = overlayPolicy(user(), { disabledRules: 5 });
      expect(r.applied.active).toBe(true);
      expect(r.settings).toEqual(user());
    });
  });

  it('declares every policy key in public/managed_schema.json', () => {
    expect(Object.keys(managedSchema.properties).sort()).toEqual(
      ['allowedSites', 'customRules', 'deniedSites', 'disabledRules', 'extraHosts', 'lockedSettings', 'retentionDays', 'ruleWeights', 'thresholds'].sort(),
    );
    expect(JSON.stringify(managedSchema)).not.toContain('$schema');
    expect(managedSchema.type).toBe('object');
    expect('additionalProperties' in managedSchema).toBe(false);
  });

  it('uses only the schema subset Chrome accepts (it refuses to load the extension otherwise)', () => {
    // Chrome's policy schema allows minimum/maximum on integers only, and one `type` per schema.
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (typeof node !== 'object' || node === null) return;
      const n = node as Record<string, unknown>;
      if ('properties' in n || 'items' in n || 'enum' in n) expect(typeof n.type).toBe('string');
      if (n.type === 'number') expect(Object.keys(n).filter((k) => k === 'minimum' || k === 'maximum')).toEqual([]);
      Object.values(n).forEach(walk);
    };
    walk(managedSchema);
  });
});

describe('loadSettings with managed storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('returns managed values over user values, and keeps the user layer separate', async () => {
    await saveSettings(user());
    await fakeBrowser.storage.managed.set({ disabledRules: ['new-account'] });
    const loaded = await loadSettings();
    expect(loaded.settings.rules['new-account']).toEqual({ weight: 9, enabled: false });
    expect(loaded.user?.rules['new-account']).toEqual({ weight: 9 });
    expect(loaded.policy?.lockedRules).toEqual(['new-account']);
  });

  it('treats a managed area that rejects as no policy', async () => {
    // What Firefox does without policies.json and Chrome without a managed schema.
    const spy = vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.policy?.active).toBe(false);
    spy.mockRestore();
  });

  it('tells watchers about user changes', async () => {
    const seen: LoadedSettings[] = [];
    const unwatch = watchSettings((l) => seen.push(l));
    await settingsItem.setValue({ ...defaultSettings(), retentionDays: 12 });
    await expect.poll(() => seen.at(-1)?.settings.retentionDays).toBe(12);
    unwatch();
  });
});
