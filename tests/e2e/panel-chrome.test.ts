import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../src/settings/schema';
import { defaultSettings } from '../../src/settings/schema';
import { expectedOutcome, PANEL_SAMPLES, panelTestSettings, sampleHtml } from '../fixtures/panel/samples';
import { runAxe } from './axe';
import { BROWSER, BROWSER_LABEL, launchSession, ROOT, SCREENSHOTS, type Session, type Tab } from './harness';
import { clickInPanel, probe, waitForPanel } from './panel-probe';
import { waitUntil } from './session';

/**
 * The panel's own chrome around the findings: bounded height with its own
 * scroll, a corner the recruiter picks and the extension remembers per site,
 * keyboard use (focus order, Escape back to the chip), and axe on the panel as
 * drawn, in the light and the dark scheme. Heights on profiles with 1, 3 and 8
 * signals are measured and written to test-results/panel-heights-<browser>.json.
 */
const SAMPLE = PANEL_SAMPLES.linkedin;
const GITHUB = PANEL_SAMPLES.github;
const REPLICA_URL = 'https://panel-replica.example/';
const SHOTS = join(SCREENSHOTS, BROWSER);
const VIEWPORT = { width: 1280, height: 800 };

/** Words of the LinkedIn sample's own text, one per custom keyword rule: each rule fires once. */
const WORDS = ['panel-sample-keyword', 'contracts', 'start today', 'payment', 'usdt', 'for hire', 'engineer', 'full-stack'];
const SEVERITIES = ['high', 'medium', 'low'] as const;

/** Defaults (whatever guidance rules fire on the sample) plus keyword rules up to `n` signals in all. */
function settingsFor(n: number): Settings {
  const base = defaultSettings();
  const builtIn = expectedOutcome(SAMPLE, base).report!.findings.length;
  const extra = Math.max(0, n - builtIn);
  if (extra > WORDS.length) throw new Error(`the sample has words for ${WORDS.length} extra signals, not ${extra}`);
  return {
    ...base,
    customRules: WORDS.slice(0, extra).map((word, i) => ({
      id: `custom-panel-height-${i}`,
      name: `Profile mentions “${word}” (sample rule ${i + 1})`,
      fields: ['all'],
      keywords: [word],
      pattern: null,
      severity: SEVERITIES[i % 3]!,
      weight: 1,
      note: 'A sample rule for measuring the panel: the synthetic profile says this.',
      enabled: true,
    })),
  };
}

/** The sample with a page control of its own fixed in the bottom-right corner, where the panel starts. */
const withCornerControl = (html: string) =>
  html.replace(
    '</body>',
    '<button id="page-messaging" type="button" style="position:fixed;right:16px;bottom:16px;width:260px;height:44px;z-index:10">Messaging</button></body>',
  );

const REPLICA_HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Panel replica</title></head><body><main><h1>Panel replica</h1></main></body></html>';

