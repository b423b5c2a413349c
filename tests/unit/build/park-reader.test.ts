import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { READER_LOADER } from '../../../src/content/reader-handoff';
import { parkReader, parkedReaderSource } from '../../../build/park-reader';
import { sourceMapOneLineDown } from '../../../build/source-map-shift';

/** What WXT's unlisted-script build emits, in shape: one IIFE returning main()'s result. */
const BUNDLE = '(function(){globalThis.ran=(globalThis.ran||0)+1;return(()=>(link)=>"entry:"+link)()})();';

type Bundle = Record<string, { type: 'chunk'; fileName: string; code: string } | { type: 'asset'; fileName: string; source: string }>;

/** Runs the plugin's generateBundle on a bundle of the given files, as the build would. */
function generate(plugin: Plugin, bundle: Bundle): Bundle {
  (plugin.generateBundle as (options: unknown, bundle: Bundle) => void).call({}, {}, bundle);
  return bundle;
}

describe('parkedReaderSource (the reader runs only when the gate calls it)', () => {
  it('defines the loader and runs nothing when the file loads', () => {
    const world: Record<string, unknown> = {};
    runInNewContext(parkedReaderSource(BUNDLE), world);
    expect(world.ran).toBeUndefined();
    expect(typeof world[READER_LOADER]).toBe('function');
  });

  it('runs the bundle on each call of the loader and returns what it returns', () => {
    const world: Record<string, unknown> = {};
    runInNewContext(parkedReaderSource(BUNDLE), world);
    const entry = (world[READER_LOADER] as () => (link: string) => string)();
    expect(world.ran).toBe(1);
    expect(entry('gate')).toBe('entry:gate');
  });

  it('keeps a source-map comment last, and moves the map one line down past the wrapper', () => {
    const parked = parkedReaderSource(`${BUNDLE}\n//# sourceMappingURL=reader-linkedin.js.map\n`);
    expect(parked.trimEnd().split('\n').at(-1)).toBe('//# sourceMappingURL=reader-linkedin.js.map');
    expect(parked.split('\n')[1]).toBe(BUNDLE.slice(0, -1));
    expect(JSON.parse(sourceMapOneLineDown(JSON.stringify({ version: 3, mappings: 'AAAA,CAAC' }))).mappings).toBe(';AAAA,CAAC');
  });

  it('fails the build on a bundle that is not one IIFE, rather than ship a file that runs on load', () => {
    expect(() => parkedReaderSource('"use strict";(function(){})();')).toThrow(/not a single IIFE/);
    expect(() => parkedReaderSource('var x=(function(){})();')).toThrow(/not a single IIFE/);
    // Right ends, but not one expression: caught by parsing the parked file.
    expect(() => parkedReaderSource('(function(){})();alert(1);(function(){})();')).toThrow(/not a single IIFE/);
  });
});

describe('parkReader (the plugin)', () => {
  it('parks every site\'s reader file and moves its source map, and leaves the gates and the rest alone', () => {
    const map = JSON.stringify({ version: 3, mappings: 'AAAA' });
    const bundle = generate(parkReader(), {
      'reader-linkedin.js': { type: 'chunk', fileName: 'reader-linkedin.js', code: BUNDLE },
      'reader-linkedin.js.map': { type: 'asset', fileName: 'reader-linkedin.js.map', source: map },
      'reader-toptal.js': { type: 'chunk', fileName: 'reader-toptal.js', code: BUNDLE },
      'content-linkedin.js': { type: 'chunk', fileName: 'content-linkedin.js', code: BUNDLE },
      'content-linkedin.js.map': { type: 'asset', fileName: 'content-linkedin.js.map', source: map },
      'background.js': { type: 'chunk', fileName: 'background.js', code: BUNDLE },
    });
    const code = (name: string) => (bundle[name] as { code: string }).code;
    const source = (name: string) => (bundle[name] as { source: string }).source;
    expect(code('reader-linkedin.js')).toBe(parkedReaderSource(BUNDLE));
    expect(code('reader-toptal.js')).toBe(parkedReaderSource(BUNDLE));
    expect(JSON.parse(source('reader-linkedin.js.map')).mappings).toBe(';AAAA');
    expect(code('content-linkedin.js')).toBe(BUNDLE);
    expect(source('content-linkedin.js.map')).toBe(map);
    expect(code('background.js')).toBe(BUNDLE);
  });
});
