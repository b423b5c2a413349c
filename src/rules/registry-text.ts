import type { RuleDefinition } from './define-rule';

/** Rules that read free text (profile long-form text or a pasted lookup). */
export const TEXT_RULES: readonly RuleDefinition[] = [];
