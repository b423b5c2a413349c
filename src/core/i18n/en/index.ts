import type { Messages } from '../translate';
import { COMMON } from './common';
import { PANEL } from './panel';
import { POPUP } from './popup';
import { OPTIONS } from './options';
import { LOOKUP } from './lookup';
import { CLI } from './cli';
import { REACH } from './reach';
import { RESUME } from './resume';

/** English, merged from one dictionary per area (each area owns its file). */
export const EN: Messages = { ...COMMON, ...PANEL, ...POPUP, ...OPTIONS, ...LOOKUP, ...CLI, ...REACH, ...RESUME };
