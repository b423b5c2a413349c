import { timed } from '../work-timer';
import type { ScriptContext } from '../script-context';
import { t } from '../../core/i18n/panel-strings';
import { PanelBody, chipText, type PanelActions, type PanelModel } from './panel';
import type { PageScheme } from '../page-scheme';
import panelCss from './panel.css?inline';
import { renderStatic } from './static-render';

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

/** Stable test hooks on the host: level and the number of visible findings. */
function setHostHooks(host: HTMLElement, opts: PanelShowOptions) {
  host.setAttribute('data-hire-signals-panel', '');
  host.setAttribute('data-level', opts.model.allowlisted ? 'none' : opts.model.level);
  host.setAttribute('data-count', String(opts.model.allowlisted ? 0 : opts.model.findings.length));
  if (opts.scheme) host.setAttribute('data-scheme', opts.scheme);
  else host.removeAttribute('data-scheme');
}

/** Builds an element with a class and optional text (the chip is plain DOM: no renderer on page load). */
function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The panel in its own shadow root: styles isolated both ways (the page's CSS
 * cannot reach in, ours cannot leak out; `all: initial` on the host stops
 * inherited styles), keys typed in the panel stay in the panel, and the host
 * is removed when the content-script context is invalidated. The stylesheet is
 * bundled as text rather than fetched, so the extension exposes no
 * web-accessible resource a page could probe for (and no request).
 *
 * The chip (level and count) is built with plain DOM calls and the findings
 * are drawn only when the recruiter opens it: the panel starts collapsed by
 * default. The body's JSX is the popup's (FindingItem), turned into
 * DOM by static-render.ts rather than Preact, whose renderer the content
 * scripts do not carry (keep heavy libraries out of the content script).
 */
export function createPanelView(ctx: ScriptContext, doc: Document = document): PanelView {
  /** The panel's elements, built together on the first show. */
  let parts: { host: HTMLElement; aside: HTMLElement; chip: HTMLButtonElement; chipLabel: HTMLElement; bodyBox: HTMLElement } | null = null;
  let current: PanelShowOptions | null = null;
  let candidateKey: string | null = null;
  let expanded = false;

  /** The findings are drawn while open; `bodyBox` has children exactly when they are. */
  const drawBody = (focus: boolean) => {
    if (!parts || !current) return;
    const { bodyBox } = parts;
    if (expanded) {
      renderStatic(<PanelBody model={current.model} actions={current.actions} onCollapse={collapse} />, bodyBox);
      // Focus moves into the body on a user expand only, never on a scan (no focus theft from the page).
      if (focus) bodyBox.querySelector<HTMLElement>('.hs-body')?.focus();
    } else {
      bodyBox.replaceChildren();
    }
  };

  const drawChip = () => {
    if (!parts || !current) return;
    const { model } = current;
    parts.aside.className = `hs-panel hs-level-${model.level}`;
    parts.aside.setAttribute('data-expanded', String(expanded));
    parts.chip.setAttribute('aria-expanded', String(expanded));
    parts.chipLabel.textContent = chipText(model);
  };

  const setExpanded = (value: boolean, focus: boolean) => {
    expanded = value;
    drawChip();
    drawBody(focus);
  };

  function collapse() {
    setExpanded(false, false);
    parts?.chip.focus();
  }

  const create = () => {
    const host = doc.createElement(PANEL_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = `:host{all:initial !important}\n${panelCss}`;
    const aside = el(doc, 'aside', 'hs-panel');
    aside.setAttribute('aria-label', t('panel.label'));
    const chip = el(doc, 'button', 'hs-chip');
    chip.type = 'button';
    chip.setAttribute('aria-controls', 'hs-panel-body');
    chip.title = t('panel.expand');
    const dot = el(doc, 'span', 'hs-dot');
    dot.setAttribute('aria-hidden', 'true');
    const chipLabel = el(doc, 'span', 'hs-chip-text');
    chipLabel.setAttribute('data-testid', 'chip-text');
    chip.append(dot, el(doc, 'span', 'hs-brand', t('ext.name')), chipLabel);
    chip.addEventListener('click', () => (expanded ? collapse() : setExpanded(true, true)));
    const bodyBox = el(doc, 'div', 'hs-body-box');
    aside.append(chip, bodyBox);
    shadow.append(style, aside);
    // Keys typed in the panel stay in the panel: no page shortcut fires.
    for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
    parts = { host, aside, chip, chipLabel, bodyBox };
    return parts;
  };

  const remove = () => {
    parts?.host.remove();
  };
  ctx.onInvalidated(remove);

  return {
    async show(opts) {
      if (ctx.isInvalid) return;
      timed(() => {
        const { host } = parts ?? create();
        // First show, or the page replaced <body> (SPA re-render) and took our host with it.
        if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
        setHostHooks(host, opts);
        current = opts;
        // Another candidate starts afresh: the user's open/closed choice was for the previous one.
        if (opts.candidateKey !== candidateKey) {
          candidateKey = opts.candidateKey;
          expanded = !opts.startCollapsed;
        }
        setExpanded(expanded, false);
      });
    },
    hide() {
      remove();
    },
    get host() {
      return parts?.host.isConnected ? parts.host : null;
    },
  };
}
