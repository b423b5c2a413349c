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
  topic: 'work-history',
  indicators: ['jp24-rf-implausible-hours'],
  severity: 'medium',
  weight: 3,
  platforms: 'all',
  subjects: ['profile'],
  text: {
    title: 'More hours worked than the account’s age allows',
    why:
      'Japanese guidance lists implausibly long cumulative working time as a sign that one account is used by several people. The hours shown would mean heavy overtime every week since the account opened. Check how the site counts hours before weighing it.',
    nextStep:
      'Ask who does the work on this account and whether anyone else uses it; hold a live video call with camera on and check ID against the application.',
    evidence: {
      hours: '{hours} hours worked since {since} ({months} months), about {perMonth} hours a month',
    },
  },
  check: ({ profile, now }, say) => {
    if (!profile?.hoursWorked) return null;
    const start = accountStart(profile);
    if (!start) return null;
    // +1: the joining month itself counts as a month of possible work.
    const months = monthOf(now) - start.month + 1;
    if (months <= 0) return null;
    const perMonth = profile.hoursWorked / months;
    if (perMonth <= MAX_HOURS_PER_MONTH) return null;
    return [
      say('hours', {
        hours: Math.round(profile.hoursWorked),
        since: profile.memberSince ?? '?',
        months,
        perMonth: Math.round(perMonth),
      }),
    ];
  },
});
