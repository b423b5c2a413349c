import { HIRING_SITE_IDS } from '../core/site-list';
import { z } from 'zod/mini';
import { PLATFORM_IDS, type PlatformId } from '../core/snapshot';
import { checkPattern } from './pattern-guard';
import { LOCKABLE_SETTINGS, POLICY_KEYS, policyKeySchemas, SETTING_VALUE_KEYS, type LockableSetting, type ManagedPolicy, type PolicyKey } from './policy-schema';
import { customRuleSchema, defaultSettings, MAX_CUSTOM_RULES, type CustomRule, type Settings } from './schema';

/**
 * Enterprise policy: values an organisation sets through the browser's managed
 * storage, declared in ./policy-schema.ts (see docs/enterprise-policy.md).
 * They are overlaid on the user's own settings and the controls they touch are
 * locked in the options page.
 */

/**
 * How a key is checked when the policy is read. Each key is checked on its own:
 * one mistyped key must not void the rest of an organisation's policy. The
 * organisation's rules are taken as entries here and checked one by one in
 * `overlayPolicy`, so one bad rule does not void the others.
 */
const readKey: Record<PolicyKey, z.ZodMiniType> = {
  ...policyKeySchemas,
  customRules: z.array(z.unknown()).check(z.maxLength(MAX_CUSTOM_RULES)),
};

/** What the overlay did, so the options page can show locked controls and the organisation's rules. */
export interface AppliedPolicy {
  /** At least one policy key is in effect. */
  active: boolean;
  locked: LockableSetting[];
  /** Rules whose switch or weight the organisation sets. */
  lockedRules: string[];
  /** Custom rules that come from the policy (read-only for the user). */
  managedCustomRuleIds: string[];
  /** Platforms the organisation switched on or off. */
  lockedSites: PlatformId[];
  /** Policy keys or entries that were invalid and ignored. */
  ignored: string[];
}

export function noPolicy(): AppliedPolicy {
  return { active: false, locked: [], lockedRules: [], managedCustomRuleIds: [], lockedSites: [], ignored: [] };
}

export function parsePolicy(raw: unknown): { policy: ManagedPolicy; ignored: string[] } {
  const policy: ManagedPolicy = {};
  const ignored: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { policy, ignored };
  for (const key of POLICY_KEYS) {
    if (!Object.prototype.hasOwnProperty.call(raw, key)) continue;
    const parsed = readKey[key].safeParse((raw as Record<string, unknown>)[key]);
    if (parsed.success) (policy as Record<string, unknown>)[key] = parsed.data;
    else ignored.push(key);
  }
  return { policy, ignored };
}

const isPlatform = (s: string): s is PlatformId => (PLATFORM_IDS as readonly string[]).includes(s);

/** The effective settings: the user's layer with the organisation's values on top. */
export function overlayPolicy(user: Settings, rawPolicy: unknown): { settings: Settings; applied: AppliedPolicy } {
  const { policy, ignored } = parsePolicy(rawPolicy);
  const applied = noPolicy();
  applied.ignored = ignored;
  applied.active = Object.keys(policy).length > 0;
  if (!applied.active) return { settings: user, applied };

  const defaults = defaultSettings();
  const s: Settings = structuredClone(user);
  const locked = new Set(policy.lockedSettings ?? []);

  // A locked section takes the organisation's value, or the default when the policy gives none.
  for (const key of LOCKABLE_SETTINGS) if (locked.has(key)) copySetting(s, defaults, key);
  for (const key of SETTING_VALUE_KEYS) if (policy[key] !== undefined) copySetting(s, policy as Pick<Settings, typeof key>, key);
  applied.locked = [...locked];

  const lockedRules = new Set<string>();
  const rules = new Map(Object.entries(s.rules));
  for (const id of policy.disabledRules ?? []) {
    rules.set(id, { ...rules.get(id), enabled: false });
    lockedRules.add(id);
  }
  for (const [id, weight] of Object.entries(policy.ruleWeights ?? {})) {
    rules.set(id, { ...rules.get(id), weight });
    lockedRules.add(id);
  }
  s.rules = Object.fromEntries(rules);
  applied.lockedRules = [...lockedRules];

  const managedRules: CustomRule[] = [];
  (policy.customRules ?? []).forEach((entry, i) => {
    const parsed = customRuleSchema.safeParse(entry);
    // The organisation's patterns pass the same guard as the user's: a policy must not hang pages either.
    if (!parsed.success || (parsed.data.pattern && !checkPattern(parsed.data.pattern).ok)) {
      ignored.push(`customRules.${i}`);
      return;
    }
    managedRules.push(parsed.data);
  });
  const managedIds = new Set(managedRules.map((r) => r.id));
  s.customRules = [...s.customRules.filter((r) => !managedIds.has(r.id)), ...managedRules].slice(0, MAX_CUSTOM_RULES);
  applied.managedCustomRuleIds = [...managedIds];

  const lockedSites = new Set<PlatformId>();
  if (policy.allowedSites) {
    const allowed = new Set(policy.allowedSites);
    for (const p of HIRING_SITE_IDS) {
      if (!allowed.has(p)) s.sites[p] = false;
      else s.sites[p] = true;
      lockedSites.add(p);
    }
    s.extraHosts = s.extraHosts.filter((h) => allowed.has(h));
  }
  for (const entry of policy.deniedSites ?? []) {
    if (isPlatform(entry)) {
      s.sites[entry] = false;
      lockedSites.add(entry);
    } else {
      s.extraHosts = s.extraHosts.filter((h) => h !== entry && !h.endsWith(`.${entry}`));
    }
  }
  applied.lockedSites = [...lockedSites];
  return { settings: s, applied };
}

function copySetting<K extends keyof Settings>(to: Settings, from: Pick<Settings, K>, key: K): void {
  to[key] = structuredClone(from[key]);
}
