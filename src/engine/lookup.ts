import type { InputKind } from '../rules/define-rule';
import { textInput } from '../profile/text';
import type { Settings } from '../settings/schema';
import { evaluate } from './evaluate';
import type { Report } from './report';

export interface LookupResult {
  /** What the input was recognised as. */
  kind: Exclude<InputKind, 'profile'> | 'empty';
  report: Report | null;
}

/**
 * The popup's lookup box and `scan` on text (issue 4/7): recognise what was
 * pasted, then run the text rules and the indicator data on it.
 * Placeholder classification until the lookup work lands.
 */
export function lookup(raw: string, settings?: Settings, now = new Date()): LookupResult {
  const text = raw.trim();
  if (!text) return { kind: 'empty', report: null };
  return { kind: 'text', report: evaluate(textInput(text, 'text', now), settings) };
}
