import type { Report } from '../../core/report';
import { t } from '../../core/i18n';
import { sourceNote } from '../../core/finding-item';

/** What a recruiter hands on to an ATS or a colleague: the report with its context. */
export interface HandoffInput {
  profileUrl: string | null;
  candidateName: string | null;
  /** Where it came from: a page scan or a lookup of pasted input. */
  origin: 'page' | 'lookup';
  report: Report;
  date: Date;
}

export interface HandoffJson {
  format: 'hire-signals-report';
  version: 1;
  generatedAt: string;
  origin: 'page' | 'lookup';
  profileUrl: string | null;
  candidateName: string | null;
  level: Report['level'];
  score: number;
  findings: Array<{
    ruleId: string;
    severity: string;
    title: string;
    evidence: string[];
    nextStep: string;
    sources: Array<{ id: string; title: string; section: string; url: string; basis: string; date: string | null }>;
  }>;
  note: string;
}

export function handoffJson(h: HandoffInput): HandoffJson {
  return {
    format: 'hire-signals-report',
    version: 1,
    generatedAt: h.date.toISOString(),
    origin: h.origin,
    profileUrl: h.profileUrl,
    candidateName: h.candidateName,
    level: h.report.level,
    score: h.report.score,
    findings: h.report.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      title: f.title,
      evidence: f.evidence,
      nextStep: f.nextStep,
      sources: f.sources.map(({ id, title, section, url, basis, date }) => ({ id, title, section, url, basis, date })),
    })),
    note: t('common.contextReminder'),
  };
}

/** Plain text for ATS notes: no markup, one finding per block. */
export function handoffText(h: HandoffInput): string {
  const lines: string[] = [];
  lines.push(`${t('handoff.heading')} — ${h.date.toISOString().slice(0, 10)}`);
  if (h.candidateName) lines.push(`${t('handoff.candidate')}: ${h.candidateName}`);
  if (h.profileUrl) lines.push(`${t('handoff.profile')}: ${h.profileUrl}`);
  lines.push(`${t('handoff.level')}: ${t(`level.${h.report.level}`)} (${t('handoff.score')} ${h.report.score})`);
  lines.push('');
  if (h.report.findings.length === 0) lines.push(t('handoff.noFindings'));
  for (const f of h.report.findings) {
    lines.push(`[${t(`severity.${f.severity}`)}] ${f.title}`);
    for (const e of f.evidence) lines.push(`  - ${t('common.evidence')}: ${e}`);
    lines.push(`  - ${t('common.nextStep')}: ${f.nextStep}`);
    for (const s of f.sources) lines.push(`  - ${t('common.source')}: ${s.title} — ${s.section} — ${s.url} (${sourceNote(s)})`);
    lines.push('');
  }
  lines.push(t('common.contextReminder'));
  return lines.join('\n');
}
