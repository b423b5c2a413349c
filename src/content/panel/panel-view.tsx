import { timed } from '../work-timer';
import type { ScriptContext } from '../script-context';
import { t } from '../../core/i18n/panel-strings';
import { PanelBody, chipText, type PanelActions, type PanelModel } from './panel';
import type { PageScheme } from '../page-scheme';
import panelCss from './panel.css?inline';
import { renderStatic, userInputOnly, type EventGate } from './static-render';
import { DEFAULT_CORNER, isCorner, nextCorner, type Corner } from '../../core/panel-corner';
import { extensionCornerStore, type CornerStore } from './panel-place';
import { describeElement, findIn, type PanelProbeReply } from './panel-probe';

export interface PanelShowOptions {
  model: PanelModel;
  actions: PanelActions;
  startCollapsed: boolean;
  /** Where the recruiter last put the panel on this site (sent by the background with each update). */
  corner: Corner;
  scheme: PageScheme | null;
  /** Changes when the candidate changes, so the panel's own state (expanded) resets. */
  candidateKey: string;
}

export interface PanelView {
  /** Draws the panel now, synchronously: nothing to wait for, so nothing can overtake it. */
  show(opts: PanelShowOptions): void;
  hide(): void;
  /** The shadow host while mounted (for the observer to ignore our own mutations). */
  readonly host: HTMLElement | null;
  /** The closed shadow root: reachable from the content script's own world only (unit tests, the probe). */
  readonly root: ShadowRoot | null;
  /** What the panel shows, for the extension's own probe (`hs:panel-probe`). */
  probe(selectors: readonly string[], markup?: boolean, reveal?: string): PanelProbeReply;
}

export interface PanelViewOptions {
  doc?: Document;
  /** The site this copy serves: the panel's corner is remembered per site. */
  siteId?: string;
  corners?: CornerStore;
  /** Which events reach the panel's handlers: real user input only (unit tests may widen it). */
  gate?: EventGate;
}

/** Builds an element with a class and optional text (the chip is plain DOM: no renderer on page load). */
function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The host's placement; `!important` inside the shadow root wins over any page rule for the host. */
function cornerCss(corner: Corner): string {
  const [v, h] = corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
  const otherV = v === 'top' ? 'bottom' : 'top';
  const otherH = h === 'left' ? 'right' : 'left';
  return `:host{${v}:16px !important;${otherV}:auto !important;${h}:16px !important;${otherH}:auto !important}`;
}

