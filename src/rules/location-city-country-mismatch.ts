import { t } from '../core/i18n';
import { defineRule } from '../core/rule';
import { cityCountryConflict } from '../matching/location-consistency';

/**
 * us22-rf-cross-profile-inconsistency / us22-mit-consistency-check: the stated
 * place of work should agree with itself. A location line that names a
 * well-known city and a different country ("Berlin, France") contradicts
 * itself; it compares two parts of one statement, never the place itself.
 */
export default defineRule({
  id: 'location-city-country-mismatch',
  indicators: ['us22-rf-cross-profile-inconsistency', 'us22-mit-consistency-check', 'de24-rf-cv-inconsistency'],
  severity: 'medium',
  weight: 3,
  platforms: 'all',
  subjects: ['profile'],
  check: ({ profile }) => {
    const conflict = cityCountryConflict(profile?.location ?? null);
    if (!conflict || !profile?.location) return null;
    return [t('rules.location-city-country-mismatch.evidence', { text: profile.location.text, ...conflict })];
  },
});
