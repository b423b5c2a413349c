import { storage } from '#imports';
import { defaultSettings, settingsSchema, type Settings } from './schema';

/**
 * Settings and per-candidate user data in extension storage (`@wxt-dev/storage`).
 * Issue 8 adds versioned migrations and the enterprise-policy overlay here;
 * callers only use the functions below.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: null, version: 1 });

export interface LoadedSettings {
  settings: Settings;
  /** Set when stored settings were corrupt or foreign and defaults were used instead. */
  notice: string | null;
}

export async function loadSettings(): Promise<LoadedSettings> {
  const raw = await settingsItem.getValue();
  if (raw == null) return { settings: defaultSettings(), notice: null };
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return { settings: parsed.data, notice: null };
  return { settings: defaultSettings(), notice: 'settings.corruptFallback' };
}

export async function saveSettings(s: Settings): Promise<void> {
  await settingsItem.setValue(settingsSchema.parse(s));
}

/** Calls back with the effective settings whenever they change; returns the unwatch function. */
export function watchSettings(cb: (loaded: LoadedSettings) => void): () => void {
  return settingsItem.watch(() => void loadSettings().then(cb));
}

export interface AllowlistEntry {
  url: string;
  name: string | null;
  platform: string;
  addedAt: string;
}

/** Candidates the user allowlisted, keyed by `profileKey()`. */
export const allowlistItem = storage.defineItem<Record<string, AllowlistEntry>>('local:allowlist', { fallback: {} });

/** Findings the user dismissed per candidate: `profileKey()` → rule ids (with when). */
export const dismissedItem = storage.defineItem<Record<string, { ruleIds: string[]; updatedAt: string }>>('local:dismissed', {
  fallback: {},
});
