import type { MarkChange } from '../core/messages';
import { allowlistItem, dismissedItem, loadUserSettings, saveSettings } from '../settings/storage';
import { readAllowlist, readDismissed, type Read } from '../settings/stored-items';

/** Removes one candidate's entry from a per-candidate storage item (read through its schema, so unreadable entries go too). */
async function withoutKey<T>(read: () => Promise<Read<Record<string, T>>>, item: { setValue(v: Record<string, T>): Promise<void> }, key: string): Promise<void> {
  const all = { ...(await read()).value };
  delete all[key];
  await item.setValue(all);
}

/**
 * Writes what the panel asked for (the content scripts carry no storage code).
 * Each write is read-modify-write of one storage item; the storage change is
 * what makes the background re-evaluate the open tabs (reevaluate-on-change.ts).
 */
export async function applyMark(change: MarkChange, now = new Date()): Promise<void> {
  const at = now.toISOString();
  switch (change.kind) {
    case 'dismiss': {
      const all = (await readDismissed()).value;
      const prev = Object.hasOwn(all, change.key) ? (all[change.key]?.ruleIds ?? []) : [];
      await dismissedItem.setValue({ ...all, [change.key]: { ruleIds: [...new Set([...prev, change.ruleId])], updatedAt: at } });
      return;
    }
    case 'restore-dismissed':
      return withoutKey(readDismissed, dismissedItem, change.key);
    case 'allowlist': {
      const all = (await readAllowlist()).value;
      await allowlistItem.setValue({ ...all, [change.key]: { url: change.url, name: change.name, platform: change.platform, addedAt: at } });
      return;
    }
    case 'unallowlist':
      return withoutKey(readAllowlist, allowlistItem, change.key);
    case 'hide-on-site': {
      // The user's own layer, never the policy-overlaid settings: a policy value must not stick once lifted.
      const { settings } = await loadUserSettings();
      await saveSettings({ ...settings, sites: { ...settings.sites, [change.platform]: false } });
      return;
    }
  }
}
