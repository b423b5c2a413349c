/**
 * `npm run eval`: the text rules on the real corpora (recreated by build.ts when
 * missing) and on the committed sample. Reports, per corpus and overall, per
 * rule, hits on scheme passages and false findings on ordinary texts, and the
 * shares: % of scheme passages flagged, % of ordinary texts with any finding,
 * % at medium or above. `--show` lists the ordinary texts that drew a finding,
 * with each finding's severity and evidence (locally only: never paste them
 * into a commit).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAll, DATA_DIR } from './build';
import { evaluateTexts, formatFigures, mergeFigures, percent, type Figures } from './evaluate';
import { SOURCES } from './sources';
import { ORDINARY_SAMPLE, SCHEME_SAMPLE } from '../../unit/rules/eval-sample';

const show = process.argv.includes('--show');
if (SOURCES.some((s) => !existsSync(join(DATA_DIR, `${s.id}.json`)))) buildAll();

const textsOf = (id: string) => JSON.parse(readFileSync(join(DATA_DIR, `${id}.json`), 'utf8')) as string[];

const sample = evaluateTexts(Object.values(SCHEME_SAMPLE).flat(), ORDINARY_SAMPLE);
console.log(formatFigures('Committed sample (the team’s own writing)', sample));
console.log('');

const perCorpus: Array<{ id: string; figures: Figures }> = SOURCES.map((s) => {
  const texts = textsOf(s.id);
  return { id: s.id, figures: s.kind === 'scheme' ? evaluateTexts(texts, []) : evaluateTexts([], texts) };
});
console.log('Real corpora, one by one');
for (const { id, figures: f } of perCorpus) {
  const rules = Object.entries(f.perRule).map(([r, n]) => `${r} ${n.schemeHits || n.ordinaryHits}`);
  const share =
    f.scheme.total > 0
      ? `scheme flagged ${f.scheme.flagged}/${f.scheme.total} (${percent(f.scheme.flagged, f.scheme.total)})`
      : `any finding ${f.ordinary.anyFinding}/${f.ordinary.total} (${percent(f.ordinary.anyFinding, f.ordinary.total)}), ` +
        `medium+ ${f.ordinary.mediumOrAbove} (${percent(f.ordinary.mediumOrAbove, f.ordinary.total)})`;
  console.log(`  ${id.padEnd(26)} ${share}${rules.length > 0 ? ` — ${rules.join(', ')}` : ''}`);
}
console.log('');
const real = mergeFigures(perCorpus.map((c) => c.figures));
console.log(formatFigures(`Real corpora together (${SOURCES.map((s) => s.id).join(', ')})`, real));
if (show) {
  for (const { id, figures } of perCorpus)
    for (const s of figures.ordinary.flaggedSamples) console.log(`\n[${id}] level ${s.level}\n  ${s.details.join('\n  ')}\n${s.text.slice(0, 600)}`);
  for (const t of sample.scheme.missed) console.log(`\nmissed (sample): ${t}`);
}
