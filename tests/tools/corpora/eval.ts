/**
 * `npm run eval`: the text rules on the real corpora (recreated by build.ts when
 * missing) and on the committed sample. Reports, per rule, hits on scheme
 * passages and false findings on ordinary texts, and overall: % of scheme
 * passages flagged, % of ordinary texts with any finding, % at medium or above.
 * `--show` lists the ordinary texts that drew a finding (locally only: never
 * paste them into a commit).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAll, DATA_DIR } from './build';
import { evaluateTexts, formatFigures } from './evaluate';
import { SOURCES } from './sources';
import { ORDINARY_SAMPLE, SCHEME_SAMPLE } from '../../unit/rules/eval-sample';

const show = process.argv.includes('--show');
if (SOURCES.some((s) => !existsSync(join(DATA_DIR, `${s.id}.json`)))) buildAll();

const load = (kind: 'ordinary' | 'scheme') =>
  SOURCES.filter((s) => s.kind === kind).flatMap((s) => JSON.parse(readFileSync(join(DATA_DIR, `${s.id}.json`), 'utf8')) as string[]);

const sample = evaluateTexts(Object.values(SCHEME_SAMPLE).flat(), ORDINARY_SAMPLE);
console.log(formatFigures('Committed sample (the team’s own writing)', sample));
console.log('');
const real = evaluateTexts(load('scheme'), load('ordinary'));
console.log(formatFigures(`Real corpora (${SOURCES.map((s) => s.id).join(', ')})`, real));
if (show) {
  for (const s of real.ordinary.flaggedSamples) console.log(`\n[${s.rules.join(', ')}]\n${s.text.slice(0, 600)}`);
  for (const t of sample.scheme.missed) console.log(`\nmissed (sample): ${t}`);
}
