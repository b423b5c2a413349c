import { z } from 'zod/mini';
import { storage } from '#imports';
import { encodeSignature } from '../seen/fingerprint';
import { PAGE_STATES, PLATFORM_IDS, profileKey, type ProfileSnapshot } from '../core/snapshot';
import { profileSnapshotSchema } from '../core/snapshot-schema';
import type { MarkChange, PagePayload, ScanReply, TabReport } from '../core/messages';
import { tabReportKey } from '../core/messages';
import type { SeenMatch } from '../core/rule';
import { profileFingerprint } from '../seen/profile-fingerprint';
import type { SeenStore } from '../seen/seen-storage';
import type { Settings } from '../settings/schema';
import { allowlistItem, dismissedItem, loadSettings, loadUserSettings, saveSettings } from '../settings/storage';
import { evaluatePage } from './evaluate-page';

/**
 * The background's half of a page scan. Content scripts only read the page;
 * here the snapshot is checked against the schema (a content script reads
 * hostile pages, so its messages are input like any other), evaluated with the
 * user's settings, allowlist, dismissals and the seen-profiles index, kept per
 * tab for the popup, and answered so the panel can draw it.
 */

const pageHeader = z.object({
  url: z.string().check(z.maxLength(4096)),
  platform: z.enum(PLATFORM_IDS),
  state: z.enum(PAGE_STATES),
});

const shortText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const markChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dismiss'), key: shortText(4096), ruleId: shortText(200) }),
  z.object({ kind: z.literal('restore-dismissed'), key: shortText(4096) }),
  z.object({ kind: z.literal('allowlist'), key: shortText(4096), url: shortText(4096), name: z.nullable(z.string().check(z.maxLength(500))), platform: z.enum(PLATFORM_IDS) }),
  z.object({ kind: z.literal('unallowlist'), key: shortText(4096) }),
  z.object({ kind: z.literal('hide-on-site'), platform: z.enum(PLATFORM_IDS) }),
]);

/** The page a content script sent, or null when it is not one. A snapshot that fails the schema means "no profile". */
export function readPagePayload(raw: unknown): PagePayload | null {
  const header = pageHeader.safeParse(raw);
  if (!header.success) return null;
  const rawSnapshot = (raw as { snapshot?: unknown }).snapshot;
  if (header.data.state !== 'profile' || rawSnapshot == null) return { ...header.data, snapshot: null };
  const checked = profileSnapshotSchema.safeParse(rawSnapshot);
  if (!checked.success) {
    console.warn('[hire-signals] snapshot rejected', checked.error.issues.slice(0, 3));
    return { ...header.data, state: 'not-a-profile', snapshot: null };
  }
  return { ...header.data, snapshot: checked.data };
}

export interface ScanServiceDeps {
  seen: Pick<SeenStore, 'lookupAndRecord'>;
  /** Mirror a tab's report on the toolbar badge. */
  showBadge?: (tabId: number, tab: TabReport | null) => Promise<void>;
  now?: () => Date;
}

export interface ScanService {
  scan(tabId: number, raw: unknown): Promise<ScanReply | null>;
  clear(tabId: number): Promise<void>;
  mark(raw: unknown): Promise<void>;
  /** The tab started a new document or closed: forget its cached template-reuse answer. */
  forgetTab(tabId: number): void;
}

