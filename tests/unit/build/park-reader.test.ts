import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { READER_LOADER } from '../../../src/content/reader-handoff';
import { hintedGateSource, parkedReaderSource, sourceMapOneLineDown } from '../../../wxt.config';

/** What WXT's unlisted-script build emits, in shape: one IIFE returning main()'s result. */
const BUNDLE = '(function(){globalThis.ran=(globalThis.ran||0)+1;return(()=>(link)=>"entry:"+link)()})();';

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

describe('hintedGateSource (every function of a gate runs on every page it loads on)', () => {
  it('puts V8\'s compile-all hint on the first line, once, and leaves the code as it was', () => {
    const gate = '(function(){var t=performance.now();return 1})();';
    const hinted = hintedGateSource(gate);
    expect(hinted.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    expect(hinted.split('\n').slice(1).join('\n')).toBe(gate);
    expect(hintedGateSource(hinted)).toBe(hinted);
    expect(runInNewContext(hinted, { performance })).toBe(1);
  });
});
