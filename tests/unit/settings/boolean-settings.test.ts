import { describe, expect, it } from 'vitest';
import { BOOLEAN_SETTINGS, readSetting, sectionOf, settingText, withSetting } from '../../../src/settings/boolean-settings';
import { defaultSettings } from '../../../src/settings/schema';

describe('boolean settings', () => {
  it('are found in the schema, one level down, and nothing else is', () => {
    expect(BOOLEAN_SETTINGS).toContain('panel.enabled');
    expect(BOOLEAN_SETTINGS).toContain('panel.startCollapsed');
    expect(BOOLEAN_SETTINGS).toContain('templateReuse.enabled');
    // Numbers, lists and per-platform switches are not settings of their own.
    for (const path of BOOLEAN_SETTINGS) expect(path, path).toMatch(/^(?!thresholds|sites|rules|customRules|extraHosts|retentionDays)[a-zA-Z]+\.[a-zA-Z]+$/);
  });

  it('each carries the title its checkbox is labelled with', () => {
    for (const path of BOOLEAN_SETTINGS) expect(settingText(path).title, path).toMatch(/\S{3}/);
    expect(settingText('panel.startCollapsed')).toEqual({
      title: 'Start with the panel collapsed',
      description: expect.stringContaining('one click opens it'),
    });
  });

  it('reads and changes one setting, leaving the rest and the original alone', () => {
    const before = defaultSettings();
    expect(readSetting(before, 'panel.startCollapsed')).toBe(true);
    const after = withSetting(before, 'panel.startCollapsed', false);
    expect(readSetting(after, 'panel.startCollapsed')).toBe(false);
    expect(after.panel.enabled).toBe(true);
    expect(after.templateReuse).toEqual(before.templateReuse);
    expect(before.panel.startCollapsed).toBe(true);
  });

  it('is locked with its section', () => {
    expect(sectionOf('templateReuse.enabled')).toBe('templateReuse');
  });
});
