import { t } from '../core/i18n';
import type { ScanDetails, ScanResult } from './scan-result';

/** Control and bidi characters from a page must not rewrite the terminal or reorder the report. */
// oxlint-disable-next-line no-control-regex -- matching control characters is the point: they are removed.
const UNSAFE_RE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Very long evidence is cut: a report line is for reading, the JSON keeps the full value. */
const MAX_LINE = 500;

function clean(s: string): string {
  const one = s.replace(UNSAFE_RE, '').replace(/\s+/g, ' ').trim();
  return one.length > MAX_LINE ? `${one.slice(0, MAX_LINE - 1)}…` : one;
}

/** The readable report printed by `scan` without `--json`. */
export function formatReport(result: ScanResult, details: ScanDetails = { why: {} }): string {
  const lines: string[] = [t('cli.report.heading'), ''];
  if (result.platform) lines.push(t('cli.report.platform', { platform: result.platform }));
  lines.push(t('cli.report.state', { state: t(`cli.state.${result.state}`) }));
  if (result.profile?.name) lines.push(t('cli.report.candidate', { name: clean(result.profile.name) }));
  lines.push(t('cli.report.level', { level: t(`level.${result.level}`), score: result.score }), '');

  if (result.findings.length === 0) lines.push(t('cli.report.noFindings'), '');
  result.findings.forEach((f, i) => {
    lines.push(`${i + 1}. [${t(`severity.${f.severity}`)}] ${clean(f.title)}`);
    const why = details.why[f.ruleId];
    if (why) lines.push(`   ${t('cli.report.why')}: ${clean(why)}`);
    if (f.evidence.length > 0) {
      lines.push(`   ${t('cli.report.evidence')}:`);
      for (const e of f.evidence) lines.push(`     - ${clean(e)}`);
    }
    for (const s of f.sources) lines.push(`   ${t('cli.report.source')}: ${clean(s.title)} — ${clean(s.section)} — ${s.url} (${s.date ? `${s.date}, ` : ''}${s.basis})`);
    lines.push(`   ${t('cli.report.nextStep')}: ${clean(f.nextStep)}`, '');
  });
  lines.push(t('common.contextReminder'));
  return `${lines.join('\n')}\n`;
}

/** Exactly one JSON object (the CLI's output contract). */
export function formatJson(result: ScanResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
