import type { SitePlatform } from '../sites/define-site';
import { createPanelView } from './panel/panel-view';
import { READER_LOADER, type FollowUrl, type GateLink, type ReaderEntry } from './reader-handoff';
import { createScanController, type ScanController } from './scan-controller';
import { createScriptContext } from './script-context';
import { timed } from './work-timer';

/**
 * The reader: what a site's content script does once the gate
 * (src/content/run-gate.ts) has seen a profile URL. It scans the page and each
 * page the SPA navigates to. The gate's first call is always that profile URL,
 * so the lifecycle, the controller and the panel are built then without
 * classifying the URL again (the controller classifies every URL it handles).
 * An orphaned copy (its extension reloaded) stays quiet and stops the gate's
 * watch.
 */
export function startReader(platform: SitePlatform, gate: GateLink): FollowUrl {
  let controller: ScanController | null = null;
  let orphaned = false;
  return (url, where, since) =>
    timed(() => {
      if (orphaned) return;
      if (!controller) {
        const ctx = createScriptContext(platform.id);
        ctx.onInvalidated(() => {
          orphaned = true;
          gate.stopWatching();
        });
        if (ctx.isInvalid) return;
        controller = createScanController({ ctx, platform, view: createPanelView(ctx, { siteId: platform.id }) });
      }
      void controller.handleUrl(url, where);
    }, since);
}

/**
 * What a reader file's entry returns to the gate's loader. It also leaves a
 * loader that returns it on the script's global: in a build without the
 * park-reader plugin (build/README.md) the reader's file runs when it loads,
 * before the gate, and that is how the gate finds it. In a parked build this
 * runs inside the loader's call, and the gate clears the global after it.
 */
export function readerEntry(platform: SitePlatform, global: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): ReaderEntry {
  const entry: ReaderEntry = (link) => startReader(platform, link);
  global[READER_LOADER] = () => entry;
  return entry;
}
