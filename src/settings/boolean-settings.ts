import { z } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { settingsSchema, type Settings } from './schema';

/**
 * The true/false settings one level down (`panel.startCollapsed`), read from
 * the settings schema: their paths, values and English texts. The options
 * page draws each as a checkbox (src/ui/options/setting-checkbox.tsx), so a
 * new one is its schema line with a `title` and a line in its options section.
 * Its text sits beside its definition, as a rule's does beside the rule.
 */

type Section = Exclude<keyof Settings, 'version'>;
type Fields<S extends Section> = keyof Settings[S] & string;

/** `section.field` for every setting whose value is `true` or `false`. */
export type BooleanSettingPath = {
  [S in Section]: Settings[S] extends unknown[] ? never : { [F in Fields<S>]: Settings[S][F] extends boolean ? `${S}.${F}` : never }[Fields<S>];
}[Section];

export interface SettingText {
  /** The checkbox label. */
  title: string;
  /** Help shown under it, when the setting needs any. */
  description?: string;
}

/** `_default`, `prefault` and `optional` wrap the schema that says what the value is: one step in, or `null`. */
function innerOf(schema: $ZodType): $ZodType | null {
  const def = schema._zod.def;
  return def.type === 'default' || def.type === 'prefault' || def.type === 'optional' ? (def as unknown as { innerType: $ZodType }).innerType : null;
}

function unwrap(schema: $ZodType): $ZodType {
  let s = schema;
  for (let inner = innerOf(s); inner; inner = innerOf(s)) s = inner;
  return s;
}

function shapeOf(schema: $ZodType): Record<string, $ZodType> | null {
  const def = unwrap(schema)._zod.def;
  return def.type === 'object' ? (def as unknown as { shape: Record<string, $ZodType> }).shape : null;
}

/** Every boolean setting in the schema, in the schema's order. */
export const BOOLEAN_SETTINGS: readonly BooleanSettingPath[] = Object.entries(settingsSchema.shape).flatMap(([section, schema]) =>
  Object.entries(shapeOf(schema) ?? {})
    .filter(([, field]) => unwrap(field)._zod.def.type === 'boolean')
    .map(([field]) => `${section}.${field}` as BooleanSettingPath),
);

function split(path: BooleanSettingPath): [Section, string] {
  const dot = path.indexOf('.');
  return [path.slice(0, dot) as Section, path.slice(dot + 1)];
}

/** The section an organisation locks to lock this setting. */
export function sectionOf(path: BooleanSettingPath): Section {
  return split(path)[0];
}

export function readSetting(settings: Settings, path: BooleanSettingPath): boolean {
  const [section, field] = split(path);
  return (settings[section] as Record<string, unknown>)[field] === true;
}

/** A copy of `settings` with one boolean setting changed. */
export function withSetting(settings: Settings, path: BooleanSettingPath, value: boolean): Settings {
  const [section, field] = split(path);
  return { ...settings, [section]: { ...(settings[section] as Record<string, unknown>), [field]: value } };
}

/** The setting's title and description from the schema (the meta on the field or on what it wraps). */
export function settingText(path: BooleanSettingPath): SettingText {
  const [section, field] = split(path);
  for (let schema = shapeOf(settingsSchema.shape[section])?.[field] ?? null; schema; schema = innerOf(schema)) {
    const meta = z.globalRegistry.get(schema);
    if (meta?.title) return meta.description ? { title: meta.title, description: meta.description } : { title: meta.title };
  }
  throw new Error(`settings schema: ${path} has no title`);
}
