import { PLATFORM_IDS } from '../core/snapshot';
import { SEVERITIES } from '../core/rule';
import { SETTINGS_VERSION } from './schema';

/**
 * Settings migrations, keyed by the `version` field *inside* the value. The
 * same path serves stored settings and imported files, so a file exported by
 * an older build imports cleanly.
 *
 * v0 — the pre-release builds kept a flat object without `version`:
 *   { disabledRules: string[], weights: {id: n}, severities: {id: sev},
 *     lowThreshold, mediumThreshold, highThreshold, keywords: string[],
 *     disabledSites: string[], showPanel, panelCollapsed, keepDays, templateReuse }
 * v1 — the nested shape of src/settings/schema.ts.
 *
 * A migration copies what it recognises and drops what it does not; the
 * result is still validated by the schema, so a half-broken old value ends in
 * the defaults-with-notice path rather than a crash.
 */

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Rule ids were kebab-case in v0 too; anything else is junk and is skipped. */
const RULE_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

export function migrateV0toV1(old: Json): Json {
  // A Map, not an object literal: a v0 id such as "constructor" must not reach Object.prototype.
  const rules = new Map<string, Json>();
  const override = (id: string): Json => {
    let o = rules.get(id);
    if (!o) rules.set(id, (o = {}));
    return o;
  };
  for (const id of strings(old.disabledRules)) if (RULE_ID.test(id)) override(id).enabled = false;
  if (isRecord(old.weights)) {
    for (const [id, w] of Object.entries(old.weights)) {
      if (RULE_ID.test(id) && isNumber(w) && w >= 0 && w <= 100) override(id).weight = w;
    }
  }
  if (isRecord(old.severities)) {
    for (const [id, sev] of Object.entries(old.severities)) {
      if (RULE_ID.test(id) && (SEVERITIES as readonly unknown[]).includes(sev)) override(id).severity = sev;
    }
  }

  const next: Json = { version: 1, rules: Object.fromEntries(rules) };

  if (isNumber(old.lowThreshold) && isNumber(old.mediumThreshold) && isNumber(old.highThreshold)) {
    next.thresholds = { low: old.lowThreshold, medium: old.mediumThreshold, high: old.highThreshold };
  }

  // v0 had one global keyword list; it becomes one custom rule reading all text.
  const keywords = strings(old.keywords)
    .map((k) => k.trim())
    .filter((k) => k.length > 0 && k.length <= 200)
    .slice(0, 200);
  if (keywords.length > 0) {
    next.customRules = [
      {
        id: 'custom-migrated-keywords',
        name: 'Keywords (from an earlier version)',
        fields: ['all'],
        keywords,
        pattern: null,
        severity: 'low',
        weight: 1,
        note: '',
        enabled: true,
      },
    ];
  }

  const sites: Record<string, boolean> = {};
  for (const p of strings(old.disabledSites)) if ((PLATFORM_IDS as readonly string[]).includes(p)) sites[p] = false;
  next.sites = sites;

  if (typeof old.showPanel === 'boolean' || typeof old.panelCollapsed === 'boolean') {
    next.panel = {
      enabled: typeof old.showPanel === 'boolean' ? old.showPanel : true,
      startCollapsed: typeof old.panelCollapsed === 'boolean' ? old.panelCollapsed : true,
    };
  }
  if (isNumber(old.keepDays)) next.retentionDays = Math.min(3650, Math.max(1, Math.round(old.keepDays)));
  if (typeof old.templateReuse === 'boolean') next.templateReuse = { enabled: old.templateReuse };
  return next;
}

const MIGRATIONS: Record<number, (old: Json) => Json> = { 1: migrateV0toV1 };

/** Brings a stored or imported value up to SETTINGS_VERSION; foreign values pass through unchanged (the schema rejects them). */
export function migrateSettings(raw: unknown): { value: unknown; migrated: boolean } {
  if (!isRecord(raw)) return { value: raw, migrated: false };
  let value: Json = raw;
  let version = 'version' in raw ? raw.version : 0;
  if (!Number.isInteger(version) || (version as number) < 0 || (version as number) > SETTINGS_VERSION) return { value: raw, migrated: false };
  let migrated = false;
  while ((version as number) < SETTINGS_VERSION) {
    const step = MIGRATIONS[(version as number) + 1];
    if (!step) return { value: raw, migrated: false };
    value = step(value);
    version = (version as number) + 1;
    migrated = true;
  }
  return { value, migrated };
}