/** Events that stay inside the panel: the page sees neither keys typed nor clicks made in it. */
const CONTAINED_EVENTS = ['keydown', 'keyup', 'keypress', 'click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'focusin', 'focusout', 'input', 'change', 'copy', 'cut', 'contextmenu'];

/**
 * Removes the panel of an earlier copy of this extension that could not remove
 * it itself. Firefox tears a content script's sandbox down when the extension
 * is reloaded or updated, so that copy's clean-up never runs, and then starts
 * a fresh copy in the same page: without this the page shows two panels. The
 * host carries no mark the page could read, so it is known by its shape: an
 * empty, attribute-less <div> child of <html>, fixed at the top z-index by a
 * shadow root (a second `attachShadow` throws only on a shadow host). Only
 * ever true of a host of ours, or of a page's deliberate copy of one.
 */
function removeStaleHosts(doc: Document, own: Element): void {
  const root = doc.documentElement;
  if (!root) return;
  for (const el of Array.from(root.children)) {
    if (el === own || el.localName !== 'div' || el.hasAttributes() || el.firstChild) continue;
    try {
      const style = getComputedStyle(el);
      if (style.position !== 'fixed' || style.zIndex !== '2147483647') continue;
      el.attachShadow({ mode: 'closed' });
      // It had no shadow root: not a panel host (an empty root on an empty <div> changes nothing shown).
    } catch {
      el.remove();
    }
  }
}

/** Re-attachments allowed per second against a page that keeps removing the host (no endless tug of war). */
const REATTACH_PER_SECOND = 20;

/**
 * The panel in a **closed** shadow root on a plain `<div>` host, a child of
 * `<html>`. The page cannot define or upgrade a built-in element (a custom tag
 * can be claimed by the page's `customElements.define` before we run), cannot
 * reach into a closed root, and the host carries no attribute: the verdict,
 * the findings and the buttons are out of the page's reach. The content
 * script's world has its own prototypes (Chromium's isolated world, Firefox's
 * Xray wrappers), so a page that patches `attachShadow` or
 * `Element.prototype` changes nothing here. Handlers act on real user input
 * only (`event.isTrusted`). A page that removes or moves the host gets it
 * back where it was, within a budget; attributes it puts on the host are
 * taken off.
 *
 * Styles are isolated both ways (`all: initial` on the host stops inherited
 * styles), keys and clicks in the panel stay in the panel, and the host is
 * removed when the content-script context is invalidated. The stylesheet is
 * bundled as text rather than fetched, so the extension exposes no
 * web-accessible resource a page could probe for (and no request).
 *
 * The chip (level and count) is built with plain DOM calls and the findings
 * are drawn only when the recruiter opens it. The body's JSX is the popup's
 * (FindingItem), turned into DOM by static-render.ts rather than Preact, whose
 * renderer the content scripts do not carry.
 */
export function createPanelView(ctx: ScriptContext, opts: PanelViewOptions | Document = {}): PanelView {
  const o: PanelViewOptions = 'nodeType' in opts ? { doc: opts } : opts;
  const doc = o.doc ?? document;
  const gate = o.gate ?? userInputOnly;
  const corners = o.corners ?? extensionCornerStore;
  const siteId = o.siteId ?? null;

  /** The panel's elements, built together on the first show. */
  let parts: {
    host: HTMLElement;
    shadow: ShadowRoot;
    place: HTMLStyleElement;
    aside: HTMLElement;
    chip: HTMLButtonElement;
    chipLabel: HTMLElement;
    bodyBox: HTMLElement;
  } | null = null;
  let current: PanelShowOptions | null = null;
  let candidateKey: string | null = null;
  let expanded = false;
  /** Findings the recruiter opened for this candidate (rule ids): kept across redraws. */
  const openFindings = new Set<string>();
  const toggleFinding = (ruleId: string, isOpen: boolean) => {
    if (isOpen) openFindings.add(ruleId);
    else openFindings.delete(ruleId);
  };
  let corner: Corner = DEFAULT_CORNER;
  /**
   * The recruiter moved the panel on this page: that corner holds here even
   * against an update the background prepared before the move was stored.
   */
  let movedHere = false;
  /** The panel is meant to be on the page (between show and hide). */
  let wanted = false;
  let guard: MutationObserver | null = null;
  let reattachTimes: number[] = [];
  let reattachLater = false;

  const moveLabel = () => {
    const next = t(`panel.corner.${nextCorner(corner)}`);
    return t('panel.moveLabel', { corner: next, site: current?.model.siteLabel ?? '' });
  };

  const move = () => {
    corner = nextCorner(corner);
    movedHere = true;
    if (parts) parts.place.textContent = cornerCss(corner);
    drawChip();
    drawBody(false);
    if (siteId) void corners.save(siteId, corner);
    // Focus stays on "Move" (redrawn in place) so the recruiter can press it again.
  };

  /** The findings are drawn while open; `bodyBox` has children exactly when they are. */
  const drawBody = (focus: boolean) => {
    if (!parts || !current) return;
    const { bodyBox } = parts;
    if (expanded) {
      renderStatic(
        <PanelBody
          model={current.model}
          actions={current.actions}
          onCollapse={collapse}
          move={{ label: moveLabel(), onMove: move }}
          open={{ ids: openFindings, onToggle: toggleFinding }}
        />,
        bodyBox,
        gate,
      );
      // Focus moves into the body on a user expand only, never on a scan (no focus theft from the page).
      if (focus) bodyBox.querySelector<HTMLElement>('.hs-body')?.focus();
    } else {
      bodyBox.replaceChildren();
    }
  };

  const drawChip = () => {
    if (!parts || !current) return;
    const { model } = current;
    const [v, h] = corner.split('-');
    parts.aside.className = `hs-panel hs-level-${model.level} hs-at-${v} hs-at-${h}`;
    parts.aside.setAttribute('data-expanded', String(expanded));
    if (current.scheme) parts.aside.setAttribute('data-scheme', current.scheme);
    else parts.aside.removeAttribute('data-scheme');
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

  /** Puts the host back as a child of <html> and strips what the page added to it; bounded per second. */
  const keepInPlace = () => {
    if (!parts || !wanted || ctx.isInvalid) return;
    const { host } = parts;
    const root = doc.documentElement;
    const misplaced = !root || host.parentNode !== root;
    if (!misplaced && !host.hasAttributes()) return;
    const now = performance.now();
    reattachTimes = reattachTimes.filter((at) => now - at < 1000);
    if (reattachTimes.length >= REATTACH_PER_SECOND) {
      // The page fights back in a loop: try again in a second instead of matching it move for move.
      if (!reattachLater) {
        reattachLater = true;
        ctx.setTimeout(() => {
          reattachLater = false;
          keepInPlace();
        }, 1000);
      }
      return;
    }
    reattachTimes.push(now);
    for (const name of host.getAttributeNames()) host.removeAttribute(name);
    if (misplaced) (root ?? doc).appendChild(host);
  };

  const watchHost = () => {
    if (guard || !parts || typeof MutationObserver !== 'function') return;
    guard = new MutationObserver(() => keepInPlace());
    guard.observe(doc, { childList: true });
    if (doc.documentElement) guard.observe(doc.documentElement, { childList: true });
    guard.observe(parts.host, { attributes: true });
  };

  const unwatchHost = () => {
    guard?.disconnect();
    guard = null;
  };

  const create = () => {
    const host = doc.createElement('div');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = `:host{all:initial !important}\n${panelCss}`;
    const place = doc.createElement('style');
    place.textContent = cornerCss(corner);
    const aside = el(doc, 'aside', 'hs-panel');
    aside.setAttribute('aria-label', t('panel.label'));
    const chip = el(doc, 'button', 'hs-chip');
    chip.type = 'button';
    chip.setAttribute('aria-controls', 'hs-panel-body');
    chip.title = t('panel.expand');
    const dot = el(doc, 'span', 'hs-dot');
    dot.setAttribute('aria-hidden', 'true');
    const chipLabel = el(doc, 'span', 'hs-chip-text');
    chip.append(dot, el(doc, 'span', 'hs-brand', t('ext.name')), chipLabel);
    chip.addEventListener('click', (e) => {
      if (!gate(e)) return;
      if (expanded) collapse();
      else setExpanded(true, true);
    });
    const bodyBox = el(doc, 'div', 'hs-body-box');
    aside.append(chip, bodyBox);
    shadow.append(style, place, aside);
    shadow.addEventListener('keydown', (e) => {
      // Escape anywhere in the open panel folds it back into the chip and returns focus there.
      if ((e as KeyboardEvent).key === 'Escape' && expanded && gate(e)) collapse();
    });
    // Keys typed and clicks made in the panel stay in the panel: no page shortcut fires, no page listener hears of them.
    for (const type of CONTAINED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation());
    parts = { host, shadow, place, aside, chip, chipLabel, bodyBox };
    return parts;
  };

  const remove = () => {
    wanted = false;
    unwatchHost();
    parts?.host.remove();
  };
  ctx.onInvalidated(remove);

  return {
    show(opts) {
      if (ctx.isInvalid) return;
      timed(() => {
        if (!movedHere && isCorner(opts.corner)) corner = opts.corner;
        const { host, place } = parts ?? create();
        place.textContent = cornerCss(corner);
        current = opts;
        wanted = true;
        // First show, or the page took our host out: back as a child of <html>, clear of <body> re-renders.
        if (host.parentNode !== doc.documentElement) {
          if (!host.isConnected) removeStaleHosts(doc, host);
          (doc.documentElement ?? doc).appendChild(host);
        }
        watchHost();
        // Another candidate starts afresh: the user's open/closed choice was for the previous one.
        if (opts.candidateKey !== candidateKey) {
          candidateKey = opts.candidateKey;
          expanded = !opts.startCollapsed;
          openFindings.clear();
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
    get root() {
      return parts?.shadow ?? null;
    },
    probe(selectors, markup = false, reveal) {
      if (reveal && parts) {
        try {
          parts.shadow.querySelector(reveal)?.scrollIntoView({ block: 'nearest' });
        } catch {
          /* not a selector: nothing to reveal */
        }
      }
      const model = current?.model;
      const body = parts?.shadow.querySelector<HTMLElement>('.hs-body') ?? null;
      const active = parts?.shadow.activeElement ?? null;
      const reply: PanelProbeReply = {
        url: doc.location?.href ?? '',
        shown: !!parts && wanted && parts.host.parentNode === doc.documentElement,
        expanded,
        level: model ? (model.allowlisted ? 'none' : model.level) : null,
        count: model ? (model.allowlisted ? 0 : model.findings.length) : 0,
        scheme: current?.scheme ?? null,
        corner,
        chipText: parts?.chipLabel.textContent ?? '',
        hostAttributes: parts ? parts.host.getAttributeNames() : [],
        hostTag: parts ? parts.host.tagName.toLowerCase() : null,
        active: active ? active.getAttribute('class') ?? active.tagName.toLowerCase() : null,
        host: parts?.host.isConnected ? describeElement(parts.aside) : null,
        body: body
          ? { height: body.getBoundingClientRect().height, scrollHeight: body.scrollHeight, clientHeight: body.clientHeight, overflowY: getComputedStyle(body).overflowY }
          : null,
        found: parts ? findIn(parts.shadow, selectors) : {},
      };
      if (markup && parts) reply.markup = parts.shadow.innerHTML;
      return reply;
    },
  };
}
