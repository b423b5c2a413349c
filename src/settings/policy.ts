import { t } from '../core/i18n';
import { HIRING_SITE_IDS } from '../core/site-list';
import { z } from 'zod/mini';
import { PLATFORM_IDS, type PlatformId } from '../core/snapshot';
import { capForFairness } from './fairness-cap';
import { checkPattern, type PatternProblem } from './pattern-guard';
import {
  LOCKABLE_SETTINGS,
  POLICY_KEYS,
  policyKeySchemas,
  ruleIdSchema,
  ruleWeightSchema,
  SETTING_VALUE_KEYS,
  siteEntrySchema,
  type LockableSetting,
  type ManagedPolicy,
  type PolicyKey,
} from './policy-schema';
import { customRuleSchema, defaultSettings, MAX_CUSTOM_RULES, type CustomRule, type Settings } from './schema';

/**
 * Enterprise policy: values an organisation sets through the browser's managed
 * storage, declared in ./policy-schema.ts (see docs/enterprise-policy.md).
 * They are overlaid on the user's own settings and the controls they touch are
 * locked in the options page.
 */

/**
 * Why one key or entry of the policy was ignored (an i18n key suffix,
 * `policy.reason.<reason>`; pattern problems reuse `pattern.<problem>`).
 */
export type PolicyIssueReason =
  | 'unknown-key'
  | 'not-a-list'
  | 'not-a-map'
  | 'invalid-value'
  | 'invalid-entry'
  | 'unknown-section'
  | 'invalid-rule'
  | 'unknown-rule'
  | `pattern.${PatternProblem}`;

/** One ignored part of the policy: the key, the entry in it (index or map key, with its value) when only an entry was bad, and why. */
export interface PolicyIssue {
  key: string;
  entry: string | null;
  reason: PolicyIssueReason;
}

/** What the overlay did, so the options page can show locked controls and the organisation's rules. */
export interface AppliedPolicy {
  /** At least one policy key is in effect (or was given and ignored: the notice then says why). */
  active: boolean;
  locked: LockableSetting[];
  /** Rules whose switch or weight the organisation sets. */
  lockedRules: string[];
  /** Which key named each of those rules (for `unknownRuleIssues`). */
  ruleEntries: Array<{ key: 'disabledRules' | 'ruleWeights'; id: string }>;
  /** Custom rules that come from the policy (read-only for the user). */
  managedCustomRuleIds: string[];
  /** Platforms the organisation switched on or off. */
  lockedSites: PlatformId[];
  /** Policy keys or entries that were invalid and ignored, each with its reason. */
  ignored: PolicyIssue[];
}

export function noPolicy(): AppliedPolicy {
  return { active: false, locked: [], lockedRules: [], ruleEntries: [], managedCustomRuleIds: [], lockedSites: [], ignored: [] };
}

/** Far above any real policy; only bounds the work of reading a hostile one. */
const MAX_ENTRIES = 5_000;
const ENTRY_PREVIEW = 60;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How an ignored entry is named in the notice: its place and, shortened, its value. */
function entryLabel(at: string | number, value: unknown): string {
  let shown: string;
  try {
    shown = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    shown = String(value);
  }
  if (shown.length > ENTRY_PREVIEW) shown = `${shown.slice(0, ENTRY_PREVIEW - 1)}…`;
  return typeof at === 'number' ? `#${at + 1} ${shown}` : `${JSON.stringify(at)} ${shown}`;
}

/** A list key's entries: a lone string counts as a list of one (what an administrator means by it). */
function listEntries(key: PolicyKey, value: unknown, issues: PolicyIssue[]): unknown[] | null {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) {
    issues.push({ key, entry: null, reason: 'not-a-list' });
    return null;
  }
  if (value.length > MAX_ENTRIES) {
    issues.push({ key, entry: entryLabel(MAX_ENTRIES, value[MAX_ENTRIES]), reason: 'invalid-entry' });
    return value.slice(0, MAX_ENTRIES);
  }
  return value;
}

/** Valid entries of a list key, each checked on its own; the bad ones are listed. */
function validEntries<T>(key: PolicyKey, value: unknown, check: (entry: unknown) => T | null, issues: PolicyIssue[], reason: PolicyIssueReason = 'invalid-entry'): T[] | null {
  const entries = listEntries(key, value, issues);
  if (!entries) return null;
  const out: T[] = [];
  entries.forEach((entry, i) => {
    const ok = check(entry);
    if (ok === null) issues.push({ key, entry: entryLabel(i, entry), reason });
    else out.push(ok);
  });
  return [...new Set(out)];
}

/** Ids and host names are case-insensitive: "Video-Avoidance" means the rule "video-avoidance". */
const normalised = (entry: unknown) => (typeof entry === 'string' ? entry.trim().toLowerCase() : entry);
const checkWith = <T>(schema: z.ZodMiniType<T>) => (entry: unknown): T | null => {
  const parsed = schema.safeParse(normalised(entry));
  return parsed.success ? parsed.data : null;
};
const lockable = new Map(LOCKABLE_SETTINGS.map((k) => [k.toLowerCase(), k]));

/**
 * Reads the policy entry by entry. An invalid entry is ignored and listed, and
 * the valid ones in the same key apply: one typo in a list of switched-off
 * rules, denied sites or locks must never switch the rest back on (the policy
 * fails closed). Keys that hold one value (thresholds, retention days) are
 * taken or ignored whole. An allow list that is not a list at all allows
 * nothing, for the same reason.
 */
