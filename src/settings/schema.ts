import { z } from 'zod/mini';
import { PLATFORM_IDS } from '../core/snapshot';
import { SEVERITIES } from '../core/rule';

// zod/mini: the content script validates settings on every load (bundle size).

/** Current settings format; bump with a migration in src/settings/migrations.ts. */
export const SETTINGS_VERSION = 1;

export const severitySchema = z.enum(SEVERITIES);

const weightSchema = z.number().check(z.gte(0), z.lte(100));

export const ruleOverrideSchema = z.strictObject({
  enabled: z.optional(z.boolean()),
  weight: z.optional(weightSchema),
  severity: z.optional(severitySchema),
});
export type RuleOverride = z.infer<typeof ruleOverrideSchema>;

/** Fields a custom rule may read. */
export const CUSTOM_RULE_FIELDS = ['all', 'name', 'headline', 'about', 'positions', 'education', 'links', 'skills', 'location'] as const;

export const customRuleSchema = z
  .strictObject({
    id: z.string().check(z.regex(/^custom-[a-z0-9-]{1,60}$/)),
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
    fields: z.array(z.enum(CUSTOM_RULE_FIELDS)).check(z.minLength(1)),
    /** Keywords/phrases matched on word boundaries, case- and accent-insensitive. */
    keywords: z._default(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))).check(z.maxLength(200)), []),
    /** Optional regular expression source, run by a linear-time matcher (src/settings/pattern-guard.ts checks it before saving). */
    pattern: z._default(z.nullable(z.string().check(z.maxLength(500))), null),
    severity: severitySchema,
    weight: z._default(weightSchema, 2),
    note: z._default(z.string().check(z.maxLength(2000)), ''),
    enabled: z._default(z.boolean(), true),
  })
  .check(
    z.refine((r) => r.keywords.length > 0 || (r.pattern !== null && r.pattern.length > 0), {
      message: 'a custom rule needs keywords or a pattern',
      path: ['keywords'],
    }),
  );
export type CustomRule = z.infer<typeof customRuleSchema>;

/** Score thresholds for the levels (score = sum of weights of visible findings). */
export const thresholdsSchema = z
  .strictObject({
    low: z.number().check(z.gte(0)),
    medium: z.number().check(z.gte(0)),
    high: z.number().check(z.gte(0)),
  })
  .check(z.refine((t) => t.low <= t.medium && t.medium <= t.high, { message: 'thresholds must satisfy low ≤ medium ≤ high' }));
export type Thresholds = z.infer<typeof thresholdsSchema>;

export const DEFAULT_THRESHOLDS: Thresholds = { low: 1, medium: 4, high: 8 };

/** How many custom rules fit, the user's and the organisation's together. */
export const MAX_CUSTOM_RULES = 200;

/** How long local data (seen profiles, dismissals, checklists) is kept, in days. */
export const retentionDaysSchema = z.int().check(z.gte(1), z.lte(3650));

/**
 * The settings. A true/false setting one level down (`panel.startCollapsed`)
 * carries its English label as `title` (and any help as `description`): the
 * options page draws its checkbox from them (src/settings/boolean-settings.ts),
 * so adding one is a line here and a line in its options section. A new
 * top-level key is also a section an organisation can lock
 * (src/settings/policy-schema.ts). Sections with fields use `prefault({})`, so
 * their defaults are the fields' own and are written once.
 */
export const settingsSchema = z.strictObject({
  version: z.literal(SETTINGS_VERSION),
  rules: z._default(z.record(z.string(), ruleOverrideSchema), {}),
  thresholds: z._default(thresholdsSchema, DEFAULT_THRESHOLDS),
  customRules: z._default(z.array(customRuleSchema).check(z.maxLength(MAX_CUSTOM_RULES)), []),
  /** Per-platform switch; a missing platform is on. */
  sites: z._default(z.partialRecord(z.enum(PLATFORM_IDS), z.boolean()), {}),
  /** Extra hosts (e.g. an ATS) granted at runtime through optional host permissions. */
  extraHosts: z._default(z.array(z.string().check(z.regex(/^[a-z0-9.-]+$/))).check(z.maxLength(50)), []),
  /** The in-page panel; the toolbar badge and the popup show the signals either way. */
  panel: z.prefault(
    z.strictObject({
      enabled: z._default(z.boolean(), true).check(
        z.meta({ title: 'Show the signals panel on profile pages', description: 'When off, the toolbar badge and the popup still show the signals.' }),
      ),
      startCollapsed: z._default(z.boolean(), true).check(
        z.meta({ title: 'Start with the panel collapsed', description: 'The collapsed panel shows the level and the number of signals; one click opens it.' }),
      ),
    }),
    {},
  ),
  retentionDays: z._default(retentionDaysSchema, 180),
  templateReuse: z.prefault(
    z.strictObject({
      enabled: z._default(z.boolean(), true).check(z.meta({ title: 'Remember fingerprints of profiles I view and flag reused text' })),
    }),
    {},
  ),
});
export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return settingsSchema.parse({ version: SETTINGS_VERSION });
}
