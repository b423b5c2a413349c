import { browser } from 'wxt/browser';
import { RESCAN_LOCAL_KEYS, type ContentMessage, type MarkChange, type PagePayload, type PopupToContentMessage, type ScanReply, type TabReport } from '../core/messages';
import type { SitePlatform, UrlParts } from '../sites/define-site';
import type { PanelModel } from './panel/panel';
import type { PanelView } from './panel/panel-view';
import { watchLateSections, type LateSectionWatch } from './late-sections';
import { pageKind } from './page-kind';
import { pageColorScheme } from './page-scheme';
import { isProfileComplete } from './profile-complete';
import { readPage } from './read-page';
import type { ScriptContext } from './script-context';
import { timed } from './work-timer';

/** Performance marks a bench reads. */
export const PERF = { start: 'hire-signals:scan-start', mounted: 'hire-signals:panel-mounted', measure: 'hire-signals:scan' } as const;

export interface ScanControllerDeps {
  ctx: ScriptContext;
  view: PanelView;
  /** The one platform this content script serves (one script per platform). */
  platform: SitePlatform;
  doc?: Document;
  currentUrl?: () => string;
  /** Read the page; defaults to the platform's extractor (tests count calls). */
  read?: (doc: Document, url: string) => PagePayload;
  /** Request/response to the background; defaults to runtime.sendMessage. */
  ask?: (msg: ContentMessage) => Promise<unknown>;
}

export interface ScanController {
  /**
   * Handle the current URL (first load or after SPA navigation). `where` may be
   * the page's own `location` on load, classified without parsing `url` again.
   */
  handleUrl(url: string, where?: string | UrlParts): Promise<void>;
  /** Read the page again and have it re-evaluated (settings, allowlist or dismissals changed; popup asked). */
  rescan(): void;
  /** The background's latest evaluation of this page, as kept for the popup. */
  readonly last: TabReport | null;
}

function defaultAsk(msg: ContentMessage): Promise<unknown> {
  try {
    return browser.runtime.sendMessage(msg);
  } catch (err) {
    // The extension was updated or reloaded: this script is orphaned and must stay quiet.
    return Promise.reject(err);
  }
}

function mark(name: string) {
  try {
    performance.mark(name);
  } catch {
    /* performance API missing: nothing to measure */
  }
}

function isScanReply(v: unknown): v is ScanReply {
  return !!v && typeof v === 'object' && typeof (v as ScanReply).tab === 'object' && (v as ScanReply).tab !== null;
}

/**
 * Wires one platform's extractor to the background (which evaluates) and the
 * panel. The page's main thread only reads the DOM and draws the panel; the
 * rules, settings and indicator data live in the background. Every
 * listener, observer and timer is registered through `ctx` so an extension
 * update leaves nothing behind.
 */
