import { defineRule } from '../core/rule';
import { seniorityClaim } from '../matching/seniority-claims';

/**
 * us22-rf-thin-online-presence: a bare social profile is a red flag; it is most
 * telling when the profile claims years of senior work, which normally leaves a
 * professional network behind. MIN_CONNECTIONS_FOR_SENIOR is low on purpose:
 * many careful people keep small networks, so only a near-empty one counts.
 * Only a site that shows a network size fills `connections`; elsewhere it is
 * unknown (null) and the rule stays quiet, so it needs no list of sites.
 */
const MIN_CONNECTIONS_FOR_SENIOR = 30;

export default defineRule({
  id: 'few-connections-for-seniority',
  topic: 'identity',
  indicators: ['us22-rf-thin-online-presence'],
  severity: 'low',
  weight: 1,
  platforms: 'all',
  subjects: ['profile'],
  text: {
    title: 'Very small network for a senior profile',
    why:
      'U.S. guidance lists a bare social or developer profile as a red flag. Years of senior work usually leave a network of colleagues behind; a near-empty one next to a senior title is worth a question. Some people simply avoid social networks, so weigh it with the rest.',
    nextStep:
      'Ask for two former colleagues or managers and contact them through their employer’s public switchboard, not details the candidate supplies.',
    evidence: {
      network: '{count} connections, while the profile says “{claim}”',
    },
  },
  check: ({ profile }, say) => {
    if (!profile || profile.connections === null || profile.connectionsCapped) return null;
    if (profile.connections >= MIN_CONNECTIONS_FOR_SENIOR) return null;
    const claim = seniorityClaim(profile);
    if (!claim) return null;
    return [say('network', { count: profile.connections, claim })];
  },
});
