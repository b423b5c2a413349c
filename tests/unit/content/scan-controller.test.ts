import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createScriptContext, type ScriptContext } from '../../../src/content/script-context';
import { startBackground, type Background } from '../../../src/background/start-background';
import { REEVALUATION_MEASURE } from '../../../src/background/scan-service';
import type { ContentMessage, PagePayload, PanelPush } from '../../../src/core/messages';
import linkedin from '../../../src/sites/linkedin/site';
import { emptySnapshot, profileKey, type ProfileSnapshot } from '../../../src/core/snapshot';
import { createScanController } from '../../../src/content/scan-controller';
import { TIMING, TIMINGS_KEY, timingsNamed } from '../../../src/content/work-timer';
import { defaultSettings, type Settings } from '../../../src/settings/schema';
import { allowlistItem, dismissedItem, saveSettings } from '../../../src/settings/storage';
import { createPanelView, type PanelView } from '../../../src/content/panel/panel-view';
import { RULES } from '../../../src/engine/rules';
import { SeenStore } from '../../../src/seen/seen-storage';

/** Registered guidance rules are switched off so these tests see only their own keyword rules. */
const onlyCustomRules = () => Object.fromEntries(RULES.map((r) => [r.id, { enabled: false }]));

const PROFILE_URL = 'https://www.linkedin.com/in/sample-candidate/';
const FEED_URL = 'https://www.linkedin.com/feed/';

function settingsWithRules(): Settings {
  const rule = (id: string, keyword: string, weight: number) => ({
    id,
    name: id,
    fields: ['about' as const],
    keywords: [keyword],
    pattern: null,
    severity: 'medium' as const,
    weight,
    note: '',
    enabled: true,
  });
  return { ...defaultSettings(), rules: onlyCustomRules(), customRules: [rule('custom-alpha', 'alphaword', 5)] };
}

function snapshot(about: string | null): ProfileSnapshot {
  return { ...emptySnapshot('linkedin', PROFILE_URL), accountId: 'sample-candidate', name: 'Sample Candidate', about };
}

const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
};

const TAB_ID = 7;

