import { t } from '../core/i18n';
import { defineRule } from '../core/rule';
import { differentCountries } from '../matching/location-consistency';

/**
 * us22-rf-cross-profile-inconsistency and de24-rf-social-vs-cv: the stated
 * place of work differing between parts of a profile is one of the details the
 * guidance asks to compare. Remote work for an employer abroad is ordinary, so
 * a current job is compared only when it states an on-site place (no
 * "remote"/"hybrid"), and the rule carries the lowest weight.
 */
const REMOTE = /\b(remote|remotely|hybrid|anywhere|distributed|home[- ]based|work from home|wfh)\b/i;

export default defineRule({
  id: 'employer-location-mismatch',
  indicators: ['us22-rf-cross-profile-inconsistency', 'de24-rf-social-vs-cv'],
  severity: 'low',
  weight: 1,
  platforms: 'all',
  subjects: ['profile'],
  check: ({ profile }) => {
    if (!profile?.location) return null;
    const evidence: string[] = [];
    for (const pos of profile.positions.slice(0, 50)) {
      if (!(pos.current || pos.end === null) || !pos.location || REMOTE.test(pos.location)) continue;
      if (pos.description && REMOTE.test(pos.description.slice(0, 2000))) continue;
      if (!differentCountries(profile.location.text, pos.location)) continue;
      evidence.push(
        t('rules.employer-location-mismatch.evidence', {
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
