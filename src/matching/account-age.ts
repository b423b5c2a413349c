import type { ProfileSnapshot } from '../core/snapshot';
import { monthSpan } from './profile-dates';

/**
 * Earliest month an account can have been created, from what the page shows:
 * the stated "member since" date, or — on GitHub — the numeric user id, which
 * the site hands out in increasing order.
 *
 * GITHUB_ID_ANCHORS reads "ids at or above N were issued no earlier than
 * month M". The months are deliberately set about six months *before* our best
 * estimate of when GitHub reached each id, so the rule can only under-state how
 * new an account is (us22-mit-new-account-scrutiny asks for scrutiny, and a
 * wrong "new" label would be unfair). Because anchors only bound the age from
 * one side, an id newer than the last anchor gives no more than that anchor;
 * extend the table as newer anchors are confirmed.
 *
 * LinkedIn member numbers also grow with age (shared/platform-pages.md), but we
 * have no confirmed anchor that bounds them from the safe side (member counts
 * bound ids from the wrong side, because deleted accounts also used ids), so
 * LinkedIn relies on a stated join date only.
 */
export const GITHUB_ID_ANCHORS: ReadonlyArray<readonly [minId: number, notBefore: string]> = [
  [10_000_000, '2014-06'],
  [40_000_000, '2017-12'],
  [60_000_000, '2019-08'],
  [100_000_000, '2021-09'],
  [120_000_000, '2022-06'],
  [140_000_000, '2023-01'],
  [160_000_000, '2023-09'],
  [180_000_000, '2024-04'],
  [200_000_000, '2024-09'],
];

export interface AccountStart {
  /** Month index (see profile-dates.ts): the account is at most this old. */
  month: number;
  source: 'memberSince' | 'githubId';
}

export function githubIdNotBefore(id: number): number | null {
  let best: number | null = null;
  for (const [minId, month] of GITHUB_ID_ANCHORS) {
    if (id >= minId) best = monthSpan(month)!.first;
  }
  return best;
}

/**
 * The earliest month the account can have been created in, so an age computed
 * from it is never understated (no account looks newer than it can be, and no
 * hours-per-month figure looks higher than it can be). A stated join date wins
 * over the id estimate.
 */
export function accountStart(p: ProfileSnapshot): AccountStart | null {
  const since = monthSpan(p.memberSince);
  if (since) return { month: since.first, source: 'memberSince' };
  if (p.platform === 'github' && p.accountNumber !== null) {
    const month = githubIdNotBefore(p.accountNumber);
    if (month !== null) return { month, source: 'githubId' };
  }
  return null;
}
