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
  topic: 'identity',
  indicators: ['us22-rf-cross-profile-inconsistency', 'us22-mit-consistency-check', 'de24-rf-cv-inconsistency', 'ca25-rf-inconsistent-bio'],
  severity: 'medium',
  weight: 3,
  platforms: 'all',
  subjects: ['profile'],
  text: {
    title: 'Location contradicts itself',
    why:
      'U.S. guidance asks employers to check that the place a candidate states is consistent everywhere; a location line naming a city in one country and a different country is inconsistent on its face. It can be a typo, so it is one indicator to weigh in context.',
    nextStep: 'Ask the candidate where they live and work now, and compare the answer with their ID and payment details at onboarding.',
    evidence: {
      conflict: 'Location “{text}”: {city} is in {cityCountry}, not {statedCountry}',
    },
  },
  check: ({ profile }, say) => {
    const conflict = cityCountryConflict(profile?.location ?? null);
    if (!conflict || !profile?.location) return null;
    return [say('conflict', { text: profile.location.text, ...conflict })];
  },
});
