import { CHECKLIST } from './checklist-items';
import { SEAL_ATTRIBUTION, SEAL_LIVENESS_PROMPTS } from '../../advisories/seal-framework';
import { sourceFor } from '../../advisories/catalogue';
import { t } from '../../core/i18n';
import { safeHttpUrl } from '../../core/finding-item';

/** The guidance's recommended checks for this candidate; ticks are stored locally per profile. */
export function Checklist({ ticks, onTick }: { ticks: Record<string, boolean>; onTick: (id: string, done: boolean) => void }) {
  return (
    <section class="hs-checklist" aria-labelledby="hs-check-h">
      <h2 id="hs-check-h">{t('popup.checklist.heading')}</h2>
      <ul>
        {CHECKLIST.map((item) => {
          const source = item.indicators.map(sourceFor).find((s) => s !== null);
          const id = `hs-check-${item.id}`;
          return (
            <li key={item.id} data-testid={`check-${item.id}`}>
              <input id={id} type="checkbox" checked={!!ticks[item.id]} onChange={(e) => onTick(item.id, (e.target as HTMLInputElement).checked)} />
              <label for={id}>{t(item.labelKey)}</label>
              {source && (
                <>
                  {' '}
                  <a href={safeHttpUrl(source.url)} target="_blank" rel="noopener noreferrer" title={`${source.title} — ${source.section}`}>
                    {t('popup.checklist.source')}
                  </a>
                </>
              )}
              {item.prompts === 'seal-liveness' && <SealPrompts />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The liveness prompts, with the practitioner framework's credit and licence (CC BY-SA). */
function SealPrompts() {
  return (
    <div class="hs-check-prompts">
      <ul>
        {SEAL_LIVENESS_PROMPTS.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <small>
        <a href={safeHttpUrl(SEAL_ATTRIBUTION.mitigationsUrl)} target="_blank" rel="noopener noreferrer">
          {t('popup.checklist.promptsCredit', { title: SEAL_ATTRIBUTION.title, licence: SEAL_ATTRIBUTION.licence })}
        </a>{' '}
        (
        <a href={safeHttpUrl(SEAL_ATTRIBUTION.licenceUrl)} target="_blank" rel="noopener noreferrer">
          {SEAL_ATTRIBUTION.licence}
        </a>
        )
      </small>
    </div>
  );
}
