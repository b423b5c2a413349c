/**
 * The names a site's two content-script files go by, shared by the module
 * that generates their entries and declares them in the manifest
 * (./site-entries.ts) and the plugins that finish the readers' bundles
 * (./content-jsx-runtime.ts, ./reader-compile-hint.ts). A site id is lower-case letters and digits.
 */

/** The gate's entry name: the URL check on every page of the site's hosts (src/content/run-gate.ts). */
export const gateEntryName = (id: string) => `content-${id}`;
/** The reader's entry name: extractor and panel, imported by the gate on a profile URL (src/content/run-reader.ts). */
export const readerEntryName = (id: string) => `reader-${id}`;

/** A gate's file in the build (WXT writes an unlisted script to `<name>.js`). */
export const gateFile = (id: string) => `${gateEntryName(id)}.js`;
/** A reader's file in the build. */
export const readerFile = (id: string) => `${readerEntryName(id)}.js`;
/** Any site's reader file in the build. */
export const READER_FILE = /^reader-[a-z0-9]+\.js$/;

/** The folder under WXT's `.wxt/` that holds the generated entry modules. */
export const SITE_ENTRIES_DIR = 'site-entries';
/** A reader's generated entry module, as a build's input names it (possibly behind WXT's `virtual:…?` prefix). */
export const READER_ENTRY = /[\\/]site-entries[\\/]reader-[a-z0-9]+\.ts$/;
