import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { COMPILE_HINT, readerCompileHint, readerWithCompileHint } from '../../../build/reader-compile-hint';
import { sourceMapOneLineDown } from '../../../build/source-map-shift';

/** What WXT's unlisted-script build emits, in shape: one IIFE returning main()'s result. */
const BUNDLE = '(function(){globalThis.ran=(globalThis.ran||0)+1;return 42})();';

type Bundle = Record<string, { type: 'chunk'; fileName: string; code: string } | { type: 'asset'; fileName: string; source: string }>;

/** Runs the plugin's generateBundle on a bundle of the given files, as the build would. */
function generate(plugin: Plugin, bundle: Bundle): Bundle {
  (plugin.generateBundle as (options: unknown, bundle: Bundle) => void).call({}, {}, bundle);
  return bundle;
}

describe('readerWithCompileHint', () => {
  it('puts V8\'s whole-file compile hint on the first line, and the file still runs as before', () => {
    const hinted = readerWithCompileHint(BUNDLE);
    expect(hinted.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    expect(hinted.slice(COMPILE_HINT.length + 1)).toBe(BUNDLE);
    const world: Record<string, unknown> = {};
    expect(runInNewContext(hinted, world)).toBe(42);
    expect(world.ran).toBe(1);
  });

  it('adds it once', () => {
    expect(readerWithCompileHint(readerWithCompileHint(BUNDLE))).toBe(readerWithCompileHint(BUNDLE));
  });

  it('moves a source map one line down with the code', () => {
    expect(JSON.parse(sourceMapOneLineDown(JSON.stringify({ version: 3, mappings: 'AAAA,CAAC' }))).mappings).toBe(';AAAA,CAAC');
  });
});

describe('readerCompileHint (the plugin)', () => {
  it('hints every site\'s reader file and moves its source map, and leaves the gates and the rest alone', () => {
    const map = JSON.stringify({ version: 3, mappings: 'AAAA' });
    const bundle = generate(readerCompileHint(), {
      'reader-linkedin.js': { type: 'chunk', fileName: 'reader-linkedin.js', code: BUNDLE },
      'reader-linkedin.js.map': { type: 'asset', fileName: 'reader-linkedin.js.map', source: map },
      'reader-toptal.js': { type: 'chunk', fileName: 'reader-toptal.js', code: BUNDLE },
      'content-linkedin.js': { type: 'chunk', fileName: 'content-linkedin.js', code: BUNDLE },
      'content-linkedin.js.map': { type: 'asset', fileName: 'content-linkedin.js.map', source: map },
      'background.js': { type: 'chunk', fileName: 'background.js', code: BUNDLE },
      'check-page.js': { type: 'chunk', fileName: 'check-page.js', code: BUNDLE },
    });
    const code = (name: string) => (bundle[name] as { code: string }).code;
    const source = (name: string) => (bundle[name] as { source: string }).source;
    expect(code('reader-linkedin.js')).toBe(readerWithCompileHint(BUNDLE));
    expect(code('reader-toptal.js')).toBe(readerWithCompileHint(BUNDLE));
    expect(JSON.parse(source('reader-linkedin.js.map')).mappings).toBe(';AAAA');
    // The gate loads on every page of a host: compiling all of it there would cost every feed and search page.
    expect(code('content-linkedin.js')).toBe(BUNDLE);
    expect(source('content-linkedin.js.map')).toBe(map);
    expect(code('background.js')).toBe(BUNDLE);
    expect(code('check-page.js')).toBe(BUNDLE);
  });

  it('runs after the other plugins, on the build only', () => {
    const plugin = readerCompileHint();
    expect(plugin.enforce).toBe('post');
    expect(plugin.apply).toBe('build');
  });
});
