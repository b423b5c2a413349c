import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SitePlatform } from '../platforms/define-platform';
import { createPanelView } from '../ui/panel/panel-view';
import { createScanController } from './scan-controller';
import { SCRIPT_START } from './script-start';
import { timed } from './work-timer';

/** What every per-platform content script does: scan the page it is on and follow SPA navigation. */
export function runContentScript(ctx: ContentScriptContext, platform: SitePlatform): void {
  // The first slice runs from the script's start: module set-up and the URL check count (issue 9).
  timed(() => {
    const controller = createScanController({ ctx, platform, view: createPanelView(ctx) });
    // SPA navigation (LinkedIn, GitHub, Upwork are single-page apps): WXT's
    // watcher uses the Navigation API where present; listener removed with ctx.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => void controller.handleUrl(event.newUrl.href));
    void controller.handleUrl(location.href);
  }, SCRIPT_START);
}
