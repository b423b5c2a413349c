import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../../../src/advisories/documents';
import { FAKE_EMPLOYERS } from '../../../src/advisories/fake-employers';
import { FRONT_COMPANIES } from '../../../src/advisories/front-companies';
import { INDICATORS } from '../../../src/advisories/indicators';
import { SEIZED_DOMAINS } from '../../../src/advisories/seized-domains';

/**
 * The catalogue against the guidance digest itself (shared/advisories.md, beside the worktrees;
 * HS_DIGEST overrides the path): every id, `[R]` mark, seized domain and entity spelling of the
 * digest is in src/advisories and nothing else is, so an update of the digest that the catalogue
 * has not followed fails here instead of drifting silently.
 */
const DIGEST_PATH = process.env.HS_DIGEST ?? resolve(__dirname, '../../../../shared/advisories.md');

function section(md: string, from: string, to: string): string[] {
  const start = md.indexOf(`\n${from}`);
  const end = md.indexOf(`\n${to}`, start + 1);
  return md.slice(start, end < 0 ? undefined : end).split('\n');
}
const cells = (line: string) => line.replace(/^\|/, '').replace(/\|\s*$/, '').split('|').map((c) => c.trim());
const ticked = (cell: string) => /^`([^`]+)`$/.exec(cell)?.[1];

describe('catalogue against the digest (shared/advisories.md)', () => {
  it('finds the digest', () => {
    expect(existsSync(DIGEST_PATH), `digest not found at ${DIGEST_PATH}; set HS_DIGEST`).toBe(true);
  });
  const md = existsSync(DIGEST_PATH) ? readFileSync(DIGEST_PATH, 'utf8') : '';

  it('holds exactly the digest’s documents (§1)', () => {
    const ids = section(md, '## 1.', '## 2.').filter((l) => l.startsWith('| `')).map((l) => ticked(cells(l)[0]!)!);
    expect(ids.length).toBeGreaterThan(0);
    expect(DOCUMENTS.map((d) => d.id).sort()).toEqual([...ids].sort());
  });

  it('holds exactly the digest’s indicator and mitigation ids (§2), with their [R] marks', () => {
    const rows = section(md, '## 2.', '## 3.')
      .filter((l) => l.startsWith('| `'))
      .map(cells)
      .filter((c) => c.length === 5 && /-(rf|tc|mit)-/.test(ticked(c[0]!) ?? ''));
    expect(INDICATORS.map((i) => i.id).sort()).toEqual(rows.map((c) => ticked(c[0]!)!).sort());
    const marked = rows.filter((c) => /\[R\]/.test(c[3]!)).map((c) => ticked(c[0]!)!);
    expect(marked.length).toBeGreaterThan(0);
    expect(INDICATORS.filter((i) => i.recruiterVisible).map((i) => i.id).sort()).toEqual([...marked].sort());
  });

  it('holds exactly the digest’s seized domains (§3.1)', () => {
    const domains = section(md, '### 3.1', '### 3.2')
      .filter((l) => /^\| `[a-z0-9.-]+\.[a-z]+` \|/.test(l))
      .map((l) => ticked(cells(l)[0]!)!);
    expect(SEIZED_DOMAINS.map((d) => d.domain).sort()).toEqual([...domains].sort());
  });

  it('holds every named entity of §3.2 with every spelling and script the digest gives', () => {
    const known = [...FRONT_COMPANIES, ...FAKE_EMPLOYERS];
    const spellings = new Set(known.flatMap((e) => [e.name, ...e.aliases]).map((s) => s.toLowerCase()));
    const rows = section(md, '### 3.2', '### 3.3')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| Entity') && !l.startsWith('|---'))
      .map(cells)
      // Rows without a matchable name: §3.2's summary of dispatching organisations (listed one by
      // one in us22-adv and kept under their full names) and the designations whose names were not found.
      .filter((c) => !/^Dispatching organisations|^\(two entities/.test(c[0]!));
    expect(rows.length).toBeGreaterThan(20);
    for (const [entity, aliases] of rows) {
      for (const name of entity!.split(';').map((s) => s.trim())) expect(spellings.has(name.toLowerCase()), name).toBe(true);
      // Quoted spellings and names in another script; notes about sites and abbreviations are not names.
      const given = [...aliases!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!.replace(/^DOJ: /, ''));
      given.push(...(aliases!.match(/[\p{Script=Han}\p{Script=Hangul}]+/gu) ?? []));
      for (const alias of given) {
        // Bare words that would hit innocent text are left out on purpose (front-companies.ts header).
        if (['osong'].includes(alias.toLowerCase())) continue;
        expect(spellings.has(alias.toLowerCase()), `${entity}: ${alias}`).toBe(true);
      }
    }
  });
});
