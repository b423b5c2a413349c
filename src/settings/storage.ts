import { storage } from '#imports';
import { browser } from 'wxt/browser';
import { migrateSettings } from './migrations';
import { noPolicy, overlayPolicy, type AppliedPolicy } from './policy';
import { customRuleSchema, defaultSettings, MAX_CUSTOM_RULES, ruleOverrideSchema, SETTINGS_VERSION, settingsSchema, type Settings } from './schema';
import { droppedCounts } from './stored-items';

/**
 * Settings and per-candidate user data in extension storage (`@wxt-dev/storage`).
 *
 * Two layers: the user's own settings in `local:settings`, and the
 * organisation's policy in the browser's managed storage, overlaid on top by
 * `loadSettings()`. The settings value carries its own `version`; migrations
 * (src/settings/migrations.ts) run on load and on import alike, because an
 * exported file and a stored value are the same shape. The storage item's own
 * version stays 1: the value-level version is the one that counts.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: null, version: 1 });

export interface LoadedSettings {
  /** The effective settings: the user's, with the organisation's policy on top. */
  settings: Settings;
  /** Set when stored settings were corrupt or foreign and defaults were used instead, or stored entries were unreadable and left out (an i18n key). */
  notice: string | null;
  /** The user's own layer before the policy overlay — what the options page edits and saves. */
  user?: Settings;
  /** What the enterprise policy changed and locked. */
  policy?: AppliedPolicy;
}

/**
 * Managed storage is read defensively: Chrome rejects when the extension has no
 * schema, Firefox rejects when no policies.json names the extension, and some
 * contexts have no `storage.managed` at all. Every such case means "no policy".
 */
export async function readManagedPolicy(): Promise<unknown> {
  try {
    const area = browser.storage?.managed;
    if (!area) return null;
    return (await area.get(null)) ?? null;
  } catch {
    return null;
  }
}

/** The user's layer only: migrated, validated, and defaults with a notice when unreadable. */
export async function loadUserSettings(): Promise<{ settings: Settings; notice: string | null }> {
  let raw: unknown;
  try {
    raw = await settingsItem.getValue();
  } catch {
    return { settings: defaultSettings(), notice: 'settings.corruptFallback' };
  }
  if (raw == null) return { settings: defaultSettings(), notice: null };
  const { value, migrated } = migrateSettings(raw);
  const parsed = settingsSchema.safeParse(value);
  if (!parsed.success) {
    const salvaged = salvageSettings(value);
    return salvaged ? { settings: salvaged, notice: 'settings.partlyReset' } : { settings: defaultSettings(), notice: 'settings.corruptFallback' };
  }
  if (migrated) {
    // Persist the migrated shape once so the next load skips the migration; a failed write is harmless.
    await settingsItem.setValue(parsed.data).catch(() => {});
  }
  return { settings: parsed.data, notice: null };
}

/**
 * Settings of this version that fail as a whole are read part by part: a
 * section that does not fit takes its default, and a rule override or custom
 * rule that does not fit is left out, so one corrupt part does not reset the
 * rest. Storage is not rewritten: the next save stores the result. Null when
 * the value is not this version's settings at all.
 */
export function salvageSettings(value: unknown): Settings | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || (value as { version?: unknown }).version !== SETTINGS_VERSION) return null;
  const raw = value as Record<string, unknown>;
  const out: Record<string, unknown> = { version: SETTINGS_VERSION };
  const shape = settingsSchema.shape;
  for (const key of Object.keys(shape) as Array<keyof typeof shape>) {
    if (key === 'version' || !Object.hasOwn(raw, key)) continue;
    const section = raw[key];
    if (key === 'customRules' && Array.isArray(section)) {
      out.customRules = section.filter((r) => customRuleSchema.safeParse(r).success).slice(0, MAX_CUSTOM_RULES);
    } else if (key === 'rules' && typeof section === 'object' && section !== null && !Array.isArray(section)) {
      out.rules = Object.fromEntries(Object.entries(section).filter(([, o]) => ruleOverrideSchema.safeParse(o).success));
    } else if (shape[key].safeParse(section).success) {
      out[key] = section;
    }
  }
  const parsed = settingsSchema.safeParse(out);
  return parsed.success ? parsed.data : null;
}

export async function loadSettings(): Promise<LoadedSettings> {
  const [user, managed, dropped] = await Promise.all([loadUserSettings(), readManagedPolicy(), droppedCounts()]);
  // Unreadable per-candidate entries are left out by every reader; say so where the user looks (popup, options).
  const notice = user.notice ?? (dropped.allowlist + dropped.dismissed + dropped.checklist > 0 ? 'storage.entriesDropped' : null);
  let overlay: ReturnType<typeof overlayPolicy>;
  try {
    overlay = overlayPolicy(user.settings, managed);
  } catch {
    overlay = { settings: user.settings, applied: noPolicy() };
  }
  return { settings: overlay.settings, notice, user: user.settings, policy: overlay.applied };
}

/** Saves the user's layer (never the overlaid result: policy values must not stick once the policy is lifted). */
export async function saveSettings(s: Settings): Promise<void> {
  await settingsItem.setValue(settingsSchema.parse(s));
}

/** Calls back with the effective settings whenever they or the policy change; returns the unwatch function. */
export function watchSettings(cb: (loaded: LoadedSettings) => void): () => void {
  const reload = () => void loadSettings().then(cb, () => {});
  const unwatch = settingsItem.watch(reload);
  const onManaged = (_changes: unknown, area: string) => {
    if (area === 'managed') reload();
  };
  try {
    browser.storage.onChanged.addListener(onManaged);
  } catch {
    // No storage events here (should not happen in an extension context): local changes still arrive above.
  }
  return () => {
    unwatch();
    try {
      browser.storage.onChanged.removeListener(onManaged);
    } catch {
      // already gone with the context
    }
  };
}

export interface AllowlistEntry {
  url: string;
  name: string | null;
  platform: string;
  addedAt: string;
}

/** Candidates the user allowlisted, keyed by `profileKey()`. Read it through `readAllowlist()` (./stored-items.ts). */
export const allowlistItem = storage.defineItem<Record<string, AllowlistEntry>>('local:allowlist', { fallback: {} });

/** Findings the user dismissed per candidate: `profileKey()` → rule ids (with when). Read it through `readDismissed()` (./stored-items.ts). */
export const dismissedItem = storage.defineItem<Record<string, { ruleIds: string[]; updatedAt: string }>>('local:dismissed', {
  fallback: {},
});

/**
 * "Clear all data": everything this extension keeps locally (settings,
 * allowlist, dismissals, seen profiles, checklists) and the per-tab session
 * reports. The organisation's policy is not ours to clear and stays in force.
 */
export async function clearAllData(): Promise<void> {
  await browser.storage.local.clear();
  await browser.storage.session?.clear().catch(() => {});
}