export function createScanController(deps: ScanControllerDeps): ScanController {
  const { ctx, view, platform } = deps;
  const doc = deps.doc ?? document;
  const currentUrl = deps.currentUrl ?? (() => location.href);
  const ask = deps.ask ?? defaultAsk;
  const read = deps.read ?? ((d: Document, url: string) => readPage(platform, d, url));

  let watch: LateSectionWatch | null = null;
  let last: TabReport | null = null;
  let scannedUrl: string | null = null;
  /** The page as last sent, serialised: an unchanged page is not sent again. */
  let sentPage: string | null = null;
  /** Bumped on every request and on leaving, so a late answer for an older state is dropped. */
  let requestSeq = 0;
  let firstScan = true;

  const send = (msg: ContentMessage) => void ask(msg).catch(() => {});

  const actionsFor = (key: string, page: PagePayload) => {
    const change = (c: MarkChange) => send({ type: 'hs:mark', change: c });
    return {
      onDismiss: (ruleId: string) => change({ kind: 'dismiss', key, ruleId }),
      onRestoreDismissed: () => change({ kind: 'restore-dismissed', key }),
      onAllowlist: () => change({ kind: 'allowlist', key, url: page.snapshot?.url ?? page.url, name: page.snapshot?.name ?? null, platform: page.platform }),
      onUnallowlist: () => change({ kind: 'unallowlist', key }),
      onHideOnSite: () => change({ kind: 'hide-on-site', platform: page.platform }),
    };
  };

  const modelFor = (tab: TabReport, page: PagePayload): PanelModel => {
    const report = tab.report!;
    return {
      level: report.level,
      score: report.score,
      findings: report.findings,
      allowlisted: report.allowlisted,
      dismissedCount: report.dismissed.length,
      candidateName: page.snapshot?.name ?? null,
      siteLabel: platform.label,
    };
  };

  const present = (reply: ScanReply, page: PagePayload) => {
    last = reply.tab;
    if (!reply.showPanel || !reply.tab.report || !reply.tab.profile) {
      view.hide();
      return;
    }
    const wasFirst = firstScan;
    firstScan = false;
    void view
      .show({
        model: modelFor(reply.tab, page),
        actions: actionsFor(reply.tab.profile.key, page),
        startCollapsed: reply.startCollapsed,
        scheme: pageColorScheme(doc),
        candidateKey: reply.tab.profile.key,
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

  const request = (page: PagePayload, url: string) => {
    const seq = ++requestSeq;
    ask({ type: 'hs:scan', page })
      .then((reply) => {
        if (seq !== requestSeq || ctx.isInvalid || scannedUrl !== url || !isScanReply(reply)) return;
        timed(() => present(reply, page));
      })
      .catch(() => {
        /* background unavailable (extension updating): nothing to show this time */
      });
  };

  /** One pass; returns true when the page is settled (stop observing). */
  const pass = (url: string): boolean => timed(() => passNow(url));
  const passNow = (url: string): boolean => {
    if (ctx.isInvalid) return true;
    if (currentUrl() !== url) return true; // navigated away: the location watcher calls handleUrl again
    const page = read(doc, url);
    const serialised = JSON.stringify(page);
    if (serialised !== sentPage) {
      sentPage = serialised;
      request(page, url);
    }
    if (page.state === 'not-found') return true;
    return page.snapshot ? isProfileComplete(page.snapshot) : false;
  };

  const rescan = () => {
    if (!scannedUrl || ctx.isInvalid) return;
    sentPage = null; // the page may be unchanged, but its evaluation is not
    pass(scannedUrl);
  };

  const leave = () => {
    watch?.stop();
    watch = null;
    requestSeq += 1;
    if (scannedUrl !== null) {
      view.hide();
      send({ type: 'hs:clear' });
    }
    scannedUrl = null;
    sentPage = null;
    last = null;
  };

  const handleUrl = async (url: string, where: string | UrlParts = url) => {
    // Decide from the URL first: on a non-profile URL, touch nothing in the DOM.
    if (timed(() => pageKind(platform, where)) !== 'profile') {
      leave();
      return;
    }
    // SPA navigation: the Navigation API announces a pushState before the URL
    // is committed and before the page swaps its DOM; read after that script has run.
    await Promise.resolve();
    if (ctx.isInvalid || currentUrl() !== url) return;
    if (firstScan) mark(PERF.start);
    timed(listen);
    watch?.stop();
    watch = null;
    if (scannedUrl !== url) {
      requestSeq += 1;
      sentPage = null;
      last = null;
    }
    scannedUrl = url;
    if (pass(url)) return;
    // Sections still arriving (or an SPA still rendering): one coalesced, bounded observer.
    watch = watchLateSections(ctx, doc.documentElement, () => pass(url), { ignore: () => view.host });
  };

  // Settings, allowlist, dismissals (any tab, popup or options page) and the
  // organisation's policy apply here at once: the background re-evaluates.
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && RESCAN_LOCAL_KEYS.some((k) => Object.hasOwn(changes, k)))) rescan();
  };
  // The popup may ask for a fresh scan (e.g. after changing a rule weight).
  const onMessage = (raw: unknown) => {
    const msg = raw as PopupToContentMessage | null;
    if (msg && typeof msg === 'object' && msg.type === 'hs:rescan') rescan();
    return undefined;
  };
  // Registered on the first profile only: there is nothing to re-evaluate before one, and
  // touching an API builds its binding, which every non-profile page would pay for.
  let listening = false;
  const listen = () => {
    if (listening) return;
    listening = true;
    try {
      browser.storage.onChanged.addListener(onStorage);
      browser.runtime.onMessage.addListener(onMessage);
      ctx.onInvalidated(() => {
        browser.storage.onChanged.removeListener(onStorage);
        browser.runtime.onMessage.removeListener(onMessage);
      });
    } catch {
      /* orphaned context */
    }
  };

  return {
    handleUrl,
    rescan,
    get last() {
      return last;
    },
  };
}
