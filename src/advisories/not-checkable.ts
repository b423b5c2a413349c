/**
 * Catalogue indicators a recruiter could see on a profile or in pasted text
 * (where-seen `profile` or `resume/text`) that no rule implements, each with
 * the reason a page cannot show it. The coverage test (tests/unit/rules/meta.test.ts)
 * fails when such an indicator is neither implemented by a rule nor listed here;
 * docs/rules.md prints this list.
 *
 * Append-only, one block per owner: profile rules below, text rules in
 * TEXT_NOT_CHECKABLE (the text-rule engineer appends there), entries waiting
 * for a rule in PENDING_NOT_CHECKABLE (dropped automatically once a registered
 * rule cites the indicator).
 */
export interface NotCheckable {
  indicatorId: string;
  /** Our words: why what a page shows cannot answer it. */
  reason: string;
  /** A rule that will implement it; the entry is ignored once that rule cites it. */
  pendingRule?: string;
}

export const PROFILE_NOT_CHECKABLE: readonly NotCheckable[] = [
  {
    indicatorId: 'us22-tc-rented-proxy-account',
    reason: 'The account and its history can be genuine; whether the person behind it is the account holder is only observable in a live interview and at ID checks.',
  },
  {
    indicatorId: 'kr22-tc-borrowed-platform-account',
    reason: 'A borrowed or rented account looks like its real owner’s account on the page; only a live video interview and ID check show who is using it.',
  },
  {
    indicatorId: 'jp24-tc-third-party-registration',
    reason: 'An account registered by a relative or acquaintance shows that person’s real details; the mismatch appears only when the worker is met on video and their ID is checked.',
  },
  {
    indicatorId: 'us22-tc-many-identities',
    reason: 'The same photo or text under different names needs other profiles to compare with; one page cannot show it (reused long-form text is covered by template-reuse when the recruiter has seen the other profile).',
  },
  {
    indicatorId: 'de24-rf-same-name-different-photos',
    reason: 'Needs several profiles under the same name side by side; a single page shows one photo, and the extension does not search other sites.',
  },
  {
    indicatorId: 'us25u-mit-crossref-photo-contact',
    reason: 'Cross-referencing photos and contacts with other platforms needs searching those platforms (reverse image search), which the extension does not do: it makes no network requests.',
  },
  {
    indicatorId: 'jp24-rf-frequent-account-changes',
    reason: 'A page shows the current name and contacts only; how often they changed is known to the platform operator, not to a visitor.',
  },
  {
    indicatorId: 'us22-rf-many-bids-few-wins',
    reason: 'Bid counts are private to the platform operator; profiles show completed jobs only, not how many bids were lost.',
  },
  {
    indicatorId: 'us23-tc-pseudonymous-stack',
    reason: 'Pseudonymous accounts and proxy computers are invisible on a profile page; only the operator or IT security can see the infrastructure behind an account.',
  },
  {
    indicatorId: 'us24-tc-job-site-profiles',
    reason: 'A profile made by a helper looks like any other profile; who created it is known only to the platform operator.',
  },
  {
    indicatorId: 'de24-rf-fake-profiles',
    reason: 'A fake profile has no single visible mark; the specific signs it leaves (thin content, inconsistencies, new account, odd reviews) are covered by the profile rules.',
  },
  {
    indicatorId: 'uk24-rf-third-country-freelancer',
    reason: 'The advisory describes fake identities and VPNs, visible only at ID checks and in network data; the location a profile states is never a signal by itself (advisories.md §4 item 4).',
  },
  {
    indicatorId: 'au24-tc-personas-proxies',
    reason: 'Fake personas, proxy accounts and forged documents show at ID verification and onboarding, not on the public page.',
  },
  {
    indicatorId: 'au24-tc-platforms',
    reason: 'Being on mainstream or IT-specific freelance platforms describes the threat; it is not a property of any one profile.',
  },
];

/** Text-rule engineer: append entries here (indicators your rules cannot check). */
export const TEXT_NOT_CHECKABLE: readonly NotCheckable[] = [
  {
    indicatorId: 'us25j-mit-resume-typos',
    reason: 'Typos and unusual wording mostly measure how someone writes English; as a rule it would flag non-native writers, a national-origin proxy (advisories.md §4 item 6). Left to the reader, together with the other signals.',
  },
  {
    indicatorId: 'us22-rf-slow-to-reach',
    reason: 'How quickly someone answers is seen over days of contact, not in one page or one pasted text; the recruiter notices it in the conversation itself.',
  },
  {
    indicatorId: 'us22-mit-verify-history-independently',
    reason: 'A verification step, not something text shows: it is offered as the next step of the employer-related signals (look-alike employer domains, seized sites).',
  },
  {
    indicatorId: 'us25u-mit-verify-history-direct',
    reason: 'A verification step (contact former employers and schools directly); text cannot show whether it was done, so it appears as a next step of the employer-related signals instead.',
  },
];

