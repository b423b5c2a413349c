import { describe, expect, it } from 'vitest';
import { overlayPolicy } from '../../../src/settings/policy';
import { defaultSettings } from '../../../src/settings/schema';

describe('policy: the extra sites list, preset and locked by the organisation', () => {
  const user = { ...defaultSettings(), extraHosts: ['mine.example-ats.com'] };

  it('replaces the user’s list with the organisation’s and locks it when asked', () => {
    const { settings, applied } = overlayPolicy(user, { extraHosts: ['boards.corp-ats.example'], lockedSettings: ['extraHosts'] });
    expect(settings.extraHosts).toEqual(['boards.corp-ats.example']);
    expect(applied.locked).toContain('extraHosts');
  });

  it('a preset without a lock still sets the list; no preset leaves the user’s', () => {
    expect(overlayPolicy(user, { extraHosts: ['a.corp-ats.example'] }).settings.extraHosts).toEqual(['a.corp-ats.example']);
    expect(overlayPolicy(user, { retentionDays: 30 }).settings.extraHosts).toEqual(['mine.example-ats.com']);
  });

  it('ignores a preset that is not a list of host names, and keeps the user’s', () => {
    const { settings, applied } = overlayPolicy(user, { extraHosts: ['https://*/*'] });
    expect(settings.extraHosts).toEqual(['mine.example-ats.com']);
    expect(applied.ignored.map((issue) => issue.key)).toContain('extraHosts');
  });
});
