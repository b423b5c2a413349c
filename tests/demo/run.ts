/**
 * `npm run demo`: the built extension in Chromium, with its default settings (built-in rules
 * only: no test rule), on the synthetic sample profiles of ./samples.ts served at their real URLs
 * through browser routing (every other request is aborted; no real site is contacted). For each
 * sample it writes the in-page panel, collapsed and expanded, and the popup; then the popup's
 * look-up and empty states and the options page, to demo-output/. The README's screenshots are
 * copied from there into docs/screenshots/.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchSession, ROOT, sessionTabReports } from '../e2e/harness';
import { DEMO_PROFILES, THREE_SIGNALS } from './samples';
import { panelShots, popupShot, reportedTabId } from './screens';

const OUT = join(ROOT, 'demo-output');
const README_SHOTS = join(ROOT, 'docs/screenshots');
const NOT_A_PROFILE = 'https://www.linkedin.com/feed/';
const LOOKUP_TEXT = 'Thanks for the offer! Please pay my salary in USDT to this wallet, bank transfer does not work for me. My camera is broken, so let us continue on Telegram.';

/** README image ← demo-output file. */
const README: Record<string, string> = {
  'linkedin-panel-collapsed.png': `${THREE_SIGNALS.id}-panel-collapsed.png`,
  'linkedin-panel-expanded.png': `${THREE_SIGNALS.id}-panel-expanded.png`,
  'popup-profile.png': `${THREE_SIGNALS.id}-popup.png`,
  'popup-lookup.png': 'popup-lookup.png',
  'popup-empty.png': 'popup-empty.png',
  'options.png': 'options.png',
  'popup-dark.png': 'popup-dark.png',
};

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const s = await launchSession();
  const written: string[] = [];
  const problems: string[] = [];
  try {
    await s.route([
      ...DEMO_PROFILES.map((p) => ({ url: p.url, html: p.html })),
      { url: NOT_A_PROFILE, html: '<!doctype html><html lang="en"><head><title>Feed | LinkedIn</title></head><body><h1>Feed</h1></body></html>' },
    ]);
    for (const sample of DEMO_PROFILES) {
      const page = await panelShots(s, sample.url, join(OUT, `${sample.id}-panel-collapsed.png`), join(OUT, `${sample.id}-panel-expanded.png`));
      const tabId = await reportedTabId(s, sample.url);
      const report = (await sessionTabReports(s))[tabId]?.report as { findings: Array<{ ruleId: string }> } | null;
      const ids = (report?.findings ?? []).map((f) => f.ruleId).sort();
      if (ids.join() !== [...sample.signals].sort().join()) problems.push(`${sample.id}: shows ${ids.join(', ') || 'nothing'}, written to show ${sample.signals.join(', ') || 'nothing'}`);
      const m = await popupShot(s, join(OUT, `${sample.id}-popup.png`), { tabId });
      console.log(`[demo] ${sample.id}: ${m.findings} signal(s); popup ${m.contentHeight} px tall at 420 px, last finding ends at ${m.lastFindingBottom} px`);
      written.push(`${sample.id}-panel-collapsed.png`, `${sample.id}-panel-expanded.png`, `${sample.id}-popup.png`);
      await page.close();
    }
    await popupShot(s, join(OUT, 'popup-lookup.png'), {
      view: 'lookup',
      prepare: async (popup) => {
        await popup.fill('[data-testid="lookup-input"]', LOOKUP_TEXT);
        await popup.click('[data-testid="lookup-run"]');
        await popup.waitFor('[data-testid="lookup-result"]');
      },
    });
    const feed = await s.open(NOT_A_PROFILE);
    // Opened over a page Hire Signals does not read: the popup says so and points to the look-up.
    await popupShot(s, join(OUT, 'popup-empty.png'));
    await feed.close();
    const options = await s.openExtensionPage('options.html');
    await options.setViewport(1000, 800);
    await options.waitFor('[data-testid="rule-search"]');
    await options.screenshot(join(OUT, 'options.png'));
    await options.close();
    written.push('popup-lookup.png', 'popup-empty.png', 'options.png');
    const stray = s.extensionRequests();
    if (stray.length > 0) problems.push(`the extension made network requests: ${stray.join(', ')}`);
  } finally {
    await s.close();
  }
  // The dark scheme is fixed per browser session (tests/e2e/dark-scheme.test.ts says why).
  const dark = await launchSession({ colorScheme: 'dark' });
  try {
    await dark.route([{ url: THREE_SIGNALS.url, html: THREE_SIGNALS.html }]);
    const page = await dark.open(THREE_SIGNALS.url);
    await popupShot(dark, join(OUT, 'popup-dark.png'), { tabId: await reportedTabId(dark, THREE_SIGNALS.url) });
    await page.close();
    written.push('popup-dark.png');
  } finally {
    await dark.close();
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  mkdirSync(README_SHOTS, { recursive: true });
  for (const [name, from] of Object.entries(README)) copyFileSync(join(OUT, from), join(README_SHOTS, name));
  console.log(`[demo] wrote ${written.length} screenshots to ${OUT}; README images refreshed in ${README_SHOTS}:`);
  for (const f of written) console.log(`  ${f}`);
}

main().catch((err) => {
  console.error('[demo] failed:', err);
  process.exitCode = 1;
});
