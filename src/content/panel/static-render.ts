import type { ComponentChildren } from 'preact';
// Preact's Fragment where its runtime compiled the JSX (unit tests); in the content scripts'
// builds this import is dom-jsx-runtime's (build/content-jsx-runtime.ts), the same as below.
import { Fragment } from 'preact/jsx-runtime';
import { Fragment as StaticFragment } from './dom-jsx-runtime';

/**
 * Builds the panel body's DOM from its JSX without Preact's renderer (
 * keep heavy libraries out of the content script). The body is made of plain
 * function components of their props (no hooks, no state: the view owns
 * open/closed), so nothing needs diffing: each draw replaces the body's
 * children. Works on Preact's elements and on dom-jsx-runtime's alike: both
 * are `{ type, props }`.
 *
 * Every value becomes a text node or an attribute value, never markup: profile
 * text is hostile input. Handlers are attached from functions only; markup
 * (`dangerouslySetInnerHTML`), inline script (an `on…` prop that is not a
 * function) and object values are refused.
 *
 * Every handler runs for real user input only (`event.isTrusted`): an event a
 * script made up (the page's own `dispatchEvent` or `click()`) never allowlists,
 * hides or dismisses anything, whatever reference it got hold of.
 */

/** Which events reach the handlers; real user input only, unless a test says otherwise. */
export type EventGate = (event: Event) => boolean;
export const userInputOnly: EventGate = (event) => event.isTrusted === true;

interface ElementLike {
  type: unknown;
  props: Record<string, unknown>;
}

function isElementLike(v: unknown): v is ElementLike {
  return typeof v === 'object' && v !== null && 'type' in v && typeof (v as ElementLike).props === 'object' && (v as ElementLike).props !== null;
}

const SKIPPED_PROPS = new Set(['children', 'key', 'ref', 'dangerouslySetInnerHTML']);

function setProp(el: Element, name: string, value: unknown, gate: EventGate): void {
  if (SKIPPED_PROPS.has(name)) return;
  if (/^on[A-Z]/.test(name)) {
    // onClick → click, onKeyDown → keydown.
    if (typeof value === 'function') {
      const handler = value as (event: Event) => void;
      el.addEventListener(name.slice(2).toLowerCase(), (event) => {
        if (gate(event)) handler(event);
      });
    }
    return;
  }
  if (/^on/i.test(name)) return; // an inline handler attribute would be script
  if (value == null || value === false || typeof value === 'function' || typeof value === 'object') return;
  el.setAttribute(name === 'className' ? 'class' : name, value === true ? '' : String(value));
}

/** Appends the DOM for `node` (elements, text, fragments, function components, arrays of them) to `parent`. */
function appendStatic(parent: Node, node: ComponentChildren, doc: Document, gate: EventGate): void {
  if (node == null || typeof node === 'boolean') return;
  if (Array.isArray(node)) {
    for (const child of node as ComponentChildren[]) appendStatic(parent, child, doc, gate);
    return;
  }
  if (!isElementLike(node)) {
    if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') parent.appendChild(doc.createTextNode(String(node)));
    return;
  }
  const { type, props } = node;
  if (type === Fragment || type === StaticFragment) return appendStatic(parent, props.children as ComponentChildren, doc, gate);
  if (typeof type === 'function') return appendStatic(parent, (type as (p: Record<string, unknown>) => ComponentChildren)(props), doc, gate);
  if (typeof type !== 'string') return;
  const el = doc.createElement(type);
  for (const name of Object.keys(props)) setProp(el, name, props[name], gate);
  appendStatic(el, props.children as ComponentChildren, doc, gate);
  parent.appendChild(el);
}

/** Where `el` sits under `root`, as child indices. */
function pathFrom(root: Node, el: Node): number[] {
  const path: number[] = [];
  for (let n: Node = el; n !== root && n.parentNode; n = n.parentNode) path.unshift(Array.prototype.indexOf.call(n.parentNode.childNodes, n));
  return path;
}

function nodeAt(root: Node, path: readonly number[]): Node | null {
  let n: Node | null = root;
  for (const i of path) n = n?.childNodes[i] ?? null;
  return n;
}

/**
 * Replaces `box`'s children with the DOM for `node`. Focus inside the box stays
 * where a diffing renderer would have left it: on the element at the same place
 * with the same tag. A rescan of the open panel (a dismissal, a setting changed
 * in another tab) must not drop the recruiter's keyboard position.
 */
export function renderStatic(node: ComponentChildren, box: Element, gate: EventGate = userInputOnly): void {
  const doc = box.ownerDocument;
  const root = box.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  const path = active && active !== box && box.contains(active) ? pathFrom(box, active) : null;
  box.replaceChildren();
  appendStatic(box, node, doc, gate);
  if (!path || !active) return;
  const again = nodeAt(box, path);
  if (again && again.nodeType === 1 && (again as Element).tagName === active.tagName) (again as HTMLElement).focus({ preventScroll: true });
}
