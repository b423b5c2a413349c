import { t } from '../core/i18n';
import { accountStart } from '../matching/account-age';
import { defineRule } from '../core/rule';
import { formatMonth, monthOf } from '../matching/profile-dates';

/**
 * us22-mit-new-account-scrutiny: the 2022 advisory asks platforms to look
 * harder at newly created accounts. The guidance gives no age; six months is
 * our choice — long enough to cover an account opened for one application,
 * short enough not to flag everyone who joined this year.
 */
const NEW_ACCOUNT_MONTHS = 6;

export default defineRule({
  id: 'new-account',
  indicators: ['us22-mit-new-account-scrutiny'],
  severity: 'low',
  weight: 2,
  platforms: 'all',
  subjects: ['profile'],
  check: ({ profile, now }) => {
    if (!profile) return null;
    const start = accountStart(profile);
    if (!start) return null;
    const age = monthOf(now) - start.month;
    if (age < 0 || age >= NEW_ACCOUNT_MONTHS) return null;
    if (start.source === 'memberSince') {
      return [t('rules.new-account.evidence.since', { since: profile.memberSince ?? '', months: age })];
    }
    return [t('rules.new-account.evidence.githubId', { id: profile.accountNumber ?? 0, month: formatMonth(start.month), months: age })];
  },
});
