import { defineRule } from '../core/rule';
import { differentCountries } from '../matching/location-consistency';

/**
 * us22-rf-cross-profile-inconsistency and de24-rf-social-vs-cv: the stated
 * place of work differing between parts of a profile is one of the details the
 * guidance asks to compare. Remote work for an employer abroad is ordinary, so
 * a current job is compared only when it states an on-site place (no
 * "remote"/"hybrid") and is a job someone works at, not a seat they hold (a
 * founder's or board member's company abroad is ordinary); the rule carries the
 * lowest weight.
 */
const REMOTE = /\b(remote|remotely|hybrid|anywhere|distributed|home[- ]based|work from home|wfh)\b/i;
/**
 * Roles held from wherever the person lives: founders, owners, board members, advisers,
 * investors and volunteers sit on companies in other countries as a matter of course, and
 * self-employed or freelance work has no employer's site to be at.
 */
const NOT_ON_SITE_ROLE = /\b(founder|founding|co-?found\w*|owner|proprietor|board|trustee|advis\w*|investor|angel|volunteer\w*|mentor\w*)\b/i;
const NOT_ON_SITE_TYPES: ReadonlySet<string> = new Set(['self-employed', 'freelance', 'volunteer']);

export default defineRule({
  id: 'employer-location-mismatch',
  topic: 'work-history',
  indicators: ['us22-rf-cross-profile-inconsistency', 'de24-rf-social-vs-cv'],
  severity: 'low',
  weight: 1,
  platforms: 'all',
  subjects: ['profile'],
  text: {
    title: 'Current on-site job in another country',
    why:
      'U.S. and German guidance ask employers to compare the place of work a candidate gives in different places. Here a current job that is not marked remote is placed in a different country from the profile’s location. Moves and travel happen, so this is a weak indicator to weigh in context.',
    nextStep:
      'Ask where the candidate works from for that employer, and confirm the job with the employer through its public contact details.',
    evidence: {
      position: '“{title}” at {company} is in “{positionLocation}”, while the profile says “{location}”',
    },
  },
  check: ({ profile }, say) => {
    if (!profile?.location) return null;
    const evidence: string[] = [];
    for (const pos of profile.positions.slice(0, 50)) {
      if (!(pos.current || pos.end === null) || !pos.location || REMOTE.test(pos.location)) continue;
      if (NOT_ON_SITE_ROLE.test(pos.title ?? '') || (pos.employmentType && NOT_ON_SITE_TYPES.has(pos.employmentType))) continue;
      if (pos.description && REMOTE.test(pos.description.slice(0, 2000))) continue;
      // The location's structured country wins over re-reading its text ("Mumbai, IN" is India).
      if (!differentCountries(profile.location, pos.location)) continue;
      evidence.push(
        say('position', {
          title: pos.title ?? '—',
          company: pos.company ?? '—',
          positionLocation: pos.location,
          location: profile.location.text,
        }),
      );
    }
    return evidence.length > 0 ? evidence : null;
  },
});
