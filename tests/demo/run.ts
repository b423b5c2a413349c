/**
 * `npm run demo`: the built extension in Chromium on the bundled synthetic
 * sample profiles, served at their real URLs through browser routing (the E2E
 * harness: every other request is aborted, no real site is contacted). Headed
 * when a display exists, headless otherwise. Writes, per sample, screenshots
 * of the panel collapsed and expanded and of the popup to demo-output/.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_SAMPLES, panelTestSettings } from '../fixtures/panel/samples';
import { launchWithExtension, ROOT, tabIdForUrl, type ExtensionSession } from '../e2e/harness';
import { probeUrl } from '../e2e/panel-probe';

const OUT = join(ROOT, 'demo-output');

/** The panel's shadow root is closed: the extension itself says where the chip is (tests/e2e/panel-probe.ts). */
const asExtension = (session: ExtensionSession) => ({
  inExtension: (fn: (api: never, arg: never) => unknown, arg?: unknown) =>
    session.serviceWorker.evaluate(`(${fn.toString()})(chrome, ${JSON.stringify(arg ?? null)})`),
});
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

async function waitFor<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 150));
    value = await read();
  }
  return value;
}

async function panelShot(page: Page, file: string) {
  // Both the page and the panel: the panel is fixed to the viewport corner.
  await page.screenshot({ path: join(OUT, file) });
}

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const session = await launchWithExtension({ headless: !headed });
  const written: string[] = [];
  try {
    // The demo's keyword rule makes every sample show at least one signal.
    await session.serviceWorker.evaluate((value) => chrome.storage.local.set({ settings: value }), panelTestSettings() as unknown);
    await session.route(DEMO_SAMPLES.map((s) => ({ url: s.url, file: s.file })));

    for (const sample of DEMO_SAMPLES) {
      const page = await session.open(sample.url);
      const chipOf = async () => (await probeUrl(asExtension(session) as never, sample.url, ['.hs-chip']))?.found['.hs-chip']?.[0] ?? null;
      const chip = await waitFor(chipOf, (c) => c !== null);
      if (!chip) {
        console.warn(`[demo] ${sample.id}: no panel (the page was not read as a profile)`);
      } else {
        await panelShot(page, `${sample.id}-panel-collapsed.png`);
        await page.mouse.click(chip.x + chip.width / 2, chip.y + chip.height / 2);
        await page.waitForTimeout(200);
        await panelShot(page, `${sample.id}-panel-expanded.png`);
        written.push(`${sample.id}-panel-collapsed.png`, `${sample.id}-panel-expanded.png`);
      }
      // The popup, opened in a tab; `tabId` names the sample's tab for a popup that reads it.
      const tabId = await waitFor(() => tabIdForUrl(session, sample.url), (id) => id !== null, 5_000);
      const popup = await session.context.newPage();
      await popup.setViewportSize({ width: 420, height: 640 });
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html${tabId !== null ? `?tabId=${tabId}` : ''}`);
      await popup.waitForTimeout(400);
      await popup.screenshot({ path: join(OUT, `${sample.id}-popup.png`), fullPage: true });
      written.push(`${sample.id}-popup.png`);
      await popup.close();
      await page.close();
    }
    const stray = session.extensionRequests();
    if (stray.length > 0) throw new Error(`The extension made network requests: ${stray.join(', ')}`);
  } finally {
    await session.close();
  }
  console.log(`[demo] ${headed ? 'headed' : 'headless'}; wrote ${written.length} screenshots to ${OUT}:`);
  for (const f of written) console.log(`  ${f}`);
}

main().catch((err) => {
  console.error('[demo] failed:', err);
  process.exitCode = 1;
});
