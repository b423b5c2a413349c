import { parseNuxtState } from './upwork/nuxt-state';

/**
 * The page's structure without its content, for bug reports about misread pages:
 * tags, class names, the names of `data-*`/`itemprop`/`role`/… attributes and the key
 * paths of embedded JSON state, with every text node and every attribute or JSON value
 * replaced by its type and length. Nobody's data leaves in it: a value is printed only
 * when it belongs to a fixed vocabulary below (ARIA roles, schema.org property names,
 * `og:*` meta names …), which a page cannot extend.
 *
 * Pure over a DOM `Document` (no browser API, no `Node` global): it runs in a content
 * script and in the CLI on a happy-dom document. Iterative (no recursion, so 50,000
 * nested elements cost a loop, not the stack), linear in the page size, and bounded in
 * output: runs of look-alike siblings collapse into one entry with a count, and the
 * outline stops at `maxLines` / `maxChars` with a note.
 */

export interface OutlineOptions {
  /** Most lines printed (default 4000). */
  maxLines?: number;
  /** Most characters printed (default 200,000). */
  maxChars?: number;
  /** Deepest element printed; deeper elements are only counted (default 120). */
  maxDepth?: number;
  /** Largest embedded JSON or script text read for key paths (default 3,000,000 chars). */
  maxJsonChars?: number;
}

export const OUTLINE_VERSION = 1;

const DEFAULTS = { maxLines: 4000, maxChars: 200_000, maxDepth: 120, maxJsonChars: 3_000_000 };
/** Key paths printed per JSON blob, and JSON nodes visited per blob. */
const MAX_JSON_PATHS = 600;
const MAX_JSON_NODES = 300_000;
const MAX_JSON_DEPTH = 40;
const MAX_CLASSES = 16;
const MAX_ATTRS = 24;

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
const COMMENT = 8;

const TAG_RE = /^[a-z][a-z0-9-]{0,40}$/;
const CLASS_RE = /^[A-Za-z_-][A-Za-z0-9_-]{0,63}$/;
const ATTR_NAME_RE = /^[a-z][a-z0-9_.:-]{0,63}$/;
/** Keys that look like names of fields, not like identifiers of records (ids, URNs, user names with digits). */
const KEY_RE = /^[A-Za-z_$@][A-Za-z0-9_$@-]{0,47}$/;
const STATE_NAME_RE = /^__[A-Z][A-Z0-9_]{0,40}__$/;
const LANG_RE = /^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$/;

/** Attributes whose presence (and, for a vocabulary, value) tells how a reader finds things. */
const SHOWN_ATTRS = new Set([
  'id', 'href', 'src', 'rel', 'name', 'property', 'content', 'itemprop', 'itemscope', 'itemtype', 'itemid',
  'role', 'datetime', 'lang', 'type', 'aria-label', 'aria-labelledby', 'title', 'alt', 'dir', 'hidden',
]);

// Fixed vocabularies: values from these sets are structure, never someone's data.
const ARIA_ROLES = new Set(
  ('alert alertdialog application article banner button cell checkbox columnheader combobox complementary contentinfo ' +
    'definition dialog directory document feed figure form grid gridcell group heading img link list listbox listitem log ' +
    'main marquee math menu menubar menuitem menuitemcheckbox menuitemradio navigation none note option presentation ' +
    'progressbar radio radiogroup region row rowgroup rowheader scrollbar search searchbox separator slider spinbutton ' +
    'status switch tab table tablist tabpanel term textbox timer toolbar tooltip tree treegrid treeitem generic paragraph').split(' '),
);
const SCHEMA_PROPS = new Set(
  ('name givenName familyName additionalName alternateName jobTitle worksFor affiliation memberOf alumniOf address ' +
    'addressLocality addressRegion addressCountry postalCode streetAddress homeLocation workLocation location url sameAs ' +
    'image description email telephone knowsAbout knowsLanguage hasOccupation hasCredential award skills startDate endDate ' +
    'datePublished dateCreated dateModified author creator identifier headline aggregateRating ratingValue reviewCount ' +
    'bestRating worstRating review reviewBody reviewRating itemListElement position item mainEntity mainEntityOfPage ' +
    'interactionStatistic userInteractionCount contactPoint nationality gender birthDate birthPlace follows colleague ' +
    'occupationLocation roleName member employee founder numberOfEmployees logo priceRange offers price priceCurrency').split(' '),
);
const SCHEMA_TYPES = new Set(
  ('Person Organization Corporation PostalAddress Place City Country ProfilePage WebPage WebSite BreadcrumbList ListItem ' +
    'ItemList EducationalOrganization CollegeOrUniversity OrganizationRole Role EmployeeRole Occupation AggregateRating ' +
    'Rating Review ImageObject CreativeWork Article SocialMediaPosting InteractionCounter ContactPoint Offer Service ' +
    'EducationalOccupationalCredential Thing').split(' '),
);
const META_NAMES = new Set(
  ('description keywords author robots viewport application-name generator referrer theme-color format-detection ' +
    'og:title og:description og:url og:image og:image:alt og:image:width og:image:height og:type og:site_name og:locale ' +
    'profile:first_name profile:last_name profile:username profile:gender twitter:title twitter:description twitter:card ' +
    'twitter:site twitter:creator twitter:image twitter:url al:ios:url al:android:url pageKey locale linkedin:pageTag ' +
    'csrf-token google-site-verification apple-itunes-app msapplication-TileColor color-scheme').split(' '),
);
const REL_VALUES = new Set(
  ('canonical alternate stylesheet icon preload prefetch preconnect dns-prefetch modulepreload manifest me author ' +
    'nofollow noopener noreferrer next prev shortlink apple-touch-icon shortcut search license ugc sponsored external').split(' '),
);
const TYPE_VALUES = new Set(
  ('application/ld+json application/json text/javascript application/javascript module importmap text/css text/html ' +
    'text/plain text/template text/x-template application/rss+xml application/atom+xml image/png image/x-icon ' +
    'image/svg+xml image/jpeg image/webp hidden text submit button email search checkbox radio password url tel number ' +
    'date file reset').split(' '),
);
const DIR_VALUES = new Set(['ltr', 'rtl', 'auto']);