export function createScanService(deps: ScanServiceDeps): ScanService {
  const showBadge = deps.showBadge ?? (async () => {});
  const now = deps.now ?? (() => new Date());
  // Template reuse: the index is asked once per candidate per tab
  // document, so passes for late sections and re-evaluations after a settings
  // change neither record the profile again nor match it against itself.
  const seenByTab = new Map<number, { key: string; matches: SeenMatch[] }>();
  // Passes of one tab may overlap (late sections): only the newest may write the tab's report.
  const latestScan = new Map<number, number>();
  let scanCounter = 0;

  const seenMatchesFor = async (tabId: number, snapshot: ProfileSnapshot, key: string, settings: Settings): Promise<SeenMatch[]> => {
    if (!settings.templateReuse.enabled) return [];
    const cached = seenByTab.get(tabId);
    if (cached?.key === key) return cached.matches;
    const sig = profileFingerprint(snapshot);
    if (!sig) return []; // too little long-form text yet; a later pass (late sections) may have more
    let matches: SeenMatch[] = [];
    try {
      const query = { key, url: snapshot.url, platform: snapshot.platform, fp: encodeSignature(sig) };
      matches = await deps.seen.lookupAndRecord(query, { record: true, retentionDays: settings.retentionDays });
    } catch (err) {
      console.warn('[hire-signals] seen-profiles index unavailable', err);
    }
    seenByTab.set(tabId, { key, matches });
    return matches;
  };

  const readMarks = async () => {
    const [allowlist, dismissed] = await Promise.all([allowlistItem.getValue(), dismissedItem.getValue()]);
    const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, never>) : {});
    return { allowlist: obj(allowlist), dismissed: obj(dismissed) };
  };

  return {
    async scan(tabId, raw) {
      const page = readPagePayload(raw);
      if (!page) return null;
      const id = ++scanCounter;
      latestScan.set(tabId, id);
      const [{ settings }, marks] = await Promise.all([loadSettings(), readMarks()]);
      const snapshot = page.state === 'profile' ? page.snapshot : null;
      const seenMatches = snapshot ? await seenMatchesFor(tabId, snapshot, profileKey(snapshot), settings) : [];
      const tab = evaluatePage(page, settings, marks, { now: now(), seenMatches });
      if (latestScan.get(tabId) === id) {
        await storage.setItem(tabReportKey(tabId), tab);
        await showBadge(tabId, tab);
      }
      return { tab, showPanel: tab.report !== null && settings.panel.enabled && !tab.siteDisabled, startCollapsed: settings.panel.startCollapsed };
    },
    async clear(tabId) {
      latestScan.set(tabId, ++scanCounter);
      seenByTab.delete(tabId);
      await storage.removeItem(tabReportKey(tabId));
      await showBadge(tabId, null);
    },
    async mark(raw) {
      const parsed = markChangeSchema.safeParse(raw);
      if (!parsed.success) return;
      await applyMark(parsed.data as MarkChange);
    },
    forgetTab(tabId) {
      seenByTab.delete(tabId);
      latestScan.delete(tabId);
    },
  };
}

/** Removes one candidate's entry from a per-candidate storage item. */
async function withoutKey<T>(item: { getValue(): Promise<Record<string, T>>; setValue(v: Record<string, T>): Promise<void> }, key: string): Promise<void> {
  const all = { ...(await item.getValue()) };
  delete all[key];
  await item.setValue(all);
}

/** Writes what the panel asked for. Each write is read-modify-write of one storage item. */
async function applyMark(change: MarkChange): Promise<void> {
  const at = new Date().toISOString();
  switch (change.kind) {
    case 'dismiss': {
      const all = await dismissedItem.getValue();
      const prev = Object.hasOwn(all, change.key) ? (all[change.key]?.ruleIds ?? []) : [];
      await dismissedItem.setValue({ ...all, [change.key]: { ruleIds: [...new Set([...prev, change.ruleId])], updatedAt: at } });
      return;
    }
    case 'restore-dismissed':
      return withoutKey(dismissedItem, change.key);
    case 'allowlist': {
      const all = await allowlistItem.getValue();
      await allowlistItem.setValue({ ...all, [change.key]: { url: change.url, name: change.name, platform: change.platform, addedAt: at } });
      return;
    }
    case 'unallowlist':
      return withoutKey(allowlistItem, change.key);
    case 'hide-on-site': {
      // The user's own layer, never the policy-overlaid settings: a policy value must not stick once lifted.
      const { settings } = await loadUserSettings();
      await saveSettings({ ...settings, sites: { ...settings.sites, [change.platform]: false } });
      return;
    }
  }
}
