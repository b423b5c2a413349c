/**
 * One-off generator: reads the digest tables (shared/advisories.md §1 and §2)
 * and prints src/advisories/documents.ts and src/advisories/indicators.ts.
 * The generated TS is committed; the app never reads the digest at runtime.
 *
 *   npx tsx tests/tools/gen-advisories.ts ../shared/advisories.md
 * Output is reviewed by hand afterwards (agency lists, a few sections).
 */
import { readFileSync, writeFileSync } from 'node:fs';

const WHERE = ['profile', 'resume/text', 'interview', 'onboarding/payment', 'network/IT', 'n/a'] as const;

function cells(line: string): string[] {
  return line.replace(/^\|/, '').replace(/\|\s*$/, '').split('|').map((c) => c.trim());
}
const unTick = (s: string) => s.replace(/`/g, '').trim();
const stripBold = (s: string) => s.replace(/\*\*/g, '');

/** Split on `sep` outside parentheses. */
function splitOutside(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === sep && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function whereSeen(cell: string): string[] {
  const keepsProfile = /profile if stated/.test(cell);
  const bare = cell.replace(/\([^)]*\)/g, ' ');
  const found = WHERE.filter((w) => (w === 'n/a' ? /\bn\/a\b/.test(bare) : bare.includes(w)));
  if (keepsProfile && !found.includes('profile')) found.push('profile');
  return WHERE.filter((w) => found.includes(w));
}

function basisCode(cell: string): string {
  return cell.replace(/\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
}

function firstSentence(s: string): string {
  const m = /^(.+?[.!?])(\s+[A-Z"“]|$)/.exec(s);
  return (m ? m[1] : s).trim();
}

const PREFIX_DOC: Record<string, string> = {
  us22: 'us22-adv', kr22: 'kr22-adv', uskr23: 'uskr23-psa', us23: 'us23-doj', jp24: 'jp24-warn',
  us24: 'us24-psa', us24d: 'us24-doj', us25j: 'us25-psa-jan', us25d: 'us25-doj', us25u: 'us25-psa-jul',
  de24: 'de24-bfv', uk24: 'uk24-ofsi', au24: 'au24-adv', au25: 'au25-note', us18: 'us18-ofac',
  ofac: 'us18-ofac',
};

// Hand review of cells the table format cannot split cleanly.
const AGENCIES: Record<string, string[]> = {
  'uskr23-psa': ['FBI', 'U.S. Department of State', 'ROK Ministry of Foreign Affairs', 'ROK National Police Agency', 'ROK National Intelligence Service'],
  'jp24-warn': ['Japan Ministry of Foreign Affairs', 'National Police Agency', 'Ministry of Finance', 'Ministry of Economy, Trade and Industry'],
  'us23-doj': ['DOJ (National Security Division; U.S. Attorney, E.D. Missouri)', 'FBI'],
};
const KIND: Record<string, string> = {
  'us22-adv': 'Joint advisory',
  'uskr23-psa': 'Joint public service announcement',
  'us25-psa-jul': 'Public service announcement (update of us24-psa)',
};
/** Shorter paraphrases where the digest's one sentence is a long list. */
const SUMMARY: Record<string, string> = {
  'us22-rf-cross-profile-inconsistency': 'Name spelling, nationality, location, contacts, schooling or job history differ between the developer\'s profiles, portfolio and payment accounts, or clash with the location and hours the employer observes.',
  'us22-tc-forged-documents': 'Forged or altered identity, education, visa and financial documents, self-made (e.g. with Photoshop) or bought, pairing their photo with a real person\'s data.',
  'us22-mit-consistency-check': 'Check that name, nationality, location, contacts, education and work history agree across profiles, portfolio sites, payment accounts and observed hours; take extra care with very simple profiles.',
  'uk24-tc-locations-roles': 'Mainly in Russia and China, also elsewhere; seek IT support, design, software and animation work.',
  'kr22-rf-platform-account-signals': 'Platform-side login signals matching the U.S. list (many IPs per account, many accounts per IP, always logged in).',
};
const md = readFileSync(process.argv[2] ?? '../shared/advisories.md', 'utf8').split('\n');
const docs: string[] = [];
const inds: string[] = [];
let part = '';
for (const line of md) {
  if (line.startsWith('## ')) part = line.slice(3, 5);
  if (!line.startsWith('| `')) continue;
  const c = cells(line);
  if (part === '1.') {
    const [id, title, by, date, urls, kind, basis] = c;
    let agencies = splitOutside(by, ';');
    if (agencies.length === 1) agencies = splitOutside(by, ',');
    agencies = AGENCIES[unTick(id)] ?? agencies;
    const url = /https?:\/\/[^\s,;)]+/.exec(urls)?.[0] ?? '';
    const iso = /\d{4}-\d{2}-\d{2}/.exec(date)?.[0] ?? null;
    docs.push(
      `  {\n    id: ${JSON.stringify(unTick(id))},\n    title: ${JSON.stringify(stripBold(title))},\n    agencies: ${JSON.stringify(agencies.map(stripBold))},\n` +
        `    date: ${JSON.stringify(iso)},\n    url: ${JSON.stringify(url)},\n    kind: ${JSON.stringify(KIND[unTick(id)] ?? stripBold(kind))},\n    basis: ${JSON.stringify(basisCode(basis))},\n  },`,
    );
  } else if (part === '2.') {
    if (c.length !== 5) continue;
    const [rawId, rawSection, para, where, basis] = c;
    const id = unTick(rawId);
    if (!/-(rf|tc|mit)-/.test(id)) continue;
    const sectionDoc = /^`([a-z0-9-]+)`$/.exec(rawSection)?.[1];
    const documentId = sectionDoc ?? PREFIX_DOC[id.split('-')[0]];
    if (!documentId) throw new Error(`no document for ${id}`);
    const section = sectionDoc ? 'Designation press release' : stripBold(rawSection).replace(/`/g, '');
    const kind = id.includes('-mit-') ? 'mitigation' : /Context only/.test(para) || /n\/a \(context\)/.test(where) ? 'context' : id.includes('-rf-') ? 'red-flag' : 'tradecraft';
    inds.push(
      `  {\n    id: ${JSON.stringify(id)},\n    documentId: ${JSON.stringify(documentId)},\n    section: ${JSON.stringify(section)},\n` +
        `    summary: ${JSON.stringify(SUMMARY[id] ?? firstSentence(unTick(stripBold(para))))},\n    whereSeen: ${JSON.stringify(whereSeen(where))},\n` +
        `    kind: ${JSON.stringify(kind)},\n    basis: ${JSON.stringify(basisCode(basis))},\n  },`,
    );
  }
}

writeFileSync(
  'src/advisories/documents.ts',
  `import type { GuidanceDocument } from './types';\n\n` +
    `// Generated from shared/advisories.md §1 by tests/tools/gen-advisories.ts, then reviewed.\n` +
    `// \`url\` is the official URL listed first; where the digest found none, the first copy it read.\n` +
    `export const DOCUMENTS: GuidanceDocument[] = [\n${docs.join('\n')}\n];\n`,
);
writeFileSync(
  'src/advisories/indicators.ts',
  `import type { Indicator } from './types';\n\n` +
    `// Generated from shared/advisories.md §2 by tests/tools/gen-advisories.ts, in digest order.\n` +
    `// Ids are the digest's; summaries are short paraphrases (never copied sentences).\n` +
    `export const INDICATORS: Indicator[] = [\n${inds.join('\n')}\n];\n`,
);
console.log(`documents ${docs.length}, indicators ${inds.length}`);
