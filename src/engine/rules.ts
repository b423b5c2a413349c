import type { RuleDefinition } from '../core/rule';
import { PROFILE_RULES } from './rules-profile';
import { TEXT_RULES } from './rules-text';
import templateReuse from '../rules/template-reuse';

// Every rule file in this folder, registered once (a meta-test checks none is missing).
export const RULES: readonly RuleDefinition[] = [...PROFILE_RULES, ...TEXT_RULES, templateReuse];
