import { definePlatform } from '../define-site';
import { LINKEDIN_EXAMPLES } from './examples';
import site from './platform';

/** The platform with its example URLs next to it (design.md "Conventions"): every other detector must reject them. */
export default definePlatform({
  ...site,
  examples: LINKEDIN_EXAMPLES,
});
