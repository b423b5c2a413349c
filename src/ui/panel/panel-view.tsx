import { timed } from '../../content/work-timer';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Panel, type PanelActions, type PanelModel } from './panel';
import type { PageScheme } from '../../content/page-scheme';
import panelCss from './panel.css?inline';

/** Tag of the shadow host; tests find it by `[data-hire-signals-panel]`. */
export const PANEL_TAG = 'hire-signals-panel';

export interface PanelShowOptions {
  model: PanelModel;
  actions: PanelActions;
  startCollapsed: boolean;
  scheme: PageScheme | null;
  /** Changes when the candidate changes, so the panel's own state (expanded) resets. */
  candidateKey: string;
}

export interface PanelView {
  show(opts: PanelShowOptions): Promise<void>;
  hide(): void;
  /** The shadow host while mounted (for the observer to ignore our own mutations). */
  readonly host: HTMLElement | null;
}

/** Stable test hooks on the host (issue 6): level and the number of visible findings. */
function setHostHooks(host: HTMLElement, opts: PanelShowOptions) {
  host.setAttribute('data-hire-signals-panel', '');
  host.setAttribute('data-level', opts.model.allowlisted ? 'none' : opts.model.level);
  host.setAttribute('data-count', String(opts.model.allowlisted ? 0 : opts.model.findings.length));
  if (opts.scheme) host.setAttribute('data-scheme', opts.scheme);
  else host.removeAttribute('data-scheme');
}

/**
 * The panel in its own shadow root: styles isolated both ways (the page's CSS
 * cannot reach in, ours cannot leak out; `all: initial` on the host stops
 * inherited styles), keys typed in the panel stay in the panel, and the host
 * is removed when the content-script context is invalidated. The stylesheet is
 * bundled as text rather than fetched, so the extension exposes no
 * web-accessible resource a page could probe for (issue 9: and no request).
 */
export function createPanelView(ctx: ContentScriptContext, doc: Document = document): PanelView {
  let host: HTMLElement | null = null;
  let container: HTMLElement | null = null;

  const create = () => {
    const el = doc.createElement(PANEL_TAG);
    const shadow = el.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = `:host{all:initial !important}\n${panelCss}`;
    const box = doc.createElement('div');
    shadow.append(style, box);
    // Keys typed in the panel stay in the panel: no page shortcut fires.
    for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
    host = el;
    container = box;
    return el;
  };

  const remove = () => {
    if (container) render(null, container);
    host?.remove();
  };
  ctx.onInvalidated(remove);

  return {
    async show(opts) {
      if (ctx.isInvalid) return;
      timed(() => {
        const el = host ?? create();
        // First show, or the page replaced <body> (SPA re-render) and took our host with it.
        if (!el.isConnected) (doc.body ?? doc.documentElement).append(el);
        setHostHooks(el, opts);
        render(<Panel key={opts.candidateKey} model={opts.model} startCollapsed={opts.startCollapsed} {...opts.actions} />, container!);
      });
    },
    hide() {
      remove();
    },
    get host() {
      return host?.isConnected ? host : null;
    },
  };
}
