import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectedOutcome, PANEL_SAMPLES, panelTestSettings, sampleHtml } from '../fixtures/panel/samples';
import { BROWSER, BROWSER_LABEL, FIXTURES, launchSession, type Session, type Tab } from './harness';
import { clickInPanel, probe, waitForPanel } from './panel-probe';

/**
 * A profile page whose own script attacks the panel (tests/fixtures/panel/hostile-page.js):
 * it claims the old custom tag, patches attachShadow, customElements.define and
 * Element.prototype, fires synthetic clicks and keys at everything we add, removes
 * and moves our host, and floods the DOM with mutations. The panel must still show,
 * no action may stick, and the page must learn nothing of the verdict.
 */
const SAMPLE = PANEL_SAMPLES.linkedin;
const settings = panelTestSettings();
const HOSTILE_SCRIPT = readFileSync(join(FIXTURES, 'panel/hostile-page.js'), 'utf8');
const hostileHtml = () => sampleHtml(SAMPLE).replace('<head>', () => `<head>\n<script>${HOSTILE_SCRIPT}</script>`);

interface Learned {
  roots: number;
  texts: string[];
  hosts: number;
  attacks: number;
  errors: string[];
  defined: string[];
  removed: number;
  moved: number;
  mutations: number;
}

describe(`in-page panel on a hostile page (real ${BROWSER_LABEL[BROWSER]})`, () => {
  let s: Session;
  const expected = expectedOutcome(SAMPLE, settings);
  const report = expected.report!;

  beforeAll(async () => {
    s = await launchSession();
    await s.route([{ url: SAMPLE.url, html: hostileHtml() }]);
  });
  afterAll(async () => s?.close());
  afterEach(async () => s?.closeTabs());
  beforeEach(async () => {
    await s.inExtension(async (api, value) => {
      await api.storage.local.clear();
      await api.storage.local.set({ settings: value });
    }, settings as unknown);
  });

  const learned = (page: Tab) => page.evaluate(() => (window as unknown as { __hostile: Learned }).__hostile);
  const storedMarks = () => s.inExtension((api) => api.storage.local.get(['allowlist', 'dismissed', 'settings'])) as Promise<Record<string, unknown>>;

  it('still shows the panel, keeps its host a bare <div>, and lets nothing the page does stick', async () => {
    expect(report.findings.length).toBeGreaterThan(0);
    const page = await s.open(SAMPLE.url);
    await waitForPanel(s, page);
    // The page's attack rounds run for about five seconds; wait them out.
    await expect.poll(async () => (await learned(page)).attacks, { timeout: 10_000 }).toBeGreaterThan(20);
    await new Promise((r) => setTimeout(r, 5500));
    const seen = await learned(page);
    // The page really did all of it.
    expect(seen.removed).toBe(3);
    expect(seen.moved).toBe(3);
    expect(seen.mutations).toBeGreaterThan(10_000);

    const p = (await probe(s, page, ['.hs-chip']))!;
    expect(p).toMatchObject({ shown: true, hostTag: 'div', hostAttributes: [], level: report.level, count: report.findings.length });
    // Synthetic clicks and keys never opened it.
    expect(p.expanded).toBe(false);
    expect(p.found['.hs-chip']![0]!.width).toBeGreaterThan(0);
    // The page's patched attachShadow never saw our root; its custom element never took our host.
    expect(seen.roots).toBe(0);
    expect(seen.defined).toEqual([]);
    expect(seen.errors).toEqual([]);

    // Nothing stuck: no allowlisting, no dismissal, the site still switched on.
    const stored = await storedMarks();
    expect(stored.allowlist ?? {}).toEqual({});
    expect(stored.dismissed ?? {}).toEqual({});
    expect((stored.settings as { sites?: Record<string, boolean> }).sites?.linkedin).not.toBe(false);

    // Our content script threw nothing into the page's console.
    expect(page.consoleProblems.filter((m) => /hire.?signals|NotSupportedError|shadow/i.test(m))).toEqual([]);
  });

  it('tells the page nothing: no finding, level or count in anything its script can read', async () => {
    const page = await s.open(SAMPLE.url);
    await waitForPanel(s, page);
    // A real user opens the panel: now the findings are drawn, and the page keeps looking.
    await clickInPanel(s, page, '.hs-chip');
    await expect.poll(async () => (await probe(s, page))?.expanded).toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    const seen = await learned(page);
    const direct = await page.evaluate(() => {
      const out: string[] = [document.documentElement.innerText, document.documentElement.textContent ?? ''];
      for (const el of Array.from(document.documentElement.children)) {
        out.push(el.outerHTML, (el as HTMLElement).innerText ?? '', String(el.shadowRoot), el.getAttributeNames().join(' '));
      }
      const sel = getSelection()!;
      sel.selectAllChildren(document.documentElement);
      out.push(sel.toString());
      sel.removeAllRanges();
      return out;
    });
    const everything = [...seen.texts, ...direct].join('\n');
    const titles = report.findings.map((f) => f.title);
    for (const title of titles) expect(everything, `the page read the finding "${title}"`).not.toContain(title);
    expect(everything).not.toMatch(/Signals on this profile|\d+ signals?\b|Allowlist this profile/);
    expect(seen.roots).toBe(0);

    // While open, the page's synthetic clicks on the host act on nothing.
    const stored = await storedMarks();
    expect(stored.allowlist ?? {}).toEqual({});
    expect(stored.dismissed ?? {}).toEqual({});
    expect((await probe(s, page))?.shown).toBe(true);
  });

  it('a real click still works on that page: allowlisting sticks only when the recruiter clicks', async () => {
    const page = await s.open(SAMPLE.url);
    await waitForPanel(s, page);
    await clickInPanel(s, page, '.hs-chip');
    await clickInPanel(s, page, '.hs-allowlist');
    await expect.poll(async () => Object.keys(((await storedMarks()).allowlist as object | undefined) ?? {})).toEqual([expected.profile!.key]);
    await expect.poll(async () => (await probe(s, page))?.level).toBe('none');
  });
});
