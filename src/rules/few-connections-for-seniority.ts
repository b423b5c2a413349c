import { t } from '../core/i18n';
import { defineRule } from '../core/rule';
import { seniorityClaim } from '../matching/seniority-claims';

/**
 * us22-rf-thin-online-presence: a bare social profile is a red flag; it is most
 * telling when the profile claims years of senior work, which normally leaves a
 * professional network behind. MIN_CONNECTIONS_FOR_SENIOR is low on purpose:
 * many careful people keep small networks, so only a near-empty one counts.
 */
const MIN_CONNECTIONS_FOR_SENIOR = 30;

export default defineRule({
  id: 'few-connections-for-seniority',
  indicators: ['us22-rf-thin-online-presence'],
  severity: 'low',
  weight: 1,
  platforms: ['linkedin', 'generic'],
  subjects: ['profile'],
  check: ({ profile }) => {
    if (!profile || profile.connections === null || profile.connectionsCapped) return null;
    if (profile.connections >= MIN_CONNECTIONS_FOR_SENIOR) return null;
    const claim = seniorityClaim(profile);
    if (!claim) return null;
    return [t('rules.few-connections-for-seniority.evidence', { count: profile.connections, claim })];
  },
});
