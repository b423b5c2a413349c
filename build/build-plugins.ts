import type { Plugin } from 'vite';
import { contentJsxRuntime } from './content-jsx-runtime';
import { readerCompileHint } from './reader-compile-hint';

/** The build's own Vite plugins by the short name HS_BUILD_WITHOUT knows them by (build/README.md). */
export const BUILD_PLUGINS = {
  'content-jsx-runtime': contentJsxRuntime,
  'reader-compile-hint': readerCompileHint,
} as const satisfies Record<string, () => Plugin>;

export type BuildPluginName = keyof typeof BUILD_PLUGINS;

/**
 * The plugins of this build: all of them, less those named in `without`
 * (`HS_BUILD_WITHOUT=reader-compile-hint,content-jsx-runtime`), so a bench can build the
 * variants it compares side by side. A name that is no plugin's fails the
 * build: a typo must not measure the full build under another label.
 */
export function buildPlugins(without: string | undefined = process.env.HS_BUILD_WITHOUT): Plugin[] {
  const off = new Set((without ?? '').split(',').map((s) => s.trim()).filter(Boolean));
  const unknown = [...off].filter((name) => !(name in BUILD_PLUGINS));
  if (unknown.length) throw new Error(`HS_BUILD_WITHOUT: no build plugin named ${unknown.join(', ')} (known: ${Object.keys(BUILD_PLUGINS).join(', ')})`);
  return (Object.keys(BUILD_PLUGINS) as BuildPluginName[]).filter((name) => !off.has(name)).map((name) => BUILD_PLUGINS[name]());
}
