/**
 * Browser-side figures for `npm run bench`: the content script's main-thread
 * cost in real Chromium with the built extension, read from the performance
 * entries the content script records (`hire-signals:work` = each synchronous
 * slice of its own work, the first one from the script's start so module
 * set-up and the lifecycle count too;
 * `hire-signals:scan` = first scan start → panel mounted). `profileRescanMs`
 * is the same page read, sent and redrawn a second time by the same script
 * (the popup's "check again"): the work itself, without the first-use costs
 * of a fresh script world (V8 compiling each function and pattern, the first
 * DOM query, the first API call). It has no budget; it shows how the first
 * scan splits.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES, launchWithExtension, tabIdForUrl, type ExtensionSession } from '../e2e/harness';
import { scriptCompileMs } from './compile-trace';
import { writeReferenceExtension } from './reference-extension';
import { median } from './stats';

export interface BrowserFigures {
  profileScanMs: number;
  profileScanWallMs: number;
  profileRescanMs: number;
  /** The same measure of the bench's reference content script (./reference-extension.ts) on the same page. */
  referenceScanMs: number;
  nonProfileScanMs: number;
  /** V8 compiling our content-script files as they are injected, before any mark can run (./compile-trace.ts). */
  profileCompileMs: number;
  nonProfileCompileMs: number;
  idleMs: number;
  runs: number;
  fixture: string;
}

const NON_PROFILE_URL = 'https://www.linkedin.com/feed/';
/** Traced loads per page kind for the compile figures (tracing is slower; these loads are not marked ones). */
const COMPILE_RUNS = 7;

/** The largest LinkedIn profile fixture and the URL it is served at. */
export function largestLinkedInFixture(): { file: string; url: string } {
  const dir = join(FIXTURES, 'linkedin');
  const candidates = readdirSync(dir)
    .filter((f) => f.endsWith('.html') && existsExpected(join(dir, f)))
    .map((f) => ({ f, size: statSync(join(dir, f)).size }))
    .sort((a, b) => b.size - a.size);
  const top = candidates[0];
  if (!top) throw new Error('no LinkedIn profile fixture with an .expected.json');
  const expected = JSON.parse(readFileSync(join(dir, top.f.replace(/\.html$/, '.expected.json')), 'utf8')) as { url: string };
  return { file: `linkedin/${top.f}`, url: expected.url };
}

function existsExpected(htmlPath: string): boolean {
  try {
    const e = JSON.parse(readFileSync(htmlPath.replace(/\.html$/, '.expected.json'), 'utf8')) as { state?: string };
    return e.state === undefined || e.state === 'profile';
  } catch {
    return false;
  }
}

/**
 * Asks the page's content script to scan again, as the popup does, and sums the work
 * slices that follow: the read and send, then the redraw when the background answers.
 */
async function rescanWorkMs(s: ExtensionSession, page: Page): Promise<number> {
  const before = await ownWorkMs(page);
  const tabId = await tabIdForUrl(s, page.url());
  if (tabId === null) throw new Error(`no tab report for ${page.url()}`);
  await s.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'hs:rescan' }), tabId);
  await page.waitForFunction((n) => performance.getEntriesByName('hire-signals:work').length >= n, before.count + 2, { timeout: 20_000 });
  await page.waitForTimeout(100);
  return (await ownWorkMs(page)).work - before.work;
}

/** A profile load is done when the panel's host is in the page. */
const panelMounted = (page: Page) => page.locator('[data-hire-signals-panel]').waitFor({ state: 'attached', timeout: 20_000 });
/** A non-profile load draws nothing: it is given time for the script to run, and anything it would do after. */
const settled = (page: Page) => page.waitForTimeout(300);

async function ownWorkMs(page: Page): Promise<{ work: number; wall: number; count: number }> {
  return page.evaluate(() => {
    const work = performance.getEntriesByName('hire-signals:work');
    const scan = performance.getEntriesByName('hire-signals:scan')[0];
    return { work: work.reduce((s, e) => s + e.duration, 0), wall: scan ? scan.duration : NaN, count: work.length };
  });
}

export async function browserFigures(runs = 15): Promise<BrowserFigures> {
  const { file, url } = largestLinkedInFixture();
  const ours = await extensionFigures(file, url, runs);
  // After ours has closed: one browser at a time on a 2-core machine.
  return { ...ours, referenceScanMs: await referenceScanMs(file, url, runs) };
}

async function extensionFigures(file: string, url: string, runs: number): Promise<Omit<BrowserFigures, 'referenceScanMs'>> {
  const s = await launchWithExtension();
  try {
    await s.route([
      { url, file },
      { url: NON_PROFILE_URL, html: '<!doctype html><html><head><title>Feed | LinkedIn</title></head><body><main><h1>Feed</h1></main></body></html>' },
    ]);
    const profile: number[] = [];
    const wall: number[] = [];
    const rescan: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await s.open(url);
      await panelMounted(page);
      await page.waitForFunction(() => performance.getEntriesByName('hire-signals:scan').length > 0, undefined, { timeout: 20_000 });
      const m = await ownWorkMs(page);
      profile.push(m.work);
      wall.push(m.wall);
      rescan.push(await rescanWorkMs(s, page));
      await page.close();
    }
    const nonProfile: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await s.open(NON_PROFILE_URL);
      await settled(page);
      nonProfile.push((await ownWorkMs(page)).work);
      await page.close();
    }
    const profileCompile = await scriptCompileMs(s, url, COMPILE_RUNS, panelMounted);
    const nonProfileCompile = await scriptCompileMs(s, NON_PROFILE_URL, COMPILE_RUNS, settled);
    // Idle: what the content script spends during 10 s after its first scan on an unchanging page.
    const page = await s.open(url);
    await panelMounted(page);
    await page.waitForTimeout(500);
    const before = await ownWorkMs(page);
    await page.waitForTimeout(10_000);
    const after = await ownWorkMs(page);
    await page.close();
    return {
      profileScanMs: median(profile),
      profileScanWallMs: median(wall),
      profileRescanMs: median(rescan),
      nonProfileScanMs: median(nonProfile),
      profileCompileMs: median(profileCompile),
      nonProfileCompileMs: median(nonProfileCompile),
      idleMs: after.work - before.work,
      runs,
      fixture: file,
    };
  } finally {
    await s.close();
  }
}

/**
 * `profileScanMs` of the reference content script (one read, one message, one
 * chip): what a fresh content-script world costs on this machine before any
 * extractor runs. Its own browser, so nothing of ours is loaded beside it.
 */
async function referenceScanMs(file: string, url: string, runs: number): Promise<number> {
  const ext = writeReferenceExtension();
  const s = await launchWithExtension({ extensionDir: ext.dir });
  try {
    await s.route([{ url, file }]);
    const work: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await s.open(url);
      await panelMounted(page);
      await page.waitForFunction(() => performance.getEntriesByName('hire-signals:work').length >= 2, undefined, { timeout: 20_000 });
      work.push((await ownWorkMs(page)).work);
      await page.close();
    }
    return median(work);
  } finally {
    await s.close();
    ext.remove();
  }
}
