import { z } from 'zod';
import { PLATFORM_IDS } from '../profile/snapshot';
import { SEVERITIES } from '../rules/define-rule';

/** Current settings format; bump with a migration in src/settings/migrations.ts. */
export const SETTINGS_VERSION = 1;

export const severitySchema = z.enum(SEVERITIES);

export const ruleOverrideSchema = z
  .object({
    enabled: z.boolean().optional(),
    weight: z.number().min(0).max(100).optional(),
    severity: severitySchema.optional(),
  })
  .strict();
export type RuleOverride = z.infer<typeof ruleOverrideSchema>;

/** Fields a custom rule may read. */
export const CUSTOM_RULE_FIELDS = ['all', 'name', 'headline', 'about', 'positions', 'education', 'links', 'skills', 'location'] as const;

export const customRuleSchema = z
  .object({
    id: z.string().regex(/^custom-[a-z0-9-]{1,60}$/),
    name: z.string().trim().min(1).max(120),
    fields: z.array(z.enum(CUSTOM_RULE_FIELDS)).min(1),
    /** Keywords/phrases matched on word boundaries, case- and accent-insensitive. */
    keywords: z.array(z.string().trim().min(1).max(200)).max(200).default([]),
    /** Optional regular expression source (checked by the pattern guard before saving). */
    pattern: z.string().max(500).nullable().default(null),
    severity: severitySchema,
    weight: z.number().min(0).max(100).default(2),
    note: z.string().max(2000).default(''),
    enabled: z.boolean().default(true),
  })
  .strict()
  .refine((r) => r.keywords.length > 0 || (r.pattern !== null && r.pattern.length > 0), {
    message: 'a custom rule needs keywords or a pattern',
    path: ['keywords'],
  });
export type CustomRule = z.infer<typeof customRuleSchema>;

/** Score thresholds for the levels (score = sum of weights of visible findings). */
export const thresholdsSchema = z
  .object({
    low: z.number().min(0),
    medium: z.number().min(0),
    high: z.number().min(0),
  })
  .strict()
  .refine((t) => t.low <= t.medium && t.medium <= t.high, { message: 'thresholds must satisfy low ≤ medium ≤ high' });
export type Thresholds = z.infer<typeof thresholdsSchema>;

export const DEFAULT_THRESHOLDS: Thresholds = { low: 1, medium: 4, high: 8 };

export const settingsSchema = z
  .object({
    version: z.literal(SETTINGS_VERSION),
    rules: z.record(z.string(), ruleOverrideSchema).default({}),
    thresholds: thresholdsSchema.default(DEFAULT_THRESHOLDS),
    customRules: z.array(customRuleSchema).max(200).default([]),
    /** Per-platform switch; a missing platform is on. */
    sites: z.partialRecord(z.enum(PLATFORM_IDS), z.boolean()).default({}),
    /** Extra hosts (e.g. an ATS) granted at runtime through optional host permissions. */
    extraHosts: z.array(z.string().regex(/^[a-z0-9.-]+$/)).max(50).default([]),
    panel: z
      .object({ enabled: z.boolean().default(true), startCollapsed: z.boolean().default(true) })
      .strict()
      .default({ enabled: true, startCollapsed: true }),
    /** How long local data (seen profiles, dismissals, checklists) is kept. */
    retentionDays: z.number().int().min(1).max(3650).default(180),
    templateReuse: z.object({ enabled: z.boolean().default(true) }).strict().default({ enabled: true }),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return settingsSchema.parse({ version: SETTINGS_VERSION });
}