/** The type and length of a value, never the value. */
function valueShape(v: string): string {
  const s = v.trim();
  if (!s) return 'empty';
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|\/|\.\.?\/|#|\?)/i.test(s) && !/\s/.test(s)) return `url(${s.length})`;
  if (/^-?\d+(?:\.\d+)?$/.test(s)) return `num(${s.length})`;
  return `str(${s.length})`;
}

function schemaType(v: string): boolean {
  const m = /^https?:\/\/schema\.org\/([A-Za-z]+)$/.exec(v.trim());
  return !!m && SCHEMA_TYPES.has(m[1]!);
}

/** The attribute's value when it is vocabulary, else its type and length. */
function attrValue(name: string, raw: string): string {
  const v = raw.trim();
  const every = (set: ReadonlySet<string>) => v !== '' && v.split(/\s+/).every((w) => set.has(w));
  switch (name) {
    case 'role':
      if (every(ARIA_ROLES)) return v;
      break;
    case 'itemprop':
      if (every(SCHEMA_PROPS)) return v;
      break;
    case 'itemtype':
      if (v !== '' && v.split(/\s+/).every(schemaType)) return v;
      break;
    case 'name':
    case 'property':
      if (META_NAMES.has(v)) return v;
      break;
    case 'rel':
      if (every(REL_VALUES)) return v;
      break;
    case 'type':
      if (TYPE_VALUES.has(v.toLowerCase())) return v.toLowerCase();
      break;
    case 'dir':
      if (DIR_VALUES.has(v.toLowerCase())) return v.toLowerCase();
      break;
    case 'lang':
      if (LANG_RE.test(v)) return v;
      break;
    case 'id':
      // Script-state ids such as __NEXT_DATA__ are framework names, not people's.
      if (STATE_NAME_RE.test(v)) return v;
      break;
  }
  return valueShape(raw);
}

function elementHead(el: Element): string {
  const tag = el.localName?.toLowerCase() ?? '';
  let head = TAG_RE.test(tag) ? tag : `el(${tag.length})`;
  const cls = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  for (const c of cls.slice(0, MAX_CLASSES)) head += CLASS_RE.test(c) ? `.${c}` : `.<cls(${c.length})>`;
  if (cls.length > MAX_CLASSES) head += `.<+${cls.length - MAX_CLASSES}>`;
  const attrs: string[] = [];
  const list = el.attributes;
  let hidden = 0;
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const name = a.name.toLowerCase();
    if (name === 'class' || name === 'style' || name.startsWith('on')) continue;
    if (!SHOWN_ATTRS.has(name) && !name.startsWith('data-') && !name.startsWith('aria-')) continue;
    if (attrs.length >= MAX_ATTRS) {
      hidden++;
      continue;
    }
    const shownName = ATTR_NAME_RE.test(name) ? name : `<attr(${name.length})>`;
    attrs.push(name === 'itemscope' || name === 'hidden' ? shownName : `${shownName}=${attrValue(name, a.value)}`);
  }
  if (hidden) attrs.push(`+${hidden}`);
  return attrs.length ? `${head} [${attrs.join(' ')}]` : head;
}

