import type { RuleDefinition } from './define-rule';

// Every rule file in this folder, registered once (a meta-test checks none is missing).
export const RULES: readonly RuleDefinition[] = [];
