import { z } from 'zod/mini';
import { PLATFORM_IDS, type PlatformId } from '../core/snapshot';
import { checkPattern } from './pattern-guard';
import { customRuleSchema, defaultSettings, thresholdsSchema, type CustomRule, type Settings } from './schema';

/**
 * Enterprise policy: values an organisation sets through the
 * browser's managed storage (Chrome `3rdparty.extensions.<id>`, Firefox
 * `3rdparty.Extensions.<id>` in policies.json; see docs/enterprise-policy.md and
 * public/managed_schema.json). They are overlaid on the user's own settings and
 * the controls they touch are locked in the options page.
 */

/** Settings sections an organisation can lock as a whole. */
export const LOCKABLE_SETTINGS = ['rules', 'thresholds', 'customRules', 'sites', 'extraHosts', 'panel', 'retentionDays', 'templateReuse'] as const;
export type LockableSetting = (typeof LOCKABLE_SETTINGS)[number];

const ruleId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,80}$/));
const siteEntry = z.string().check(z.regex(/^[a-z0-9.-]{1,253}$/));

/** Each key is checked on its own: one mistyped key must not void the rest of an organisation's policy. */
const policyKeySchemas = {
  disabledRules: z.array(ruleId).check(z.maxLength(500)),
  ruleWeights: z.record(ruleId, z.number().check(z.gte(0), z.lte(100))),
  customRules: z.array(z.unknown()).check(z.maxLength(200)),
  lockedSettings: z.array(z.enum(LOCKABLE_SETTINGS)).check(z.maxLength(LOCKABLE_SETTINGS.length)),
  allowedSites: z.array(siteEntry).check(z.maxLength(200)),
  deniedSites: z.array(siteEntry).check(z.maxLength(200)),
  thresholds: thresholdsSchema,
  retentionDays: z.int().check(z.gte(1), z.lte(3650)),
} as const;
type PolicyKey = keyof typeof policyKeySchemas;
export const POLICY_KEYS = Object.keys(policyKeySchemas) as PolicyKey[];

export interface ManagedPolicy {
  disabledRules?: string[];
  ruleWeights?: Record<string, number>;
  customRules?: unknown[];
  lockedSettings?: LockableSetting[];
  allowedSites?: string[];
  deniedSites?: string[];
  thresholds?: Settings['thresholds'];
  retentionDays?: number;
}

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
    const parsed = policyKeySchemas[key].safeParse((raw as Record<string, unknown>)[key]);
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
  if (locked.has('rules')) s.rules = {};
  if (locked.has('thresholds')) s.thresholds = policy.thresholds ?? defaults.thresholds;
  else if (policy.thresholds) s.thresholds = policy.thresholds;
  if (locked.has('customRules')) s.customRules = [];
  if (locked.has('sites')) s.sites = {};
  if (locked.has('extraHosts')) s.extraHosts = [];
  if (locked.has('panel')) s.panel = defaults.panel;
  if (locked.has('retentionDays')) s.retentionDays = policy.retentionDays ?? defaults.retentionDays;
  else if (policy.retentionDays !== undefined) s.retentionDays = policy.retentionDays;
  if (locked.has('templateReuse')) s.templateReuse = defaults.templateReuse;
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
  s.customRules = [...s.customRules.filter((r) => !managedIds.has(r.id)), ...managedRules].slice(0, 200);
  applied.managedCustomRuleIds = [...managedIds];

  const lockedSites = new Set<PlatformId>();
  if (policy.allowedSites) {
    const allowed = new Set(policy.allowedSites);
    for (const p of PLATFORM_IDS) {
      if (p === 'generic') continue;
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
