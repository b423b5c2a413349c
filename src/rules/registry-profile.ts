import type { RuleDefinition } from './define-rule';

/** Rules that read a profile's structured fields. */
export const PROFILE_RULES: readonly RuleDefinition[] = [];
