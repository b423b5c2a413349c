/**
 * How the E2E tests read and use the in-page panel now that the page cannot:
 * its shadow root is closed and its host (a plain <div>) carries no attribute.
 * The extension asks the tab's content script what its panel shows
 * (`hs:panel-probe` through `tabs.sendMessage`, from an extension page), and
 * the tests click inside it with real input at the positions it reports. The
 * page's own scripts have neither way in.
 */
import type { PanelProbeReply } from '../../src/content/panel/panel-probe';
import { TIMING, TIMINGS_KEY, type TimingEntry } from '../../src/content/work-timer';
import { waitUntil, type Session, type Tab } from './session';

export type { PanelProbeReply };

/** What the panel of the tab showing `url` reports, or null when no content script there answers (no panel). */
export async function probeUrl(s: Pick<Session, 'inExtension'>, url: string, selectors: string[] = [], opts: { markup?: boolean; reveal?: string } = {}): Promise<PanelProbeReply | null> {
  return s.inExtension(
    async (api, arg) => {
      const tabs = await api.tabs.query({});
      for (const tab of tabs) {
        if (tab.id == null) continue;
        try {
          const reply = (await api.tabs.sendMessage(tab.id, { type: 'hs:panel-probe', selectors: arg.selectors, markup: arg.markup, reveal: arg.reveal })) as { url?: string } | undefined;
          if (reply && reply.url === arg.url) return reply;
        } catch {
          /* no content script in that tab */
        }
      }
      return null;
    },
    { url, selectors, markup: opts.markup === true, reveal: opts.reveal },
  ) as Promise<PanelProbeReply | null>;
}

/** The panel of `page`, as the extension sees it; null when there is none. */
export async function probe(s: Pick<Session, 'inExtension'>, page: Tab, selectors: string[] = [], opts: { markup?: boolean; reveal?: string } = {}): Promise<PanelProbeReply | null> {
  return probeUrl(s, await page.url(), selectors, opts);
}

/** Whether the panel is on the page, and its verdict: `{ shown, level, count }` (`shown: false` without one). */
export async function panelState(s: Pick<Session, 'inExtension'>, page: Tab): Promise<{ shown: boolean; level: string | null; count: string | null; expanded: boolean; scheme: string | null }> {
  const p = await probe(s, page);
  if (!p || !p.shown) return { shown: false, level: null, count: null, expanded: false, scheme: null };
  return { shown: true, level: p.level, count: String(p.count), expanded: p.expanded, scheme: p.scheme };
}

/** Waits until the panel is on the page. */
export async function waitForPanel(s: Pick<Session, 'inExtension'>, page: Tab, timeout = 15_000): Promise<void> {
  await waitUntil('the in-page panel', () => panelState(s, page), (p) => p.shown, timeout);
}

/** Every match of `selector` inside the panel: text, attributes, position. */
export async function inPanel(s: Pick<Session, 'inExtension'>, page: Tab, selector: string) {
  return (await probe(s, page, [selector]))?.found[selector] ?? [];
}

/** A real click (the browser's own input) at the centre of the `index`th match of `selector` inside the panel. */
export async function clickInPanel(s: Pick<Session, 'inExtension'>, page: Tab, selector: string, index = 0): Promise<void> {
  const found = await waitUntil(
    `${selector} in the panel`,
    async () => (await probe(s, page, [selector], { reveal: selector }))?.found[selector] ?? [],
    (els) => els.length > index && els[index]!.width > 0,
  );
  const el = found[index]!;
  await page.clickAt(el.x + el.width / 2, el.y + el.height / 2);
}

/** The content script's timing log, evaluated in its world (an empty list before it has run); the bench reads it the same way. */
export const TIMINGS_EXPRESSION = `(() => { const log = globalThis[${JSON.stringify(TIMINGS_KEY)}]; return Array.isArray(log) ? log : []; })()`;

/**
 * The content script's own timings (src/content/work-timer.ts), optionally only those named `name`.
 * The page cannot read them, and neither can `page.evaluate`. Where the browser lets automation into the
 * content script's world (Chromium), they are read there, which also works where no reader listens (a
 * page that is not a profile, a copy orphaned by an update); elsewhere the reader sends them with its
 * probe answer, and a page without a reader has none to give.
 */
export async function contentTimings(s: Pick<Session, 'inExtension'>, page: Tab, name?: string): Promise<TimingEntry[]> {
  let all: TimingEntry[];
  if (page.canReachContentScriptWorld) {
    // Before the content script has run, the page has no world of ours: nothing recorded yet.
    const log = await page.inContentScriptWorld(TIMINGS_EXPRESSION).catch(() => []);
    all = Array.isArray(log) ? (log as TimingEntry[]) : [];
  } else {
    all = (await probe(s, page))?.timings ?? [];
  }
  return name === undefined ? all : all.filter((e) => e.name === name);
}

/** How many times the content script has read the page. */
export async function pageReads(s: Pick<Session, 'inExtension'>, page: Tab): Promise<number> {
  return (await contentTimings(s, page, TIMING.read)).length;
}
