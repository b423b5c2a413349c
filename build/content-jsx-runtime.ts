import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { READER_ENTRY } from './content-script-files';

const JSX_RUNTIMES = new Set(['preact/jsx-runtime', 'preact/jsx-dev-runtime']);

/** The JSX runtime of the readers' builds. */
export const CONTENT_JSX_RUNTIME = resolve(import.meta.dirname, '../src/content/panel/dom-jsx-runtime.ts');

/**
 * Why: the panel is written in JSX, and Preact's renderer would be compiled
 * at injection on every matched page, profile or not ("keep heavy libraries
 * out of the content script", design.md). In a reader's build, JSX resolves
 * to src/content/panel/dom-jsx-runtime.ts instead: the panel body's JSX then
 * only describes elements, which static-render.ts turns into DOM. The popup
 * and the options page keep Preact. WXT builds each reader on its own, so the
 * build's input says which kind of build it is.
 */
export function contentJsxRuntime(): Plugin {
  let reader = false;
  return {
    name: 'hire-signals:content-jsx-runtime',
    apply: 'build',
    enforce: 'pre',
    buildStart(options) {
      const input = options.input;
      const ids = typeof input === 'string' ? [input] : Array.isArray(input) ? input : Object.values(input ?? {});
      reader = ids.some((id) => READER_ENTRY.test(id));
    },
    resolveId(source) {
      return reader && JSX_RUNTIMES.has(source) ? CONTENT_JSX_RUNTIME : null;
    },
  };
}
