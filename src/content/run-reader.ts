import type { SitePlatform } from '../sites/define-site';
import { createPanelView } from './panel/panel-view';
import { READER_LOADER, type FollowUrl, type GateLink, type ReaderEntry } from './reader-handoff';
import { createScanController, type ScanController } from './scan-controller';
import { createScriptContext } from './script-context';
import { SCRIPT_START } from './script-start';
import { recordWork, timed } from './work-timer';

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
 * What the reader's file does as the gate imports it: it leaves a loader that
 * returns its entry on the script's global (the gate takes it from there,
 * src/content/run-gate.ts), and records its own evaluation, from its first
 * module to this call, as a slice of our work: the import runs it outside
 * any slice of the gate's.
 */
export function readerEntry(
  platform: SitePlatform,
  global: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
  start: number = SCRIPT_START,
): ReaderEntry {
  const entry: ReaderEntry = (link) => startReader(platform, link);
  global[READER_LOADER] = () => entry;
  recordWork(start);
  return entry;
}
