/**
 * Heights of the options page (1000 px wide) and of the popup (420 px wide) on the demo's
 * profiles with 1, 3 and 8 signals, for one or more builds (Chromium). Writes nothing.
 */
import { join } from 'node:path';
import { launchSession, ROOT } from '../e2e/harness';
import { DEMO_PROFILES } from './samples';
import { reportedTabId } from './screens';
// Built extensions to compare, e.g. an older commit built with WXT_OUT_DIR=.output-before:
//   npx tsx tests/demo/measure-heights.ts .output-before/chrome-mv3 .output/chrome-mv3
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['.output/chrome-mv3'];
for (const name of dirs) {
  const dir = join(ROOT, name);
  const s = await launchSession({ extensionDir: dir });
  const o = await s.openExtensionPage('options.html');
  await o.setViewport(1000, 800);
  await o.waitFor('[data-testid="rule-search"]');
  const options = await o.evaluate(() => document.documentElement.scrollHeight);
  await o.close();
  await s.route(DEMO_PROFILES.map((p) => ({ url: p.url, html: p.html })));
  const popups: string[] = [];
  for (const p of DEMO_PROFILES.slice(1)) {
    const page = await s.open(p.url);
    const tabId = await reportedTabId(s, p.url);
    const pop = await s.openExtensionPage(`popup.html?tabId=${tabId}`);
    await pop.setViewport(420, 600);
    await pop.waitFor('[data-testid="level"]');
    popups.push(`${p.signals.length} signals: ${await pop.evaluate(() => document.documentElement.scrollHeight)} px`);
    await pop.close();
    await page.close();
  }
  console.log(name, `options ${options} px at 1000 px wide;`, popups.join(', '));
  await s.close();
}
