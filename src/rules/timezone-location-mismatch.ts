import { t } from '../core/i18n';
import { defineRule } from '../core/rule';
import { timezoneConflict } from '../matching/location-consistency';

/**
 * us22-rf-cross-profile-inconsistency: details that clash with the working hours
 * a client observes are a red flag, and us22-mit-consistency-check asks
 * employers to compare claimed location with observed hours. Where a site shows
 * the candidate's own time zone next to their own stated country, the two can
 * be compared directly (an hour of slack; see location-consistency.ts).
 */
export default defineRule({
  id: 'timezone-location-mismatch',
  indicators: ['us22-rf-cross-profile-inconsistency', 'us22-mit-consistency-check'],
  severity: 'medium',
  weight: 3,
  platforms: 'all',
  subjects: ['profile'],
  check: ({ profile }) => {
    if (!profile?.location?.country || !profile.timezone) return null;
    const reading = timezoneConflict(profile.timezone, profile.location.country);
    if (!reading) return null;
    return [t('rules.timezone-location-mismatch.evidence', { timezone: profile.timezone, location: profile.location.text })];
  },
});
