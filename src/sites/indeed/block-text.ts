import { cleanMultiline } from '../../core/normalise';

/**
 * Text of a résumé block with paragraph and list breaks kept, without
 * `innerText` (which forces layout): block elements and `<br>` become line
 * breaks, section headings ("Summary") are dropped. Bounded in nodes and characters.
 */
const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BR', 'SECTION', 'ARTICLE', 'TR', 'BLOCKQUOTE', 'PRE']);
const HEADING = /^H[1-6]$/;
const MAX_NODES = 5_000;
const MAX_CHARS = 40_000;

export function blockText(root: Element, maxLength = 20_000): string | null {
  const out: string[] = [];
  let chars = 0;
  let nodes = 0;
  const walk = (el: Node): void => {
    for (let n = el.firstChild; n && nodes < MAX_NODES && chars < MAX_CHARS; n = n.nextSibling) {
      nodes++;
      if (n.nodeType === 3) {
        const t = n.nodeValue ?? '';
        out.push(t);
        chars += t.length;
      } else if (n.nodeType === 1) {
        const tag = (n as Element).tagName.toUpperCase();
        if (HEADING.test(tag) || tag === 'SCRIPT' || tag === 'STYLE') continue;
        const block = BLOCK.has(tag);
        if (block) out.push('\n');
        walk(n);
        if (block) out.push('\n');
      }
    }
  };
  walk(root);
  return cleanMultiline(out.join('').slice(0, MAX_CHARS), maxLength);
}
