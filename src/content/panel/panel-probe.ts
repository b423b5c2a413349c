/**
 * What the panel shows, described for the extension itself (`hs:panel-probe`
 * from an extension page through `tabs.sendMessage`; the E2E tests read the
 * panel this way). The shadow root is closed and the host carries no
 * attribute, so the page learns nothing of the verdict; only the extension,
 * whose messages the page can neither send nor read, can ask. Lives in the
 * content script's isolated world, never in the page's DOM.
 */
import type { TimingEntry } from '../work-timer';

export interface ProbedElement {
  /** Viewport CSS pixels, for a real click at the element's centre. */
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
  attrs: Record<string, string>;
}

export interface PanelProbeReply {
  url: string;
  /** The host is in the page, as a child of <html>, and the panel is meant to show. */
  shown: boolean;
  expanded: boolean;
  level: string | null;
  /** Findings listed (0 when allowlisted). */
  count: number;
  scheme: string | null;
  corner: string;
  chipText: string;
  /** Attributes on the host element (the page sees these): none expected. */
  hostAttributes: string[];
  /** The host's tag name as the page sees it. */
  hostTag: string | null;
  /** Class of the focused element inside the panel, or null. */
  active: string | null;
  host: ProbedElement | null;
  /** The findings' scroll box: its rendered height and its content's. */
  body: { height: number; scrollHeight: number; clientHeight: number; overflowY: string } | null;
  found: Record<string, ProbedElement[]>;
  /** The shadow root's markup (styles included), when asked: for a faithful accessibility check elsewhere. */
  markup?: string;
  /** The content script's own timings (src/content/work-timer.ts), which the page cannot read. */
  timings?: TimingEntry[];
}

const MAX_PER_SELECTOR = 50;
const MAX_TEXT = 20_000;

export function describeElement(el: Element): ProbedElement {
  const r = el.getBoundingClientRect();
  const attrs: Record<string, string> = {};
  for (const a of Array.from(el.attributes)) attrs[a.name] = a.value.slice(0, MAX_TEXT);
  return { x: r.x, y: r.y, width: r.width, height: r.height, text: (el.textContent ?? '').slice(0, MAX_TEXT), attrs };
}

/** Each selector's matches inside `root` (a bad selector matches nothing). */
export function findIn(root: ParentNode, selectors: readonly string[]): Record<string, ProbedElement[]> {
  const found: Record<string, ProbedElement[]> = {};
  for (const sel of selectors.slice(0, 30)) {
    try {
      found[sel] = Array.from(root.querySelectorAll(sel)).slice(0, MAX_PER_SELECTOR).map(describeElement);
    } catch {
      found[sel] = [];
    }
  }
  return found;
}
