import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MANAGED_SCHEMA_PATH,
  POLICY_DOC_PATH,
  renderManagedSchema,
  renderPolicyKeyTable,
  toChromeSchema,
  withPolicyKeyTable,
} from '../../../build/policy-schema';
import { overlayPolicy } from '../../../src/settings/policy';
import { LOCKABLE_SETTINGS, POLICY_KEYS } from '../../../src/settings/policy-schema';
import { defaultSettings, settingsSchema } from '../../../src/settings/schema';

const ROOT = resolve(import.meta.dirname, '../../..');
const onDisk = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

type Node = Record<string, unknown>;

/**
 * What Chrome's managed-storage schema accepts (components/policy/core/common/schema.cc);
 * anything else and Chrome refuses to load the extension.
 */
const CHROME_KEYS = new Set(['type', 'properties', 'items', 'additionalProperties', 'patternProperties', 'enum', 'title', 'description', 'minimum', 'maximum', 'pattern', 'id', '$ref']);
const CHROME_TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

/** Every schema node of a managed schema, with its path. */
function nodes(node: Node, path = '(root)'): Array<{ path: string; node: Node }> {
  const out = [{ path, node }];
  for (const [key, child] of Object.entries((node.properties as Record<string, Node> | undefined) ?? {})) out.push(...nodes(child, `${path}.${key}`));
  for (const child of Object.values((node.patternProperties as Record<string, Node> | undefined) ?? {})) out.push(...nodes(child, `${path}.<pattern>`));
  if (typeof node.additionalProperties === 'object' && node.additionalProperties) out.push(...nodes(node.additionalProperties as Node, `${path}.*`));
  if (node.items) out.push(...nodes(node.items as Node, `${path}[]`));
  return out;
}

function chromeProblems(schema: Node): string[] {
  const problems: string[] = [];
  for (const { path, node } of nodes(schema)) {
    for (const key of Object.keys(node)) if (!CHROME_KEYS.has(key)) problems.push(`${path}: ${key}`);
    if (!CHROME_TYPES.has(node.type as string)) problems.push(`${path}: type ${JSON.stringify(node.type)}`);
    if ('enum' in node && node.type !== 'string' && node.type !== 'integer') problems.push(`${path}: enum on ${String(node.type)}`);
    if (('minimum' in node || 'maximum' in node) && node.type !== 'integer') problems.push(`${path}: range on ${String(node.type)}`);
    if ('additionalProperties' in node && (typeof node.additionalProperties !== 'object' || node.additionalProperties === null)) problems.push(`${path}: additionalProperties not a schema`);
  }
  return problems;
}

describe('generated policy files (npm run gen:policy)', () => {
  it('public/managed_schema.json is what the policy schema generates', () => {
    expect(onDisk(MANAGED_SCHEMA_PATH) === renderManagedSchema(), 'public/managed_schema.json is stale: run npm run gen:policy').toBe(true);
  });

  it('the key table of docs/enterprise-policy.md is what the policy schema generates', () => {
    const doc = onDisk(POLICY_DOC_PATH);
    expect(doc === withPolicyKeyTable(doc), 'the key table of docs/enterprise-policy.md is stale: run npm run gen:policy').toBe(true);
  });

  it('the docs table has one row per policy key, with its type in words', () => {
    const table = renderPolicyKeyTable();
    for (const key of POLICY_KEYS) expect(table).toContain(`| \`${key}\` |`);
    expect(table).toContain('| `retentionDays` | integer 1–3650 |');
    expect(table).toContain('| `disabledRules` | array of rule ids |');
    expect(table).toContain('| `ruleWeights` | object: rule id → number 0–100 |');
    expect(table).toContain('`{ id, name, fields, keywords?, pattern?, severity, weight?, note?, enabled? }`');
  });
});

