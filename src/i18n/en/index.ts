import type { Messages } from '../index';
import { COMMON } from './common';
import { RULES } from './rules';
import { PANEL } from './panel';
import { POPUP } from './popup';
import { OPTIONS } from './options';

/** English, merged from one dictionary per area (each area owns its file). */
export const EN: Messages = { ...COMMON, ...RULES, ...PANEL, ...POPUP, ...OPTIONS };
