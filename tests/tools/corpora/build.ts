/**
 * Recreates the evaluation corpora from their public sources (sources.ts) into
 * tests/tools/corpora/.data/<id>.json (git-ignored): one JSON array of texts per
 * source. Reads a local bare mirror when there is one (CORPORA_MIRROR, default
 * /work/.mirror/<owner>+<name>/repo), else clones the repository from GitHub;
 * refuses a file whose sha256 differs from the recorded one.
 *
 *   npx tsx tests/tools/corpora/build.ts
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCsv } from './csv';
import { SOURCES, type CsvSource } from './sources';

export const DATA_DIR = resolve(import.meta.dirname, '.data');
const MIRROR = process.env.CORPORA_MIRROR ?? '/work/.mirror';

function gitDir(repo: string): string {
  const local = join(MIRROR, repo.replace('/', '+'), 'repo');
  for (const dir of [local, join(local, '.git')]) if (existsSync(join(dir, 'objects'))) return dir;
  const into = mkdtempSync(join(tmpdir(), 'corpus-'));
  execFileSync('git', ['clone', '--bare', '--filter=blob:none', `https://github.com/${repo}.git`, into], { stdio: 'inherit' });
  return into;
}

function fileAt(source: CsvSource): Buffer {
  const bytes = execFileSync('git', ['--git-dir', gitDir(source.repo), 'show', `${source.commit}:${source.path}`], { maxBuffer: 1 << 30 });
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== source.sha256) throw new Error(`${source.id}: sha256 ${sha} differs from the recorded ${source.sha256}`);
  return bytes;
}

function textsOf(source: CsvSource, bytes: Buffer): string[] {
  const [header, ...rows] = parseCsv(bytes.toString('utf8'));
  const col = header?.indexOf(source.column) ?? -1;
  if (col < 0) throw new Error(`${source.id}: no column ${source.column}`);
  const whereCol = source.where ? header!.indexOf(source.where.column) : -1;
  const out = new Set<string>();
  for (const row of rows) {
    if (source.where && row[whereCol] !== source.where.equals) continue;
    const text = row[col]?.trim();
    if (text) out.add(text);
  }
  return [...out];
}

export function buildAll(): void {
  mkdirSync(DATA_DIR, { recursive: true });
  for (const source of SOURCES) {
    const texts = textsOf(source, fileAt(source));
    writeFileSync(join(DATA_DIR, `${source.id}.json`), JSON.stringify(texts));
    console.log(`${source.id}: ${texts.length} texts (${source.kind})`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) buildAll();
