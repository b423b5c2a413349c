import { t } from '../i18n';
import { defineRule } from './define-rule';
import { monthOf, monthSpan } from './profile-dates';

/**
 * de24-rf-cv-inconsistency: BfV lists CVs that contradict themselves on
 * experience and education; the 2022 advisory describes detailed but false
 * histories (us22-tc-fake-history-and-referees). A job or degree that ends
 * before it starts, or a job that starts after today, cannot be right as
 * written. Year-only dates are read in the way that makes them least likely to
 * conflict; a month of slack absorbs sites that round.
 */
const FUTURE_SLACK_MONTHS = 1;

export default defineRule({
  id: 'career-dates-impossible',
  indicators: ['de24-rf-cv-inconsistency', 'us22-tc-fake-history-and-referees'],
  severity: 'low',
  weight: 2,
  platforms: 'all',
  subjects: ['profile'],
  check: ({ profile, now }) => {
    if (!profile) return null;
    const today = monthOf(now);
    const evidence: string[] = [];
    const entries = [
      ...profile.positions.slice(0, 100).map((p) => ({ label: [p.title, p.company].filter(Boolean).join(' · ') || '—', start: p.start, end: p.end, job: true })),
      ...profile.education.slice(0, 50).map((e) => ({ label: [e.degree, e.school].filter(Boolean).join(' · ') || '—', start: e.start, end: e.end, job: false })),
    ];
    for (const e of entries) {
      const start = monthSpan(e.start);
      const end = monthSpan(e.end);
      if (start && end && end.last < start.first) {
        evidence.push(t('rules.career-dates-impossible.evidence.endBeforeStart', { label: e.label, start: e.start ?? '', end: e.end ?? '' }));
      }
      // A degree may list its expected dates; only jobs must have started already.
      if (e.job && start && start.first > today + FUTURE_SLACK_MONTHS) {
        evidence.push(t('rules.career-dates-impossible.evidence.futureStart', { label: e.label, start: e.start ?? '' }));
      }
    }
    return evidence.length > 0 ? evidence : null;
  },
});
