import type { Plugin } from 'vite';
import { READER_FILE } from './content-script-files';
import { sourceMapOneLineDown } from './source-map-shift';

/** V8's explicit compile hint for a whole file: compile every function with the file, not at its first call. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Why: the gate imports a site's reader only on a profile
 * (src/content/run-gate.ts), and a first scan then calls most of it at once:
 * about 160 functions, each compiled by V8 at its first call, on the page's
 * main thread, inside the scan. The browser parses an imported file on a
 * background thread. With V8's magic comment `//# allFunctionsCalledOnLoad`
 * on its first line, that background parse compiles every function too, so
 * the scan finds them compiled and the page's main thread does not wait for
 * it (docs/performance.md, "The reader is imported on a profile"). The
 * functions a scan never calls are compiled for nothing, off the main thread
 * and only on profile pages. The hint is a comment: other engines ignore it.
 * The source map moves one line down with the code.
 */
export function readerWithCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
}

/** Puts the compile hint at the top of each site's reader file (`reader-<id>.js`) and moves its source map. */
export function readerCompileHint(): Plugin {
  return {
    name: 'hire-signals:reader-compile-hint',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !READER_FILE.test(chunk.fileName)) continue;
        const hinted = readerWithCompileHint(chunk.code);
        if (hinted === chunk.code) continue;
        chunk.code = hinted;
        const map = bundle[`${chunk.fileName}.map`];
        if (map?.type === 'asset') map.source = sourceMapOneLineDown(String(map.source));
      }
    },
  };
}
