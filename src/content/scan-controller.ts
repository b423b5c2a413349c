import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentMessage, PopupToContentMessage, SeenAnswer } from '../messaging/protocol';
import type { SeenMatch } from '../rules/define-rule';
import { encodeSignature } from '../engine/fingerprint';
import { profileFingerprint } from '../seen/profile-fingerprint';
import { detect } from '../platforms/detect';
import type { PageExtraction } from '../platforms/extract-page';
import type { Settings } from '../settings/schema';
import { allowlistItem, dismissedItem, loadSettings, saveSettings, watchSettings } from '../settings/storage';
import type { PanelModel } from '../ui/panel/panel';
import type { PanelView } from '../ui/panel/panel-view';
import { watchLateSections, type LateSectionWatch } from './late-sections';
import { timed } from './work-timer';
import { pageColorScheme } from './page-scheme';
import { isProfileComplete } from './profile-complete';
import { sameOutcome, scanProfile, siteEnabled, type ScanOutcome, type UserMarks } from './scan-profile';

/** Performance marks a bench reads (issue 9). */
export const PERF = { start: 'hire-signals:scan-start', mounted: 'hire-signals:panel-mounted', measure: 'hire-signals:scan' } as const;

export interface ScanControllerDeps {
  ctx: ContentScriptContext;
  view: PanelView;
  doc?: Document;
  currentUrl?: () => string;
  send?: (msg: ContentMessage) => void;
  extract?: (doc: Document, url: string) => PageExtraction;
  /** Request/response to the background (the seen-profiles index); defaults to runtime.sendMessage. */
  ask?: (msg: ContentMessage) => Promise<unknown>;
}

export interface ScanController {
  /** Handle the current URL (first load or after SPA navigation). */
  handleUrl(url: string): Promise<void>;
  /** Re-evaluate the page now (settings, allowlist or dismissals changed; popup asked). */
  rescan(): void;
  readonly last: ScanOutcome | null;
}

function defaultSend(msg: ContentMessage) {
  try {
    void browser.runtime.sendMessage(msg).catch(() => {});
  } catch {
    // The extension was updated or reloaded: this script is orphaned and must stay quiet.
  }
}

function mark(name: string) {
  try {
    performance.mark(name);
  } catch {
    /* performance API missing: nothing to measure */
  }
}

/**
 * Wires the pure scan (extract → evaluate) to storage, the panel and the
 * background. Every listener, observer and timer is registered through `ctx`
 * so an extension update leaves nothing behind.
 */
