import { t } from '../core/i18n';
import { accountStart } from '../matching/account-age';
import { defineRule } from '../core/rule';
import { monthOf } from '../matching/profile-dates';

/**
 * jp24-rf-implausible-hours: Japan's 2024 warning lists cumulative working time
 * that is implausibly long — one account worked by several people. A full-time
 * job is about 170 hours a month; MAX_HOURS_PER_MONTH allows sustained heavy
 * overtime (about 65 hours a week, every week since the account opened) before
 * it counts. Account age is taken at its longest possible reading.
 */
const MAX_HOURS_PER_MONTH = 280;

export default defineRule({
  id: 'implausible-hours',
  indicators: ['jp24-rf-implausible-hours'],
  severity: 'medium',
  weight: 3,
  platforms: 'all',
  subjects: ['profile'],
  check: ({ profile, now }) => {
    if (!profile?.hoursWorked) return null;
    const start = accountStart(profile);
    if (!start) return null;
    // +1: the joining month itself counts as a month of possible work.
    const months = monthOf(now) - start.month + 1;
    if (months <= 0) return null;
    const perMonth = profile.hoursWorked / months;
    if (perMonth <= MAX_HOURS_PER_MONTH) return null;
    return [
      t('rules.implausible-hours.evidence', {
        hours: Math.round(profile.hoursWorked),
        since: profile.memberSince ?? '?',
        months,
        perMonth: Math.round(perMonth),
      }),
    ];
  },
});
