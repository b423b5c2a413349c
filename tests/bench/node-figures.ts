/**
 * Node-side figures for `npm run bench`: engine throughput, extraction per
 * fixture page, the lookup on a 20 KB résumé and the seen-profiles index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { evaluate } from '../../src/engine/evaluate';
import { lookup } from '../../src/engine/lookup';
import { extractPage } from '../../src/sites/extract-page';
import { profileInput } from '../../src/core/rule-input';
import { emptySnapshot, type ProfileSnapshot } from '../../src/core/snapshot';
import { defaultSettings } from '../../src/settings/schema';
import { SeenIndex, profileFingerprint } from '../../src/seen/seen-index';
import { fingerprint } from '../../src/seen/fingerprint';
import { median } from './stats';
import { readResumeFile } from '../../src/engine/files/read-resume';
import { checkResume } from '../../src/engine/files/check-resume';
import type { PdfJs } from '../../src/engine/files/pdf';

const ROOT = join(import.meta.dirname, '../..');

export function typicalSnapshot(): ProfileSnapshot {
  return {
    ...emptySnapshot('linkedin', 'https://www.linkedin.com/in/bench-typical/'),
    accountId: 'urn:li:member:123456',
    name: 'Alex Morgan',
    headline: 'Senior Software Engineer at Northbridge Analytics',
    location: { text: 'Denver, Colorado, United States', city: 'Denver', region: 'Colorado', country: 'United States' },
    about:
      'Engineer with ten years of experience in distributed systems, data pipelines and web applications. I care about reliability, clear documentation and mentoring. Happy to talk on a video call any time.',
    photo: true,
    verified: true,
    memberSince: '2014-03',
    followers: 820,
    connections: 500,
    connectionsCapped: true,
    positions: [
      { title: 'Senior Software Engineer', company: 'Northbridge Analytics', companyUrl: 'https://www.linkedin.com/company/northbridge-analytics/', location: 'Denver, CO', start: '2020-02', end: null, current: true, description: 'Lead the ingestion platform team; moved batch jobs to streaming.' },
      { title: 'Software Engineer', company: 'Lakeside Logistics', companyUrl: null, location: 'Boulder, CO', start: '2016-06', end: '2020-01', current: false, description: 'Built routing services in Go and the dispatch web app in React.' },
      { title: 'Junior Developer', company: 'Pinecrest Media', companyUrl: null, location: 'Denver, CO', start: '2014-07', end: '2016-05', current: false, description: 'CMS plugins and analytics dashboards.' },
    ],
    education: [{ school: 'University of Colorado Boulder', degree: 'BSc Computer Science', start: '2010', end: '2014' }],
    languages: ['English', 'Spanish'],
    skills: ['Go', 'TypeScript', 'Kafka', 'PostgreSQL', 'React'],
    links: ['https://alexmorgan.dev'],
  };
}

/** A 20 KB résumé text of the kind recruiters paste. */
export function resume20k(): string {
  const para =
    'Led a team of five engineers building a customer-facing analytics platform on AWS with TypeScript, React and PostgreSQL. Reduced page load time by forty percent and introduced contract tests between services. Mentored two junior developers and ran the weekly architecture review. ';
  let s = 'Jordan Ellis — Senior Software Engineer — jordan.ellis@example.com — +1 555 0100\n';
  while (s.length < 20_000) s += para;
  return s.slice(0, 20_000);
}

function timeIt(fn: () => void, minMs = 300): number {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    fn();
    n++;
  }
  return (performance.now() - start) / n;
}

export interface NodeFigures {
  engine: { evaluationsPerSecond: number; runs: number };
  extract: { msPerPage: Record<string, number>; runs: number };
  lookup: { msPerText: number; runs: number };
  seen: { lookupMs: number; bytesPer1000: number; profiles: number; runs: number };
}

