import { HIRING_SITE_IDS } from '../core/site-list';
import { z } from 'zod/mini';
import { customRuleSchema, MAX_CUSTOM_RULES, retentionDaysSchema, settingsSchema, thresholdsSchema, type Settings } from './schema';

/**
 * The enterprise policy as an organisation writes it (Chrome
 * `3rdparty.extensions.<id>`, Firefox `3rdparty.Extensions.<id>` in
 * policies.json). This declaration is the one source of Chrome's
 * managed-storage schema (public/managed_schema.json) and of the key table in
 * docs/enterprise-policy.md: `npm run gen:policy` (build/policy-schema.ts)
 * writes both from it, and a unit test fails when either differs. Each key's
 * `title` and `description` are what administrators read there.
 */

/** Settings sections an organisation can lock as a whole: every top-level setting but the format version. */
export type LockableSetting = Exclude<keyof Settings, 'version'>;
export const LOCKABLE_SETTINGS = Object.keys(settingsSchema.shape).filter((key): key is LockableSetting => key !== 'version') as [
  LockableSetting,
  ...LockableSetting[],
];

/** Platforms with their own content script; the generic reader reads the extra hosts and is not a site of its own. */
const SITE_IDS = HIRING_SITE_IDS;

/** One rule id, one site entry and one weight: the policy is read entry by entry (src/settings/policy.ts). */
export const ruleIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,80}$/), z.meta({ title: 'Rule id' }));
export const siteEntrySchema = z.string().check(z.regex(/^[a-z0-9.-]{1,253}$/), z.meta({ title: 'Platform id or host name' }));
export const ruleWeightSchema = z.number().check(z.gte(0), z.lte(100));
const ruleId = ruleIdSchema;
const siteEntry = siteEntrySchema;
const MAX_SITE_ENTRIES = 200;

/** Policy keys that set the setting of the same name, locked or not. */
export const SETTING_VALUE_KEYS = ['thresholds', 'retentionDays', 'extraHosts'] as const satisfies readonly LockableSetting[];

/** Each policy key's schema: the policy is read one key at a time (src/settings/policy.ts). */
export const policyKeySchemas = {
  disabledRules: z.array(ruleId).check(
    z.maxLength(500),
    z.meta({ title: 'Rules switched off', description: 'Built-in rule ids that are off for every user; users cannot switch them back on.' }),
  ),
  ruleWeights: z
    .record(ruleId, ruleWeightSchema)
    .check(z.meta({ title: 'Rule weights', description: 'Rule id to weight (0-100); users cannot change these weights.' })),
  customRules: z.array(customRuleSchema.check(z.meta({ title: 'Organisation rule' }))).check(
    z.maxLength(MAX_CUSTOM_RULES),
    z.meta({
      title: 'Organisation rules',
      description:
        "Extra keyword or pattern rules added for every user (read-only for them), in the shape of a user's own custom rule, with an id that starts with custom-. " +
        "Patterns run in the same linear-time matcher as users' patterns; a rule with a construct it cannot run (back-references, lookahead, lookbehind) or any other fault is ignored and named in the options page, the others apply. " +
        'A rule that reads the name or location fields counts as low, with weight 1 at most.',
    }),
  ),
  // Items are plain strings here, not an enum: Chrome drops a whole key that does not fit the
  // managed schema, and one misspelt section must not unlock the others. Checked entry by entry.
  lockedSettings: z.array(z.string().check(z.meta({ title: 'Settings section' }))).check(
    z.maxLength(LOCKABLE_SETTINGS.length),
    z.meta({
      title: 'Locked settings',
      description:
        `Settings sections users cannot change: ${LOCKABLE_SETTINGS.join(', ')}. ` +
        `A locked section takes the policy's value when the policy gives one (${SETTING_VALUE_KEYS.join(', ')}), otherwise the built-in default.`,
    }),
  ),
  allowedSites: z.array(siteEntry).check(
    z.maxLength(MAX_SITE_ENTRIES),
    z.meta({ title: 'Allowed sites', description: `When set, only these platforms (${SITE_IDS.join(', ')}) and extra hosts are scanned.` }),
  ),
  deniedSites: z.array(siteEntry).check(
    z.maxLength(MAX_SITE_ENTRIES),
    z.meta({
      title: 'Denied sites',
      description: "Platforms or extra host names that are never scanned. A host name also removes its subdomains from the user's extra sites.",
    }),
  ),
  thresholds: thresholdsSchema.check(
    z.meta({ title: 'Level thresholds', description: 'Scores at which a profile reaches the low, medium and high levels (low ≤ medium ≤ high).' }),
  ),
  retentionDays: retentionDaysSchema.check(z.meta({ title: 'Data retention (days)', description: 'How long local data is kept.' })),
  extraHosts: settingsSchema.shape.extraHosts.check(
    z.meta({
      title: 'Extra sites',
      description:
        'Host names (an applicant tracking system, a webmail) read with the generic candidate reader, replacing the user\'s list; add extraHosts to lockedSettings so users cannot change it. ' +
        'Each user still grants the browser permission for each host once, from the options page.',
    }),
  ),
};

/** The whole policy: every key optional. */
export const policySchema = z.partial(z.object(policyKeySchemas));

export type PolicyKey = keyof typeof policyKeySchemas;
export const POLICY_KEYS = Object.keys(policyKeySchemas) as PolicyKey[];

/** A parsed policy: the valid entries of each key. Organisation rules are still unchecked entries (see overlayPolicy). */
export type ManagedPolicy = Omit<z.infer<typeof policySchema>, 'customRules' | 'lockedSettings'> & { customRules?: unknown[]; lockedSettings?: LockableSetting[] };
