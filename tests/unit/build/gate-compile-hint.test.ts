import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { gateCompileHint, hintedGateSource } from '../../../build/gate-compile-hint';

type Bundle = Record<string, { type: 'chunk'; fileName: string; code: string } | { type: 'asset'; fileName: string; source: string }>;

function generate(plugin: Plugin, bundle: Bundle): Bundle {
  (plugin.generateBundle as (options: unknown, bundle: Bundle) => void).call({}, {}, bundle);
  return bundle;
}

const GATE = '(function(){var t=performance.now();return 1})();';

describe('hintedGateSource (every function of a gate runs on every page it loads on)', () => {
  it('puts V8\'s compile-all hint on the first line, once, and leaves the code as it was', () => {
    const hinted = hintedGateSource(GATE);
    expect(hinted.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    expect(hinted.split('\n').slice(1).join('\n')).toBe(GATE);
    expect(hintedGateSource(hinted)).toBe(hinted);
    expect(runInNewContext(hinted, { performance })).toBe(1);
  });
});

describe('gateCompileHint (the plugin)', () => {
  it('hints every site\'s gate file and moves its source map, and leaves the readers and the rest alone', () => {
    const map = JSON.stringify({ version: 3, mappings: 'AAAA' });
    const bundle = generate(gateCompileHint(), {
      'content-github.js': { type: 'chunk', fileName: 'content-github.js', code: GATE },
      'content-github.js.map': { type: 'asset', fileName: 'content-github.js.map', source: map },
      'reader-github.js': { type: 'chunk', fileName: 'reader-github.js', code: GATE },
      'chunks/popup-x.js': { type: 'chunk', fileName: 'chunks/popup-x.js', code: GATE },
    });
    expect((bundle['content-github.js'] as { code: string }).code).toBe(hintedGateSource(GATE));
    expect(JSON.parse((bundle['content-github.js.map'] as { source: string }).source).mappings).toBe(';AAAA');
    expect((bundle['reader-github.js'] as { code: string }).code).toBe(GATE);
    expect((bundle['chunks/popup-x.js'] as { code: string }).code).toBe(GATE);
  });
});