export function nodeFigures(): NodeFigures {
  const settings = defaultSettings();
  // Two typical profiles taken in turn, so the rules' one-entry text caches never
  // answer from the previous evaluation: each evaluation does its full work.
  const base = typicalSnapshot();
  const inputs = [
    profileInput(base, new Date('2026-11-01')),
    profileInput({ ...base, about: `${base.about} Open to relocation within Colorado.` }, new Date('2026-11-01')),
  ];
  let turn = 0;
  const once = () => evaluate(inputs[turn++ & 1]!, settings);
  for (let i = 0; i < 2000; i++) once(); // warm-up
  const evalRuns = 7;
  const perEval = median(Array.from({ length: evalRuns }, () => timeIt(once, 200)));

  // Extraction: parse once per page (happy-dom), time only extractPage.
  const perPlatform: Record<string, number[]> = {};
  const fixturesDir = join(ROOT, 'tests/fixtures');
  for (const site of readdirSync(fixturesDir)) {
    let files: string[];
    try {
      files = readdirSync(join(fixturesDir, site)).filter((f) => f.endsWith('.html'));
    } catch {
      continue;
    }
    for (const f of files) {
      const html = readFileSync(join(fixturesDir, site, f), 'utf8');
      const expectedPath = join(fixturesDir, site, f.replace(/\.html$/, '.expected.json'));
      let url = 'https://example.org/';
      try {
        url = (JSON.parse(readFileSync(expectedPath, 'utf8')) as { url?: string; snapshot?: { url?: string } }).url ?? url;
      } catch {
        /* no expectation file: not a profile page */
      }
      const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
      window.document.write(html);
      const doc = window.document as unknown as Document;
      const ms = median(Array.from({ length: 5 }, () => timeIt(() => extractPage(doc, url), 50)));
      (perPlatform[site] ??= []).push(ms);
      void window.happyDOM.close();
    }
  }
  const msPerPage = Object.fromEntries(Object.entries(perPlatform).map(([k, v]) => [k, round(median(v), 3)]));

  const text = resume20k();
  for (let i = 0; i < 50; i++) lookup(text, settings);
  const lookupMs = median(Array.from({ length: 15 }, () => timeIt(() => lookup(text, settings), 100)));

  // Seen index with 20,000 stored profiles: fingerprints of varied synthetic texts.
  const idx = new SeenIndex();
  const words = 'react node typescript aws kafka postgres design mentoring payments logistics health retail cloud mobile data pipeline testing security api graph'.split(' ');
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const now = new Date('2026-11-01');
  for (let i = 0; i < 20_000; i++) {
    const body = Array.from({ length: 60 }, () => words[Math.floor(rnd() * words.length)]).join(' ');
    const sig = fingerprint(body)!;
    idx.record({ platform: 'linkedin', accountId: `bench-${i}`, url: `https://www.linkedin.com/in/bench-${i}/` }, sig, now);
  }
  const probe = profileFingerprint(typicalSnapshot()) ?? fingerprint(resume20k())!;
  const seenMs = median(Array.from({ length: 15 }, () => timeIt(() => idx.lookup(probe, { key: 'x', url: 'https://x.example/' }), 50)));
  const bytes = new TextEncoder().encode(JSON.stringify(idx.toJSON())).length;

  return {
    engine: { evaluationsPerSecond: Math.round(1000 / perEval), runs: evalRuns },
    extract: { msPerPage, runs: 5 },
    lookup: { msPerText: round(lookupMs, 3), runs: 15 },
    seen: { lookupMs: round(seenMs, 4), bytesPer1000: Math.round((bytes / idx.size) * 1000), profiles: idx.size, runs: 15 },
  };
}

export function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export interface ResumeFileFigures {
  /** A two-page PDF résumé read (pdf.js) and checked (every rule), pdf.js already loaded: median. */
  pdfTwoPageMs: number;
  /** The same, the first time: loading pdf.js included. */
  pdfFirstMs: number;
  /** A DOCX résumé read and checked: median. */
  docxMs: number;
  runs: number;
}

/**
 * The popup's résumé path (src/ui/popup/resume-check.ts without the browser):
 * readResumeFile + checkResume on the committed fixtures, with pdf.js's node
 * build (the popup runs its browser build with a worker; the E2E in
 * tests/e2e/resume-file.test.ts logs that figure).
 */
export async function resumeFileFigures(runs = 9): Promise<ResumeFileFigures> {
  const dir = join(ROOT, 'tests/fixtures/resumes');
  const pdf = new Uint8Array(readFileSync(join(dir, 'clean.pdf')));
  const docx = new Uint8Array(readFileSync(join(dir, 'clean.docx')));
  const loadPdfjs = () => import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJs>;
  const once = async (bytes: Uint8Array, name: string) => {
    const t0 = performance.now();
    const read = await readResumeFile(bytes, name, { loadPdfjs });
    if (!read.ok) throw new Error(`${name}: ${read.problem}`);
    checkResume(read);
    return performance.now() - t0;
  };
  const pdfFirstMs = await once(pdf, 'clean.pdf');
  const pdfTimes: number[] = [];
  const docxTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    pdfTimes.push(await once(pdf, 'clean.pdf'));
    docxTimes.push(await once(docx, 'clean.docx'));
  }
  return { pdfTwoPageMs: round(median(pdfTimes), 2), pdfFirstMs: round(pdfFirstMs, 1), docxMs: round(median(docxTimes), 2), runs };
}
