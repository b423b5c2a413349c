import { useState } from 'preact/hooks';
import { lookup, type LookupResult } from '../../engine/lookup';
import type { Settings } from '../../settings/schema';
import { t } from '../../core/i18n';
import { FindingList } from './current-tab';

/** Paste a profile URL, e-mail, domain, phone, company or résumé text and check it. */
export function LookupBox({ settings, onResult }: { settings: Settings; onResult: (r: LookupResult | null, input: string) => void }) {
  const [value, setValue] = useState('');
  const [result, setResult] = useState<LookupResult | null>(null);

  const check = () => {
    let r: LookupResult;
    try {
      r = lookup(value, settings);
    } catch {
      r = { kind: 'empty', report: null };
    }
    setResult(r);
    onResult(r, value);
  };
  const run = (e: Event) => {
    e.preventDefault();
    check();
  };
  // Enter checks, as after pasting a domain into a search box; Shift+Enter starts a new line of
  // pasted text; Enter that confirms an input method's composition (CJK input) does neither.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    check();
  };

  const findings = result?.report?.findings ?? [];
  return (
    <section class="hs-lookup" aria-labelledby="hs-lookup-h">
      <h2 id="hs-lookup-h">{t('popup.lookup.heading')}</h2>
      <form onSubmit={run}>
        <label for="hs-lookup-input">{t('popup.lookup.label')}</label>
        <textarea
          id="hs-lookup-input"
          data-testid="lookup-input"
          rows={3}
          maxLength={200_000}
          value={value}
          onInput={(e) => setValue((e.target as HTMLTextAreaElement).value)}
          onKeyDown={onKeyDown}
          placeholder={t('popup.lookup.placeholder')}
          aria-describedby="hs-lookup-hint"
        />
        <span id="hs-lookup-hint" class="hs-help">
          {t('popup.lookup.enterHint')}
        </span>
        <button type="submit" data-testid="lookup-run">
          {t('popup.lookup.run')}
        </button>
      </form>
      {result && (
        <div data-testid="lookup-result" data-kind={result.kind} aria-live="polite">
          {result.kind === 'empty' || !result.report ? (
            <p class="hs-empty">{t('popup.lookup.empty')}</p>
          ) : (
            <>
              <p class="hs-kind">{t('popup.lookup.recognised', { kind: t(`popup.kind.${result.kind}`) })}</p>
              {findings.length > 0 ? <FindingList findings={findings} label={t('popup.lookup.findingsLabel')} /> : <p class="hs-empty">{t('popup.lookup.none')}</p>}
            </>
          )}
        </div>
      )}
    </section>
  );
}
