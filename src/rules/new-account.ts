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
  topic: 'identity',
  indicators: ['us22-mit-new-account-scrutiny'],
  severity: 'low',
  weight: 2,
  platforms: 'all',
  subjects: ['profile'],
  text: {
    title: 'Recently created account',
    why:
      'The 2022 U.S. advisory asks platforms to give newly created accounts extra scrutiny, because accounts made for one scheme tend to be new. Plenty of honest people have just joined, so this is one indicator to weigh with the others, never a reason on its own.',
    nextStep:
      'Ask about work done before this account existed and confirm it independently; hold a live video call with camera on and check ID against the application.',
    evidence: {
      since: 'Member since {since} ({months} months before this scan)',
      githubId: 'GitHub user id {id} was issued no earlier than {month}, so the account is at most {months} months old',
    },
  },
  check: ({ profile, now }, say) => {
    if (!profile) return null;
    const start = accountStart(profile);
    if (!start) return null;
    const age = monthOf(now) - start.month;
    if (age < 0 || age >= NEW_ACCOUNT_MONTHS) return null;
    if (start.source === 'memberSince') {
      return [say('since', { since: profile.memberSince ?? '', months: age })];
    }
    return [say('githubId', { id: profile.accountNumber ?? 0, month: formatMonth(start.month), months: age })];
  },
});
