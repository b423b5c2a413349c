import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod/mini';
import { policySchema } from '../src/settings/policy-schema';

/**
 * Generates Chrome's managed-storage schema (public/managed_schema.json) and
 * the key table of docs/enterprise-policy.md from the policy's zod schema
 * (src/settings/policy-schema.ts), so neither can drift from what the
 * extension reads (a unit test compares them). Regenerate with
 * `npm run gen:policy`; without --write it prints the schema.
 *
 * Chrome refuses to load an extension whose managed schema uses more than its
 * subset of JSON Schema (https://developer.chrome.com/docs/extensions/reference/manifest/storage,
 * components/policy/core/common/schema.cc): one `type` per node (object, array,
 * string, integer, number, boolean), properties, additionalProperties as a
 * schema, patternProperties, items, enum on strings and integers, minimum and
 * maximum on integers, pattern, title, description, id and $ref. What zod
 * writes beyond that is converted or left out:
 * - `$schema`, `default`, `required`, item counts and string lengths are left
 *   out; a nullable value (`anyOf` with `null`) becomes its non-null type;
 *   `additionalProperties: false` is left out (Chrome wants a schema there);
 * - `minimum`/`maximum` stay on integers only;
 * - `pattern` is left out: Chrome drops a whole key whose value does not fit
 *   its schema before the extension sees it, so one malformed rule id would
 *   make `disabledRules` vanish unseen. The extension checks the key itself
 *   and lists what it ignored in the options page. (Types, enums and integer
 *   ranges stay: policy editors show them as the field's kind, choices and
 *   bounds.)
 * Everything left out is still checked by the extension on every read.
 */
export const MANAGED_SCHEMA_PATH = 'public/managed_schema.json';
export const POLICY_DOC_PATH = 'docs/enterprise-policy.md';
export const POLICY_DOC_BEGIN = '<!-- policy-keys:begin -->';
export const POLICY_DOC_END = '<!-- policy-keys:end -->';

type JsonSchema = { [key: string]: unknown };

const CHROME_TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

/** The policy as zod writes it (JSON Schema 2020-12, input side: what an organisation writes). */
export function policyJsonSchema(): JsonSchema {
  return z.toJSONSchema(policySchema, { io: 'input', unrepresentable: 'throw' }) as JsonSchema;
}

function nonNull(node: JsonSchema, where: string): JsonSchema {
  if (!Array.isArray(node.anyOf)) return node;
  const { anyOf, ...rest } = node;
  const options = (anyOf as JsonSchema[]).filter((o) => o.type !== 'null');
  if (options.length !== 1) throw new Error(`${where}: Chrome's schema has no anyOf; only "T or null" converts`);
  return { ...rest, ...options[0] };
}

/** One node of the zod output, converted to the subset Chrome accepts (see above). */
export function toChromeSchema(input: JsonSchema, where = '(root)'): JsonSchema {
  const node = nonNull(input, where);
  const type = node.type;
  if (typeof type !== 'string' || !CHROME_TYPES.has(type)) throw new Error(`${where}: type ${JSON.stringify(type)} is not one Chrome accepts`);
  const out: JsonSchema = {};
  if (typeof node.title === 'string') out.title = node.title;
  if (typeof node.description === 'string') out.description = node.description;
  out.type = type;
  if (type === 'object') {
    if (node.properties) {
      out.properties = Object.fromEntries(
        Object.entries(node.properties as Record<string, JsonSchema>).map(([key, value]) => [key, toChromeSchema(value, `${where}.${key}`)]),
      );
    }
    if (typeof node.additionalProperties === 'object' && node.additionalProperties !== null) {
      out.additionalProperties = toChromeSchema(node.additionalProperties as JsonSchema, `${where}.*`);
    }
  }
  if (type === 'array') out.items = toChromeSchema(node.items as JsonSchema, `${where}[]`);
  if (Array.isArray(node.enum)) {
    if (type !== 'string' && type !== 'integer') throw new Error(`${where}: Chrome accepts enum on strings and integers only`);
    out.enum = node.enum;
  }
  if (type === 'integer') {
    if (typeof node.minimum === 'number') out.minimum = node.minimum;
    if (typeof node.maximum === 'number') out.maximum = node.maximum;
  }
  return out;
}

