import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pruneLocalData } from '../../../src/settings/retention';
import { allowlistItem, dismissedItem } from '../../../src/settings/storage';
import { checklistItem } from '../../../src/settings/checklist-storage';

const NOW = new Date('2026-11-25T00:00:00Z');

describe('pruneLocalData', () => {
  beforeEach(() => fakeBrowser.reset());

  it('drops dismissals and checklist ticks older than the retention period, keeps recent ones and the allowlist', async () => {
    await dismissedItem.setValue({
      'linkedin:old': { ruleIds: ['thin-profile'], updatedAt: '2026-01-01T00:00:00Z' },
      'linkedin:new': { ruleIds: ['new-account'], updatedAt: '2026-11-20T00:00:00Z' },
    });
    await checklistItem.setValue({
      'github:old': { ticks: { 'live-video': true }, updatedAt: '2025-12-01T00:00:00Z' },
      'github:new': { ticks: { 'live-video': true }, updatedAt: '2026-11-24T00:00:00Z' },
    });
    await allowlistItem.setValue({ 'upwork:x': { url: 'https://www.upwork.com/freelancers/~01x', name: null, platform: 'upwork', addedAt: '2020-01-01T00:00:00Z' } });
    expect(await pruneLocalData(90, NOW)).toBe(2);
    expect(Object.keys(await dismissedItem.getValue())).toEqual(['linkedin:new']);
    expect(Object.keys(await checklistItem.getValue())).toEqual(['github:new']);
    expect(Object.keys(await allowlistItem.getValue())).toEqual(['upwork:x']);
  });

  it('treats corrupt entries as expired and never throws', async () => {
    await dismissedItem.setValue({ junk: null as never, bad: { ruleIds: [], updatedAt: 5 as never } });
    expect(await pruneLocalData(30, NOW)).toBe(2);
    expect(await dismissedItem.getValue()).toEqual({});
  });
});
