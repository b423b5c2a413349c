import type { RuleDefinition } from './define-rule';
import { PROFILE_RULES } from './registry-profile';
import { TEXT_RULES } from './registry-text';
import templateReuse from './template-reuse';

// Every rule file in this folder, registered once (a meta-test checks none is missing).
export const RULES: readonly RuleDefinition[] = [...PROFILE_RULES, ...TEXT_RULES, templateReuse];
