import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PANEL_SAMPLES, panelTestSettings, sampleHtml } from '../fixtures/panel/samples';
import { BROWSER, BROWSER_LABEL, FIXTURES, launchSession, type Session } from './harness';
import { waitUntil } from './session';
import { contentTimings, pageReads } from './panel-probe';
import { TIMING } from '../../src/content/work-timer';

/**
 * The extension is reloaded (an update does the same) while its content script
 * is mid-scan on a page that keeps changing: sections still arriving, text
 * still changing, the URL changing with pushState. The orphaned copy must stop
 * every listener, observer and timer without a word in the page's console.
 * Chromium leaves the orphan in the page (declared content scripts are not
 * injected again into open tabs); Firefox tears the old copy's sandbox down.
 */
const SAMPLE = PANEL_SAMPLES.linkedin;
const LATE_SCRIPT = readFileSync(join(FIXTURES, 'panel/late-sections-page.js'), 'utf8');
const busyHtml = () => sampleHtml(SAMPLE).replace('<head>', () => `<head>\n<script>${LATE_SCRIPT}</script>`);

describe(`reloading the extension mid-scan (real ${BROWSER_LABEL[BROWSER]})`, () => {
  let s: Session | undefined;
  afterEach(async () => {
    await s?.close().catch(() => {});
    s = undefined;
  });

  // Two moments: right as the reader starts (first read, sections still arriving), and once it has drawn.
  it.each([
    ['as the reader starts reading', 1],
    ['after several reads, with scans in flight', 4],
  ])('an orphaned content script stops silently: %s', async (_label, reads) => {
    s = await launchSession();
    await s.inExtension((api, value) => api.storage.local.set({ settings: value }), panelTestSettings() as unknown);
    await s.route([{ url: SAMPLE.url, html: busyHtml() }]);
    const page = await s.open(SAMPLE.url);
    await waitUntil('the reader reading the page', () => pageReads(s!, page), (n) => n >= reads, 10_000);
    expect(await page.evaluate(() => (window as unknown as { __lateDone: boolean }).__lateDone)).toBe(false);
    const PROBE_ERROR = 'console watch probe';
    if (page.canReachContentScriptWorld) {
      // The watch hears errors of the content script's own world, not only the page's.
      await page.inContentScriptWorld(`setTimeout(() => { throw new Error(${JSON.stringify(PROBE_ERROR)}); }, 0); 1`);
      await waitUntil('the probe error in the console watch', async () => page.consoleProblems.join('\n'), (all) => all.includes(PROBE_ERROR), 5000);
    }
    const extras = () => page.evaluate(() => Array.from(document.documentElement.children).filter((el) => el !== document.head && el !== document.body).length);
    // The panel is drawn on the background's answer, which may come after a few more reads of a busy page.
    if (reads > 1) await waitUntil('the panel host before the reload', extras, (n) => n === 1, 10_000);

    // Reload from an extension page; the page running this goes away with the extension.
    await Promise.race([
      s.inExtension((api) => {
        setTimeout(() => api.runtime.reload(), 0);
        return true;
      }).catch(() => true),
      new Promise((r) => setTimeout(r, 3000)),
    ]);

    // The page carries on: sections, text and URL keep changing for a few seconds.
    await waitUntil('the page to finish changing', () => page.evaluate(() => (window as unknown as { __lateDone: boolean }).__lateDone), (done) => done, 15_000);
    await new Promise((r) => setTimeout(r, 1500));
    // Once the page is quiet, anything of ours still running would add work slices: none may come.
    // The orphan's slices are read in its own world, where only Chromium lets automation in (and where
    // the orphan stays: Firefox tears its sandbox down).
    const workCount = async () => (page.canReachContentScriptWorld ? (await contentTimings(s!, page, TIMING.work)).length : 0);
    const settled = await workCount();
    if (BROWSER === 'chromium') expect(settled).toBeGreaterThan(0);
    await page.evaluate(() => {
      for (let i = 0; i < 5; i++) {
        history.pushState({}, '', `${location.pathname}?after=${i}`);
        document.body.append(Object.assign(document.createElement('p'), { textContent: `after reload ${i}` }));
      }
    });
    await new Promise((r) => setTimeout(r, 2500));
    if (BROWSER === 'chromium') expect(await workCount()).toBe(settled);

    expect(page.consoleProblems.filter((m) => !m.includes(PROBE_ERROR))).toEqual([]);
    // The orphan took its panel away (Firefox may start a fresh copy after the reload: at most that one).
    expect(await extras()).toBeLessThanOrEqual(BROWSER === 'chromium' ? 0 : 1);
  });
});
