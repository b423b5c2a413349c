import { COMMON } from './en/common';
import { PANEL } from './en/panel';
import { makeTranslator } from './translate';

/**
 * Strings for what the content scripts render (the panel and its finding
 * items). Finding titles and texts arrive already written from the
 * background's evaluation, so only these two areas are needed here.
 */
export const t = makeTranslator({ ...COMMON, ...PANEL });
