/**
 * Prints, per recreated real page, the fields its own machine-readable data
 * holds and how many a reader reads right, misses or misreads:
 *
 *   npx tsx tests/tools/real-pages/report.ts [path/to/src]
 *
 * With a `src` folder from another revision (e.g. `git archive <rev> src | tar -x -C /tmp/before`)
 * it measures that revision's readers instead, for before/after figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { loadSources, PAGES_DIR } from './recreate';
import { indeedTruth, linkedinPublicTruth, score, snapshotFields, upworkTruth, type Truth } from './truth';

const TRUTH: Record<string, (html: string, doc: Document) => Truth> = { upwork: upworkTruth, linkedin: linkedinPublicTruth, indeed: indeedTruth };

async function main(): Promise<void> {
  const src = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '../../../src'));
  for (const s of loadSources()) {
    const file = join(PAGES_DIR, `${s.id}.html`);
    if (!existsSync(file) || !TRUTH[s.site]) continue;
    const html = readFileSync(file, 'utf8');
    const site = (await import(join(src, 'sites', s.site, 'site.ts'))) as { default: { extract(d: Document, u: string): { state: string; snapshot: Record<string, unknown> | null } } };
    const win = new Window({ url: s.url });
    const doc = new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const result = site.default.extract(doc, s.url);
    const r = score(TRUTH[s.site]!(html, doc), snapshotFields(result.snapshot));
    console.log(`${s.id}: state ${result.state}; ${r.read} of ${r.held} fields read; missed ${r.missed.length} [${r.missed.join(', ')}]; misread ${r.misread.length} [${r.misread.join(', ')}]`);
    await win.happyDOM.close();
  }
}

void main();