/** Key path of a JSON value: safe keys by name, record-like keys (ids, URNs) as `<key>`. */
function keyPart(k: string): string {
  return KEY_RE.test(k) && !/\d{4}/.test(k) ? k : '<key>';
}

interface PathStat {
  type: string;
  min: number;
  max: number;
  count: number;
}

function jsonShape(v: unknown): [string, number] {
  if (v === null || v === undefined) return [v === null ? 'null' : 'undefined', -1];
  if (typeof v === 'string') return ['str', v.length];
  if (typeof v === 'number') return ['num', String(v).length];
  if (typeof v === 'boolean') return ['bool', -1];
  if (Array.isArray(v)) return ['arr', v.length];
  return ['obj', Object.keys(v).length];
}

/** Every key path of a parsed JSON value, merged across array items, with types and length ranges. */
export function jsonOutline(root: unknown): string[] {
  const paths = new Map<string, PathStat>();
  let cut = false;
  let visited = 0;
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: root, path: '', depth: 0 }];
  while (stack.length) {
    const { v, path, depth } = stack.pop()!;
    if (++visited > MAX_JSON_NODES) {
      cut = true;
      break;
    }
    const [type, len] = jsonShape(v);
    const key = `${path || '$'}\u0000${type}`;
    const stat = paths.get(key);
    if (stat) {
      stat.count++;
      if (len >= 0) {
        stat.min = Math.min(stat.min, len);
        stat.max = Math.max(stat.max, len);
      }
    } else if (paths.size < MAX_JSON_PATHS) {
      paths.set(key, { type, min: len, max: len, count: 1 });
    } else {
      cut = true;
    }
    if (depth >= MAX_JSON_DEPTH || v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: `${path}[]`, depth: depth + 1 });
    } else {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!;
        stack.push({ v: (v as Record<string, unknown>)[k], path: path ? `${path}.${keyPart(k)}` : keyPart(k), depth: depth + 1 });
      }
    }
  }
  const lines: string[] = [];
  for (const [key, s] of paths) {
    const path = key.slice(0, key.indexOf('\u0000'));
    const len = s.min < 0 ? '' : s.min === s.max ? `(${s.min})` : `(${s.min}..${s.max})`;
    lines.push(`${path}: ${s.type}${len}${s.count > 1 ? ` ×${s.count}` : ''}`);
  }
  if (cut) lines.push('… more key paths omitted');
  return lines;
}

function parseJson(s: string): unknown {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return undefined;
  }
}

/** `window.__STATE__ = {…};` assignments, and Upwork's `window.__NUXT__` literal. */
function scriptState(body: string, maxChars: number): { name: string; value: unknown } | null {
  if (body.length > maxChars) return null;
  if (body.includes('__NUXT__')) {
    const nuxt = parseNuxtState(body);
    if (nuxt) return { name: '__NUXT__', value: nuxt };
  }
  const m = /^\s*(?:window\.|self\.|globalThis\.)?(__[A-Z][A-Z0-9_]{0,40}__)\s*=\s*/.exec(body);
  if (!m) return null;
  const rest = body.slice(m[0].length).replace(/;\s*$/, '');
  const value = parseJson(rest);
  return value !== undefined && typeof value === 'object' && value !== null ? { name: m[1]!, value } : null;
}

/** Lines (relative indentation) describing what a script, style or JSON-holding element carries. */
function bodyOutline(el: Element, tag: string, maxJsonChars: number): string[] | null {
  if (tag === 'style') return [`css(${(el.textContent ?? '').length})`];
  if (tag === 'script') {
    if (el.hasAttribute('src')) return [];
    const body = el.textContent ?? '';
    const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
    if (type.endsWith('json')) {
      const value = body.length <= maxJsonChars ? parseJson(body.trim()) : undefined;
      if (value === undefined) return [`text(${body.trim().length}), not JSON`];
      return [`json(${body.length})`, ...jsonOutline(value).map((l) => `  ${l}`)];
    }
    if (type && !['text/javascript', 'application/javascript', 'module'].includes(type)) return [`text(${body.trim().length})`];
    const state = scriptState(body, maxJsonChars);
    if (!state) return [`js(${body.length})`];
    return [`js(${body.length}), state window.${state.name}`, ...jsonOutline(state.value).map((l) => `  ${l}`)];
  }
  if (tag === 'code') {
    // LinkedIn keeps its voyager JSON in hidden <code> elements.
    const body = (el.textContent ?? '').trim();
    if (!(body.startsWith('{') || body.startsWith('[')) || body.length > maxJsonChars) return null;
    const value = parseJson(body);
    if (value === undefined || value === null || typeof value !== 'object') return null;
    return [`json(${body.length})`, ...jsonOutline(value).map((l) => `  ${l}`)];
  }
  if (tag === 'svg' || tag === 'math') return [`${countElements(el)} elements`];
  return null;
}

