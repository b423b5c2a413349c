import { defineRule } from '../core/rule';
import { monthOf, monthSpan } from '../matching/profile-dates';
import { profileYearsClaim } from '../matching/seniority-claims';

/**
 * de24-rf-cv-inconsistency (CVs that contradict themselves on experience) and
 * us22-tc-fake-history-and-referees. When the headline or about text claims
 * more years of experience than the dated career on the same page can hold —
 * even counting from the earliest dated job or degree start — the two
 * statements disagree. People often list only recent jobs, so the claim must
 * exceed the dated history by SLACK_YEARS before it counts.
 */
const SLACK_YEARS = 4;

export default defineRule({
  id: 'experience-exceeds-history',
  topic: 'work-history',
  indicators: ['de24-rf-cv-inconsistency', 'us22-tc-fake-history-and-referees'],
  severity: 'low',
  weight: 1,
  platforms: 'all',
  subjects: ['profile'],
  text: {
    title: 'Claimed experience is longer than the dated career',
    why:
      'German guidance lists CVs that contradict themselves on experience. This profile claims more years of experience than its own dated jobs and studies can hold. People often leave old jobs off, so it is one indicator to weigh in context.',
    nextStep: 'Ask for the full work history behind the claim and confirm the earliest jobs directly with those employers.',
    evidence: {
      claim: 'Says “{claim}”, but the earliest dated job or study starts in {year} ({years} years ago)',
    },
  },
  check: ({ profile, now }, say) => {
    if (!profile || profile.missingSections.includes('positions')) return null;
    const claim = profileYearsClaim(profile);
    if (!claim) return null;
    const starts = [...profile.positions.map((p) => p.start), ...profile.education.map((e) => e.start)]
      .map((d) => monthSpan(d))
      .filter((s): s is NonNullable<typeof s> => s !== null)
      .map((s) => s.first);
    if (starts.length === 0) return null;
    const earliest = Math.min(...starts);
    const datedYears = Math.floor((monthOf(now) - earliest) / 12);
    if (claim.years <= datedYears + SLACK_YEARS) return null;
    const first = Math.floor(earliest / 12);
    return [say('claim', { claim: claim.quote, year: first, years: Math.max(datedYears, 0) })];
  },
});