/** `[R]` items of the 2026-12-02 digest update (§2.16–§2.19) that a page or a text cannot answer. */
export const R_2026_NOT_CHECKABLE: readonly NotCheckable[] = [
  {
    indicatorId: 'jp25-tc-ai-disguise',
    reason:
      'An AI-edited or AI-made photo cannot be told apart reliably from an ordinary retouched one, and many honest candidates use such tools; what can be checked is whether the same person appears live on video with their ID (the checklist’s liveness prompts).',
  },
  {
    indicatorId: 'us26-rf-llm-polished-profile',
    reason:
      'Text polished with a language model is common among genuine candidates and no detector tells it apart reliably (§4 item 3); the manipulated video and interview stand-ins in the same item show only on a call.',
  },
  {
    indicatorId: 'ca25-mit-verify-credentials-references',
    reason:
      'A step for the recruiter, not something a page shows: checking credentials and references needs contacts found independently; the popup’s checklist carries it.',
  },
];

/**
 * The practitioner framework's GitHub-profile patterns (src/advisories/seal-framework.ts) that no
 * rule reads: each needs more than the profile page in front of the recruiter, or cannot be told
 * from ordinary profiles by what the page shows.
 */
export const SEAL_NOT_CHECKABLE: readonly NotCheckable[] = [
  {
    indicatorId: 'seal-g1-backdated-history',
    reason: 'Needs the account’s creation date from the GitHub API and the commit dates inside each repository; the extension makes no network request and reads only the profile page.',
  },
  {
    indicatorId: 'seal-g3-many-contributors',
    reason: 'Contributor lists are on each repository’s own page, not on the profile; reading them would mean fetching pages the recruiter has not opened.',
  },
  {
    indicatorId: 'seal-g4-copied-repositories',
    reason: 'Telling a copy from an original needs a search across GitHub for the same code or commits; nothing on the profile page shows it.',
  },
  {
    indicatorId: 'seal-g5-spam-contributor-badges',
    reason: 'Whether a badge was earned with merged work or with throwaway issues shows only in the organisations’ issue and pull-request history, not on the profile.',
  },
  {
    indicatorId: 'seal-g6-template-pull-requests',
    reason: 'The quality of someone’s pull requests and issues is read in the repositories they were sent to; the profile page shows at most a count.',
  },
  {
    indicatorId: 'seal-g7-persona-rings',
    reason: 'A ring shows only across several accounts’ repositories and commits; one profile page cannot tell a ring from a team that works together.',
  },
  {
    indicatorId: 'seal-g8-decorated-profile',
    reason: 'A decorated README or a cartoon avatar is a matter of taste that many honest developers share, and no check tells a generated picture from a real one reliably; the liveness prompts of the checklist answer the question instead.',
  },
  {
    indicatorId: 'seal-g10-name-differs',
    reason: 'Comparing names across GitHub, other profiles and the call needs those other sources side by side; within one page the name-spelling rule already reads the profile’s own links, and commit e-mails are not on the profile.',
  },
];

/** Indicators waiting for a rule that is being written elsewhere. */
export const PENDING_NOT_CHECKABLE: readonly NotCheckable[] = [
  { indicatorId: 'us22-rf-template-reuse', reason: 'pending: template-reuse rule', pendingRule: 'template-reuse' },
  { indicatorId: 'us22-mit-flag-templates', reason: 'pending: template-reuse rule', pendingRule: 'template-reuse' },
  { indicatorId: 'us25j-mit-crosscheck-hr', reason: 'pending: template-reuse rule', pendingRule: 'template-reuse' },
];

export const NOT_CHECKABLE: readonly NotCheckable[] = [...PROFILE_NOT_CHECKABLE, ...TEXT_NOT_CHECKABLE, ...R_2026_NOT_CHECKABLE, ...SEAL_NOT_CHECKABLE, ...PENDING_NOT_CHECKABLE];

/** Entries still in force: pending ones drop out once a registered rule cites their indicator. */
export function notCheckableGiven(implemented: ReadonlySet<string>): NotCheckable[] {
  return NOT_CHECKABLE.filter((e) => !(e.pendingRule && implemented.has(e.indicatorId)));
}
