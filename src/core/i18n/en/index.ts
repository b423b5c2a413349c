import type { Messages } from '../translate';
import { COMMON } from './common';
import { RULES_PROFILE } from './rules-profile';
import { RULES_TEXT } from './rules-text';
import { RULES_TEMPLATE_REUSE } from './rules-template-reuse';
import { PANEL } from './panel';
import { POPUP } from './popup';
import { OPTIONS } from './options';
import { LOOKUP } from './lookup';

/** English, merged from one dictionary per area (each area owns its file). */
export const EN: Messages = { ...COMMON, ...RULES_PROFILE, ...RULES_TEXT, ...RULES_TEMPLATE_REUSE, ...PANEL, ...POPUP, ...OPTIONS, ...LOOKUP };
