import { EN } from './en';
import { makeTranslator, type Messages } from './translate';

/**
 * The extension's i18n. Strings live in per-area dictionaries (src/core/i18n/en/*.ts)
 * so the same lookup works in the popup, the options page and the node `scan`
 * command. The in-page panel uses ./panel-strings.ts, a subset, so the content
 * scripts do not carry the options texts. English is the only locale so far;
 * another is a sibling folder with the same keys. Rule texts are not here:
 * each rule carries its English in its own file (src/rules), and a language
 * translates them in a table keyed by rule id (`RuleTranslations`, core/rule.ts).
 */
export type { Messages };

export function hasMessage(key: string): boolean {
  return Object.hasOwn(EN, key);
}

export const t = makeTranslator(EN);
