import type { Finding, SourceRef } from './report';
import { t } from './i18n/panel-strings';
import { parseWebUrl } from './url-kind';
import { splitLinks } from './safe-link';

export interface FindingItemProps {
  finding: Finding;
  /** Shown as a "Dismiss" button when given. */
  onDismiss?: () => void;
  /** Drawn open (a caller that redraws, like the in-page panel, can keep what the recruiter opened). */
  open?: boolean;
  /** Called with the new state when the recruiter opens or closes the finding. */
  onToggle?: (open: boolean) => void;
}

/**
 * One signal, shared by the in-page panel and the popup. Closed, it is one line (severity and
 * title) so that every finding fits the first screen; it opens in place (a native
 * `<details>`, keyboard- and screen-reader-operable without script) to the evidence seen, why it
 * matters, the next step and the guidance behind it. Every value is rendered as text (never as
 * markup), by Preact in the popup and by static-render.ts in the page: profile text is hostile
 * input. Plain functions of their props, no hooks: the page draws them without Preact's renderer.
 */
export function FindingItem({ finding, onDismiss, open, onToggle }: FindingItemProps) {
  const titleId = `hs-finding-${finding.ruleId}`;
  return (
    <li class={`hs-finding hs-sev-${finding.severity}`} data-rule-id={finding.ruleId} data-testid="finding" aria-labelledby={titleId}>
      <details
        class="hs-finding-details"
        open={open}
        onToggle={onToggle && ((e: Event) => onToggle((e.currentTarget as HTMLDetailsElement).open))}
      >
        <summary class="hs-finding-head" data-testid="finding-toggle">
          <span class="hs-severity">{t(`severity.${finding.severity}`)}</span> <span class="hs-finding-title" id={titleId}>{finding.title}</span>
        </summary>
        <div class="hs-finding-body">
          {finding.evidence.length > 0 && (
            <div class="hs-evidence">
              <span class="hs-label">{t('common.evidence')}</span>
              <ul>
                {finding.evidence.map((e, i) => (
                  <li key={i}>{linkify(e)}</li>
                ))}
              </ul>
            </div>
          )}
          <p class="hs-why">
            <span class="hs-label">{t('common.why')}</span> {finding.why}
          </p>
          <p class="hs-next">
            <span class="hs-label">{t('common.nextStep')}</span> {finding.nextStep}
          </p>
          {finding.sources.length > 0 && (
            <div class="hs-sources">
              <span class="hs-label">{t('common.guidance')}</span> <SourceLinks sources={finding.sources} />
            </div>
          )}
        </div>
      </details>
      {onDismiss && (
        <button type="button" class="hs-dismiss" onClick={onDismiss} aria-label={t('common.dismissFinding', { title: finding.title })}>
          {t('common.dismiss')}
        </button>
      )}
    </li>
  );
}

/** One cited document of a finding, with every section of it the finding cites. */
export interface CitedDocument {
  id: string;
  label: string;
  /** The full title, the sections cited, the date and basis: the link's hover text and name. */
  fullTitle: string;
  href: string | undefined;
}

/**
 * The finding's sources as documents, each once, in first-cited order: a rule that implements
 * two items of the same notice links that notice once, naming both sections in its hover text.
 */
export function citedDocuments(sources: readonly SourceRef[]): CitedDocument[] {
  const byId = new Map<string, { first: SourceRef; sections: string[] }>();
  for (const s of sources) {
    const seen = byId.get(s.id);
    if (!seen) byId.set(s.id, { first: s, sections: [s.section] });
    else if (!seen.sections.includes(s.section)) seen.sections.push(s.section);
  }
  return [...byId.values()].map(({ first, sections }) => ({
    id: first.id,
    label: first.shortLabel ?? first.title,
    fullTitle: `${first.title} — ${sections.join('; ')} (${sourceNote(first)})`,
    href: safeHttpUrl(first.url),
  }));
}

/**
 * Guidance citations, compact: a short label per document ("FBI PSA 2024") linking to its exact
 * URL in a new tab; the full title, sections, date and basis on hover and as the link's name.
 */
export function SourceLinks({ sources }: { sources: readonly SourceRef[] }) {
  return (
    <ul class="hs-source-list">
      {citedDocuments(sources).map((d) => (
        <li key={d.id}>
          <a href={d.href} target="_blank" rel="noopener noreferrer" title={d.fullTitle} aria-label={`${d.label}: ${d.fullTitle}`} data-full-title={d.fullTitle}>
            {d.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** "2024-03-27, secondary report": the date when known, then the basis. */
export function sourceNote(s: Pick<SourceRef, 'basis' | 'date'>): string {
  const basis = t(`common.basis.${s.basis}`);
  return s.date ? `${s.date}, ${basis}` : basis;
}

/**
 * Evidence that names another page (e.g. the profile a template was reused from) gets a real
 * link when it is safe (src/core/safe-link.ts: http(s), no credentials, the real host shown);
 * everything else stays text.
 */
export function linkify(text: string) {
  const parts = splitLinks(text);
  if (parts.length === 1 && typeof parts[0] === 'string') return parts[0];
  return parts.map((p) =>
    typeof p === 'string' ? (
      p
    ) : (
      <a href={p.href} target="_blank" rel="noopener noreferrer" title={p.href}>
        {p.label}
      </a>
    ),
  );
}

/** Only http(s) links are ever rendered (a `javascript:` URL becomes inert). */
export function safeHttpUrl(url: string): string | undefined {
  return parseWebUrl(url)?.href;
}
