import { browser } from 'wxt/browser';
import { detect } from '../../src/platforms/detect';
import { extractPage } from '../../src/platforms/extract-page';
import { evaluate } from '../../src/engine/evaluate';
import { profileInput } from '../../src/profile/text';
import { profileKey } from '../../src/profile/snapshot';
import type { ContentMessage, TabReport } from '../../src/messaging/protocol';

export default defineContentScript({
  // Replaced from src/platforms/hosts.ts by the build hook; listed here for `wxt` typing.
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main() {
    const url = location.href;
    const { kind } = detect(url);
    if (kind !== 'profile') return; // decide from the URL first: nothing to do here
    const page = extractPage(document, url);
    if (page.state !== 'profile' || !page.snapshot) {
      const tab: TabReport = { url, platform: page.platform, state: page.state, profile: null, report: null, siteDisabled: false, scannedAt: new Date().toISOString() };
      void browser.runtime.sendMessage({ type: 'hs:report', tab } satisfies ContentMessage).catch(() => {});
      return;
    }
    const report = evaluate(profileInput(page.snapshot));
    const host = document.createElement('hire-signals-panel');
    host.setAttribute('data-hire-signals-panel', '');
    host.setAttribute('data-level', report.level);
    host.setAttribute('data-count', String(report.findings.length));
    document.documentElement.append(host);
    const tab: TabReport = {
      url,
      platform: page.platform,
      state: page.state,
      profile: { key: profileKey(page.snapshot), name: page.snapshot.name, url: page.snapshot.url },
      report,
      siteDisabled: false,
      scannedAt: new Date().toISOString(),
    };
    void browser.runtime.sendMessage({ type: 'hs:report', tab } satisfies ContentMessage).catch(() => {});
  },
});
