import { useState } from 'preact/hooks';
import { hasMessage, t } from '../../core/i18n';
import { exportSettings, importSettings, MAX_IMPORT_BYTES, type ImportProblem } from '../../settings/transfer';
import type { SectionProps } from './section-props';

/** One readable line per bad field: the zod path and what is wrong with it. */
export function describeProblem(p: ImportProblem): string {
  const message = hasMessage(`import.${p.message}`) ? t(`import.${p.message}`) : hasMessage(p.message) ? t(p.message) : p.message;
  return t('options.transfer.problem', { path: p.path || t('options.transfer.wholeFile'), message });
}

export function TransferSection({ user, save, setStatus }: SectionProps) {
  const [problems, setProblems] = useState<string[]>([]);

  const download = () => {
    const blob = new Blob([exportSettings(user)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `hire-signals-settings-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      // The size is checked before reading: a huge file is refused without loading it.
      text = file.size > MAX_IMPORT_BYTES ? ' '.repeat(MAX_IMPORT_BYTES + 1) : await file.text();
    } catch {
      setProblems([t('options.transfer.readFailed')]);
      return;
    }
    const result = importSettings(text);
    if (!result.ok) {
      setProblems(result.problems.map(describeProblem));
      setStatus(t('options.transfer.refused'));
      return;
    }
    setProblems([]);
    if (await save(result.settings)) setStatus(t('options.transfer.imported'));
  };

  return (
    <>
      <p>{t('options.transfer.intro')}</p>
      <button type="button" onClick={download} data-testid="export-settings">
        {t('options.transfer.export')}
      </button>
      <div class="hs-field">
        <label for="hs-import">{t('options.transfer.import')}</label>
        <input
          id="hs-import"
          type="file"
          accept="application/json,.json"
          data-testid="import-settings"
          onChange={(e) => void onFile(e.target as HTMLInputElement)}
        />
      </div>
      {problems.length > 0 && (
        <div class="hs-error" role="alert" data-testid="import-problems">
          <p>{t('options.transfer.refused')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
