import type { ContentMessage, MarkChange, PagePayload, PanelProbe, PanelPush, PanelUpdate, TabReport } from '../core/messages';
import type { PanelProbeReply } from './panel/panel-probe';
import type { SitePlatform, UrlParts } from '../sites/define-site';
import type { PanelModel } from './panel/panel';
import type { PanelView } from './panel/panel-view';
import { watchLateSections, type LateSectionWatch } from './late-sections';
import { pageKind } from './page-kind';
import { pageColorScheme } from './page-scheme';
import { isProfileComplete } from './profile-complete';
import { extensionApi } from './extension-api';
import { readPage } from './read-page';
import type { ScriptContext } from './script-context';
import { recordMoment, recordSpan, TIMING, timed, timingLog } from './work-timer';

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
  /** Tells this copy apart from an earlier document's in the same tab; defaults to a random id. */
  documentId?: string;
}

export interface ScanController {
  /**
   * Handle the current URL (first load or after SPA navigation). `where` may be
   * the page's own `location` on load, classified without parsing `url` again.
   */
  handleUrl(url: string, where?: string | UrlParts): Promise<void>;
  /** The background's latest evaluation of this page, as drawn. */
  readonly last: TabReport | null;
}

function defaultAsk(msg: ContentMessage): Promise<unknown> {
  try {
    return extensionApi().runtime.sendMessage(msg);
  } catch (err) {
    // The extension was updated or reloaded: this script is orphaned and must stay quiet.
    return Promise.reject(err);
  }
}

/** A shape check only: the content scripts carry no zod, and only the extension itself can message them. */
function isPanelUpdate(v: unknown): v is PanelUpdate {
  const u = v as PanelUpdate | null;
  return !!u && typeof u === 'object' && typeof u.stateId === 'string' && typeof u.revision === 'number' && !!u.tab && typeof u.tab === 'object';
}

/**
 * Wires one platform's extractor to the background (which evaluates) and the
 * panel. The page's main thread only reads the DOM and draws the panel; the
 * rules, settings and indicator data live in the background. The page is
 * sent once per page state; when settings, policy, dismissals or the
 * allowlist change, the background re-evaluates what it kept and pushes the
 * result here (`hs:panel`): the page is not read again. Every listener,
 * observer and timer is registered through `ctx` so an extension update
 * leaves nothing behind.
 */