describe('scan controller (content script wiring, with the background in-process)', () => {
  let ctx: ScriptContext;
  let url: string;
  let sent: ContentMessage[];
  let extractCalls: number;
  let page: PagePayload;
  let bg: Background;
  let view: PanelView;
  /** The panel's host while mounted; the page-facing DOM carries no verdict, so it is read through the view's probe. */
  const host = () => view?.host ?? null;
  const shown = () => (host() ? view.probe([]) : null);
  const shownCount = () => (shown() ? String(shown()!.count) : undefined);
  const shownLevel = () => shown()?.level ?? undefined;

  /**
   * One message through the fake browser's runtime.onMessage, as the browser hands it over; resolves to
   * the answer: the background's listener returns a promise, the content script's calls `sendResponse`.
   */
  const deliver = async (msg: unknown, sender: object) => {
    const responses: unknown[] = [];
    const returned = await fakeBrowser.runtime.onMessage.trigger(msg, sender, (answer: unknown) => void responses.push(answer));
    return returned.find((a) => a !== undefined) ?? responses[0];
  };
  // The content script's messages go to the background's listener (the code the service
  // worker runs), and its pushes come back to the content script's listener.
  const ask = async (m: ContentMessage): Promise<unknown> => {
    sent.push(m);
    return deliver(m, { tab: { id: TAB_ID }, url: PROFILE_URL });
  };
  const push = (tabId: number, msg: PanelPush) => (tabId === TAB_ID ? deliver(msg, {}) : Promise.reject(new Error('no such tab')));
  const scansSent = () => sent.filter((m): m is Extract<ContentMessage, { type: 'hs:scan' }> => m.type === 'hs:scan');
  const lastReport = () => scansSent().at(-1);
  /** Until the background has re-evaluated after a storage change and the page has drawn its push. */
  const settled = async () => {
    await frames(1);
    await bg.reevaluation.idle();
    await frames();
  };

  const start = () =>
    createScanController({
      ctx,
      platform: linkedin,
      // Clicks made by the test stand in for the recruiter's (happy-dom's events are not trusted).
      view: (view = createPanelView(ctx, { gate: () => true, siteId: 'linkedin' })),
      currentUrl: () => url,
      ask,
      read: () => {
        extractCalls += 1;
        return page;
      },
    });

  beforeEach(async () => {
    fakeBrowser.reset();
    bg = startBackground({ seen: new SeenStore(), push, notify: () => {} });
    ctx = createScriptContext('content');
    url = PROFILE_URL;
    sent = [];
    extractCalls = 0;
    page = { url: PROFILE_URL, platform: 'linkedin', state: 'profile', snapshot: snapshot('I know alphaword well.') };
    await saveSettings(settingsWithRules());
    document.body.replaceChildren();
    delete (globalThis as unknown as Record<string, unknown>)[TIMINGS_KEY];
  });
  afterEach(() => ctx.notifyInvalidated());

  it('does nothing on a non-profile URL: no extraction, no panel, no message', async () => {
    url = FEED_URL;
    await start().handleUrl(FEED_URL);
    await frames();
    expect(extractCalls).toBe(0);
    expect(host()).toBeNull();
    expect(sent).toEqual([]);
  });

  it('sends the page to the background, mounts the panel with its answer and marks the first scan', async () => {
    const c = start();
    await c.handleUrl(PROFILE_URL);
    await frames();
    // One keyword rule of weight 5 (default thresholds: medium from 4).
    expect(shownLevel()).toBe('medium');
    expect(shownCount()).toBe('1');
    expect(c.last?.report?.findings.map((f) => f.ruleId)).toEqual(['custom-alpha']);
    expect(lastReport()).toMatchObject({ type: 'hs:scan', page: { url: PROFILE_URL, state: 'profile' } });
    // The background kept the report for the popup.
    expect(await fakeBrowser.storage.session.get(`tabReport:${TAB_ID}`)).toMatchObject({ [`tabReport:${TAB_ID}`]: { url: PROFILE_URL, state: 'profile' } });
    expect(timingsNamed(TIMING.start)).toHaveLength(1);
    expect(timingsNamed(TIMING.read)).toHaveLength(1);
    expect(timingsNamed(TIMING.mounted)).toHaveLength(1);
    const [scan] = timingsNamed(TIMING.scan);
    expect(scan!.start).toBe(timingsNamed(TIMING.start)[0]!.start);
    expect(scan!.start + scan!.duration).toBe(timingsNamed(TIMING.mounted)[0]!.start);
  });

  it("times its first scan from its own start, not from an older copy's start in the world's shared log", async () => {
    // An earlier copy of the script in this world (the extension was updated under the page) left its
    // own scan start in the log the gate and reader share.
    const olderStart = { name: TIMING.start, start: -1_000, duration: 0 };
    (globalThis as unknown as Record<string, unknown>)[TIMINGS_KEY] = [olderStart];
    const c = start();
    await c.handleUrl(PROFILE_URL);
    await frames();
    const starts = timingsNamed(TIMING.start);
    expect(starts).toHaveLength(2);
    const [scan] = timingsNamed(TIMING.scan);
    expect(scan!.start).toBe(starts[1]!.start);
    expect(scan!.start + scan!.duration).toBe(timingsNamed(TIMING.mounted)[0]!.start);
  });

  it('draws the panel in the corner the background remembers for the site, and a move holds for the next page load', async () => {
    await fakeBrowser.storage.local.set({ panelPlace: { linkedin: 'top-left', github: 'top-right' } });
    const c = start();
    await c.handleUrl(PROFILE_URL);
    await frames();
    expect(view.probe([]).corner).toBe('top-left');
    // The recruiter opens the panel and moves it on: stored for the site, used by the next scan.
    view.root!.querySelector<HTMLButtonElement>('.hs-chip')!.click();
    view.root!.querySelector<HTMLButtonElement>('.hs-move')!.click();
    await frames();
    expect(view.probe([]).corner).toBe('top-right');
    expect(await fakeBrowser.storage.local.get('panelPlace')).toEqual({ panelPlace: { linkedin: 'top-right', github: 'top-right' } });
    ctx.notifyInvalidated();
    ctx = createScriptContext('content');
    const next = start();
    await next.handleUrl(PROFILE_URL);
    await frames();
    expect(view.probe([]).corner).toBe('top-right');
  });

  it('draws a dismissal and an allowlisting at once, from the background\'s push: the page is not read or sent again', async () => {
    const c = start();
    await c.handleUrl(PROFILE_URL);
    await frames();
    const key = profileKey(page.snapshot!);
    expect(shownCount()).toBe('1');
    const reads = extractCalls;
    const scans = scansSent().length;
    await dismissedItem.setValue({ [key]: { ruleIds: ['custom-alpha'], updatedAt: new Date().toISOString() } });
    await settled();
    expect(shownCount()).toBe('0');
    expect(c.last?.report).toMatchObject({ allowlisted: false, dismissed: ['custom-alpha'] });
    await dismissedItem.setValue({});
    await settled();
    expect(shownCount()).toBe('1');
    await allowlistItem.setValue({ [key]: { url: PROFILE_URL, name: 'Sample Candidate', platform: 'linkedin', addedAt: new Date().toISOString() } });
    await settled();
    expect(shownCount()).toBe('0');
    expect(shownLevel()).toBe('none');
    expect(c.last?.report?.allowlisted).toBe(true);
    expect(extractCalls).toBe(reads);
    expect(scansSent()).toHaveLength(scans);
  });

  it('sends a panel action to the background as a mark; the redraw comes back as a push', async () => {
    await start().handleUrl(PROFILE_URL);
    await frames();
    const root = view.root!;
    root.querySelector<HTMLButtonElement>('.hs-chip')!.click();
    await frames();
    root.querySelector<HTMLButtonElement>('[data-rule-id="custom-alpha"] .hs-dismiss')!.click();
    expect(sent.at(-1)).toEqual({ type: 'hs:mark', change: { kind: 'dismiss', key: profileKey(page.snapshot!), ruleId: 'custom-alpha' } });
    await frames(1);
    await settled();
    expect(shownCount()).toBe('0');
    expect(extractCalls).toBe(1);
  });

  it('removes the panel when its site is switched off, and brings it back when switched on', async () => {
    const c = start();
    await c.handleUrl(PROFILE_URL);
    await frames();
    expect(host()).not.toBeNull();
    await saveSettings({ ...settingsWithRules(), sites: { linkedin: false } });
    await settled();
    expect(host()).toBeNull();
    expect(c.last?.siteDisabled).toBe(true);
    await saveSettings(settingsWithRules());
    await settled();
    expect(host()).not.toBeNull();
    expect(extractCalls).toBe(1);
  });

  it('re-scans late sections through the observer and stops once the profile is complete', async () => {
    page = { url: PROFILE_URL, platform: 'linkedin', state: 'profile', snapshot: snapshot(null) };
    const c = start();
    await c.handleUrl(PROFILE_URL);
    await frames();
    expect(shownCount()).toBe('0');
    const before = extractCalls;
    // A burst of late content: one coalesced pass.
    page = {
      url: PROFILE_URL,
      platform: 'linkedin',
      state: 'profile',
      snapshot: { ...snapshot('now with alphaword'), positions: [{ title: 'Dev', company: 'Example', companyUrl: null, location: null, start: '2021', end: null, current: true, description: null }] },
    };
    for (let i = 0; i < 30; i++) document.body.append(document.createElement('section'));
    await frames();
    expect(extractCalls - before).toBe(1);
    expect(shownCount()).toBe('1');
    // Complete now: later mutations cost nothing.
    const settled = extractCalls;
    document.body.append(document.createElement('section'));
    await frames();
    expect(extractCalls).toBe(settled);
  });

  it('clears the panel and tells the background when an SPA navigates off the profile', async () => {
    const c = start();
    await c.handleUrl(PROFILE_URL);
    await frames();
    url = FEED_URL;
    await c.handleUrl(FEED_URL);
    expect(host()).toBeNull();
    expect(sent.at(-1)).toEqual({ type: 'hs:clear' });
  });

  it('reads the page after an SPA navigation is committed, not while it is being announced', async () => {
    // The Navigation API fires before pushState updates location.href and before the page swaps its DOM.
    url = FEED_URL;
    const handled = start().handleUrl(PROFILE_URL);
    url = PROFILE_URL;
    await handled;
    await frames();
    expect(extractCalls).toBe(1);
    expect(shownCount()).toBe('1');
  });

  it('draws only a push for the page state it shows, newer than what it drew', async () => {
    const c = start();
    await c.handleUrl(PROFILE_URL);
    await frames();
    const shown = lastReport()!;
    const current = await bg.scans.tabReport(TAB_ID);
    const allowlisted = { ...current!, report: { ...current!.report!, allowlisted: true } };
    const pushOf = (stateId: string, revision: number) => ({
      type: 'hs:panel',
      update: { stateId, revision, tab: allowlisted, showPanel: true, startCollapsed: true, corner: 'bottom-right' },
    });
    expect(await deliver(pushOf('another-document:1', Date.now() + 10), {})).toBe(false);
    expect(await deliver(pushOf(shown.stateId, 1), {})).toBe(false);
    expect(shownLevel()).toBe('medium');
    // "Check again" from the popup: the background re-evaluates what it kept and pushes it.
    await deliver({ type: 'hs:recheck', tabId: TAB_ID }, { url: fakeBrowser.runtime.getURL('/popup.html') });
    await frames();
    expect(extractCalls).toBe(1);
    expect(await deliver(pushOf(shown.stateId, Date.now() + 1000), {})).toBe(true);
    expect(shownLevel()).toBe('none');
    expect(c.last?.report?.allowlisted).toBe(true);
    // Not ours: left for other listeners.
    expect(await deliver({ type: 'something-else' }, {})).toBeUndefined();
  });

  it('answers the extension’s probe with what the panel shows and its own timings, which the page’s timeline never sees', async () => {
    const c = start();
    await c.handleUrl(PROFILE_URL);
    await frames();
    const reply = (await deliver({ type: 'hs:panel-probe', selectors: [] }, {})) as { shown: boolean; count: number; timings: { name: string }[] };
    expect(reply).toMatchObject({ shown: true, count: 1 });
    expect(reply.timings.map((t) => t.name)).toEqual(expect.arrayContaining([TIMING.start, TIMING.read, TIMING.work, TIMING.mounted, TIMING.scan]));
    expect(reply.timings.filter((t) => t.name === TIMING.read)).toHaveLength(1);
    // The service worker's own measure is the background's (in-process here); it has no page.
    const contentEntries = performance.getEntries().filter((e) => e.name !== REEVALUATION_MEASURE);
    expect(contentEntries.filter((e) => /hire-signals|work|page-read|panel-mounted|scan/.test(e.name))).toEqual([]);
  });

  it('leaves nothing behind when the context is invalidated (extension update)', async () => {
    const c = start();
    await c.handleUrl(PROFILE_URL);
    await frames();
    ctx.notifyInvalidated();
    expect(host()).toBeNull();
    const calls = extractCalls;
    document.body.append(document.createElement('section'));
    await saveSettings({ ...settingsWithRules(), thresholds: { low: 1, medium: 2, high: 3 } });
    await settled();
    expect(extractCalls).toBe(calls);
    expect(host()).toBeNull();
  });
});
