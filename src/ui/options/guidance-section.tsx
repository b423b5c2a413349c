import { basisOf } from '../../advisories/catalogue';
import { DOCUMENTS } from '../../advisories/documents';
import { INDICATORS } from '../../advisories/indicators';
import { SEAL_ATTRIBUTION } from '../../advisories/seal-framework';
import { safeHttpUrl, sourceNote } from '../../core/finding-item';
import { t } from '../../core/i18n';
import type { GuidanceDocument } from '../../advisories/types';

/** Newest first; undated documents (date not retrieved) after the dated ones. */
const BY_DATE: readonly GuidanceDocument[] = [...DOCUMENTS].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));

const MITIGATIONS = new Map<string, string[]>();
for (const i of INDICATORS) if (i.kind === 'mitigation') MITIGATIONS.set(i.documentId, [...(MITIGATIONS.get(i.documentId) ?? []), i.summary]);

/**
 * The guidance the rules cite, read-only: every document of the catalogue with its date, issuers
 * and basis (so a recruiter can weigh it), and the due-diligence steps it recommends. The
 * practitioner framework some checklist prompts come from is credited here too.
 */
export function GuidanceSection() {
  return (
    <>
      <p>{t('options.guidance.intro', { count: DOCUMENTS.length })}</p>
      <ul class="hs-guidance" data-testid="guidance-documents">
        {BY_DATE.map((d) => {
          const steps = MITIGATIONS.get(d.id) ?? [];
          return (
            <li key={d.id} data-testid={`guidance-${d.id}`}>
              <a href={safeHttpUrl(d.url)} target="_blank" rel="noopener noreferrer">
                {d.title}
              </a>{' '}
              <small>
                — {d.agencies.join(', ')} ({sourceNote({ basis: basisOf(d.basis), date: d.date })})
              </small>
              {steps.length > 0 && (
                <details>
                  <summary>{t('options.guidance.mitigations', { count: steps.length })}</summary>
                  <ul>
                    {steps.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
      <p>
        {t('options.guidance.practitioner')}{' '}
        <a href={safeHttpUrl(SEAL_ATTRIBUTION.url)} target="_blank" rel="noopener noreferrer">
          {SEAL_ATTRIBUTION.title}
        </a>{' '}
        (
        <a href={safeHttpUrl(SEAL_ATTRIBUTION.licenceUrl)} target="_blank" rel="noopener noreferrer">
          {SEAL_ATTRIBUTION.licence}
        </a>
        ).
      </p>
    </>
  );
}
