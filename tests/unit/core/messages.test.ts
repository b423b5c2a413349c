import { describe, expect, it } from 'vitest';
import {
  contentMessageSchema,
  extensionPageMessageSchema,
  scanMessageSchema,
  panelPushSchema,
  tabReportNoticeSchema,
  type PagePayload,
  type PanelUpdate,
} from '../../../src/core/messages';
import { emptySnapshot } from '../../../src/core/snapshot';

const URL_ = 'https://www.upwork.com/freelancers/~01abc';
const snap = { ...emptySnapshot('upwork', URL_), accountId: '~01abc', name: 'Sample Worker', about: 'About me.' };
const page: PagePayload = { url: URL_, platform: 'upwork', state: 'profile', snapshot: snap };
const scan = (p: unknown, stateId: unknown = 'doc:1') => scanMessageSchema.safeParse({ type: 'hs:scan', stateId, page: p });

describe('messages between contexts (one schema each)', () => {
  it('a page scan carries the page with its snapshot checked against the snapshot schema', () => {
    expect(scan(page)).toMatchObject({ success: true, data: { type: 'hs:scan', stateId: 'doc:1', page } });
    expect(contentMessageSchema.safeParse({ type: 'hs:scan', stateId: 'doc:1', page }).data).toEqual(scan(page).data);
  });

  it('a snapshot that fails its schema makes the page "not a profile"; a message that is not a page is refused', () => {
    expect(scan({ ...page, snapshot: { ...snap, name: '' } }).data?.page).toMatchObject({ state: 'not-a-profile', snapshot: null });
    expect(scan({ ...page, snapshot: { ...snap, connections: -3 } }).data?.page).toMatchObject({ state: 'not-a-profile', snapshot: null });
    // Off a profile the snapshot is not read at all.
    expect(scan({ ...page, state: 'login-wall', snapshot: 'junk' }).data?.page).toEqual({ url: URL_, platform: 'upwork', state: 'login-wall', snapshot: null });
    for (const bad of [null, 'hs:scan', { ...page, platform: 'myspace' }, { ...page, state: 'owned' }, { ...page, url: 'x'.repeat(5000) }]) {
      expect(scan(bad).success).toBe(false);
    }
    expect(scan(page, '').success).toBe(false);
    expect(scan(page, 'x'.repeat(101)).success).toBe(false);
  });

  it('marks are checked field by field', () => {
    const mark = (change: unknown) => contentMessageSchema.safeParse({ type: 'hs:mark', change }).success;
    expect(mark({ kind: 'dismiss', key: 'upwork:~01abc', ruleId: 'new-account' })).toBe(true);
    expect(mark({ kind: 'allowlist', key: 'k', url: URL_, name: null, platform: 'upwork' })).toBe(true);
    expect(mark({ kind: 'hide-on-site', platform: 'github' })).toBe(true);
    for (const bad of [null, 'dismiss', { kind: 'dismiss', key: '', ruleId: 'x' }, { kind: 'erase-everything' }, { kind: 'hide-on-site', platform: 'myspace' }]) {
      expect(mark(bad)).toBe(false);
    }
    expect(contentMessageSchema.safeParse({ type: 'hs:clear' }).success).toBe(true);
    expect(contentMessageSchema.safeParse({ type: 'hs:rescan' }).success).toBe(false);
  });

  it('extension pages ask about a tab by a tab id, and about the seen-profiles index', () => {
    const ok = (m: unknown) => extensionPageMessageSchema.safeParse(m).success;
    expect(ok({ type: 'hs:get-tab', tabId: 7 })).toBe(true);
    expect(ok({ type: 'hs:recheck', tabId: 7 })).toBe(true);
    expect(ok({ type: 'hs:count-seen' })).toBe(true);
    expect(ok({ type: 'hs:forget-seen' })).toBe(true);
    expect(ok({ type: 'hs:get-tab', tabId: -1 })).toBe(false);
    expect(ok({ type: 'hs:get-tab', tabId: 1.5 })).toBe(false);
    expect(ok({ type: 'hs:get-tab' })).toBe(false);
    expect(ok({ type: 'hs:scan', stateId: 'a', page })).toBe(false);
  });

  it('what the background sends out fits its own schemas', () => {
    const update: PanelUpdate = {
      stateId: 'doc:1',
      revision: 1,
      showPanel: true,
      startCollapsed: true,
      corner: 'top-left',
      tab: {
        url: URL_,
        platform: 'upwork',
        state: 'profile',
        profile: { key: 'upwork:~01abc', name: 'Sample Worker', url: URL_ },
        report: { findings: [], score: 0, level: 'none', allowlisted: false, dismissed: [] },
        siteDisabled: false,
        scannedAt: '2026-03-01T10:00:00.000Z',
      },
    };
    expect(panelPushSchema.safeParse({ type: 'hs:panel', update }).success).toBe(true);
    expect(panelPushSchema.safeParse({ type: 'hs:panel', update: { ...update, tab: { ...update.tab, report: { level: 'severe' } } } }).success).toBe(false);
    expect(panelPushSchema.safeParse({ type: 'hs:panel', update: { ...update, corner: 'middle' } }).success).toBe(false);
    expect(tabReportNoticeSchema.safeParse({ type: 'hs:tab-report', tabId: 3, tab: null }).success).toBe(true);
  });
});
