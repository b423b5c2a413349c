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
  topic: 'identity',
  indicators: ['us22-rf-cross-profile-inconsistency', 'us22-mit-consistency-check'],
  severity: 'medium',
  weight: 3,
  platforms: 'all',
  subjects: ['profile'],
  text: {
    title: 'Time zone does not fit the stated location',
    why:
      'U.S. guidance flags details that clash with the location and working hours a client actually sees. This profile’s own time zone does not belong to its own stated country. Freelancers sometimes keep a client’s hours, so weigh it in context with the other signals.',
    nextStep: 'Schedule a live video call at a time that is business hours in the stated location, and ask about the time zone shown.',
    evidence: {
      timezone: 'Time zone “{timezone}” with location “{location}”',
    },
  },
  check: ({ profile }, say) => {
    if (!profile?.location?.country || !profile.timezone) return null;
    const reading = timezoneConflict(profile.timezone, profile.location.country);
    if (!reading) return null;
    return [say('timezone', { timezone: profile.timezone, location: profile.location.text })];
  },
});
