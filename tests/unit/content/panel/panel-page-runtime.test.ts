import { expect, it, vi } from 'vitest';
import { panelSuite } from './panel-suite';

/**
 * The panel as the content scripts build it: their JSX runtime is
 * dom-jsx-runtime.ts, not Preact's (build/content-jsx-runtime.ts), so the
 * body is drawn by static-render.ts from plain `{ type, props }` elements.
 * The calls are counted to prove this file really ran on that runtime.
 */
const created = vi.hoisted(() => ({ n: 0 }));

vi.mock('preact/jsx-runtime', async () => {
  const runtime = await import('../../../../src/content/panel/dom-jsx-runtime');
  const jsx: typeof runtime.jsx = (type, props, key) => {
    created.n++;
    return runtime.jsx(type, props, key);
  };
  return { ...runtime, jsx, jsxs: jsx, jsxDEV: jsx };
});

panelSuite('the content scripts\' JSX runtime');

it('drew the panels above with the content scripts\' JSX runtime', () => {
  expect(created.n).toBeGreaterThan(0);
});
