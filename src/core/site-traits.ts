/**
 * What a site is, where a rule must know it without naming the site: the rules
 * read these from the generated site list (src/core/site-list.ts), so adding a
 * site with the same trait changes no rule.
 *
 * `freelance-marketplace`: work is contracted and paid through the site, which
 * offers identity verification and forbids taking clients off-site. The 2022
 * U.S. advisory (us22-mit-no-activity-before-verification) addresses exactly
 * these platforms.
 *
 * `public-follow-graph`: anyone can follow an account and the profile shows
 * both counts, followers and following, so accounts can inflate each other by
 * following back (the practitioner heuristic seal-g2-follow-ring).
 */
export const SITE_TRAITS = ['freelance-marketplace', 'public-follow-graph'] as const;
export type SiteTrait = (typeof SITE_TRAITS)[number];
