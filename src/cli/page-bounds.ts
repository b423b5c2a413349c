/**
 * One linear pass over saved HTML before it is handed to the DOM: it measures the page
 * (elements, nesting depth) so an oversized or pathologically deep page is refused with
 * its own reason instead of exhausting the stack or the heap inside the DOM library, and
 * it drops what no reader looks at, because the DOM costs kilobytes per node:
 * `<svg>` subtrees (icons), `<style>` bodies, inline images (`data:` URIs) and script
 * bodies longer than any reader's bound (the largest is 6,000,000 characters, a Next.js
 * state blob). Everything else is passed through byte for byte.
 */

export interface PageLimits {
  /** Most elements parsed (a saved profile has 2,000–20,000; a page saved "complete" 150,000). */
  maxElements: number;
  /** Deepest nesting parsed (real pages stay under 100 levels). */
  maxDepth: number;
}

export const PAGE_LIMITS: PageLimits = { maxElements: 400_000, maxDepth: 2_048 };

/** Readers bound their script reads at 6,000,000 characters; a longer body is never read. */
const MAX_SCRIPT_BODY = 6_000_000;
/** Inline images longer than this are cut to `data:,` (no reader looks into an image). */
const MAX_DATA_URI = 1024;

export class PageTooBig extends Error {
  constructor(
    readonly kind: 'elements' | 'depth',
    readonly limit: number,
  ) {
    super(kind === 'elements' ? `more than ${limit} elements` : `nested more than ${limit} levels deep`);
    this.name = 'PageTooBig';
  }
}

export interface SlimPage {
  html: string;
  elements: number;
  depth: number;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'bgsound']);
/** Elements whose content is text up to their own end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
/** Start tags that close an open element of the same family (`<li>` after `<li>` …), as the HTML parser does. */
const SAME_FAMILY: Record<string, readonly string[]> = {
  li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], p: ['p'], tr: ['tr', 'td', 'th'], td: ['td', 'th'], th: ['td', 'th'],
  option: ['option'], optgroup: ['optgroup', 'option'], tbody: ['tbody', 'tr', 'td', 'th'], thead: ['thead', 'tr', 'td', 'th'],
  tfoot: ['tbody', 'tr', 'td', 'th'], rt: ['rt', 'rp'], rp: ['rt', 'rp'],
};
/** Where the search for an element to close implicitly stops. */
const SCOPE = new Set(['ul', 'ol', 'dl', 'table', 'select', 'div', 'section', 'body', 'html', 'template', 'ruby']);
/** Block start tags that close an open `<p>`. */
const CLOSES_P = new Set(['address', 'article', 'aside', 'blockquote', 'div', 'dl', 'fieldset', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul', 'figure', 'details']);

const NAME_RE = /[a-zA-Z][^\s/>]*/y;
const DATA_URI_RE = /(=\s*["']?)data:[^"'\s>]{1024,}/g;

/** Index just past the `>` that ends the tag starting at `from`, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let i = from;
  const n = html.length;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 62 /* > */) return i + 1;
    if (c === 34 /* " */ || c === 39 /* ' */) {
      // A quote opens a value only after `=` (possibly with spaces); elsewhere it is a stray character.
      let j = i - 1;
      while (j > from && (html.charCodeAt(j) === 32 || html.charCodeAt(j) === 9 || html.charCodeAt(j) === 10)) j--;
      if (html.charCodeAt(j) === 61 /* = */) {
        const close = html.indexOf(c === 34 ? '"' : "'", i + 1);
        if (close < 0) return n;
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  return n;
}

/** Start of the end tag `</name` at or after `from` (case-insensitive), or -1. */
function findEndTag(html: string, name: string, from: number): number {
  const re = new RegExp(`</${name}[\\s/>]`, 'gi');
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index : -1;
}

/**
 * Measure and slim `html` in one pass (time and memory linear in its length).
 * Throws `PageTooBig` as soon as a limit is passed.
 */
export function slimPage(html: string, limits: PageLimits = PAGE_LIMITS): SlimPage {
  const parts: string[] = [];
  let copied = 0;
  const cut = (from: number, to: number, replacement = '') => {
    parts.push(html.slice(copied, from), replacement);
    copied = to;
  };
  const stack: string[] = [];
  let elements = 0;
  let depth = 0;
  let pos = 0;
  const n = html.length;
  while (pos < n) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      const end = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt);
      pos = end < 0 ? n : end + (html.startsWith('<!--', lt) ? 3 : 1);
      continue;
    }
    if (next === 47 /* / */) {
      NAME_RE.lastIndex = lt + 2;
      const m = NAME_RE.exec(html);
      pos = tagEnd(html, lt + 2);
      if (!m) continue;
      const name = m[0].toLowerCase();
      // Close the nearest open element of that name; a stray end tag changes nothing.
      for (let k = stack.length - 1; k >= 0 && k >= stack.length - 64; k--) {
        if (stack[k] === name) {
          stack.length = k;
          break;
        }
      }
      continue;
    }
    NAME_RE.lastIndex = lt + 1;
    const m = NAME_RE.exec(html);
    if (!m) {
      pos = lt + 1;
      continue;
    }
    const name = m[0].toLowerCase();
    const end = tagEnd(html, lt + 1 + m[0].length);
    if (++elements > limits.maxElements) throw new PageTooBig('elements', limits.maxElements);
    if (end - lt > MAX_DATA_URI) {
      const tag = html.slice(lt, end);
      const slim = tag.replace(DATA_URI_RE, '$1data:,');
      if (slim.length !== tag.length) cut(lt, end, slim);
    }
    pos = end;
    const family = SAME_FAMILY[name];
    if (family) {
      // `<li>` closes the open `<li>` (and a `<p>` inside it), up to the nearest list or table.
      for (let k = stack.length - 1; k >= 0 && k >= stack.length - 8; k--) {
        if (family.includes(stack[k]!)) {
          stack.length = k;
          break;
        }
        if (SCOPE.has(stack[k]!)) break;
      }
    } else if (CLOSES_P.has(name) && stack[stack.length - 1] === 'p') stack.pop();
    const selfClosing = html.charCodeAt(end - 2) === 47 /* / */;
    if (RAW_TEXT.has(name)) {
      const close = findEndTag(html, name, end);
      const bodyEnd = close < 0 ? n : close;
      if (name === 'style' || (name === 'script' && bodyEnd - end > MAX_SCRIPT_BODY)) cut(end, bodyEnd);
      pos = bodyEnd;
      // The end tag itself is consumed by the `</` branch above; nothing was pushed.
      if (stack.length + 1 > depth) depth = stack.length + 1;
      continue;
    }
    if (name === 'svg' && !selfClosing) {
      const close = findEndTag(html, 'svg', end);
      const bodyEnd = close < 0 ? n : close;
      cut(end, bodyEnd);
      pos = bodyEnd;
      if (stack.length + 1 > depth) depth = stack.length + 1;
      continue;
    }
    if (VOID.has(name) || selfClosing) continue;
    stack.push(name);
    if (stack.length > depth) {
      depth = stack.length;
      if (depth > limits.maxDepth) throw new PageTooBig('depth', limits.maxDepth);
    }
  }
  if (copied === 0) return { html, elements, depth };
  parts.push(html.slice(copied));
  return { html: parts.join(''), elements, depth };
}