describe('managed schema for Chrome', () => {
  const generated = JSON.parse(renderManagedSchema()) as Node;

  it('uses only the JSON Schema subset Chrome accepts', () => {
    expect(chromeProblems(generated)).toEqual([]);
    expect(JSON.stringify(generated)).not.toMatch(/"\$schema"|"default"|"anyOf"|"oneOf"|"null"/);
  });

  it('the check above finds what Chrome refuses', () => {
    expect(
      chromeProblems({
        type: 'object',
        additionalProperties: false,
        properties: { a: { type: 'number', minimum: 0 }, b: { type: ['string', 'null'] }, c: { type: 'array', items: { type: 'boolean', enum: [true], default: true } } },
      }),
    ).toEqual(['(root): additionalProperties not a schema', '(root).a: range on number', '(root).b: type ["string","null"]', '(root).c[]: default', '(root).c[]: enum on boolean']);
  });

  it('keeps every key, type and choice the schema published before it was generated', () => {
    // The hand-written schema's shape: organisations' policies were written against it.
    const published: Record<string, string> = {
      disabledRules: 'array',
      'disabledRules[]': 'string',
      ruleWeights: 'object',
      'ruleWeights.*': 'number',
      customRules: 'array',
      'customRules[]': 'object',
      'customRules[].id': 'string',
      'customRules[].name': 'string',
      'customRules[].fields': 'array',
      'customRules[].fields[]': 'string',
      'customRules[].keywords': 'array',
      'customRules[].keywords[]': 'string',
      'customRules[].pattern': 'string',
      'customRules[].severity': 'string',
      'customRules[].weight': 'number',
      'customRules[].note': 'string',
      'customRules[].enabled': 'boolean',
      lockedSettings: 'array',
      'lockedSettings[]': 'string',
      allowedSites: 'array',
      'allowedSites[]': 'string',
      deniedSites: 'array',
      'deniedSites[]': 'string',
      thresholds: 'object',
      'thresholds.low': 'number',
      'thresholds.medium': 'number',
      'thresholds.high': 'number',
      retentionDays: 'integer',
      // Added later (a new key only adds): the organisation's preset of extra sites.
      extraHosts: 'array',
      'extraHosts[]': 'string',
    };
    const types = Object.fromEntries(nodes(generated, '').map(({ path, node }) => [path.replace(/^\./, ''), node.type]));
    delete types[''];
    expect(types).toEqual(published);
    const at = (path: string) => nodes(generated, '').find((n) => n.path.replace(/^\./, '') === path)!.node;
    expect(at('customRules[].fields[]').enum).toEqual(['all', 'name', 'headline', 'about', 'positions', 'education', 'links', 'skills', 'location']);
    expect(at('customRules[].severity').enum).toEqual(['low', 'medium', 'high']);
    // Sections are named in the description, not as an enum: Chrome drops a whole key with one value outside
    // its enum, so one misspelt section would unlock every other one before the extension could see it.
    expect(at('lockedSettings[]').enum).toBeUndefined();
    for (const section of ['rules', 'thresholds', 'customRules', 'sites', 'extraHosts', 'panel', 'retentionDays', 'templateReuse']) {
      expect(at('lockedSettings').description).toContain(section);
    }
    expect(at('retentionDays')).toMatchObject({ minimum: 1, maximum: 3650 });
    for (const key of POLICY_KEYS) expect(at(key), key).toMatchObject({ title: expect.any(String), description: expect.any(String) });
  });

  it('converts what zod writes and fails loudly on what Chrome cannot take', () => {
    expect(toChromeSchema({ default: null, anyOf: [{ type: 'string', maxLength: 5 }, { type: 'null' }] })).toEqual({ type: 'string' });
    expect(toChromeSchema({ type: 'object', properties: { n: { type: 'number', minimum: 0 } }, required: ['n'], additionalProperties: false })).toEqual({
      type: 'object',
      properties: { n: { type: 'number' } },
    });
    expect(() => toChromeSchema({ anyOf: [{ type: 'string' }, { type: 'integer' }] })).toThrow(/anyOf/);
    expect(() => toChromeSchema({ type: 'null' })).toThrow(/type "null"/);
    expect(() => toChromeSchema({ type: 'boolean', enum: [true] })).toThrow(/enum/);
  });
});

describe('lockable settings', () => {
  it('are the top-level settings but the version', () => {
    expect(['version', ...LOCKABLE_SETTINGS].sort()).toEqual(Object.keys(settingsSchema.shape).sort());
  });

  it('locking every section puts the user back on the defaults, or on the policy value where the policy gives one', () => {
    const user = settingsSchema.parse({
      version: 1,
      rules: { 'thin-profile': { enabled: false } },
      thresholds: { low: 2, medium: 3, high: 4 },
      customRules: [{ id: 'custom-mine', name: 'Mine', fields: ['all'], keywords: ['x'], severity: 'low' }],
      sites: { github: false },
      extraHosts: ['jobs.example-ats.com'],
      panel: { enabled: false, startCollapsed: false },
      retentionDays: 400,
      templateReuse: { enabled: false },
    });
    const all = overlayPolicy(user, { lockedSettings: LOCKABLE_SETTINGS });
    expect(all.settings).toEqual(defaultSettings());
    expect(all.applied.locked).toEqual(LOCKABLE_SETTINGS);
    const valued = overlayPolicy(user, { lockedSettings: LOCKABLE_SETTINGS, thresholds: { low: 5, medium: 6, high: 7 }, retentionDays: 30 });
    expect(valued.settings).toEqual({ ...defaultSettings(), thresholds: { low: 5, medium: 6, high: 7 }, retentionDays: 30 });
  });
});