/** Elements under `root`, counted iteratively (for subtrees that are summarised, not printed). */
function countElements(root: Node): number {
  let n = 0;
  let node: Node | null = root.firstChild;
  while (node && node !== root) {
    if (node.nodeType === ELEMENT) n++;
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return n;
}

interface Frame {
  node: Node;
  depth: number;
  head: string;
  next: Node | null;
  lines: string[];
  /** The last child block, held back so identical-looking siblings collapse into one with a count. */
  pending: string[] | null;
  pendingKey: string;
  pendingCount: number;
}

/** Lengths differ between look-alike siblings (every link's text has its own length): compare shapes. */
const shapeKey = (block: readonly string[]) => block.join('\n').replace(/\((\d+)(?:\.\.\d+)?\)/g, '(#)');

function flush(f: Frame): void {
  if (!f.pending) return;
  const [first, ...rest] = f.pending;
  f.lines.push(f.pendingCount > 1 ? `${first} ×${f.pendingCount}` : first!, ...rest);
  f.pending = null;
}

/**
 * The outline of `doc` as text: a header line, then one line per element (indented by
 * depth), text as `text(n)`, comments as `comment(n)`, embedded JSON as key paths.
 */
export function outlinePage(doc: Document, opts: OutlineOptions = {}): string {
  const o = { ...DEFAULTS, ...opts };
  const out: string[] = [
    `# Hire Signals page outline v${OUTLINE_VERSION}: structure only; texts and values are shown as type(length); ×N = N look-alike siblings`,
  ];
  const root = doc.documentElement;
  if (!root) return `${out[0]}\n(empty document)\n`;

  let budget = o.maxLines;
  let cut = false;
  let deepCut = 0;
  const newFrame = (node: Element, depth: number): Frame => ({
    node, depth, head: elementHead(node), next: node.firstChild, lines: [], pending: null, pendingKey: '', pendingCount: 0,
  });
  const add = (f: Frame, block: string[]) => {
    const key = shapeKey(block);
    if (f.pending && key === f.pendingKey) {
      // Collapsed: its lines were counted when they were made, and are not printed.
      budget += block.length;
      f.pendingCount++;
      return;
    }
    flush(f);
    f.pending = block;
    f.pendingKey = key;
    f.pendingCount = 1;
  };

  const stack: Frame[] = [newFrame(root, 0)];
  let result: string[] = [];
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    const child = cut ? null : f.next;
    if (!child) {
      flush(f);
      stack.pop();
      const inline = f.lines.length === 1 && /^(?:text|comment)\(/.test(f.lines[0]!);
      if (inline) budget++;
      const block = inline ? [`${f.head}: ${f.lines[0]}`] : [f.head, ...f.lines.map((l) => `  ${l}`)];
      if (stack.length) add(stack[stack.length - 1]!, block);
      else result = block;
      continue;
    }
    f.next = child.nextSibling;
    if (budget <= 0) {
      cut = true;
      continue;
    }
    const type = child.nodeType;
    if (type === TEXT || type === CDATA) {
      const len = (child.nodeValue ?? '').trim().length;
      if (len > 0) {
        budget--;
        add(f, [`text(${len})`]);
      }
    } else if (type === COMMENT) {
      budget--;
      add(f, [`comment(${(child.nodeValue ?? '').length})`]);
    } else if (type === ELEMENT) {
      const el = child as Element;
      const tag = el.localName?.toLowerCase() ?? '';
      const body = bodyOutline(el, tag, o.maxJsonChars);
      if (body) {
        const head = elementHead(el);
        budget -= Math.max(1, body.length);
        if (body.length === 0) add(f, [head]);
        else add(f, [`${head}: ${body[0]}`, ...body.slice(1)]);
      } else if (f.depth + 1 > o.maxDepth) {
        deepCut += 1 + countElements(el);
      } else {
        budget--;
        stack.push(newFrame(el, f.depth + 1));
      }
    }
  }
  out.push(...result);
  if (deepCut) out.push(`… ${deepCut} elements deeper than ${o.maxDepth} levels not shown`);
  if (cut) out.push(`… outline cut at ${o.maxLines} lines`);
  let text = `${out.join('\n')}\n`;
  if (text.length > o.maxChars) {
    const end = text.lastIndexOf('\n', o.maxChars - 40);
    text = `${text.slice(0, Math.max(0, end))}\n… outline cut at ${o.maxChars} characters\n`;
  }
  return text;
}
