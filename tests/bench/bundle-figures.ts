import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { gateFile, readerFile } from '../../build/content-script-files';
import { HIRING_SITES } from '../../src/sites/registry';
import { EXTENSION_DIR, webAccessibleFiles } from '../e2e/harness';
import type { BuiltManifest } from '../e2e/paths';

export interface BundleSize {
  bytes: number;
  gzipBytes: number;
}

function size(paths: string[]): BundleSize {
  const buf = Buffer.concat(paths.map((p) => readFileSync(p)));
  return { bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
}

/**
 * Sizes of what each entry point loads (its own file plus the shared chunks its
 * HTML references). There is one content script per platform and a page loads
 * exactly one of them: `content` is the largest, `contentScripts` lists each.
 * A content script is the files its manifest entry lists (the gate) and the
 * reader the gate imports on a profile (listed as web-accessible),
 * taken together; `contentFiles` gives each file on its own.
 * Platforms are named from the built manifest (the entry listing
 * `content-<platform>.js`), so any build can be measured, an A/B variant too.
 */
export function bundleFigures(dir = EXTENSION_DIR): Record<'content' | 'popup' | 'options' | 'background', BundleSize> & {
  contentScripts: Record<string, BundleSize>;
  contentFiles: Record<string, BundleSize>;
} {
  const htmlDeps = (html: string) => {
    const text = readFileSync(join(dir, html), 'utf8');
    const refs = [...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => join(dir, m[1]!));
    // Follow static imports of the referenced chunks one level deep.
    const more = refs.flatMap((r) => [...readFileSync(r, 'utf8').matchAll(/from"\.\/([^"]+\.js)"|import"\.\/([^"]+\.js)"/g)].map((m) => join(r, '..', (m[1] ?? m[2])!)));
    return [...new Set([...refs, ...more])];
  };
  // What the built manifest declares for each site's script (build/site-entries.ts names the files): its files and stylesheets, if any.
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Pick<BuiltManifest, 'web_accessible_resources'> & {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const declared = manifest.content_scripts ?? [];
  const accessible = new Set(webAccessibleFiles(manifest));
  const filesOf = (id: string) => {
    const cs = declared.find((d) => d.js?.includes(gateFile(id)));
    if (!cs) throw new Error(`${gateFile(id)} is not declared in the built manifest`);
    return [...(accessible.has(readerFile(id)) ? [readerFile(id)] : []), ...(cs.js ?? []), ...(cs.css ?? [])];
  };
  const contentScripts = Object.fromEntries(HIRING_SITES.map(({ id }) => [id, size(filesOf(id).map((f) => join(dir, f)))]));
  const contentFiles = Object.fromEntries(HIRING_SITES.flatMap(({ id }) => filesOf(id)).map((f) => [f, size([join(dir, f)])]));
  const largest = Object.values(contentScripts).sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
  if (!largest) throw new Error('no content script in the build');
  return {
    content: largest,
    contentScripts,
    contentFiles,
    background: size([join(dir, 'background.js')]),
    popup: size(htmlDeps('popup.html')),
    options: size(htmlDeps('options.html')),
  };
}
