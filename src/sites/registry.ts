import type { SiteDefinition } from './define-site';
import fiverr from './fiverr/site';
import freelancer from './freelancer/site';
import generic from './generic/site';
import github from './github/site';
import indeed from './indeed/site';
import linkedin from './linkedin/site';
import upwork from './upwork/site';
import wellfound from './wellfound/site';

/**
 * Every site Hire Signals reads, in detection order; `generic` (no hosts,
 * hence no content script) comes last. The one list behind the manifest's
 * content scripts and their generated entries (build/site-entries.ts), the
 * platform ids, the names in the options page, the policy's site ids
 * (src/core/site-list.ts, generated: `npm run gen:sites`) and the CLI's
 * detection (./detect.ts). Adding a site: docs/adding-a-site.md.
 */
export const SITES: readonly SiteDefinition[] = [linkedin, upwork, github, indeed, wellfound, fiverr, freelancer, generic];

/** The schema.org Person reader, for pages no hiring site claims. */
export const GENERIC_SITE: SiteDefinition = generic;

/** The sites with hosts of their own: one content script each. */
export const HIRING_SITES: readonly SiteDefinition[] = SITES.filter((site) => site.hosts.length > 0);
