import type { Messages } from '../index';
import { COMMON } from './common';
import { RULES_PROFILE } from './rules-profile';
import { RULES_TEXT } from './rules-text';
import { PANEL } from './panel';
import { POPUP } from './popup';
import { OPTIONS } from './options';

/** English, merged from one dictionary per area (each area owns its file). */
export const EN: Messages = { ...COMMON, ...RULES_PROFILE, ...RULES_TEXT, ...PANEL, ...POPUP, ...OPTIONS };
