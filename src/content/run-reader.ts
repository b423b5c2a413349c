import type { SitePlatform } from '../platforms/define-platform';
import { createPanelView } from '../ui/panel/panel-view';
import { watchLocation } from './location-watch';
import { pageKind } from './page-kind';
import { createScanController, type ScanController } from './scan-controller';
import { createScriptContext } from './script-context';
import { SCRIPT_START } from './script-start';
import { timed } from './work-timer';

/**
 * What every per-platform content script does: scan the page it is on and
 * follow SPA navigation. Until the first profile URL, nothing else is built:
 * most pages of a hiring host are feeds, searches and messages, and there the
 * script costs one URL check and one navigation listener (issue 9,
 * nonProfileScanMs). The lifecycle, the controller and the panel come with
 * the first profile, on load or after SPA navigation.
 */
export function runContentScript(platform: SitePlatform): void {
  let controller: ScanController | null = null;
  let stopWatching = () => {};

  /** `where` is the page's own location on load (no second parse of its URL). */
  const follow = (url: string, where: string | Location = url) => {
    if (!controller) {
      if (pageKind(platform, where) !== 'profile') return;
      const ctx = createScriptContext(platform.id);
      ctx.onInvalidated(stopWatching);
      if (ctx.isInvalid) return; // a copy left behind by an extension reload: stays quiet
      controller = createScanController({ ctx, platform, view: createPanelView(ctx) });
    }
    void controller.handleUrl(url, where);
  };

  // The first slice runs from the script's start: module set-up and the URL check count (issue 9).
  timed(() => {
    stopWatching = watchLocation((url) => timed(() => follow(url)));
    follow(location.href, location);
  }, SCRIPT_START);
}
