import { z } from 'zod/mini';
import { en } from 'zod/v4/locales';

/**
 * zod/mini ships without message texts (that keeps the content script small). The places that show validation problems to a person — settings
 * import and the custom-rule form in the options page — import this module to
 * get zod's English messages ("expected number, received string") beside the
 * field path.
 */
z.config(en());
