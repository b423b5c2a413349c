import type { Education, Position } from '../core/snapshot';
import { defineRule, type Say } from '../core/rule';
import { monthOf, monthSpan } from '../matching/profile-dates';

/**
 * de24-rf-cv-inconsistency: BfV lists CVs that contradict themselves on
 * experience and education; the 2022 advisory describes detailed but false
 * histories (us22-tc-fake-history-and-referees). A job or degree that ends
 * before it starts, or a job that starts after today, cannot be right as
 * written. Year-only dates are read in the way that makes them least likely to
 * conflict; a month of slack absorbs sites that round.
 */
const FUTURE_SLACK_MONTHS = 1;

// Labels are only needed for evidence, which is rare: they are built only then.
function jobLabel(p: Position): string {
  return [p.title, p.company].filter(Boolean).join(' · ') || '—';
}

function degreeLabel(e: Education): string {
  return [e.degree, e.school].filter(Boolean).join(' · ') || '—';
}

function checkEntry<E extends { start: string | null; end: string | null }>(
  entry: E,
  label: (entry: E) => string,
  job: boolean,
  today: number,
  evidence: string[],
  say: Say<'endBeforeStart' | 'futureStart'>,
): void {
  const start = monthSpan(entry.start);
  const end = monthSpan(entry.end);
  if (start && end && end.last < start.first) {
    evidence.push(say('endBeforeStart', { label: label(entry), start: entry.start ?? '', end: entry.end ?? '' }));
  }
  // A degree may list its expected dates; only jobs must have started already.
  if (job && start && start.first > today + FUTURE_SLACK_MONTHS) {
    evidence.push(say('futureStart', { label: label(entry), start: entry.start ?? '' }));
  }
}

export default defineRule({
  id: 'career-dates-impossible',
  topic: 'work-history',
  indicators: ['de24-rf-cv-inconsistency', 'us22-tc-fake-history-and-referees'],
  severity: 'low',
  weight: 2,
  platforms: 'all',
  subjects: ['profile'],
  text: {
    title: 'Dates in the history cannot be right',
    why:
      'German guidance lists CVs that contradict themselves on experience and education, and U.S. guidance describes detailed but false histories. An entry ending before it starts, or a job starting in the future, cannot be right as written. It may be a slip, so ask before weighing it.',
    nextStep:
      'Ask the candidate to correct the dates, then confirm the job or degree directly with the employer or school through contact details you find yourself.',
    evidence: {
      endBeforeStart: '“{label}” ends {end}, before it starts {start}',
      futureStart: '“{label}” starts {start}, after the date of this scan',
    },
  },
  check: ({ profile, now }, say) => {
    if (!profile) return null;
    const today = monthOf(now);
    const evidence: string[] = [];
    for (const p of profile.positions.slice(0, 100)) checkEntry(p, jobLabel, true, today, evidence, say);
    for (const e of profile.education.slice(0, 50)) checkEntry(e, degreeLabel, false, today, evidence, say);
    return evidence.length > 0 ? evidence : null;
  },
});
