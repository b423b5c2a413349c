import { cleanText } from '../core/normalise';
import { parseWebUrl } from '../core/url-kind';

/**
 * Readers for the machine-written parts of a page (JSON-LD, meta, microdata,
 * embedded JSON) shared by every extractor. They never throw, never force
 * layout (`textContent`, never `innerText`) and bound their work, because a
 * hostile or half-loaded page must not break the extractor or the host page.
 */

/** Largest JSON blob we are willing to parse (embedded state can be megabytes; profiles are not). */
export const MAX_JSON_CHARS = 3_000_000;
/** Most JSON-LD scripts read per page: real pages carry one to three. */
const MAX_JSON_LD_SCRIPTS = 20;

/** `JSON.parse` that returns `null` instead of throwing, and refuses oversized input. */
export function safeJsonParse(raw: string | null | undefined, maxChars = MAX_JSON_CHARS): unknown {
  if (raw == null) return null;
  const s = raw.trim();
  if (!s || s.length > maxChars) return null;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return null;
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A value that schema.org allows as a scalar or an array, always as an array. */
export function asArray<T = unknown>(v: T | T[] | null | undefined): T[] {
  if (v == null) return [];
  return Array.isArray(v) ? v : [v];
}

/**
 * Every top-level JSON-LD node on the page, with `@graph` arrays flattened:
 * `[{@type: WebPage}, {@type: Person}, …]`. Malformed scripts are skipped.
 */
export function readJsonLd(doc: Document): unknown[] {
  const out: unknown[] = [];
  try {
    const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
    const n = Math.min(scripts.length, MAX_JSON_LD_SCRIPTS);
    for (let i = 0; i < n; i++) {
      const parsed = safeJsonParse(scripts[i]!.textContent);
      for (const node of asArray(parsed)) {
        if (isRecord(node) && Array.isArray(node['@graph'])) out.push(...(node['@graph'] as unknown[]));
        else if (node != null) out.push(node);
      }
    }
  } catch {
    // A broken DOM is treated as having no JSON-LD.
  }
  return out;
}

/** Whether a JSON-LD node has the given `@type` (a string or an array of strings). */
export function hasLdType(node: unknown, type: string): node is Record<string, unknown> {
  if (!isRecord(node)) return false;
  return asArray(node['@type']).some((t) => typeof t === 'string' && (t === type || t.endsWith(`/${type}`)));
}

/** The first JSON-LD node of a type, e.g. `findLdNode(readJsonLd(doc), 'Person')`. */
export function findLdNode(nodes: readonly unknown[], type: string): Record<string, unknown> | null {
  for (const n of nodes) if (hasLdType(n, type)) return n;
  return null;
}

/**
 * Where page metadata lives. Looking in `<head>` only matters on 600 KB pages:
 * a selector that matches nothing walks the whole document, ~0.1 ms each time
 * in Chromium, and the logged-in LinkedIn page has no `og:*` tags at all.
 */
function metadataRoot(doc: Document): ParentNode {
  return doc.head ?? doc;
}

/** Content of `<meta name=…>` or `<meta property=…>` in the head, cleaned; `null` when absent or empty. */
export function meta(doc: Document, nameOrProperty: string): string | null {
  try {
    const key = cssString(nameOrProperty);
    const el = metadataRoot(doc).querySelector(`meta[name=${key}], meta[property=${key}]`);
    return cleanText(el?.getAttribute('content') ?? null);
  } catch {
    return null;
  }
}

/** `href` of `<link rel=…>` (e.g. `canonical`) in the head, `null` when absent. */
export function linkHref(doc: Document, rel: string): string | null {
  try {
    return cleanText(metadataRoot(doc).querySelector(`link[rel=${cssString(rel)}]`)?.getAttribute('href') ?? null, 2000);
  } catch {
    return null;
  }
}

/** Cleaned `textContent` of an element (never `innerText`: no layout), `null` when empty. */
export function text(el: Element | null | undefined, maxLength?: number): string | null {
  if (!el) return null;
  try {
    return cleanText(el.textContent, maxLength);
  } catch {
    return null;
  }
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'SECTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR']);

/**
 * Text of an element with `<br>` and block boundaries kept as line breaks (about sections), without
 * `innerText`'s layout cost. Bounded to `maxNodes` nodes; the caller cleans the result.
 */
export function multilineText(el: Element | null | undefined, maxNodes = 5000): string | null {
  if (!el) return null;
  const out: string[] = [];
  try {
    const walk = (node: Node, budget: { n: number }) => {
      for (let c = node.firstChild; c && budget.n > 0; c = c.nextSibling) {
        budget.n--;
        if (c.nodeType === 3) out.push(c.nodeValue ?? '');
        else if (c.nodeType === 1) {
          const tag = (c as Element).tagName;
          if (tag === 'BR') out.push('\n');
          else if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
          else {
            const block = BLOCK_TAGS.has(tag);
            if (block) out.push('\n');
            walk(c, budget);
            if (block) out.push('\n');
          }
        }
      }
    };
    walk(el, { n: maxNodes });
  } catch {
    return null;
  }
  return out.join('');
}

/** Cleaned text of the first match of `selector` under `root`; `null` when absent or the selector is bad. */
export function textOf(root: ParentNode, selector: string, maxLength?: number): string | null {
  try {
    return text(root.querySelector(selector), maxLength);
  } catch {
    return null;
  }
}

/** `document.title`, cleaned. */
export function title(doc: Document): string | null {
  try {
    return cleanText(doc.title, 500);
  } catch {
    return null;
  }
}

/**
 * Microdata value of the first `[itemprop=prop]` under `root`: `content`,
 * `href`/`src`, `datetime`, else text. `null` when absent.
 */
export function microdata(root: ParentNode, prop: string): string | null {
  try {
    const el = root.querySelector(`[itemprop~=${cssString(prop)}]`);
    if (!el) return null;
    const attr = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('href') ?? el.getAttribute('src');
    return attr != null ? cleanText(attr) : text(el);
  } catch {
    return null;
  }
}

/** Absolute http(s) URL or `null` (drops `javascript:`, `data:` and junk). */
export function safeHttpUrl(raw: string | null | undefined, base?: string): string | null {
  return raw ? (parseWebUrl(raw.trim(), base)?.href ?? null) : null;
}

/** Quote a value for an attribute selector. */
function cssString(v: string): string {
  return `"${v.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;
}
