import type { Position } from '../core/snapshot';
import { defineRule } from '../core/rule';
import { monthOf, monthSpan } from '../matching/profile-dates';

/**
 * de24-rf-cv-inconsistency and us22-tc-fake-history-and-referees: histories
 * that do not add up. Two full-time jobs at different employers held at the
 * same time for a long stretch is one way a made-up history shows. Side work is
 * common, so only positions known to be full-time count: the employment type
 * the page states decides first (a contract, self-employment or internship is
 * never a full-time job); without one, a position counts only when its title is
 * known and neither title, employer nor description marks it as part-time,
 * freelance, contract, founder or owner, advisory or board, volunteer,
 * teaching, study or a student club. Year-only dates are read to overlap as
 * little as possible, and only MIN_OVERLAP_MONTHS or more counts.
 */
const MIN_OVERLAP_MONTHS = 6;
const NOT_FULL_TIME =
  /\b(part[- ]time|freelanc\w*|contract\w*|consult\w*|self[- ]employed|founder|founding|co-?found\w*|owner|proprietor|advis\w*|board|trustee|volunteer\w*|mentor\w*|teach\w*|lecturer|tutor|student|intern\w*|apprentice\w*|side project|moonlight\w*|open[- ]source|maintainer)\b/i;
/** Student and community organisations: a role there ("President", "Treasurer") is not employment. */
const NOT_AN_EMPLOYER = /\b(club|society|student|fraternity|sorority|chapter|alumni|hackathon|volunteer\w*)\b/i;

/** Whether a position is known to be a full-time job (exported for the equivalence test). */
export function countsAsFullTime(pos: Position): boolean {
  if (pos.employmentType) return pos.employmentType === 'full-time' && !NOT_AN_EMPLOYER.test(`${pos.title ?? ''} ${pos.company ?? ''}`) && !/\b(founder|co-?found\w*|owner|board)\b/i.test(pos.title ?? '');
  // A title the reader could not see leaves the kind of role unknown: never assume full-time.
  if (!pos.title) return false;
  if (NOT_AN_EMPLOYER.test(`${pos.title} ${pos.company ?? ''}`)) return false;
  return !NOT_FULL_TIME.test(`${pos.title} ${(pos.description ?? '').slice(0, 2000)}`);
}

interface Span {
  pos: Position;
  first: number;
  last: number;
}

function span(pos: Position, today: number): Span | null {
  const start = monthSpan(pos.start);
  if (!start) return null;
  const end = pos.end ? monthSpan(pos.end) : pos.current ? { first: today, last: today } : null;
  if (!end) return null;
  // Latest possible start, earliest possible end: the narrowest the job can have been.
  return { pos, first: start.last, last: end.first };
}

function label(p: Position): string {
  return [p.title, p.company].filter(Boolean).join(' · ') || '—';
}

export default defineRule({
  id: 'overlapping-full-time-jobs',
  topic: 'work-history',
  indicators: ['de24-rf-cv-inconsistency', 'us22-tc-fake-history-and-referees'],
  severity: 'low',
  weight: 2,
  platforms: 'all',
  subjects: ['profile'],
  text: {
    title: 'Full-time jobs overlap for a long time',
    why:
      'German guidance lists CVs that contradict themselves on experience, and U.S. guidance describes realistic but false job histories. Two full-time jobs at different employers held together for many months is worth a question. Side jobs are common, so weigh it in context.',
    nextStep: 'Ask how both jobs were held at once, and confirm the dates with each employer through its public contact details.',
    evidence: {
      overlap: '“{a}” ({aDates}) overlaps “{b}” ({bDates}) by {months} months',
      present: 'present',
    },
  },
  check: ({ profile, now }, say) => {
    if (!profile) return null;
    const today = monthOf(now);
    // Dated spans first, and the (regex) full-time test only for jobs in an overlapping pair: the
    // pairs found, and their order, are those among the full-time jobs, as the test is pure.
    const spans = profile.positions
      .slice(0, 60)
      .map((p) => span(p, today))
      .filter((s): s is Span => s !== null && s.last >= s.first);
    const isFullTime: Array<boolean | undefined> = [];
    const evidence: string[] = [];
    for (let i = 0; i < spans.length; i++) {
      for (let j = i + 1; j < spans.length; j++) {
        const a = spans[i]!;
        const b = spans[j]!;
        const sameEmployer = a.pos.company && b.pos.company && a.pos.company.trim().toLowerCase() === b.pos.company.trim().toLowerCase();
        if (sameEmployer) continue;
        const months = Math.min(a.last, b.last) - Math.max(a.first, b.first) + 1;
        if (months < MIN_OVERLAP_MONTHS) continue;
        if (!(isFullTime[i] ??= countsAsFullTime(a.pos)) || !(isFullTime[j] ??= countsAsFullTime(b.pos))) continue;
        evidence.push(
          say('overlap', {
            a: label(a.pos),
            aDates: `${a.pos.start ?? '?'} – ${a.pos.end ?? say('present')}`,
            b: label(b.pos),
            bDates: `${b.pos.start ?? '?'} – ${b.pos.end ?? say('present')}`,
            months,
          }),
        );
      }
    }
    return evidence.length > 0 ? evidence.slice(0, 5) : null;
  },
});