export function createScanController(deps: ScanControllerDeps): ScanController {
  const { ctx, view } = deps;
  const doc = deps.doc ?? document;
  const currentUrl = deps.currentUrl ?? (() => location.href);
  const send = deps.send ?? defaultSend;

  let settings: Settings | null = null;
  let marks: UserMarks = { allowlist: {}, dismissed: {} };
  let loading: Promise<void> | null = null;
  let watch: LateSectionWatch | null = null;
  let last: ScanOutcome | null = null;
  let scannedUrl: string | null = null;
  let firstScan = true;
  // Template reuse (issue 10): the background's index is asked once per candidate on this page.
  let seenAskedFor: string | null = null;
  let seenMatches: SeenMatch[] = [];
  const ask = deps.ask ?? ((msg: ContentMessage) => browser.runtime.sendMessage(msg));

  const askSeen = (outcome: ScanOutcome) => {
    if (!settings?.templateReuse.enabled || !outcome.snapshot || !outcome.key || seenAskedFor === outcome.key) return;
    const sig = profileFingerprint(outcome.snapshot);
    if (!sig) return; // too little long-form text yet; a later pass (late sections) may have more
    const key = outcome.key;
    seenAskedFor = key;
    const query = { key, url: outcome.snapshot.url, platform: outcome.snapshot.platform, fp: encodeSignature(sig) };
    ask({ type: 'hs:seen', query })
      .then((answer) => {
        const matches = (answer as SeenAnswer | undefined)?.matches;
        if (ctx.isInvalid || seenAskedFor !== key || !Array.isArray(matches) || matches.length === 0) return;
        seenMatches = matches;
        rescan();
      })
      .catch(() => {
        /* background unavailable (extension updating): no template-reuse signal this time */
      });
  };

  const load = () =>
    (loading ??= (async () => {
      const [loaded, allowlist, dismissed] = await Promise.all([loadSettings(), allowlistItem.getValue(), dismissedItem.getValue()]);
      settings = loaded.settings;
      marks = { allowlist: allowlist ?? {}, dismissed: dismissed ?? {} };
      // Changes made in the popup, options or another tab apply here at once.
      ctx.onInvalidated(
        watchSettings((next) => {
          settings = next.settings;
          rescan();
        }),
      );
      ctx.onInvalidated(
        allowlistItem.watch((value) => {
          marks = { ...marks, allowlist: value ?? {} };
          rescan();
        }),
      );
      ctx.onInvalidated(
        dismissedItem.watch((value) => {
          marks = { ...marks, dismissed: value ?? {} };
          rescan();
        }),
      );
    })());

  const actionsFor = (outcome: ScanOutcome) => {
    const key = outcome.key!;
    const snapshot = outcome.snapshot!;
    const update = async <T,>(item: { getValue(): Promise<T>; setValue(v: T): Promise<void> }, change: (v: T) => T) => {
      try {
        await item.setValue(change(await item.getValue()));
      } catch (err) {
        console.warn('[hire-signals] could not save', err);
      }
    };
    return {
      onDismiss: (ruleId: string) =>
        void update(dismissedItem, (all) => {
          const prev = all[key]?.ruleIds ?? [];
          return { ...all, [key]: { ruleIds: [...new Set([...prev, ruleId])], updatedAt: new Date().toISOString() } };
        }),
      onRestoreDismissed: () =>
        void update(dismissedItem, (all) => {
          const next = { ...all };
          delete next[key];
          return next;
        }),
      onAllowlist: () =>
        void update(allowlistItem, (all) => ({
          ...all,
          [key]: { url: snapshot.url, name: snapshot.name, platform: snapshot.platform, addedAt: new Date().toISOString() },
        })),
      onUnallowlist: () =>
        void update(allowlistItem, (all) => {
          const next = { ...all };
          delete next[key];
          return next;
        }),
      onHideOnSite: () =>
        void (async () => {
          const { settings: current } = await loadSettings();
          await saveSettings({ ...current, sites: { ...current.sites, [snapshot.platform]: false } });
        })().catch((err) => console.warn('[hire-signals] could not save', err)),
    };
  };

  const modelFor = (outcome: ScanOutcome): PanelModel => {
    const report = outcome.report!;
    const platform = outcome.tab.platform ? detect(outcome.tab.url).platform : null;
    return {
      level: report.level,
      score: report.score,
      findings: report.findings,
      allowlisted: report.allowlisted,
      dismissedCount: report.dismissed.length,
      candidateName: outcome.snapshot?.name ?? null,
      siteLabel: platform?.label ?? null,
    };
  };

  const present = (outcome: ScanOutcome) => {
    const s = settings!;
    const showPanel = outcome.report && s.panel.enabled && siteEnabled(s, outcome.tab.platform);
    if (!showPanel) {
      view.hide();
      return;
    }
    const wasFirst = firstScan;
    firstScan = false;
    void view
      .show({
        model: modelFor(outcome),
        actions: actionsFor(outcome),
        startCollapsed: s.panel.startCollapsed,
        scheme: pageColorScheme(doc),
        candidateKey: outcome.key!,
      })
      .then(() => {
        if (!wasFirst) return;
        mark(PERF.mounted);
        try {
          performance.measure(PERF.measure, PERF.start, PERF.mounted);
        } catch {
          /* marks missing */
        }
      });
  };

  /** One pass; returns true when the page is settled (stop observing). */
  const pass = (url: string): boolean => timed(() => passNow(url));
  const passNow = (url: string): boolean => {
    if (!settings || ctx.isInvalid) return true;
    if (currentUrl() !== url) return true; // navigated away: the locationchange handler restarts
    const outcome = scanProfile(doc, url, settings, marks, { extract: deps.extract, seenMatches });
    askSeen(outcome);
    if (!sameOutcome(last, outcome)) {
      last = outcome;
      present(outcome);
      send({ type: 'hs:report', tab: outcome.tab });
    }
    if (outcome.tab.state === 'not-found') return true;
    return outcome.snapshot ? isProfileComplete(outcome.snapshot) : false;
  };

  const rescan = () => {
    if (!scannedUrl || !settings || ctx.isInvalid) return;
    last = null; // force a fresh render and report
    pass(scannedUrl);
  };

  const leave = () => {
    watch?.stop();
    watch = null;
    if (scannedUrl !== null) {
      view.hide();
      send({ type: 'hs:clear' });
    }
    scannedUrl = null;
    last = null;
    seenAskedFor = null;
    seenMatches = [];
  };

  const handleUrl = async (url: string) => {
    // Decide from the URL first: on a non-profile URL, touch nothing in the DOM.
    if (timed(() => detect(url).kind) !== 'profile') {
      leave();
      return;
    }
    if (firstScan) mark(PERF.start);
    watch?.stop();
    watch = null;
    await load();
    if (ctx.isInvalid || currentUrl() !== url) return;
    if (scannedUrl !== url) {
      last = null;
      seenAskedFor = null;
      seenMatches = [];
    }
    scannedUrl = url;
    if (pass(url)) return;
    // Sections still arriving (or an SPA still rendering): one coalesced, bounded observer.
    watch = watchLateSections(ctx, doc.documentElement, () => pass(url), { ignore: () => view.host });
  };

  // The popup may ask for a fresh scan (e.g. after changing a rule weight).
  const onMessage = (raw: unknown) => {
    const msg = raw as PopupToContentMessage | null;
    if (msg && typeof msg === 'object' && msg.type === 'hs:rescan') rescan();
    return undefined;
  };
  try {
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  } catch {
    /* orphaned context */
  }

  return {
    handleUrl,
    rescan,
    get last() {
      return last;
    },
  };
}
