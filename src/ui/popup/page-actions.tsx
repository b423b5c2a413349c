import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../core/i18n';
import type { PageActionAnswer } from '../../core/messages';
import { askBackground } from './background-link';

/**
 * "Check this page" and "Copy page outline" for the current tab. Both ask for
 * the optional `scripting` permission inside the click (no prompt in Chrome or
 * Firefox: it grants no access by itself); the access to the page is the one
 * the user gave by opening the popup on it (`activeTab`). The background
 * injects a script once; the report arrives like any tab's.
 */

/**
 * Called first thing in the click, before any await: Firefox takes a request only while the
 * click's event is being handled. Asking again for a granted permission answers yes at once.
 */
function askScripting(): Promise<boolean> {
  try {
    return browser.permissions.request({ permissions: ['scripting'] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/**
 * `pageRead`: the tab's own reader already read a profile here (Rescan checks it again), so only
 * the outline link is offered, on one line: the first screen stays for the findings.
 */
export function PageActions({ tabId, pageRead = false }: { tabId: number | null; pageRead?: boolean }) {
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (type: 'hs:check-page' | 'hs:outline-page') => {
    if (tabId == null || busy) return;
    // Asked first, while the click still counts as the user's gesture.
    const asking = askScripting();
    setBusy(true);
    setStatus(type === 'hs:check-page' ? { text: t('reach.page.checking'), error: false } : null);
    try {
      const granted = await asking;
      const answer: PageActionAnswer = granted
        ? ((await askBackground<PageActionAnswer | undefined>({ type, tabId }).catch(() => undefined)) ?? { ok: false, reason: 'not-read' })
        : { ok: false, reason: 'no-permission' };
      if (!answer.ok) {
        setStatus({ text: t(`reach.page.reason.${answer.reason}`), error: true });
        return;
      }
      if (type === 'hs:check-page') {
        setStatus({ text: t('reach.page.checked'), error: false });
        return;
      }
      const outline = answer.outline ?? '';
      try {
        await navigator.clipboard.writeText(outline);
        setStatus({ text: t('reach.page.outlineCopied', { size: outline.length }), error: false });
      } catch {
        setStatus({ text: t('reach.page.reason.copy'), error: true });
      }
    } finally {
      setBusy(false);
    }
  };

  const outlineButton = (
    <button type="button" class="hs-link" onClick={() => void run('hs:outline-page')} disabled={tabId == null || busy} title={t('reach.page.outlineHint')} data-testid="copy-outline">
      {t('reach.page.outline')}
    </button>
  );
  const statusLine = status && (
    <p class={status.error ? 'hs-error' : 'hs-status'} role={status.error ? 'alert' : 'status'} data-testid="page-actions-status">
      {status.text}
    </p>
  );
  if (pageRead) {
    return (
      <div class="hs-page-actions" data-testid="page-actions">
        {outlineButton}
        {statusLine}
      </div>
    );
  }

  return (
    <section class="hs-page-actions" aria-labelledby="hs-page-actions-h" data-testid="page-actions">
      <h2 id="hs-page-actions-h">{t('reach.page.heading')}</h2>
      <p class="hs-hint">{t('reach.page.checkHint')}</p>
      <button type="button" onClick={() => void run('hs:check-page')} disabled={tabId == null || busy} data-testid="check-page">
        {t('reach.page.check')}
      </button>{' '}
      {outlineButton}
      {statusLine}
    </section>
  );
}
