/**
 * Recreates the real captured pages listed in sources.json into ./pages/
 * (git-ignored) from local snapshots of their public repositories, checking
 * each file's sha256. Nothing is downloaded here: bring the repository's
 * snapshot onto the machine first (a bare git directory), then
 *
 *   npx tsx tests/tools/real-pages/recreate.ts [--mirrors DIR]
 *
 * DIR holds one git directory per repository as `<owner>+<name>/repo`
 * (default: $REAL_PAGES_MIRRORS or /work/.mirror). Pages of real people are
 * never committed (developers' guide); only this list and this script are.
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
}

const here = dirname(fileURLToPath(import.meta.url));
export const PAGES_DIR = join(here, 'pages');

export function loadSources(): RealPageSource[] {
  return (JSON.parse(readFileSync(join(here, 'sources.json'), 'utf8')) as { pages: RealPageSource[] }).pages;
}

export const sha256 = (buf: Buffer | string) => createHash('sha256').update(buf).digest('hex');

function main(): void {
  const flag = process.argv.indexOf('--mirrors');
  const mirrors = flag > 0 ? process.argv[flag + 1]! : (process.env.REAL_PAGES_MIRRORS ?? '/work/.mirror');
  mkdirSync(PAGES_DIR, { recursive: true });
  let made = 0;
  for (const s of loadSources()) {
    const gitDir = join(mirrors, s.repo.replace('/', '+'), 'repo');
    if (!existsSync(gitDir)) {
      console.log(`skip ${s.id}: no snapshot of ${s.repo} at ${gitDir}`);
      continue;
    }
    const body = execFileSync('git', ['--git-dir', gitDir, 'show', `${s.commit}:${s.path}`], { maxBuffer: 64 * 1024 * 1024 });
    const got = sha256(body);
    if (got !== s.sha256) {
      console.log(`skip ${s.id}: sha256 ${got} is not the listed ${s.sha256}`);
      continue;
    }
    writeFileSync(join(PAGES_DIR, `${s.id}.html`), body);
    made++;
    console.log(`made ${s.id} (${(body.length / 1024).toFixed(0)} KB)`);
  }
  console.log(`${made} of ${loadSources().length} pages in ${PAGES_DIR}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
