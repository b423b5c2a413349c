/**
 * Browser-side figures for `npm run bench`: the content script's main-thread
 * cost in real Chromium with the built extension, read from the performance
 * entries the content script records (`hire-signals:work` = each synchronous
 * slice of its own work, the first one from the script's start so module
 * set-up, the browser API polyfill and WXT's context count too;
 * `hire-signals:scan` = first scan start → panel mounted).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES, launchWithExtension } from '../e2e/harness';
import { median } from './stats';

export interface BrowserFigures {
  profileScanMs: number;
  profileScanWallMs: number;
  nonProfileScanMs: number;
  idleMs: number;
  runs: number;
  fixture: string;
}

const NON_PROFILE_URL = 'https://www.linkedin.com/feed/';

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

async function ownWorkMs(page: Page): Promise<{ work: number; wall: number; count: number }> {
  return page.evaluate(() => {
    const work = performance.getEntriesByName('hire-signals:work');
    const scan = performance.getEntriesByName('hire-signals:scan')[0];
    return { work: work.reduce((s, e) => s + e.duration, 0), wall: scan ? scan.duration : NaN, count: work.length };
  });
}

export async function browserFigures(runs = 15): Promise<BrowserFigures> {
  const { file, url } = largestLinkedInFixture();
  const s = await launchWithExtension();
  try {
    await s.route([
      { url, file },
      { url: NON_PROFILE_URL, html: '<!doctype html><html><head><title>Feed | LinkedIn</title></head><body><main><h1>Feed</h1></main></body></html>' },
    ]);
    const profile: number[] = [];
    const wall: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await s.open(url);
      await page.locator('[data-hire-signals-panel]').waitFor({ state: 'attached', timeout: 20_000 });
      await page.waitForFunction(() => performance.getEntriesByName('hire-signals:scan').length > 0, undefined, { timeout: 20_000 });
      const m = await ownWorkMs(page);
      profile.push(m.work);
      wall.push(m.wall);
      await page.close();
    }
    const nonProfile: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await s.open(NON_PROFILE_URL);
      await page.waitForTimeout(300);
      nonProfile.push((await ownWorkMs(page)).work);
      await page.close();
    }
    // Idle: what the content script spends during 10 s after its first scan on an unchanging page.
    const page = await s.open(url);
    await page.locator('[data-hire-signals-panel]').waitFor({ state: 'attached', timeout: 20_000 });
    await page.waitForTimeout(500);
    const before = await ownWorkMs(page);
    await page.waitForTimeout(10_000);
    const after = await ownWorkMs(page);
    await page.close();
    return {
      profileScanMs: median(profile),
      profileScanWallMs: median(wall),
      nonProfileScanMs: median(nonProfile),
      idleMs: after.work - before.work,
      runs,
      fixture: file,
    };
  } finally {
    await s.close();
  }
}
