/**
 * What the tests read from a page's DOM, as plain JavaScript source run in the
 * page by either driver. Reading through one in-page script (instead of each
 * driver's own locator engine) gives both browsers the same selector meaning:
 * CSS, with `>>>` stepping into an element's open shadow root (the panel draws
 * in one). Written as source text, not as functions serialised with
 * `toString()`, so nothing the test runner's transpiler adds can leak into it.
 */

/** `(selector) => Element[]`: `a >>> b` is every `b` inside the shadow root (or else the subtree) of every `a`. */
const DEEP_QUERY = `(selector) => {
  let scopes = [document];
  for (const part of selector.split('>>>')) {
    const found = [];
    for (const scope of scopes) {
      const root = scope === document ? document : (scope.shadowRoot || scope);
      for (const el of root.querySelectorAll(part.trim())) found.push(el);
    }
    scopes = found;
  }
  return scopes;
}`;

/** What `Tab` asks of the DOM. Each reads every match, or the first where one value is asked for. */
export type DomQuery = 'count' | 'attribute' | 'attributes' | 'text' | 'texts' | 'checked' | 'disabled' | 'value' | 'focus' | 'fill';

const OPERATIONS = `(els, op, arg) => {
  const first = els[0];
  if (op === 'count') return els.length;
  if (op === 'attributes') return els.map((el) => el.getAttribute(arg));
  if (op === 'texts') return els.map((el) => el.textContent);
  if (!first) return { missing: true };
  if (op === 'attribute') return first.getAttribute(arg);
  if (op === 'text') return first.textContent;
  if (op === 'checked') return first.checked === true;
  if (op === 'disabled') return first.matches(':disabled');
  if (op === 'value') return first.value;
  if (op === 'focus') { first.focus(); return null; }
  if (op === 'fill') {
    // The prototype's setter, as typing would set it, so a framework's own value tracking sees the change.
    const proto = Object.getPrototypeOf(first);
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    first.focus();
    if (setter) setter.call(first, arg); else first.value = arg;
    first.dispatchEvent(new Event('input', { bubbles: true }));
    first.dispatchEvent(new Event('change', { bubbles: true }));
    return null;
  }
  throw new Error('unknown DOM query ' + op);
}`;

/** Source of an expression that runs `op` on the elements `selector` matches. `{ missing: true }` when one was needed and none matched. */
export function domExpression(op: DomQuery, selector: string, arg?: unknown): string {
  return `(${OPERATIONS})((${DEEP_QUERY})(${JSON.stringify(selector)}), ${JSON.stringify(op)}, ${JSON.stringify(arg ?? null)})`;
}

/** Source of an expression whose value is the first element `selector` matches, or null. */
export function elementExpression(selector: string): string {
  return `(${DEEP_QUERY})(${JSON.stringify(selector)})[0] || null`;
}
