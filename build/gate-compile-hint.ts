import type { Plugin } from 'vite';
import { GATE_FILE } from './content-script-files';
import { sourceMapOneLineDown } from './source-map-shift';

const COMPILE_ALL_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Why: nearly every function in a gate runs on every page it loads on (not
 * the reader's loader, nor the fallback for browsers without the Navigation
 * API), so V8's file-level compile hint as the gate's first line has them
 * compiled with the file, in one pass, instead of pre-parsed and parsed again
 * on first call on the page's main thread. The readers get no hint: most
 * pages never run them. Chromium 136+ reads the hint; other engines see a
 * comment. The hint takes a line of its own, so the source map moves one
 * line down.
 */
export function hintedGateSource(code: string): string {
  return code.startsWith(COMPILE_ALL_HINT) ? code : `${COMPILE_ALL_HINT}\n${code}`;
}

/** Hints each site's gate file (`content-<id>.js`) and moves its source map. */
export function gateCompileHint(): Plugin {
  return {
    name: 'hire-signals:gate-compile-hint',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !GATE_FILE.test(chunk.fileName)) continue;
        chunk.code = hintedGateSource(chunk.code);
        const map = bundle[`${chunk.fileName}.map`];
        if (map?.type === 'asset') map.source = sourceMapOneLineDown(String(map.source));
      }
    },
  };
}
