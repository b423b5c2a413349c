import { basisOf, sourceFor } from '../../advisories/catalogue';
import { DOCUMENTS } from '../../advisories/documents';
import { INDICATORS } from '../../advisories/indicators';
import { SEAL_ATTRIBUTION } from '../../advisories/seal-framework';
import { safeHttpUrl, sourceNote } from '../../core/finding-item';
import { t } from '../../core/i18n';
import type { RuleDefinition } from '../../core/rule';
import type { GuidanceDocument, Indicator } from '../../advisories/types';
import type { SectionProps } from './section-props';

/** Newest first; undated documents (date not retrieved) after the dated ones. */
const BY_DATE: readonly GuidanceDocument[] = [...DOCUMENTS].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));

const KINDS: ReadonlyArray<Indicator['kind']> = ['red-flag', 'tradecraft', 'mitigation', 'context'];

const INDICATORS_OF = new Map<string, Indicator[]>();
for (const i of INDICATORS) INDICATORS_OF.set(i.documentId, [...(INDICATORS_OF.get(i.documentId) ?? []), i]);

/** "4 red flag(s), 2 recommended check(s)": what the catalogue holds from one document. */
export function coverage(docId: string): string {
  const items = INDICATORS_OF.get(docId) ?? [];
  const parts = KINDS.flatMap((kind) => {
    const count = items.filter((i) => i.kind === kind).length;
    return count > 0 ? [t(`options.guidance.kind.${kind}`, { count })] : [];
  });
  return parts.length > 0 ? t('options.guidance.covers', { parts: parts.join(', ') }) : t('options.guidance.coversNothing');
}

/** How many of `rules` cite the document through one of their indicators. */
function rulesCiting(docId: string, rules: readonly RuleDefinition[]): number {
  return rules.filter((r) => r.indicators.some((id) => sourceFor(id)?.id === docId)).length;
}

/**
 * The guidance the rules cite, listed once, read-only: every document of the catalogue with the
 * short name findings show for it, its date, issuers and basis (so a recruiter can weigh it),
 * what it covers, and the due-diligence steps it recommends. Findings and rule cards link here
 * by short name only. The practitioner framework some checklist prompts come from is credited too.
 */
export function GuidanceSection({ rules }: Pick<SectionProps, 'rules'>) {
  return (
    <>
      <p>{t('options.guidance.intro', { count: DOCUMENTS.length })}</p>
      <table class="hs-guidance" data-testid="guidance-documents">
        <thead>
          <tr>
            <th scope="col">{t('options.guidance.col.name')}</th>
            <th scope="col">{t('options.guidance.col.date')}</th>
            <th scope="col">{t('options.guidance.col.covers')}</th>
          </tr>
        </thead>
        <tbody>
          {BY_DATE.map((d) => {
            const steps = (INDICATORS_OF.get(d.id) ?? []).filter((i) => i.kind === 'mitigation').map((i) => i.summary);
            const citing = rulesCiting(d.id, rules);
            return (
              <tr key={d.id} id={`guidance-${d.id}`} data-testid={`guidance-${d.id}`}>
                <th scope="row" class="hs-doc-label">
                  <a href={safeHttpUrl(d.url)} target="_blank" rel="noopener noreferrer" title={d.title}>
                    {d.shortLabel}
                  </a>
                </th>
                <td class="hs-doc-date">{d.date ?? t('options.guidance.undated')}</td>
                <td>
                  {coverage(d.id)}
                  {citing > 0 && <>; {t('options.guidance.rules', { count: citing })}</>}
                  <details>
                    <summary>{t('options.guidance.details', { count: steps.length })}</summary>
                    <p>
                      <a href={safeHttpUrl(d.url)} target="_blank" rel="noopener noreferrer">
                        {d.title}
                      </a>
                      <br />
                      {d.kind} — {d.agencies.join(', ')} ({sourceNote({ basis: basisOf(d.basis), date: null })})
                    </p>
                    {steps.length > 0 && (
                      <ul>
                        {steps.map((s) => (
                          <li key={s}>{s}</li>
                        ))}
                      </ul>
                    )}
                  </details>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
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
