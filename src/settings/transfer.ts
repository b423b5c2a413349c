import { z } from 'zod/mini';
import type { $ZodIssue } from 'zod/v4/core';
import { migrateSettings } from './migrations';
import './issue-messages';
import { capForFairness } from './fairness-cap';
import { checkPattern } from './pattern-guard';
import { SETTINGS_VERSION, settingsSchema, type Settings } from './schema';

/**
 * Settings import/export: a versioned JSON file. Import is
 * all-or-nothing — a file that fails any check is refused with one line per
 * bad field (the zod issue path) and the caller keeps the current settings.
 * Every custom rule's pattern is checked on its own, so each one the
 * linear-time matcher cannot run is named with its reason.
 */

export const EXPORT_FORMAT = 'hire-signals-settings';
/** Bigger than any real settings file (200 custom rules × 200 keywords fit well below). */
export const MAX_IMPORT_BYTES = 2_000_000;
const MAX_DEPTH = 12;
const MAX_NODES = 200_000;
/** Keys that would reach an object's prototype if the value were ever merged naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
}

export function exportSettings(settings: Settings, now = new Date()): string {
  const file: ExportFile = { format: EXPORT_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings };
  return JSON.stringify(file, null, 2);
}

/** A problem with an imported file: `path` is the field (dotted zod issue path), empty for the whole file. */
export interface ImportProblem {
  path: string;
  message: string;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; problems: ImportProblem[] };

const envelopeSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.int().check(z.gte(0), z.lte(SETTINGS_VERSION)),
  exportedAt: z.optional(z.string().check(z.maxLength(64))),
  settings: z.record(z.string(), z.unknown()),
});

/** Walks the parsed value once: depth, size and forbidden keys. */
function structuralProblem(value: unknown): ImportProblem | null {
  let nodes = 0;
  const stack: Array<{ v: unknown; depth: number; path: string }> = [{ v: value, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { v, depth, path } = stack.pop()!;
    if (++nodes > MAX_NODES) return { path: '', message: 'too-large' };
    if (typeof v !== 'object' || v === null) continue;
    if (depth > MAX_DEPTH) return { path, message: 'too-deep' };
    for (const key of Object.keys(v)) {
      const child = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return { path: child, message: 'forbidden-key' };
      stack.push({ v: (v as Record<string, unknown>)[key], depth: depth + 1, path: child });
    }
  }
  return null;
}

export function importSettings(text: string): ImportResult {
  if (typeof text !== 'string' || text.length === 0) return { ok: false, problems: [{ path: '', message: 'empty' }] };
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, problems: [{ path: '', message: 'too-large' }] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: '', message: 'not-json' }] };
  }
  const structural = structuralProblem(raw);
  if (structural) return { ok: false, problems: [structural] };

  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, problems: issuesToProblems(envelope.error.issues) };

  // The file's own version decides the migration; the settings inside may be an older flat shape.
  const inner = envelope.data.settings;
  const withVersion = envelope.data.version === 0 ? inner : { version: envelope.data.version, ...inner };
  const { value } = migrateSettings(withVersion);
  const parsed = settingsSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: issuesToProblems(parsed.error.issues, 'settings') };

  const problems: ImportProblem[] = [];
  parsed.data.customRules.forEach((rule, i) => {
    if (rule.pattern) {
      const check = checkPattern(rule.pattern);
      if (!check.ok) problems.push({ path: `settings.customRules.${i}.pattern`, message: `pattern.${check.problem}` });
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  // Rules on a name or location are taken as they will score (src/settings/fairness-cap.ts).
  return { ok: true, settings: { ...parsed.data, customRules: parsed.data.customRules.map(capForFairness) } };
}

function issuesToProblems(issues: readonly $ZodIssue[], prefix = ''): ImportProblem[] {
  const out = issues.slice(0, 50).map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return { path, message: issue.message };
  });
  return out.length > 0 ? out : [{ path: prefix, message: 'invalid' }];
}
