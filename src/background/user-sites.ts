import { browser } from 'wxt/browser';
import { originPatternFor } from '../settings/extra-host';
import { loadSettings, watchSettings } from '../settings/storage';

/**
 * The hosts the user added in the options page (or the organisation preset):
 * one content script registration, `hs-user-sites`, matching exactly the
 * added hosts whose permission the browser holds, running the generic
 * candidate reader (entrypoints/user-site.ts). It persists across sessions,
 * and is brought in line with the settings and the granted permissions at
 * every start of the background, on every change of the list, and when the
 * user grants or revokes a host in the browser's own add-on settings.
 */

export const USER_SITES_SCRIPT_ID = 'hs-user-sites';
export const USER_SITE_FILE = '/user-site.js' as const;

type Scripting = typeof browser.scripting;

/** The scripting API: absent until the optional `scripting` permission is granted. */
function scripting(): Scripting | undefined {
  try {
    return (browser as { scripting?: Scripting }).scripting;
  } catch {
    return undefined;
  }
}

/** The added hosts the browser lets us read. */
export async function grantedHosts(hosts: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const host of hosts) {
    try {
      if (await browser.permissions.contains({ origins: [originPatternFor(host)] })) out.push(host);
    } catch {
      /* not a valid pattern for this browser: not granted */
    }
  }
  return out;
}

/**
 * Makes the registration match `hosts` (already filtered to granted ones):
 * registered, updated, or removed when none is left. Returns the match
 * patterns now registered.
 */
export async function syncRegistration(hosts: readonly string[], api: Scripting | undefined = scripting()): Promise<string[]> {
  const matches = [...new Set(hosts)].sort().map(originPatternFor);
  if (!api?.registerContentScripts) return [];
  const existing = (await api.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] }).catch(() => [])) ?? [];
  const current = existing[0];
  if (matches.length === 0) {
    if (current) await api.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
    return [];
  }
  const script = { id: USER_SITES_SCRIPT_ID, matches, js: [USER_SITE_FILE], runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (current && JSON.stringify([...(current.matches ?? [])].sort()) === JSON.stringify(matches)) return matches;
  // Unregister and register rather than update: Firefox's MV2 scripting keeps fewer fields on update.
  if (current) await api.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  await api.registerContentScripts([script]);
  return matches;
}

/** Reads the effective list (the policy applied) and syncs; never throws. */
export async function syncUserSites(): Promise<string[]> {
  try {
    const { settings } = await loadSettings();
    return await syncRegistration(await grantedHosts(settings.extraHosts));
  } catch (err) {
    console.warn('[hire-signals] could not update the added sites', err);
    return [];
  }
}

/**
 * Wires the syncs (call once, at the background's start: the listeners must
 * be registered synchronously so a restarted worker receives its event).
 * Returns the first sync's promise.
 */
export function startUserSites(): Promise<string[]> {
  let running: Promise<string[]> = Promise.resolve([]);
  // One sync at a time, the last request winning: two quick changes must not interleave registrations.
  const sync = () => (running = running.then(syncUserSites, syncUserSites));
  watchSettings(() => void sync());
  try {
    browser.permissions.onAdded.addListener(() => void sync());
    browser.permissions.onRemoved.addListener(() => void sync());
  } catch {
    // No permission events in this context (a test's fake browser): the settings watch and start-up sync remain.
  }
  return sync();
}
