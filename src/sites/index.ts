import type { PlatformDefinition } from './define-site';
import linkedin from './linkedin';
import upwork from './upwork';
import github from './github';
import indeed from './indeed';
import wellfound from './wellfound';
import fiverr from './fiverr';
import freelancer from './freelancer';

/** Every site-specific platform, in detection order. The generic Person reader is separate. */
export const PLATFORMS: readonly PlatformDefinition[] = [linkedin, upwork, github, indeed, wellfound, fiverr, freelancer];
