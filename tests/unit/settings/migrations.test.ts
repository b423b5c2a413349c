import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateSettings, migrateV0toV1 } from '../../../src/settings/migrations';
import { defaultSettings, settingsSchema } from '../../../src/settings/schema';
import { loadSettings, settingsItem } from '../../../src/settings/storage';

const V0 = {
  disabledRules: ['new-account', 'Not An Id!', 'constructor'],
  weights: { 'thin-profile': 5, 'hourly-rate': 999, 'video-avoidance': 'high' },
  severities: { 'thin-profile': 'high', 'hourly-rate': 'extreme' },
  lowThreshold: 2,
  mediumThreshold: 5,
  highThreshold: 9,
  keywords: ['USDT only', '  ', 'telegram'],
  disabledSites: ['fiverr', 'myspace'],
  showPanel: false,
  panelCollapsed: false,
  keepDays: 30.4,
  templateReuse: false,
};

describe('v0 → v1 migration', () => {
  it('maps the flat shape onto the nested one, dropping what it does not recognise', () => {
    const v1 = settingsSchema.parse(migrateV0toV1(V0));
    expect(v1.rules['new-account']).toEqual({ enabled: false });
    expect(v1.rules.constructor).toEqual({ enabled: false }); // an own key, never the prototype
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();
    expect(v1.rules['thin-profile']).toEqual({ weight: 5, severity: 'high' });
    expect(v1.rules['hourly-rate']).toBeUndefined();
    expect(v1.thresholds).toEqual({ low: 2, medium: 5, high: 9 });
    expect(v1.customRules).toHaveLength(1);
    expect(v1.customRules[0]).toMatchObject({ fields: ['all'], keywords: ['USDT only', 'telegram'] });
    expect(v1.sites).toEqual({ fiverr: false });
    expect(v1.panel).toEqual({ enabled: false, startCollapsed: false });
    expect(v1.retentionDays).toBe(30);
    expect(v1.templateReuse).toEqual({ enabled: false });
  });

  it('leaves current and foreign versions alone', () => {
    const current = { version: 1, rules: {} };
    expect(migrateSettings(current)).toEqual({ value: current, migrated: false });
    expect(migrateSettings({ version: 99 }).migrated).toBe(false);
    expect(migrateSettings('nope').migrated).toBe(false);
  });
});

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates a stored v0 value on load and persists the result', async () => {
    await settingsItem.setValue(V0);
    const loaded = await loadSettings();
    expect(loaded.notice).toBeNull();
    expect(loaded.settings.rules['new-account']?.enabled).toBe(false);
    expect(await settingsItem.getValue()).toMatchObject({ version: 1 });
  });

  it('resets only the parts of current settings that do not fit, with a notice', async () => {
    await settingsItem.setValue({
      version: 1,
      rules: { x: { enabled: 'yes' }, y: { enabled: false } },
      thresholds: 'high',
      retentionDays: 30,
      customRules: [{ id: 'custom-ok', name: 'Ok', fields: ['all'], keywords: ['usdt'], severity: 'low' }, { id: 'bad' }],
    });
    const loaded = await loadSettings();
    expect(loaded.notice).toBe('settings.partlyReset');
    expect(loaded.settings.rules).toEqual({ y: { enabled: false } });
    expect(loaded.settings.thresholds).toEqual(defaultSettings().thresholds);
    expect(loaded.settings.retentionDays).toBe(30);
    expect(loaded.settings.customRules.map((r) => r.id)).toEqual(['custom-ok']);
  });

  it.each([['a string'], [42], [{ version: 7 }], [[1, 2, 3]]])(
    'falls back to defaults with a notice for corrupt value %j',
    async (raw) => {
      await settingsItem.setValue(raw);
      const loaded = await loadSettings();
      expect(loaded.notice).toBe('settings.corruptFallback');
      expect(loaded.settings.version).toBe(1);
      expect(loaded.settings.rules).toEqual({});
    },
  );
});
