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
  const keepsProfile = /profile if stated/.test(cell) || (/\[R\]/.test(cell) && /\([^)]*\bprofile\b[^)]*\)/.test(cell));
  // An [R] row "(… message if stated)" is visible in pasted text when the candidate writes it.
  const keepsText = /\[R\]/.test(cell) && /\([^)]*\bmessage\b[^)]*\)/.test(cell);
  const bare = cell.replace(/\([^)]*\)/g, ' ');
  const found = WHERE.filter((w) => (w === 'n/a' ? /\bn\/a\b/.test(bare) : bare.includes(w)));
  if (keepsProfile && !found.includes('profile')) found.push('profile');
  if (keepsText && !found.includes('resume/text')) found.push('resume/text');
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
  // Rows added to the digest on 2026-12-02 (§2.16–§2.19).
  ca25: 'ca25-adv', jp25: 'jp25-warn', us26: 'us26-alert', us24m: 'us24-doj-may', us25jan: 'us25-doj-jan',
  us25o: 'us25-ofac-jan',
};

// Hand review of cells the table format cannot split cleanly.
const AGENCIES: Record<string, string[]> = {
  'uskr23-psa': ['FBI', 'U.S. Department of State', 'ROK Ministry of Foreign Affairs', 'ROK National Police Agency', 'ROK National Intelligence Service'],
  'jp24-warn': ['Japan Ministry of Foreign Affairs', 'National Police Agency', 'Ministry of Finance', 'Ministry of Economy, Trade and Industry'],
  'us23-doj': ['DOJ (National Security Division; U.S. Attorney, E.D. Missouri)', 'FBI'],
  'uskr24-sanc-mar': ['Treasury — OFAC', 'ROK Ministry of Foreign Affairs (coordinated)'],
  'jpuskr25-js': ['Japan Ministry of Foreign Affairs', 'National Police Agency', 'Ministry of Finance', 'Ministry of Economy, Trade and Industry', 'U.S. Department of State', 'ROK Ministry of Foreign Affairs'],
  'jp25-warn': ['Japan Ministry of Foreign Affairs', 'National Police Agency', 'Ministry of Finance', 'Ministry of Economy, Trade and Industry'],
  'us26-alert': ['U.S. Department of State', 'FBI', 'allied governments (Japan, Canada, Germany, Australia, the UK, the ROK and the Netherlands among them)'],
};
/** Titles whose digest cell carries a note for the digest's readers, not ours. */
const TITLE: Record<string, string> = {
  'us-ofac-mangyongdae': 'OFAC designation of eight individuals and two entities laundering DPRK funds incl. IT-worker fraud',
};
/** The digest gives only a month (the case itself, 2025-04); the day it shows is the press report's. */
const NO_DATE = new Set(['jp25-mpd']);
const KIND: Record<string, string> = {
  'us22-adv': 'Joint advisory',
  'uskr23-psa': 'Joint public service announcement',
  'us25-psa-jul': 'Public service announcement (update of us24-psa)',
};
/** Rows whose section cell names several documents or none: the document the row is cited from. */
const SECTION_DOC: Record<string, string> = {
  // The AI-disguise row draws on the joint statement, the updated warning and the Tokyo case; the joint statement is the one all three governments issued.
  'jp25-tc-ai-disguise': 'jpuskr25-js',
  // The marketplace was seized with the May 2024 charges; the 2026 sentencing restates it.
  'us24m-tc-account-rental-market': 'us24-doj-may',
};
/** Section names for rows whose section cell is a document id (§2.14, §2.19). */
const DOC_SECTION: Record<string, string> = {
  'us25o-tc-banking-proxies': 'Designation press release (2025-11-04)',
  'us24m-tc-account-rental-market': 'Charges and seizure (2024-05-16); sentencing (2026-02)',
  'us25jan-tc-rmm-on-laptop': 'Indictment press release',
  'us25jan-tc-facilitator-invoicing': 'Indictment press release',
};
/** `[R]` marks of the rows added 2026-12-02: what a recruiter can see without IT or platform help. */
function recruiterVisible(where: string): string | null {
  const m = /\[R\](?:\s+(partly|weak))?/.exec(where);
  return m ? (m[1] ?? 'yes') : null;
}
/** Shorter paraphrases where the digest's one sentence is a long list. */
const SUMMARY: Record<string, string> = {
  'us25o-tc-banking-proxies': 'The designated company ran IT-worker delegations in Shenyang and Dandong and used Chinese nationals as banking proxies, so the name on the payout account is not the worker\'s.',
  'us22-rf-cross-profile-inconsistency': 'Name spelling, nationality, location, contacts, schooling or job history differ between the developer\'s profiles, portfolio and payment accounts, or clash with the location and hours the employer observes.',
  'us22-tc-forged-documents': 'Forged or altered identity, education, visa and financial documents, self-made (e.g. with Photoshop) or bought, pairing their photo with a real person\'s data.',
  'us22-mit-consistency-check': 'Check that name, nationality, location, contacts, education and work history agree across profiles, portfolio sites, payment accounts and observed hours; take extra care with very simple profiles.',
  'uk24-tc-locations-roles': 'Mainly in Russia and China, also elsewhere; seek IT support, design, software and animation work.',
  'kr22-rf-platform-account-signals': 'Platform-side login signals matching the U.S. list (many IPs per account, many accounts per IP, always logged in).',
};
const md = readFileSync(process.argv[2] ?? '../shared/advisories.md', 'utf8').split('\n');
/** Where to write (default: the catalogue itself); pass a scratch folder to diff first. */
const outDir = process.argv[3] ?? 'src/advisories';
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
    const iso = NO_DATE.has(unTick(id)) ? null : (/\d{4}-\d{2}-\d{2}/.exec(date)?.[0] ?? null);
    docs.push(
      `  {\n    id: ${JSON.stringify(unTick(id))},\n    title: ${JSON.stringify(TITLE[unTick(id)] ?? unTick(stripBold(title)))},\n    agencies: ${JSON.stringify(agencies.map(stripBold))},\n` +
        `    date: ${JSON.stringify(iso)},\n    url: ${JSON.stringify(url)},\n    kind: ${JSON.stringify(KIND[unTick(id)] ?? unTick(stripBold(kind)))},\n    basis: ${JSON.stringify(basisCode(basis))},\n  },`,
    );
  } else if (part === '2.') {
    if (c.length !== 5) continue;
    const [rawId, rawSection, para, where, basis] = c;
    const id = unTick(rawId);
    if (!/-(rf|tc|mit)-/.test(id)) continue;
    // A section cell that is a document id (optionally followed by more ids or a date) names the document.
    const sectionDoc = SECTION_DOC[id] ?? /^`([a-z0-9-]+)`(?:$|[ ,(])/.exec(rawSection)?.[1];
    const documentId = sectionDoc ?? PREFIX_DOC[id.split('-')[0]];
    if (!documentId) throw new Error(`no document for ${id}`);
    const section = DOC_SECTION[id] ?? (rawSection.startsWith('`') ? 'Designation press release' : stripBold(rawSection).replace(/`/g, ''));
    const kind = id.includes('-mit-') ? 'mitigation' : /Context only/.test(para) || /n\/a \(context\)/.test(where) ? 'context' : id.includes('-rf-') ? 'red-flag' : 'tradecraft';
    inds.push(
      `  {\n    id: ${JSON.stringify(id)},\n    documentId: ${JSON.stringify(documentId)},\n    section: ${JSON.stringify(section)},\n` +
        `    summary: ${JSON.stringify(SUMMARY[id] ?? firstSentence(unTick(stripBold(para))))},\n    whereSeen: ${JSON.stringify(whereSeen(where))},\n` +
        `    kind: ${JSON.stringify(kind)},\n    basis: ${JSON.stringify(basisCode(basis))},\n` +
        (recruiterVisible(where) ? `    recruiterVisible: ${JSON.stringify(recruiterVisible(where))},\n` : '') +
        `  },`,
    );
  }
}

writeFileSync(
  `${outDir}/documents.ts`,
  `import type { GuidanceDocument } from './types';\n\n` +
    `// Generated from shared/advisories.md §1 by tests/tools/gen-advisories.ts, then reviewed.\n` +
    `// \`url\` is the official URL listed first; where the digest found none, the first copy it read.\n` +
    `export const DOCUMENTS: GuidanceDocument[] = [\n${docs.join('\n')}\n];\n`,
);
writeFileSync(
  `${outDir}/indicators.ts`,
  `import type { Indicator } from './types';\n\n` +
    `// Generated from shared/advisories.md §2 by tests/tools/gen-advisories.ts, in digest order.\n` +
    `// Ids are the digest's; summaries are short paraphrases (never copied sentences).\n` +
    `export const INDICATORS: Indicator[] = [\n${inds.join('\n')}\n];\n`,
);
console.log(`documents ${docs.length}, indicators ${inds.length}`);
