import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { getDocument, sourceFor } from '../../../src/advisories/catalogue';
import { DOCUMENTS } from '../../../src/advisories/documents';
import { FAKE_EMPLOYERS } from '../../../src/advisories/fake-employers';
import { ENTITY_ACTIONS, FRONT_COMPANIES } from '../../../src/advisories/front-companies';
import { INDICATORS } from '../../../src/advisories/indicators';
import { PRIVATE_SECTOR_SOURCES, SEIZED_DOMAINS } from '../../../src/advisories/seized-domains';
import { documentSchema, indicatorSchema } from '../../../src/advisories/types';

// Counts stated in shared/advisories.md §0 — the data must not drift from the digest silently.
// Updated 2026-12-02 (digest changelog); the ids themselves are checked in digest-drift.test.ts.
const DIGEST = { documents: 39, indicatorLines: 153, redFlags: 78, tradecraft: 75, contextOnly: 13, mitigations: 62, recruiterVisible: 10 };

const domainSchema = z
  .object({
    domain: z.string().regex(/^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'lower-case registrable domain, no scheme or www'),
    siteName: z.string().min(1),
    action: z.string().min(1),
    sourceId: z.string().min(1),
    sourceUrl: z.string().url(),
    certainty: z.string().min(1),
    fakeEmployer: z.literal(true).optional(),
  })
  .strict();

const trimmed = z.string().min(2).refine((s) => s === s.trim() && !/\s{2}/.test(s), 'trimmed, single-spaced');
const frontCompanySchema = z
  .object({
    name: trimmed,
    aliases: z.array(trimmed),
    location: z.string().min(1),
    action: z.string().min(1),
    sourceIds: z.array(z.string()).min(1),
    sourceUrl: z.string().url(),
    basis: z.string().min(1),
    commonName: z.boolean().optional(),
    keepLegalForm: z.boolean().optional(),
  })
  .strict();

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const isSorted = (xs: string[]) => xs.every((x, i) => i === 0 || xs[i - 1].localeCompare(x, 'en') <= 0);

describe('guidance documents (§1)', () => {
  it('are well-formed and unique', () => {
    for (const d of DOCUMENTS) expect(documentSchema.safeParse(d).success, d.id).toBe(true);
    expect(new Set(DOCUMENTS.map((d) => d.id)).size).toBe(DOCUMENTS.length);
    expect(DOCUMENTS).toHaveLength(DIGEST.documents);
  });

  it('use https links and only V/P/S basis codes', () => {
    for (const d of DOCUMENTS) {
      expect(d.url.startsWith('https://'), d.id).toBe(true);
      expect(d.basis, d.id).toMatch(/^[VPS]( ?[/+] ?[VPS])*$/);
    }
  });

  it('keep the documented gaps as gaps (no invented date)', () => {
    // The 2026-12-02 digest dates the Mangyongdae action; these remain undated there.
    expect(getDocument('us-ofac-mangyongdae')?.date).toBe('2025-11-04');
    for (const id of ['us26-doj-feb', 'us26-doj-nj', 'us25-fbi-blocknovas', 'jp25-mpd']) expect(getDocument(id)?.date, id).toBeNull();
    expect(getDocument('us22-adv')?.url).toBe('https://home.treasury.gov/system/files/126/20220516_dprk_it_worker_advisory.pdf');
  });
});