export function renderManagedSchema(): string {
  return `${JSON.stringify(toChromeSchema(policyJsonSchema()), null, 2)}\n`;
}

const code = (s: unknown) => `\`${String(s)}\``;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** "Platform id or host name" → "platform ids or host names". */
const plural = (noun: string) =>
  noun
    .split(' or ')
    .map((w) => (w.endsWith('s') ? w : `${w}s`))
    .join(' or ');

/** A value's kind in words for the docs table, e.g. "array of rule ids", "integer 1–3650". */
export function describeType(input: JsonSchema, opts: { named?: boolean; many?: boolean } = {}): string {
  const node = nonNull(input, 'docs');
  const fields = () => {
    const required = new Set((node.required as string[] | undefined) ?? []);
    return code(`{ ${Object.keys(node.properties as object).map((k) => (required.has(k) ? k : `${k}?`)).join(', ')} }`);
  };
  const choices = () => (node.enum as unknown[]).map(code).join(', ');
  if (opts.named !== false && typeof node.title === 'string') {
    const noun = lowerFirst(opts.many ? plural(node.title) : node.title);
    if (node.properties) return `${noun} ${fields()}`;
    if (node.enum) return `${noun}: ${choices()}`;
    return noun;
  }
  if (node.enum) return `one of ${choices()}`;
  switch (node.type) {
    case 'array':
      return `array of ${describeType(node.items as JsonSchema, { many: true })}`;
    case 'object':
      if (node.properties) return `object ${fields()}`;
      return `object: ${node.propertyNames ? describeType(node.propertyNames as JsonSchema) : 'name'} → ${describeType(node.additionalProperties as JsonSchema)}`;
    case 'integer':
    case 'number': {
      const { minimum: min, maximum: max } = node;
      if (typeof min === 'number' && typeof max === 'number') return `${node.type} ${min}–${max}`;
      if (typeof min === 'number') return `${node.type} ≥ ${min}`;
      return String(node.type);
    }
    case 'boolean':
      return 'true or false';
    default:
      return String(node.type);
  }
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The key table of docs/enterprise-policy.md, between its markers. */
export function renderPolicyKeyTable(): string {
  const properties = policyJsonSchema().properties as Record<string, JsonSchema>;
  return [
    POLICY_DOC_BEGIN,
    '<!-- Generated from src/settings/policy-schema.ts by `npm run gen:policy`: edit the schema, not this table. -->',
    '',
    '| Key | Type | Effect |',
    '| --- | --- | --- |',
    ...Object.entries(properties).map(
      ([key, node]) => `| ${code(key)} | ${cell(describeType(node, { named: false }))} | ${cell(String(node.description ?? node.title ?? ''))} |`,
    ),
    '',
    POLICY_DOC_END,
  ].join('\n');
}

/** The document with its key table replaced; the prose around it is written by hand. */
export function withPolicyKeyTable(doc: string): string {
  const begin = doc.indexOf(POLICY_DOC_BEGIN);
  const end = doc.indexOf(POLICY_DOC_END);
  if (begin < 0 || end < begin) throw new Error(`${POLICY_DOC_PATH}: the markers ${POLICY_DOC_BEGIN} … ${POLICY_DOC_END} are missing`);
  return doc.slice(0, begin) + renderPolicyKeyTable() + doc.slice(end + POLICY_DOC_END.length);
}

if (typeof process !== 'undefined' && process.argv[1]?.replace(/\\/g, '/').endsWith('build/policy-schema.ts')) {
  if (process.argv.includes('--write')) {
    writeFileSync(MANAGED_SCHEMA_PATH, renderManagedSchema());
    writeFileSync(POLICY_DOC_PATH, withPolicyKeyTable(readFileSync(POLICY_DOC_PATH, 'utf8')));
  } else {
    process.stdout.write(renderManagedSchema());
  }
}
