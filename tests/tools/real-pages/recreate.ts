/**
 * Recreates the real captured pages listed in sources.json into ./pages/
 * (git-ignored) from local snapshots of their public repositories, checking
 * each file's sha256. Nothing is downloaded here: bring the repository's
 * snapshot onto the machine first (a bare git directory), then
 *
 *   npx tsx tests/tools/real-pages/recreate.ts [--mirrors DIR]
 *
 * DIR holds one git directory per repository as `<owner>+<name>/repo` (bare)
 * or `<owner>+<name>/repo/.git` (default: $REAL_PAGES_MIRRORS or /work/.mirror).
 * Pages of real people are never committed (developers' guide); only this
 * list and this script are.
 *
 * Some captures were published inside a source file (a page pasted into a
 * string literal of a scraper or a test). Their entry names the whole file
 * by its `sha256` and the page by `lines` (first and last line, 1-based,
 * inclusive) and `pageSha256`: the page is those lines, verbatim.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RealPageSource {
  id: string;
  site: string;
  url: string;
  repo: string;
  commit: string;
  path: string;
  sha256: string;
  /** The page's lines in a source file that holds more than the page (1-based, inclusive). */
  lines?: [number, number];
  /** sha256 of the page cut out by `lines`. */
  pageSha256?: string;
  /** What the page is and when it was captured, as far as its source tells. */
  kind?: string;
  year?: number;
  /** Anything the page does not state itself (e.g. a URL the capture lacks). */
  note?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
export const PAGES_DIR = join(here, 'pages');

export function loadSources(): RealPageSource[] {
  return (JSON.parse(readFileSync(join(here, 'sources.json'), 'utf8')) as { pages: RealPageSource[] }).pages;
}

export const sha256 = (buf: Buffer | string) => createHash('sha256').update(buf).digest('hex');

/** The page itself: the whole file, or the listed lines of it. */
export function pageOf(source: RealPageSource, file: Buffer): Buffer {
  if (!source.lines) return file;
  const [from, to] = source.lines;
  return Buffer.from(file.toString('utf8').split('\n').slice(from - 1, to).join('\n'), 'utf8');
}

/** What the recreated page's sha256 must be. */
export const pageSha = (s: RealPageSource) => s.pageSha256 ?? s.sha256;

function gitDirOf(mirrors: string, repo: string): string | null {
  const base = join(mirrors, repo.replace('/', '+'), 'repo');
  for (const dir of [base, join(base, '.git')]) if (existsSync(join(dir, 'HEAD'))) return dir;
  return null;
}

function main(): void {
  const flag = process.argv.indexOf('--mirrors');
  const mirrors = flag > 0 ? process.argv[flag + 1]! : (process.env.REAL_PAGES_MIRRORS ?? '/work/.mirror');
  mkdirSync(PAGES_DIR, { recursive: true });
  let made = 0;
  for (const s of loadSources()) {
    const gitDir = gitDirOf(mirrors, s.repo);
    if (!gitDir) {
      console.log(`skip ${s.id}: no snapshot of ${s.repo} under ${mirrors}`);
      continue;
    }
    const file = execFileSync('git', ['--git-dir', gitDir, 'show', `${s.commit}:${s.path}`], { maxBuffer: 64 * 1024 * 1024 });
    const got = sha256(file);
    if (got !== s.sha256) {
      console.log(`skip ${s.id}: sha256 ${got} is not the listed ${s.sha256}`);
      continue;
    }
    const body = pageOf(s, file);
    if (sha256(body) !== pageSha(s)) {
      console.log(`skip ${s.id}: lines ${s.lines?.join('-')} are not the listed page (sha256 ${sha256(body)})`);
      continue;
    }
    writeFileSync(join(PAGES_DIR, `${s.id}.html`), body);
    made++;
    console.log(`made ${s.id} (${(body.length / 1024).toFixed(0)} KB)`);
  }
  console.log(`${made} of ${loadSources().length} pages in ${PAGES_DIR}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