describe(`in-page panel chrome (real ${BROWSER_LABEL[BROWSER]})`, () => {
  let s: Session;
  const heights: Record<string, unknown> = {};

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    s = await launchSession();
    await s.route([
      { url: SAMPLE.url, html: withCornerControl(sampleHtml(SAMPLE)) },
      { url: GITHUB.url, file: GITHUB.file },
      { url: REPLICA_URL, html: REPLICA_HTML },
    ]);
  });
  afterAll(async () => {
    if (Object.keys(heights).length) {
      mkdirSync(join(ROOT, 'test-results'), { recursive: true });
      writeFileSync(join(ROOT, 'test-results', `panel-heights-${BROWSER}.json`), `${JSON.stringify({ viewport: VIEWPORT, heights }, null, 2)}\n`);
    }
    await s?.close();
  });
  afterEach(async () => s?.closeTabs());

  const openWith = (settings: Settings, url: string = SAMPLE.url) => openPanelPage(s, settings, url);

  for (const n of [1, 3, 8]) {
    it(`fits the viewport with ${n} signal${n === 1 ? '' : 's'}: bounded height, its own scroll, most severe first`, async () => {
      const settings = settingsFor(n);
      const expected = expectedOutcome(SAMPLE, settings).report!;
      expect(expected.findings).toHaveLength(n);
      const page = await openWith(settings);
      await expect.poll(async () => (await probe(s, page))?.count).toBe(n);
      const collapsed = (await probe(s, page))!;
      await page.screenshot(join(SHOTS, `panel-${n}-collapsed.png`));
      await clickInPanel(s, page, '.hs-chip');
      await expect.poll(async () => (await probe(s, page))?.expanded).toBe(true);
      const open = (await probe(s, page, ['[data-rule-id]', '.hs-severity']))!;
      await page.screenshot(join(SHOTS, `panel-${n}-expanded.png`));
      heights[`${n}`] = {
        chip: Math.round(collapsed.host!.height),
        panel: Math.round(open.host!.height),
        scrollBox: Math.round(open.body!.height),
        content: open.body!.scrollHeight,
      };
      console.log(`[panel height] ${BROWSER}, ${n} signal(s): ${JSON.stringify(heights[`${n}`])}`);
      // The whole panel stays on screen, and what does not fit scrolls inside the panel.
      expect(open.host!.y).toBeGreaterThanOrEqual(0);
      expect(open.host!.y + open.host!.height).toBeLessThanOrEqual(VIEWPORT.height);
      expect(open.body!.height).toBeLessThanOrEqual(560 + 1);
      expect(open.body!.overflowY).toBe('auto');
      // Most severe first.
      const rank = { high: 0, medium: 1, low: 2 } as const;
      const order = open.found['[data-rule-id]']!.map((e) => expected.findings.find((f) => f.ruleId === e.attrs['data-rule-id'])!.severity);
      expect(order).toEqual([...order].sort((a, b) => rank[a] - rank[b]));
    });
  }

  it('moves off the page’s own control at a click, and keeps that corner for the site', async () => {
    const page = await openWith(settingsFor(3));
    const control = async () =>
      page.evaluate(() => {
        const b = document.getElementById('page-messaging')!;
        const r = b.getBoundingClientRect();
        return document.elementFromPoint(r.x + r.width - 20, r.y + r.height / 2) === b;
      });
    // Where the panel starts, it sits over the page's corner control.
    expect((await probe(s, page))!.corner).toBe('bottom-right');
    expect(await control()).toBe(false);
    await clickInPanel(s, page, '.hs-chip');
    await clickInPanel(s, page, '.hs-move');
    await expect.poll(async () => (await probe(s, page))?.corner).toBe('bottom-left');
    // Moving keeps focus on "Move", and the panel open.
    expect((await probe(s, page))!.active).toBe('hs-move');
    await page.press('Escape');
    expect(await control()).toBe(true);
    const stored = (await s.inExtension((api) => api.storage.local.get('panelPlace'))) as { panelPlace?: unknown };
    expect(stored.panelPlace).toEqual({ linkedin: 'bottom-left' });
    await page.reload();
    await waitForPanel(s, page);
    const again = (await probe(s, page))!;
    expect(again.corner).toBe('bottom-left');
    expect(again.host!.x).toBeLessThan(VIEWPORT.width / 2);
    expect(await control()).toBe(true);
  });

  it('works from the keyboard: Enter opens, Tab walks the panel in order, Escape folds it and returns focus to the chip', async () => {
    const page = await openWith(settingsFor(3));
    await clickInPanel(s, page, '.hs-chip');
    await page.press('Escape');
    await expect.poll(async () => (await probe(s, page))?.active).toBe('hs-chip');
    expect((await probe(s, page))!.expanded).toBe(false);
    await page.press('Enter');
    await expect.poll(async () => (await probe(s, page))?.expanded).toBe(true);
    const visited: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.press('Tab');
      visited.push((await probe(s, page))!.active ?? '');
    }
    // Panel controls first (move, collapse), then the findings' own controls, all inside the panel.
    expect(visited.slice(0, 2)).toEqual(['hs-move', 'hs-collapse']);
    expect(visited.every((v) => v !== '')).toBe(true);
    await page.press('Escape');
    await expect.poll(async () => (await probe(s, page))?.active).toBe('hs-chip');
    expect((await probe(s, page))!.expanded).toBe(false);
  });

  const axeOnPanel = (page: Tab, scheme: 'light' | 'dark') => axeOnDrawnPanel(s, page, scheme);

  it('has no axe violations, open, in the light scheme', async () => {
    const page = await openWith(settingsFor(3));
    expect(await axeOnPanel(page, 'light')).toEqual([]);
  });

  it('has no axe violations, open, in the dark scheme (a page that states it)', async () => {
    const page = await openWith(panelTestSettings(), GITHUB.url);
    expect((await probe(s, page))!.scheme).toBe('dark');
    expect(await axeOnPanel(page, 'dark')).toEqual([]);
  });
});

/**
 * axe cannot enter a closed shadow root, so it runs on a faithful copy: the panel's markup and
 * styles as the extension drew them, in an open shadow root of a plain page of the same browser.
 */
async function axeOnDrawnPanel(s: Session, page: Tab, scheme: 'light' | 'dark'): Promise<string[]> {
    await clickInPanel(s, page, '.hs-chip');
    await expect.poll(async () => (await probe(s, page))?.expanded).toBe(true);
    const markup = (await probe(s, page, [], { markup: true }))!.markup!;
    const replicaName = `panel-replica-${scheme}${markup.includes('data-scheme="') ? '-page' : '-browser'}.png`;
    const replica = await s.open(REPLICA_URL);
    await replica.evaluate((html) => {
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).innerHTML = html;
      document.body.append(host);
    }, markup);
    await waitUntil('the replica drawn', () => replica.evaluate(() => document.body.lastElementChild?.shadowRoot?.querySelectorAll('[data-rule-id]').length ?? 0), (k) => k > 0);
    await replica.screenshot(join(SHOTS, replicaName));
    return runAxe(replica);
}

// Firefox takes the scheme from a profile preference only, so the browser's own dark scheme needs a session of its own.
describe(`in-page panel in the browser's dark scheme, axe (real ${BROWSER_LABEL[BROWSER]})`, () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchSession({ colorScheme: 'dark' });
    await s.route([
      { url: SAMPLE.url, file: SAMPLE.file },
      { url: REPLICA_URL, html: REPLICA_HTML },
    ]);
  });
  afterAll(async () => s?.close());
  afterEach(async () => s?.closeTabs());

  it('follows prefers-color-scheme: dark where the page states nothing, with no axe violations', async () => {
    const page = await openPanelPage(s, settingsFor(3), SAMPLE.url);
    expect((await probe(s, page))!.scheme).toBeNull();
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await axeOnDrawnPanel(s, page, 'dark')).toEqual([]);
  });
});

async function openPanelPage(s: Session, settings: Settings, url: string): Promise<Tab> {
  await s.inExtension(async (api, value) => {
    await api.storage.local.clear();
    await api.storage.local.set({ settings: value });
  }, settings as unknown);
  const page = await s.open(url);
  await page.setViewport(VIEWPORT.width, VIEWPORT.height);
  await waitForPanel(s, page);
  return page;
}
