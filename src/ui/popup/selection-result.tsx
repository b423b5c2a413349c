import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../core/i18n';
import { SELECTION_CHECK_KEY, selectionCheckSchema, type SelectionCheck } from '../../core/messages';
import { lookup, type LookupResult } from '../../engine/lookup';
import { loadSettings } from '../../settings/storage';
import { FindingList } from './current-tab';

/** Reads the selection the menu left; null when none (or not in its shape). */
async function readSelection(): Promise<SelectionCheck | null> {
  try {
    const stored = await browser.storage.session.get(SELECTION_CHECK_KEY);
    const parsed = selectionCheckSchema.safeParse(stored[SELECTION_CHECK_KEY]);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The selected text's findings, checked like text pasted in the popup's
 * lookup (the same engine, the user's settings and the organisation's policy).
 */
export function SelectionApp() {
  const [check, setCheck] = useState<SelectionCheck | null>(null);
  const [result, setResult] = useState<LookupResult | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    document.title = t('reach.selection.title');
    void Promise.all([readSelection(), loadSettings()]).then(([sel, { settings }]) => {
      setCheck(sel);
      if (sel?.text.trim()) {
        try {
          setResult(lookup(sel.text, settings));
        } catch {
          setResult({ kind: 'empty', report: null });
        }
      }
      setReady(true);
    });
  }, []);

  const findings = result?.report?.findings ?? [];
  return (
    <main class="hs-popup" data-testid="selection-result" data-ready={ready ? 'true' : 'false'} data-kind={result?.kind ?? ''}>
      <header class="hs-header">
        <h1>{t('reach.selection.heading')}</h1>
      </header>
      <p class="hs-reminder">{t('common.contextReminder')}</p>
      {ready && !check?.text.trim() && <p class="hs-empty">{t('reach.selection.empty')}</p>}
      {check?.text.trim() && (
        <>
          {check.pageUrl && <p class="hs-kind">{t('reach.selection.from', { url: check.pageUrl })}</p>}
          <blockquote class="hs-quote" data-testid="selection-text">
            {check.text.length > 600 ? `${check.text.slice(0, 600)}…` : check.text}
          </blockquote>
          {result && result.kind !== 'empty' && <p class="hs-kind">{t('popup.lookup.recognised', { kind: t(`popup.kind.${result.kind}`) })}</p>}
          {findings.length > 0 ? <FindingList findings={findings} label={t('reach.selection.findingsLabel')} /> : ready && <p class="hs-empty">{t('reach.selection.none')}</p>}
        </>
      )}
    </main>
  );
}
