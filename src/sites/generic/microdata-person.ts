import type { Node } from './schema-values';

/**
 * Read a microdata item (`itemscope itemtype=".../Person"`) into the same
 * shape JSON-LD has, so one mapper serves both. Values follow the HTML
 * microdata rules: `content`, then the URL attribute of the element, then
 * `datetime`/`value`, else text. Nested `itemscope` become nested objects.
 */

/** Elements visited per item and nesting depth: a profile card has dozens, not thousands. */
const MAX_ELEMENTS = 2_000;
const MAX_DEPTH = 4;

/** Top-level Person items: not themselves a property of another item (e.g. an article's author). */
export function findMicrodataPersons(doc: Document): Element[] {
  try {
    const all = doc.querySelectorAll('[itemscope][itemtype]');
    const out: Element[] = [];
    for (let i = 0; i < all.length && i < 200; i++) {
      const el = all[i]!;
      const types = (el.getAttribute('itemtype') ?? '').split(/\s+/);
      if (!types.some((t) => /(^|[/:#])Person$/i.test(t))) continue;
      if (el.hasAttribute('itemprop')) continue;
      out.push(el);
    }
    return out;
  } catch {
    return [];
  }
}

export function readMicrodataItem(item: Element, depth = 0): Node {
  const node: Node = {};
  const type = item.getAttribute('itemtype');
  if (type) node['@type'] = type.split(/\s+/)[0]!;
  const budget = { left: MAX_ELEMENTS };
  collect(item, node, depth, budget);
  return node;
}

function collect(parent: Element, node: Node, depth: number, budget: { left: number }): void {
  for (let child = parent.firstElementChild; child && budget.left > 0; child = child.nextElementSibling) {
    budget.left--;
    const props = (child.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean).slice(0, 5);
    const scoped = child.hasAttribute('itemscope');
    if (props.length) {
      const value = scoped ? (depth < MAX_DEPTH ? readMicrodataItem(child, depth + 1) : null) : valueOf(child);
      if (value != null) for (const p of props) add(node, p, value);
    }
    // Properties inside a nested item belong to that item, not to this one.
    if (!scoped) collect(child, node, depth, budget);
  }
}

function add(node: Node, prop: string, value: unknown): void {
  const prev = node[prop];
  if (prev === undefined) node[prop] = value;
  else if (Array.isArray(prev)) {
    if (prev.length < 100) prev.push(value);
  } else node[prop] = [prev, value];
}

function valueOf(el: Element): string | null {
  const tag = el.tagName.toLowerCase();
  const content = el.getAttribute('content');
  if (content != null) return content;
  if (tag === 'a' || tag === 'link' || tag === 'area') return el.getAttribute('href');
  if (tag === 'img' || tag === 'audio' || tag === 'video' || tag === 'source' || tag === 'iframe' || tag === 'embed') return el.getAttribute('src');
  if (tag === 'object') return el.getAttribute('data');
  if (tag === 'time') return el.getAttribute('datetime') ?? el.textContent;
  if (tag === 'data' || tag === 'meter') return el.getAttribute('value') ?? el.textContent;
  return el.textContent;
}