export function parsePolicy(raw: unknown): { policy: ManagedPolicy; ignored: PolicyIssue[] } {
  const policy: ManagedPolicy = {};
  const ignored: PolicyIssue[] = [];
  if (!isRecord(raw)) return { policy, ignored };
  const has = (key: string) => Object.prototype.hasOwnProperty.call(raw, key);
  for (const key of Object.keys(raw)) {
    if (!(POLICY_KEYS as string[]).includes(key)) ignored.push({ key: key.slice(0, ENTRY_PREVIEW), entry: null, reason: 'unknown-key' });
  }

  if (has('disabledRules')) {
    const ids = validEntries('disabledRules', raw.disabledRules, checkWith(ruleIdSchema), ignored);
    if (ids) policy.disabledRules = ids;
  }
  if (has('deniedSites')) {
    const sites = validEntries('deniedSites', raw.deniedSites, checkWith(siteEntrySchema), ignored);
    if (sites) policy.deniedSites = sites;
  }
  if (has('allowedSites')) {
    policy.allowedSites = validEntries('allowedSites', raw.allowedSites, checkWith(siteEntrySchema), ignored) ?? [];
  }
  if (has('lockedSettings')) {
    const check = (entry: unknown) => (typeof entry === 'string' ? (lockable.get(entry.trim().toLowerCase()) ?? null) : null);
    const locks = validEntries('lockedSettings', raw.lockedSettings, check, ignored, 'unknown-section');
    if (locks) policy.lockedSettings = locks;
  }
  if (has('ruleWeights')) {
    const value = raw.ruleWeights;
    if (!isRecord(value)) ignored.push({ key: 'ruleWeights', entry: null, reason: 'not-a-map' });
    else {
      const weights: Record<string, number> = {};
      for (const [id, weight] of Object.entries(value).slice(0, MAX_ENTRIES)) {
        const okId = checkWith(ruleIdSchema)(id);
        const okWeight = ruleWeightSchema.safeParse(weight);
        if (okId === null || !okWeight.success) ignored.push({ key: 'ruleWeights', entry: entryLabel(id, weight), reason: 'invalid-entry' });
        else weights[okId] = okWeight.data;
      }
      policy.ruleWeights = weights;
    }
  }
  if (has('customRules')) {
    // Checked rule by rule in overlayPolicy (schema and pattern), so one bad rule does not void the others.
    const rules = listEntries('customRules', raw.customRules, ignored);
    if (rules) policy.customRules = rules.slice(0, MAX_CUSTOM_RULES);
  }
  for (const key of SETTING_VALUE_KEYS) {
    if (!has(key)) continue;
    const parsed = policyKeySchemas[key].safeParse(raw[key]);
    if (parsed.success) (policy as Record<string, unknown>)[key] = parsed.data;
    else ignored.push({ key, entry: null, reason: 'invalid-value' });
  }
  return { policy, ignored };
}

/** One organisation rule, or why it is ignored. Rules on a name or location are capped (src/settings/fairness-cap.ts). */
function managedRule(entry: unknown): { rule: CustomRule } | { reason: PolicyIssueReason } {
  const parsed = customRuleSchema.safeParse(entry);
  if (!parsed.success) return { reason: 'invalid-rule' };
  if (parsed.data.pattern) {
    // The organisation's patterns run in the same linear-time matcher as the user's and are refused for the same reasons.
    const check = checkPattern(parsed.data.pattern);
    if (!check.ok) return { reason: `pattern.${check.problem}` };
  }
  return { rule: capForFairness(parsed.data) };
}

const isPlatform = (s: string): s is PlatformId => (PLATFORM_IDS as readonly string[]).includes(s);

/** The effective settings: the user's layer with the organisation's values on top. */
export function overlayPolicy(user: Settings, rawPolicy: unknown): { settings: Settings; applied: AppliedPolicy } {
  const { policy, ignored } = parsePolicy(rawPolicy);
  const applied = noPolicy();
  applied.ignored = ignored;
  applied.active = Object.keys(policy).length > 0 || ignored.length > 0;
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
    applied.ruleEntries.push({ key: 'disabledRules', id });
  }
  for (const [id, weight] of Object.entries(policy.ruleWeights ?? {})) {
    rules.set(id, { ...rules.get(id), weight });
    lockedRules.add(id);
    applied.ruleEntries.push({ key: 'ruleWeights', id });
  }
  s.rules = Object.fromEntries(rules);
  applied.lockedRules = [...lockedRules];

  const managedRules: CustomRule[] = [];
  (policy.customRules ?? []).forEach((entry, i) => {
    const result = managedRule(entry);
    if ('reason' in result) ignored.push({ key: 'customRules', entry: entryLabel(i, isRecord(entry) && typeof entry.id === 'string' ? entry.id : entry), reason: result.reason });
    else managedRules.push(result.rule);
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

/**
 * Rule ids the policy names that no built-in rule has (settings do not know
 * the rule registry; the caller passes it). They are kept in force — a rule
 * added by a later version may carry that id — but listed, since a typo would
 * otherwise leave the intended rule running unseen.
 */
export function unknownRuleIssues(applied: AppliedPolicy, knownIds: readonly string[]): PolicyIssue[] {
  const known = new Set(knownIds);
  return applied.ruleEntries.filter((e) => !known.has(e.id)).map((e) => ({ key: e.key, entry: JSON.stringify(e.id), reason: 'unknown-rule' as const }));
}

/** One ignored part of the policy as the options page says it: key, entry and reason. */
export function describePolicyIssue(issue: PolicyIssue): string {
  const reason = issue.reason.startsWith('pattern.') ? t(issue.reason) : t(`policy.reason.${issue.reason}`);
  return issue.entry === null ? t('policy.issueKey', { key: issue.key, reason }) : t('policy.issueEntry', { key: issue.key, entry: issue.entry, reason });
}
