/**
 * The JSX runtime of the content scripts' builds: build/content-jsx-runtime.ts
 * puts it in place of Preact's there, and only there. The
 * panel body's components are plain functions of their props that
 * static-render.ts turns into DOM, so in the page their JSX only has to
 * describe elements as `{ type, props }`: none of Preact's renderer is needed
 * (keep heavy libraries out of the content script). The popup and the
 * options page keep Preact's runtime, and the same components.
 */
export const Fragment = Symbol.for('hire-signals.fragment');

export interface StaticElement {
  type: unknown;
  props: Record<string, unknown>;
  key: unknown;
}

/** What the compiled JSX calls for every element: `jsx(type, props, key)`. */
export function jsx(type: unknown, props: Record<string, unknown> | null | undefined, key?: unknown): StaticElement {
  return { type, props: props ?? {}, key };
}

// Several children and the development transform call these names; the element is the same.
export { jsx as jsxs, jsx as jsxDEV };
