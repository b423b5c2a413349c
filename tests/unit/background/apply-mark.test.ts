import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyMark } from '../../../src/background/apply-mark';
import { defaultSettings } from '../../../src/settings/schema';
import { allowlistItem, dismissedItem, loadUserSettings, saveSettings } from '../../../src/settings/storage';

const KEY = 'upwork:~01abc';
const URL_ = 'https://www.upwork.com/freelancers/~01abc';
const AT = new Date('2026-03-01T10:00:00.000Z');

describe('applyMark (what the panel asks the background to write)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('dismisses a finding once per candidate, and restores the candidate\'s dismissals', async () => {
    await applyMark({ kind: 'dismiss', key: KEY, ruleId: 'custom-gamma' }, AT);
    await applyMark({ kind: 'dismiss', key: KEY, ruleId: 'custom-gamma' }, AT);
    await applyMark({ kind: 'dismiss', key: KEY, ruleId: 'new-account' }, AT);
    expect(await dismissedItem.getValue()).toEqual({ [KEY]: { ruleIds: ['custom-gamma', 'new-account'], updatedAt: AT.toISOString() } });
    await applyMark({ kind: 'restore-dismissed', key: KEY });
    expect(await dismissedItem.getValue()).toEqual({});
  });

  it('allowlists a candidate and takes them off again', async () => {
    await applyMark({ kind: 'allowlist', key: KEY, url: URL_, name: 'Sample Worker', platform: 'upwork' }, AT);
    expect(await allowlistItem.getValue()).toEqual({ [KEY]: { url: URL_, name: 'Sample Worker', platform: 'upwork', addedAt: AT.toISOString() } });
    await applyMark({ kind: 'unallowlist', key: KEY });
    expect(await allowlistItem.getValue()).toEqual({});
  });

  it('"hide on this site" switches the site off in the user layer only', async () => {
    await saveSettings({ ...defaultSettings(), retentionDays: 30 });
    await applyMark({ kind: 'hide-on-site', platform: 'upwork' });
    const { settings: user } = await loadUserSettings();
    expect(user.sites).toEqual({ upwork: false });
    expect(user.retentionDays).toBe(30);
  });
});
