import type { CustomRule } from '../settings/schema';
import type { RuleInput } from '../rules/define-rule';
import type { Finding } from './report';

/**
 * User-defined rules (issue 8). Placeholder: the options-page work replaces it
 * with keyword matching and the bounded pattern guard.
 */
export function runCustomRules(_rules: readonly CustomRule[], _input: RuleInput): Finding[] {
  return [];
}
