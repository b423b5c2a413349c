import { useState } from 'preact/hooks';
import { handoffJson, handoffText, type HandoffInput } from './report-text';
import { t } from '../../core/i18n';

/** Copy the report as plain text (ATS notes) or download it as JSON. */
export function HandoffButtons({ input }: { input: HandoffInput }) {
  const [status, setStatus] = useState('');

  const copy = async () => {
    const text = handoffText({ ...input, date: new Date() });
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('popup.handoff.copied'));
    } catch {
      setStatus(t('popup.handoff.copyFailed'));
    }
  };

  const download = () => {
    const json = JSON.stringify(handoffJson({ ...input, date: new Date() }), null, 2);
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `hire-signals-report-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus(t('popup.handoff.downloaded'));
  };

  return (
    <div class="hs-handoff">
      <button type="button" onClick={copy} data-testid="copy-report">
        {t('popup.handoff.copy')}
      </button>
      <button type="button" onClick={download} data-testid="download-report">
        {t('popup.handoff.download')}
      </button>
      <span role="status" class="hs-status">
        {status}
      </span>
    </div>
  );
}
