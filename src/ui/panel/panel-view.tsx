import { timed } from '../../content/work-timer';
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Panel, type PanelActions, type PanelModel } from './panel';
import type { PageScheme } from '../../content/page-scheme';

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
 * The panel inside a WXT shadow-root UI: styles isolated both ways
 * (`cssInjectionMode: 'ui'` brings the entry's CSS into the shadow root only),
 * removed automatically when the content-script context is invalidated.
 */
export function createPanelView(ctx: ContentScriptContext, doc: Document = document): PanelView {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let creating: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  let mounted = false;
  let latest: PanelShowOptions | null = null;

  const paint = () => {
    if (!ui || !latest || !mounted) return;
    setHostHooks(ui.shadowHost, latest);
    const o = latest;
    const container = ui.uiContainer;
    timed(() => render(<Panel key={o.candidateKey} model={o.model} startCollapsed={o.startCollapsed} {...o.actions} />, container));
  };

  const ensureUi = () =>
    (creating ??= createShadowRootUi<HTMLElement>(ctx, {
      name: PANEL_TAG,
      position: 'inline',
      anchor: () => doc.body ?? doc.documentElement,
      append: 'last',
      // Keys typed in the panel stay in the panel (no page shortcuts fire).
      isolateEvents: true,
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    }).then((created) => (ui = created)));

  return {
    async show(opts) {
      latest = opts;
      const created = await ensureUi();
      // A newer show/hide arrived while the shadow root was being created: it wins.
      if (ctx.isInvalid || latest !== opts) return;
      // The page may have replaced <body> (SPA re-render) and taken our host with it.
      if (!mounted || !created.shadowHost.isConnected) {
        created.mount();
        mounted = true;
      }
      paint();
    },
    hide() {
      latest = null;
      if (ui && mounted) ui.remove();
      mounted = false;
    },
    get host() {
      return mounted && ui ? ui.shadowHost : null;
    },
  };
}
