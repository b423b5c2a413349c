import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { overlayPolicy, parsePolicy } from '../../../src/settings/policy';
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
        { id: 'custom-evil', name: 'Evil', fields: ['about'], pattern: '(a+)+$', severity: 'high' },
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
      ignored: ['customRules.1'],
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
    const { policy, ignored } = parsePolicy({ disabledRules: 'all', ruleWeights: { x: 5 }, retentionDays: -1, lockedSettings: ['everything'] });
    expect(policy).toEqual({ ruleWeights: { x: 5 } });
    expect(ignored.sort()).toEqual(['disabledRules', 'lockedSettings', 'retentionDays']);
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
