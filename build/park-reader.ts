import type { Plugin } from 'vite';
import { READER_LOADER } from '../src/content/reader-handoff';
import { READER_FILE } from './content-script-files';
import { sourceMapOneLineDown } from './source-map-shift';

const PARKABLE = /^(\(function\(\)\s*\{[\s\S]*\}\)\(\));?\s*(\/\/# sourceMappingURL=\S+)?\s*$/;
/** The parked wrapper's two ends. */
export const PARKED_PREFIX = `globalThis[${JSON.stringify(READER_LOADER)}]=function(){return(`;
export const PARKED_SUFFIX = ')};';
const NOT_ONE_IIFE = 'hire-signals: a reader bundle is not a single IIFE; cannot park it';

/**
 * Why: most pages of a hiring host are feeds, searches and messages, and the
 * reader (extractor, messaging, panel) is needed only on a profile. The
 * manifest still has to load the reader's file with the gate, so its bundle
 * is parked: its IIFE becomes the body of a function stored on the content
 * script's global under READER_LOADER (src/content/reader-handoff.ts), and
 * loading the file defines one function and runs nothing. The gate calls it
 * on the first profile URL, and it returns what the IIFE returns (the
 * unlisted script's `main()` result, the reader's entry). The function is not
 * in parentheses: V8 then only pre-parses it when the file loads, and compiles
 * it when the gate calls it (compiling it with the file, as parentheses would
 * make V8 do, measured no better on profile pages and worse on the others:
 * docs/performance.md). The wrapper takes a line of its own, so the source map moves one line down. Any
 * other bundle shape fails the build rather than ship a file that runs on load.
 */
export function parkedReaderSource(code: string): string {
  const m = PARKABLE.exec(code.trim());
  if (!m) throw new Error(NOT_ONE_IIFE);
  const parked = `${PARKED_PREFIX}\n${m[1]}\n${PARKED_SUFFIX}`;
  try {
    // Parsed, not run: "(function(){…})();more;(function(){…})()" has the right ends but is not one expression.
    new Function(parked);
  } catch {
    throw new Error(NOT_ONE_IIFE);
  }
  return `${parked}${m[2] ? `\n${m[2]}` : ''}\n`;
}

/** Parks each site's reader file (`reader-<id>.js`) and moves its source map. */
export function parkReader(): Plugin {
  return {
    name: 'hire-signals:park-reader',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !READER_FILE.test(chunk.fileName)) continue;
        chunk.code = parkedReaderSource(chunk.code);
        const map = bundle[`${chunk.fileName}.map`];
        if (map?.type === 'asset') map.source = sourceMapOneLineDown(String(map.source));
      }
    },
  };
}
