import { EN } from './en';

/**
 * The extension's i18n. Strings live in per-area dictionaries (src/i18n/en/*.ts)
 * so the same lookup works in the content script, popup, options page and the
 * node `scan` command. English is the base locale; another locale is a sibling
 * folder with the same keys, picked by `setLocale`.
 */
export type Messages = Record<string, string>;

const LOCALES: Record<string, Messages> = { en: EN };
let active: Messages = EN;

export function setLocale(tag: string): void {
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? 'en';
  active = LOCALES[base] ?? EN;
}

export function hasMessage(key: string): boolean {
  return key in active || key in EN;
}

/** Look a string up; `{name}` placeholders are filled from `subs`. A missing key shows the key itself. */
export function t(key: string, subs?: Record<string, string | number>): string {
  const template = active[key] ?? EN[key] ?? key;
  if (!subs) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in subs ? String(subs[name]) : m));
}
