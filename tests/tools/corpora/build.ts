/**
 * Recreates the evaluation corpora from their public sources (sources.ts) into
 * tests/tools/corpora/.data/<id>.json (git-ignored): one JSON array of texts per
 * source. Reads a local bare mirror when there is one (CORPORA_MIRROR, default
 * /work/.mirror/<owner>+<name>/repo), else clones the repository from GitHub;
 * refuses a file (or a folder's manifest) whose sha256 differs from the
 * recorded one.
 *
 *   npx tsx tests/tools/corpora/build.ts
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCsv } from './csv';
import { CUTTERS } from './cutters';
import { SOURCES, type CsvSource, type FilesSource, type Source } from './sources';
import { zipEntry } from './zip';

export const DATA_DIR = resolve(import.meta.dirname, '.data');
const MIRROR = process.env.CORPORA_MIRROR ?? '/work/.mirror';
const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

function gitDir(repo: string): string {
  const local = join(MIRROR, repo.replace('/', '+'), 'repo');
  for (const dir of [local, join(local, '.git')]) if (existsSync(join(dir, 'objects'))) return dir;
  const into = mkdtempSync(join(tmpdir(), 'corpus-'));
  execFileSync('git', ['clone', '--bare', '--filter=blob:none', `https://github.com/${repo}.git`, into], { stdio: 'inherit' });
  return into;
}

const git = (dir: string, args: string[], input?: string): Buffer =>
  execFileSync('git', ['--git-dir', dir, ...args], { maxBuffer: 1 << 30, input });

function csvTexts(source: CsvSource): string[] {
  const bytes = git(gitDir(source.repo), ['show', `${source.commit}:${source.path}`]);
  const sha = sha256(bytes);
  if (sha !== source.sha256) throw new Error(`${source.id}: sha256 ${sha} differs from the recorded ${source.sha256}`);
  const csv = source.zipEntry ? zipEntry(bytes, source.zipEntry) : bytes;
  const [header, ...rows] = parseCsv(csv.toString('utf8'));
  const col = header?.indexOf(source.column) ?? -1;
  if (col < 0) throw new Error(`${source.id}: no column ${source.column}`);
  const whereCol = source.where ? header!.indexOf(source.where.column) : -1;
  const cut = source.cutter ? CUTTERS[source.cutter] : (t: string) => t;
  const texts: string[] = [];
  for (const row of rows) {
    if (source.where && row[whereCol] !== source.where.equals) continue;
    const text = row[col] ? cut(row[col]).trim() : '';
    if (text) texts.push(text);
  }
  return texts;
}

/** Every blob under the commit whose path matches, read in one `git cat-file --batch`. */
function filesAt(dir: string, source: FilesSource): Array<{ path: string; bytes: Buffer }> {
  const listing = git(dir, ['ls-tree', '-r', '-z', source.commit]).toString('utf8').split('\0');
  const wanted: Array<{ path: string; oid: string }> = [];
  for (const entry of listing) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [, type, oid] = entry.slice(0, tab).split(' ');
    const path = entry.slice(tab + 1);
    if (type === 'blob' && source.pattern.test(path)) wanted.push({ path, oid: oid! });
  }
  wanted.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const out = git(dir, ['cat-file', '--batch'], wanted.map((w) => w.oid).join('\n') + '\n');
  const files: Array<{ path: string; bytes: Buffer }> = [];
  let at = 0;
  for (const { path, oid } of wanted) {
    const eol = out.indexOf(10, at);
    const [gotOid, , size] = out.subarray(at, eol).toString('latin1').split(' ');
    if (gotOid !== oid) throw new Error(`${source.id}: git cat-file answered ${gotOid} for ${oid}`);
    const start = eol + 1;
    files.push({ path, bytes: out.subarray(start, start + Number(size)) });
    at = start + Number(size) + 1;
  }
  return files;
}

function folderTexts(source: FilesSource): string[] {
  const files = filesAt(gitDir(source.repo), source);
  const manifest = files.map((f) => `${f.path}\t${sha256(f.bytes)}\n`).join('');
  const sha = sha256(manifest);
  if (sha !== source.sha256) throw new Error(`${source.id}: manifest sha256 ${sha} (${files.length} files) differs from the recorded ${source.sha256}`);
  const cut = CUTTERS[source.cutter];
  // A stable order that mixes the mailboxes (sorted paths would keep the first few people's only).
  return files
    .map((f) => ({ key: sha256(f.path), text: cut(f.bytes.toString('utf8')) }))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .map((f) => f.text);
}

/** Deduplicated, long enough, capped per text (at a word boundary) and in number. */
function capped(source: Source, texts: string[]): string[] {
  const maxChars = source.limit?.chars ?? Infinity;
  const maxTexts = source.limit?.texts ?? Infinity;
  const minChars = source.limit?.minChars ?? 1;
  const sameOpening = source.limit?.sameOpening ?? Infinity;
  const openings = new Map<string, number>();
  const out = new Set<string>();
  for (const raw of texts) {
    if (out.size >= maxTexts) break;
    let text = raw.trim();
    if (text.length < minChars) continue;
    const opening = text.slice(0, 40);
    const seen = openings.get(opening) ?? 0;
    if (seen >= sameOpening) continue;
    openings.set(opening, seen + 1);
    if (text.length > maxChars) {
      const space = text.lastIndexOf(' ', maxChars);
      text = text.slice(0, space > maxChars / 2 ? space : maxChars);
    }
    out.add(text);
  }
  return [...out];
}

export function textsOf(source: Source): string[] {
  return capped(source, source.format === 'csv' ? csvTexts(source) : folderTexts(source));
}

export function buildAll(): void {
  mkdirSync(DATA_DIR, { recursive: true });
  for (const source of SOURCES) {
    const texts = textsOf(source);
    writeFileSync(join(DATA_DIR, `${source.id}.json`), JSON.stringify(texts));
    console.log(`${source.id}: ${texts.length} texts (${source.kind})`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) buildAll();
