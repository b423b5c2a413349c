import type { Finding, SourceRef } from './report';
import { t } from './i18n/panel-strings';
import { parseWebUrl } from './url-kind';

export interface FindingItemProps {
  finding: Finding;
  /** Shown as a "Dismiss" button when given. */
  onDismiss?: () => void;
}

/**
 * One signal, shared by the in-page panel and the popup: title, severity,
 * the evidence seen, why it matters with links to the guidance, the next step.
 * Every value is rendered as text (never as markup), by Preact in the popup and by
 * static-render.ts in the page: profile text is hostile input. Plain functions of
 * their props, no hooks: the page draws them without Preact's renderer.
 */
export function FindingItem({ finding, onDismiss }: FindingItemProps) {
  const titleId = `hs-finding-${finding.ruleId}`;
  return (
    <li class={`hs-finding hs-sev-${finding.severity}`} data-rule-id={finding.ruleId} data-testid="finding" aria-labelledby={titleId}>
      <div class="hs-finding-head">
        <span class="hs-severity">{t(`severity.${finding.severity}`)}</span>
        <strong id={titleId}>{finding.title}</strong>
      </div>
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
      {finding.sources.length > 0 && (
        <p class="hs-sources">
          <span class="hs-label">{t('common.source')}</span> <SourceLinks sources={finding.sources} />
        </p>
      )}
      <p class="hs-next">
        <span class="hs-label">{t('common.nextStep')}</span> {finding.nextStep}
      </p>
      {onDismiss && (
        <button type="button" class="hs-dismiss" onClick={onDismiss} aria-label={t('common.dismissFinding', { title: finding.title })}>
          {t('common.dismiss')}
        </button>
      )}
    </li>
  );
}

/**
 * Guidance citations: each document title linked (new tab), followed by its section, its date and
 * how it is known (primary text, secondary report, vendor report), so a recruiter can weigh it.
 */
export function SourceLinks({ sources }: { sources: readonly SourceRef[] }) {
  return (
    <>
      {sources.map((s, i) => (
        <span key={`${i} ${s.id} ${s.indicatorId}`}>
          {i > 0 && '; '}
          <a href={safeHttpUrl(s.url)} target="_blank" rel="noopener noreferrer">
            {s.title}
          </a>{' '}
          — {s.section} <span class={`hs-basis hs-basis-${s.basis}`}>({sourceNote(s)})</span>
        </span>
      ))}
    </>
  );
}

/** "2024-03-27, secondary report": the date when known, then the basis. */
export function sourceNote(s: Pick<SourceRef, 'basis' | 'date'>): string {
  const basis = t(`common.basis.${s.basis}`);
  return s.date ? `${s.date}, ${basis}` : basis;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"')]+/g;

/**
 * Evidence that names another page (e.g. the profile a template was reused from)
 * gets a real link; everything else stays text. Only http(s) URLs become links.
 */
export function linkify(text: string) {
  const parts: Array<string | ReturnType<typeof LinkOut>> = [];
  let last = 0;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const href = safeHttpUrl(m[0]);
    if (!href) continue;
    parts.push(text.slice(last, m.index), LinkOut({ href, label: m[0] }));
    last = m.index + m[0].length;
  }
  if (last === 0) return text;
  parts.push(text.slice(last));
  return parts;
}

function LinkOut({ href, label }: { href: string; label: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  );
}

/** Only http(s) links are ever rendered (a `javascript:` URL becomes inert). */
export function safeHttpUrl(url: string): string | undefined {
  return parseWebUrl(url)?.href;
}