export function createScanController(deps: ScanControllerDeps): ScanController {
  const { ctx, view, platform } = deps;
  const doc = deps.doc ?? document;
  const currentUrl = deps.currentUrl ?? (() => location.href);
  const ask = deps.ask ?? defaultAsk;
  const read = deps.read ?? ((d: Document, url: string) => readPage(platform, d, url));
  const documentId = deps.documentId ?? Math.random().toString(36).slice(2);

  let watch: LateSectionWatch | null = null;
  /** The panel's host element, remembered after the panel hides (see the late-section watch). */
  let panelHost: HTMLElement | null = null;
  let last: TabReport | null = null;
  let scannedUrl: string | null = null;
  /** The page as last sent, serialised: an unchanged page is not sent again. */
  let sentPage: string | null = null;
  /** Bumped on every page state sent and on leaving, so an update for an older state is dropped. */
  let requestSeq = 0;
  /** The page state the background's updates must name, and the page it was read from. */
  let current: { stateId: string; page: PagePayload } | null = null;
  /** The revision of the update drawn for `current`: only a newer one is drawn. */
  let drawnRevision = -Infinity;
  let firstScan = true;
  /** When the first scan began (its first `scan-start`): this copy's own, never another copy's entry in the shared log. */
  let firstScanStart: number | null = null;

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

  /** Draws an update from the background, if it is for the page state shown and newer than what is drawn. Returns whether it drew. */
  const present = (update: unknown): boolean => {
    if (ctx.isInvalid || !isPanelUpdate(update) || !current || update.stateId !== current.stateId || update.revision <= drawnRevision) {
      return false;
    }
    drawnRevision = update.revision;
    const { page } = current;
    last = update.tab;
    if (!update.showPanel || !update.tab.report || !update.tab.profile) {
      view.hide();
      return true;
    }
    view.show({
      model: modelFor(update.tab, page),
      actions: actionsFor(update.tab.profile.key, page),
      startCollapsed: update.startCollapsed,
      corner: update.corner,
      scheme: pageColorScheme(doc),
      candidateKey: update.tab.profile.key,
    });
    if (firstScan) {
      firstScan = false;
      const mountedAt = recordMoment(TIMING.mounted);
      if (firstScanStart !== null) recordSpan(TIMING.scan, firstScanStart, mountedAt);
    }
    return true;
  };

  const request = (page: PagePayload) => {
    const stateId = `${documentId}:${++requestSeq}`;
    current = { stateId, page };
    drawnRevision = -Infinity;
    ask({ type: 'hs:scan', stateId, page })
      .then((reply) => timed(() => void present(reply)))
      .catch(() => {
        /* background unavailable (extension updating): nothing to show this time */
      });
  };

  /** One pass; returns true when the page is settled (stop observing). */
  const pass = (url: string): boolean => timed(() => passNow(url));
  const passNow = (url: string): boolean => {
    if (ctx.isInvalid) return true;
    if (currentUrl() !== url) return true; // navigated away: the location watcher calls handleUrl again
    // Each read of the page: a re-evaluation the background pushes must not add one.
    recordMoment(TIMING.read);
    const page = read(doc, url);
    const serialised = JSON.stringify(page);
    if (serialised !== sentPage) {
      sentPage = serialised;
      request(page);
    }
    if (page.state === 'not-found') return true;
    return page.snapshot ? isProfileComplete(page.snapshot) : false;
  };

  const leave = () => {
    watch?.stop();
    watch = null;
    requestSeq += 1;
    current = null;
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
    if (firstScan) {
      const at = recordMoment(TIMING.start);
      firstScanStart ??= at;
    }
    timed(listen);
    watch?.stop();
    watch = null;
    if (scannedUrl !== url) {
      requestSeq += 1;
      current = null;
      sentPage = null;
      last = null;
    }
    scannedUrl = url;
    if (pass(url)) return;
    // Sections still arriving (or an SPA still rendering): one coalesced, bounded observer.
    // Our own panel is ignored, also as it is taken out (a push that hides it must not make the page be read again).
    watch = watchLateSections(ctx, doc.documentElement, () => pass(url), { ignore: () => (panelHost = view.host ?? panelHost) });
  };

  // The background's re-evaluations (settings, policy, dismissals, allowlist, the popup's
  // "check again") arrive as pushes. The answer tells the background the page drew it.
  // Only the extension can message a content script (tabs.sendMessage): the page cannot ask.
  // Both answers are known at once, so they go through `sendResponse` before the listener
  // returns: the browser's own API takes that everywhere (src/content/extension-api.ts).
  const onMessage = (raw: unknown, _sender: unknown, sendResponse: (answer: boolean | PanelProbeReply) => void): undefined => {
    const msg = raw as PanelPush | PanelProbe | null;
    if (!msg || typeof msg !== 'object') return undefined;
    if (msg.type === 'hs:panel-probe') {
      const selectors = Array.isArray(msg.selectors) ? msg.selectors.filter((x): x is string => typeof x === 'string') : [];
      sendResponse({ ...view.probe(selectors, msg.markup === true, typeof msg.reveal === 'string' ? msg.reveal : undefined), timings: timingLog() });
    } else if (msg.type === 'hs:panel') {
      sendResponse(timed(() => present(msg.update)));
    }
    return undefined;
  };
  // Registered on the first profile only: there is nothing to draw before one, and
  // touching an API builds its binding, which every non-profile page would pay for.
  let listening = false;
  const listen = () => {
    if (listening) return;
    listening = true;
    try {
      const events = extensionApi().runtime.onMessage;
      events.addListener(onMessage);
      // The reference is taken now: once the extension is gone its API may be too.
      ctx.onInvalidated(() => events.removeListener(onMessage));
    } catch {
      /* orphaned context */
    }
  };

  return {
    handleUrl,
    get last() {
      return last;
    },
  };
}
