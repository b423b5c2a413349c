import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanContent } from '../../../src/cli/scan-input';
import { BROWSER, BROWSER_LABEL, launchSession, sessionTabReports, type Session } from '../../e2e/harness';
import { panelState, waitForPanel } from '../../e2e/panel-probe';
import { loadSources, PAGES_DIR } from './recreate';

/**
 * The built extension on every recreated real capture, served at its URL in the
 * real browser: the page is read as a profile, the panel shows as many signals as
 * the scan command finds, and the background's report names the same rules. Run
 * apart from CI (the captures are never committed):
 *
 *   npx tsx tests/tools/real-pages/recreate.ts && npm run build && npm run build:firefox
 *   npx vitest run --config tests/tools/real-pages/vitest.browsers.config.ts
 */
const present = loadSources().filter((s) => existsSync(join(PAGES_DIR, `${s.id}.html`)));

describe.skipIf(present.length === 0)(`real pages in real ${BROWSER_LABEL[BROWSER]}`, () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchSession();
    await s.route(present.map((p) => ({ url: p.url, html: readFileSync(join(PAGES_DIR, `${p.id}.html`), 'utf8') })));
  });
  afterAll(async () => s?.close());

  it.each(present)('$id: the panel agrees with the scan command', async (p) => {
    const scan = (await scanContent(readFileSync(join(PAGES_DIR, `${p.id}.html`), 'utf8'), { url: p.url, path: null, label: p.id })).result;
    expect(scan.state).toBe('profile');
    const page = await s.open(p.url);
    try {
      await waitForPanel(s, page);
      await expect.poll(async () => Number((await panelState(s, page)).count), { timeout: 15_000 }).toBe(scan.findings.length);
      const kept = Object.values(await sessionTabReports(s)).find((r) => r.url === p.url) as { state: string; report: { findings: Array<{ ruleId: string }> } } | undefined;
      expect(kept?.state).toBe('profile');
      expect(kept!.report.findings.map((f) => f.ruleId).sort()).toEqual(scan.findings.map((f) => f.ruleId).sort());
    } finally {
      await page.close();
    }
  });
});