describe('indicators and mitigations (§2)', () => {
  it('are well-formed, unique, and cite an existing document', () => {
    for (const i of INDICATORS) {
      expect(indicatorSchema.safeParse(i).success, i.id).toBe(true);
      expect(getDocument(i.documentId), i.id).toBeDefined();
    }
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length);
  });

  it('match the digest counts', () => {
    const rf = INDICATORS.filter((i) => i.id.includes('-rf-'));
    const tc = INDICATORS.filter((i) => i.id.includes('-tc-'));
    const mit = INDICATORS.filter((i) => i.id.includes('-mit-'));
    expect(rf).toHaveLength(DIGEST.redFlags);
    expect(tc).toHaveLength(DIGEST.tradecraft);
    expect(rf.length + tc.length).toBe(DIGEST.indicatorLines);
    expect(mit).toHaveLength(DIGEST.mitigations);
    expect(INDICATORS.filter((i) => i.kind === 'context')).toHaveLength(DIGEST.contextOnly);
    expect(INDICATORS.filter((i) => i.recruiterVisible)).toHaveLength(DIGEST.recruiterVisible);
  });

  it('make every [R] item visible on a profile or in pasted text', () => {
    for (const i of INDICATORS.filter((x) => x.recruiterVisible)) {
      expect(i.whereSeen.some((w) => w === 'profile' || w === 'resume/text'), i.id).toBe(true);
    }
  });

  it('map the id infix to the kind', () => {
    for (const i of INDICATORS) {
      if (i.id.includes('-mit-')) expect(i.kind, i.id).toBe('mitigation');
      else if (i.id.includes('-rf-')) expect(i.kind, i.id).toBe('red-flag');
      else expect(['tradecraft', 'context'], i.id).toContain(i.kind);
    }
  });

  it('mark context-only items as not observable (§4: no rule on its own)', () => {
    for (const i of INDICATORS.filter((x) => x.kind === 'context')) expect(i.whereSeen, i.id).toEqual(['n/a']);
    expect(INDICATORS.find((i) => i.id === 'us22-tc-claimed-nationality')?.kind).toBe('context');
  });

  it('keep summaries short and free of markup', () => {
    for (const i of INDICATORS) {
      expect(i.summary.length, i.id).toBeLessThanOrEqual(240);
      expect(i.summary, i.id).not.toMatch(/[`*|<>]/);
    }
  });

  it('resolve to a citation through the catalogue', () => {
    expect(sourceFor('us22-rf-move-off-platform')).toMatchObject({
      id: 'us22-adv',
      section: 'Red Flag Indicators › employers',
      indicatorId: 'us22-rf-move-off-platform',
    });
    expect(sourceFor('no-such-indicator')).toBeNull();
  });
});

describe('seized domains (§3.1)', () => {
  it('are well-formed, normalised, sorted and unique', () => {
    for (const d of SEIZED_DOMAINS) expect(domainSchema.safeParse(d).success, d.domain).toBe(true);
    const domains = SEIZED_DOMAINS.map((d) => d.domain);
    expect(isSorted(domains)).toBe(true);
    expect(new Set(domains).size).toBe(domains.length);
  });

  it('hold exactly the six named domains and not the unseized one', () => {
    expect(SEIZED_DOMAINS.map((d) => d.domain)).toEqual(['blocknovas.com', 'hopanatech.com', 'inditechlab.com', 'tonywangtech.com', 'upworksell.com', 'wkjllc.com']);
    expect(SEIZED_DOMAINS.some((d) => d.domain.includes('huguotech'))).toBe(false);
  });

  it('cite a known source and keep the certainty note', () => {
    for (const d of SEIZED_DOMAINS) {
      const known = getDocument(d.sourceId) ?? PRIVATE_SECTOR_SOURCES[d.sourceId];
      expect(known, d.domain).toBeDefined();
      // A private report says it is not a government list; a government action says how it is known.
      if (PRIVATE_SECTOR_SOURCES[d.sourceId]) expect(d.certainty, d.domain).toMatch(/not a government list/i);
      else expect(d.certainty, d.domain).toMatch(/government action known from (a )?secondary report/i);
    }
  });
});

describe('designated entities (§3.2)', () => {
  it('are well-formed and sorted by name', () => {
    for (const c of FRONT_COMPANIES) expect(frontCompanySchema.safeParse(c).success, c.name).toBe(true);
    expect(isSorted(FRONT_COMPANIES.map((c) => c.name))).toBe(true);
  });

  it('have no duplicate names or aliases across entries', () => {
    const all = FRONT_COMPANIES.flatMap((c) => [c.name, ...c.aliases]).map(fold);
    expect(new Set(all).size).toBe(all.length);
  });

  it('cite catalogue documents', () => {
    for (const c of [...FRONT_COMPANIES, ...FAKE_EMPLOYERS]) {
      for (const id of c.sourceIds) expect(getDocument(id) ?? ENTITY_ACTIONS[id], `${c.name}: ${id}`).toBeDefined();
    }
  });

  it('include every designated entity of the digest', () => {
    const names = FRONT_COMPANIES.map((c) => c.name);
    for (const n of [
      'Yanbian Silverstar Network Technology Co., Ltd.',
      'Volasys Silver Star',
      'Chinyong Information Technology Cooperation Company',
      'Shenyang Geumpungri Network Technology Co., Ltd',
      'Korea Sinjin Trading Corporation',
      "Department 53 of the Ministry of the People's Armed Forces",
      'Korea Osong Shipping Co',
      'Chonsurim Trading Corporation',
      'Liaoning China Trade Industry Co., Ltd.',
      'Korea Songkwang Trading General Corporation',
      'Korea Saenal Trading Corporation',
      'Asatryan LLC',
      'Fortuna LLC',
      'Korea Sobaeksu Trading Company',
      'Korea Mangyongdae Computer Technology Company',
      'Ryujong Credit Bank',
      'Alis LLC',
      'Pioneer Bencont Star Real Estate',
      'Korea Kumjung Economic Information Technology Exchange Corporation',
      'Tongmyong Technology Trade Company',
      'Kumsong Academy',
      'Independent Lab LLC',
      'Tony WKJ LLC',
    ])
      expect(names).toContain(n);
  });

  it('carry no aliases that are ordinary words or other organisations (fairness, §4)', () => {
    const aliases = FRONT_COMPANIES.flatMap((c) => c.aliases).map(fold);
    expect(aliases).not.toContain('osong');
    expect(aliases).not.toContain('kbs');
    expect(FRONT_COMPANIES.some((c) => /ministry of defen[cs]e/i.test(c.name))).toBe(false);
  });
});

describe('fake employers (§3.2 notes)', () => {
  it('are the three named fake employers, sorted, and apart from the candidate entities', () => {
    expect(FAKE_EMPLOYERS.map((e) => e.name)).toEqual(['Angeloper Agency', 'BlockNovas LLC', 'SoftGlide LLC']);
    const candidateNames = new Set(FRONT_COMPANIES.flatMap((c) => [c.name, ...c.aliases]).map(fold));
    for (const e of FAKE_EMPLOYERS) for (const n of [e.name, ...e.aliases]) expect(candidateNames.has(fold(n)), n).toBe(false);
  });

  it('own their seized domain, which the seized-domain data marks as a fake employer', () => {
    const marked = SEIZED_DOMAINS.filter((d) => d.fakeEmployer).map((d) => d.domain);
    expect(FAKE_EMPLOYERS.flatMap((e) => e.domains)).toEqual(marked);
    expect(marked).toEqual(['blocknovas.com']);
  });
});
