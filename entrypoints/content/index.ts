import '../../src/ui/panel/panel.css';
import { createScanController } from '../../src/content/scan-controller';
import { HIRING_HOST_MATCHES } from '../../src/platforms/hosts';
import { createPanelView } from '../../src/ui/panel/panel-view';

export default defineContentScript({
  // The hiring hosts only (one data file). Listed here as well as in the build
  // hook so the panel stylesheet is web-accessible on every one of them.
  matches: [...HIRING_HOST_MATCHES],
  runAt: 'document_idle',
  // The panel's CSS goes into its shadow root only, never into the page.
  cssInjectionMode: 'ui',
  main(ctx) {
    const controller = createScanController({ ctx, view: createPanelView(ctx) });
    // SPA navigation (LinkedIn, GitHub, Upwork are single-page apps): WXT's
    // watcher uses the Navigation API where present; listener removed with ctx.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => void controller.handleUrl(event.newUrl.href));
    void controller.handleUrl(location.href);
  },
});
