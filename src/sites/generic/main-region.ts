/**
 * The part of a page that holds the candidate: an applicant tracking system's
 * candidate view, a message thread, a résumé rendered as HTML. Navigation,
 * headers, footers and the site's own chrome are left out so their text (job
 * ads, menus, cookie notices) is not read as the candidate's words.
 */

/** Landmarks in order of preference; the first one with text wins. */
const REGIONS = ['main', '[role="main"]', 'article', '#main', '#content', '.main'];

/** Elements whose text is never the candidate's: page chrome, code, hidden or decorative content. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'CANVAS', 'IFRAME', 'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'FORM']);
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TD', 'TH', 'DT', 'DD', 'DL', 'TABLE', 'BLOCKQUOTE', 'PRE', 'ADDRESS']);

/** Nodes visited for the region's text: a long résumé has a few thousand. */
const MAX_NODES = 20_000;
/** Characters kept: the rules read at most 200 KB of profile text; a résumé or a thread is far shorter. */
export const MAX_REGION_CHARS = 60_000;

export function mainRegion(doc: Document): Element | null {
  for (const sel of REGIONS) {
    const el = doc.querySelector(sel);
    if (el && (el.textContent ?? '').trim().length > 0) return el;
  }
  return doc.body;
}

/** `hidden`, `aria-hidden`, or an inline `display:none`: read without computing styles (no layout). */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style != null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * The region's visible text with block boundaries as line breaks, without
 * `innerText` (which forces layout on the recruiter's page). Bounded in nodes
 * and characters.
 */
export function visibleText(root: Element | null): string {
  if (!root) return '';
  const out: string[] = [];
  let chars = 0;
  const budget = { n: MAX_NODES };
  const walk = (node: Node) => {
    for (let c = node.firstChild; c && budget.n > 0 && chars < MAX_REGION_CHARS; c = c.nextSibling) {
      budget.n--;
      if (c.nodeType === 3) {
        const v = c.nodeValue ?? '';
        out.push(v);
        chars += v.length;
      } else if (c.nodeType === 1) {
        const el = c as Element;
        const tag = el.tagName.toUpperCase();
        if (tag === 'BR') out.push('\n');
        else if (SKIP_TAGS.has(tag) || isHidden(el)) continue;
        else {
          const block = BLOCK_TAGS.has(tag);
          if (block) out.push('\n');
          walk(el);
          if (block) out.push('\n');
        }
      }
    }
  };
  try {
    walk(root);
  } catch {
    /* a hostile DOM (a getter that throws): keep what was read */
  }
  return out
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim()
    .slice(0, MAX_REGION_CHARS);
}
