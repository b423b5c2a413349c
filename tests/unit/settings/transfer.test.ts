import { describe, expect, it } from 'vitest';
import { exportSettings, importSettings, MAX_IMPORT_BYTES } from '../../../src/settings/transfer';
import { defaultSettings, settingsSchema, type Settings } from '../../../src/settings/schema';

function rich(): Settings {
  return settingsSchema.parse({
    version: 1,
    rules: { 'new-account': { enabled: false }, 'thin-profile': { weight: 7, severity: 'high' } },
    thresholds: { low: 2, medium: 6, high: 10 },
    customRules: [
      { id: 'custom-usdt', name: 'USDT', fields: ['about', 'positions'], keywords: ['usdt'], severity: 'medium', note: 'Our finance team asks' },
      { id: 'custom-years', name: 'Years', fields: ['all'], pattern: '\\d+\\s*years', severity: 'low', enabled: false },
    ],
    sites: { fiverr: false },
    extraHosts: ['jobs.example-ats.com'],
    retentionDays: 45,
  });
}

const file = (settings: unknown, extra: object = {}) =>
  JSON.stringify({ format: 'hire-signals-settings', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', settings, ...extra });

describe('import / export', () => {
  it('round-trips losslessly', () => {
    const s = rich();
    const r = importSettings(exportSettings(s));
    expect(r).toEqual({ ok: true, settings: s });
  });

  it('names every bad field by its path', () => {
    const s = rich() as unknown as Record<string, unknown>;
    const bad = { ...s, retentionDays: 'forever', thresholds: { low: 1, medium: 'x', high: 3 }, sites: { fiverr: 'off' } };
    const r = importSettings(file(bad));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['settings.retentionDays', 'settings.thresholds.medium', 'settings.sites.fiverr']));
  });

  it('takes a rule on names or locations as it will score: low, weight 1 at most', () => {
    const s = rich();
    s.customRules[0] = { ...s.customRules[0], fields: ['name'], severity: 'high', weight: 30 };
    const r = importSettings(file(s));
    expect(r.ok && r.settings.customRules[0]).toMatchObject({ severity: 'low', weight: 1 });
  });

  it('names every pattern the matcher cannot run, by path and reason', () => {
    const s = rich();
    s.customRules[0].pattern = '(a)\\1';
    s.customRules[1].pattern = '(?<=usd)t';
    const r = importSettings(file(s));
    expect(r).toEqual({
      ok: false,
      problems: [
        { path: 'settings.customRules.0.pattern', message: 'pattern.backreference' },
        { path: 'settings.customRules.1.pattern', message: 'pattern.lookaround' },
      ],
    });
  });

  it('refuses a pattern the matcher cannot run by its path and reason', () => {
    const s = rich();
    s.customRules[1].pattern = '(?<=usd)t';
    const r = importSettings(file(s));
    expect(r).toEqual({ ok: false, problems: [{ path: 'settings.customRules.1.pattern', message: 'pattern.lookaround' }] });
  });

  it.each([
    ['not JSON', '{nope', 'not-json'],
    ['empty', '', 'empty'],
    ['huge', ' '.repeat(MAX_IMPORT_BYTES + 1), 'too-large'],
    ['deeply nested', file({ version: 1, rules: JSON.parse('['.repeat(40) + ']'.repeat(40)) }), 'too-deep'],
  ])('refuses a %s file', (_label, text, message) => {
    const r = importSettings(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toBe(message);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the prototype key %s anywhere', (key) => {
    const text = file({ version: 1, rules: {} }).replace('"rules":{}', `"rules":{"${key}":{"polluted":true}}`);
    const r = importSettings(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toEqual({ path: `settings.rules.${key}`, message: 'forbidden-key' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses wrong types and foreign files', () => {
    for (const text of ['[]', '"x"', '42', 'null', JSON.stringify({ format: 'other', version: 1, settings: {} }), file(defaultSettings(), { version: 5 })]) {
      expect(importSettings(text).ok).toBe(false);
    }
  });

  it('imports a file from the earlier flat (v0) shape', () => {
    const text = JSON.stringify({ format: 'hire-signals-settings', version: 0, settings: { disabledRules: ['new-account'], keepDays: 20 } });
    const r = importSettings(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.settings).toMatchObject({ rules: { 'new-account': { enabled: false } }, retentionDays: 20 });
  });
});

describe('import problems read as sentences', () => {
  it('names the field and says what was expected, not just "invalid"', () => {
    const file = { format: 'hire-signals-settings', version: 1, settings: { thresholds: { low: 'x', medium: 1, high: 2 }, retentionDays: 0 } };
    const r = importSettings(JSON.stringify(file));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toContainEqual({ path: 'settings.thresholds.low', message: expect.stringMatching(/expected number, received string/) });
    expect(r.problems).toContainEqual({ path: 'settings.retentionDays', message: expect.stringMatching(/>=\s*1/) });
  });
});
