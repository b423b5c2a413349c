import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SiteDefinition } from '../src/sites/define-site';
import { SITES } from '../src/sites/registry';

/**
 * Writes src/core/site-list.ts: the registry's ids, names and hosts as plain
 * data, for the parts that must not import src/sites (core's platform ids,
 * settings and the policy, the options page, the engine's lookup; see
 * docs/architecture.json). A unit test fails when the file and the registry
 * differ. Regenerate with `npm run gen:sites`.
 */
export const SITE_LIST_PATH = 'src/core/site-list.ts';

const quote = (s: string) => `'${s.replace(/[\\']/g, '\\$&')}'`;

export function renderSiteList(sites: readonly SiteDefinition[] = SITES): string {
  const entries = sites.map(
    (s) => `  { id: ${quote(s.id)}, label: ${quote(s.label)}, hosts: [${s.hosts.map(quote).join(', ')}], traits: [${(s.traits ?? []).map(quote).join(', ')}] },`,
  );
  return [
    '// Generated from src/sites/registry.ts by `npm run gen:sites` (build/site-list.ts): do not edit.',
    '',
    "import type { SiteTrait } from './site-traits';",
    '',
    '/**',
    ' * The sites Hire Signals reads, as data for the parts that may not import',
    ' * src/sites: ids in detection order, the name shown for each, and the',
    ' * manifest match patterns of its hosts (none for `generic`, which has no',
    ' * content script of its own). Hosts are read with src/core/host-pattern.ts.',
    ' */',
    `export const SITE_IDS = [${sites.map((s) => quote(s.id)).join(', ')}] as const;`,
    '',
    'export interface SiteListEntry {',
    '  id: (typeof SITE_IDS)[number];',
    '  label: string;',
    '  hosts: readonly string[];',
    '  traits: readonly SiteTrait[];',
    '}',
    '',
    'export const SITE_LIST: readonly SiteListEntry[] = [',
    ...entries,
    '];',
    '',
    '/** The sites with a content script of their own (every site but the generic reader). */',
    'export const HIRING_SITE_IDS: readonly SiteListEntry[\'id\'][] = SITE_LIST.filter((s) => s.hosts.length > 0).map((s) => s.id);',
    '',
    '/** The ids of the sites of one kind (src/core/site-traits.ts). */',
    'export function siteIdsWith(trait: SiteTrait): SiteListEntry[\'id\'][] {',
    '  return SITE_LIST.filter((s) => s.traits.includes(trait)).map((s) => s.id);',
    '}',
    '',
  ].join('\n');
}

/** The file on disk, or null when it is missing. */
export function siteListOnDisk(root = resolve(import.meta.dirname, '..')): string | null {
  try {
    return readFileSync(resolve(root, SITE_LIST_PATH), 'utf8');
  } catch {
    return null;
  }
}

// `npm run gen:sites` writes the file; without --write it prints it.
if (process.argv[1]?.replace(/\\/g, '/').endsWith('build/site-list.ts')) {
  const text = renderSiteList();
  if (process.argv.includes('--write')) writeFileSync(resolve(import.meta.dirname, '..', SITE_LIST_PATH), text);
  else process.stdout.write(text);
}
