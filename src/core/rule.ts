import { makeTranslator } from './i18n/translate';
import type { SourceRef } from './report';
import type { DocumentFacts } from './document-facts';
import type { PlatformId, ProfileSnapshot } from './snapshot';

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * What a rule looks at, for grouping it in the options (one line in each rule file):
 * identity and contacts, work history, rates and reviews, payment and equipment, messages,
 * sanctions and domains.
 */
export const RULE_TOPICS = ['identity', 'work-history', 'rates-reviews', 'payment', 'messages', 'sanctions-domains'] as const;
export type RuleTopic = (typeof RULE_TOPICS)[number];

/** What the popup lookup recognised the pasted input as (or `profile` for a page scan). */
export const INPUT_KINDS = ['profile', 'url', 'email', 'domain', 'phone', 'company', 'text'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** Another profile the recruiter has seen whose long-form text this one reuses. */
export interface SeenMatch {
  url: string;
  platform: PlatformId;
  seenAt: string;
  similarity: number;
  /** Set for a résumé file the recruiter checked (then `url` names it: `resume:<name>`). */
  kind?: 'resume';
}

/**
 * Everything a rule may read. Rules are pure: no DOM, no browser API, no clock
 * other than `now`.
 */
export interface RuleInput {
  kind: InputKind;
  /** The extracted profile for page scans; `null` for text lookups. */
  profile: ProfileSnapshot | null;
  /**
   * Free text to search: for a profile, its long-form text (headline, about,
   * position descriptions, reviews, links); for a lookup, what was pasted.
   */
  text: string;
  now: Date;
  /** Template-reuse matches from the seen-profiles index, when the caller has one. */
  seenMatches?: readonly SeenMatch[];
  /** For a résumé file: the document's own properties (author, tool, dates), for the document rules. */
  document?: DocumentFacts;
}

/** Human-readable statements quoting the exact values the rule saw. */
export type Evidence = string[];

/**
 * Fills one of a rule's evidence phrasings: `say('since', { months: 3 })` gives
 * `text.evidence.since` with `{months}` replaced.
 */
export type Say<K extends string = string> = (key: K, subs?: Record<string, string | number>) => string;

/**
 * What a rule tells the recruiter, in English, written in its own file:
 * its title, why the guidance cares, a concrete next step, and the phrasings
 * of its evidence lines (with `{name}` placeholders).
 */
export interface RuleText<K extends string = string> {
  title: string;
  why: string;
  nextStep: string;
  evidence: Readonly<Record<K, string>>;
}

/**
 * A rule's text in another language, found by rule id in a translation table;
 * whatever it leaves out stays English. English ships in the rule files only.
 */
export interface RuleTextTranslation {
  title?: string;
  why?: string;
  nextStep?: string;
  evidence?: Readonly<Record<string, string>>;
}

/** Translations of rule texts for one language, keyed by rule id. */
export type RuleTranslations = Readonly<Record<string, RuleTextTranslation>>;

interface RuleFacts {
  /** Stable kebab-case id; also the rule's file name and its key in translation tables. */
  id: string;
  /** What the rule looks at: its group in the options. */
  topic: RuleTopic;
  /** Indicator ids from the guidance catalogue (src/advisories) this rule implements. */
  indicators: readonly string[];
  severity: Severity;
  /** Contribution to the score when it fires (user-tunable). */
  weight: number;
  /** Platforms it applies to; `all` includes text lookups on any input. */
  platforms: readonly PlatformId[] | 'all';
  /** Which subjects it reads: a scanned profile, pasted text, or both. */
  subjects: ReadonlyArray<'profile' | 'text'>;
}

/** What a rule file declares: `export default defineRule({ ..., text, check })`. */
export interface RuleDeclaration<K extends string> extends RuleFacts {
  text: RuleText<K>;
  /**
   * Returns evidence when the rule fires, `null` otherwise; evidence lines are
   * worded with `say` from `text.evidence`. Must not throw on any valid input.
   */
  check(input: RuleInput, say: Say<K>): Evidence | null;
  /**
   * For a rule whose evidence comes from data with its own source (a designated entity, a
   * seized domain): the documents behind what it matched in this input, cited before the
   * rule's indicators. Called only when the rule fired.
   */
  cite?(input: RuleInput): readonly SourceRef[];
}

export interface RuleDefinition extends RuleFacts {
  text: RuleText;
  /**
   * Returns evidence when the rule fires, `null` otherwise. Evidence is worded
   * in the rule's English unless the caller passes `say` for a translation
   * (see `translatedRule`). Must not throw on any valid input.
   */
  check(input: RuleInput, say?: Say): Evidence | null;
  /** See RuleDeclaration.cite. */
  cite?(input: RuleInput): readonly SourceRef[];
}

/**
 * Declares a rule; one call at the bottom of each rule file. The phrasings in
 * `text.evidence` are filled by the shared i18n template fill, and `check`
 * sees only the keys its own text declares.
 */
export function defineRule<K extends string>(rule: RuleDeclaration<K>): RuleDefinition {
  const english: Say = makeTranslator(rule.text.evidence);
  const check = rule.check;
  return { ...rule, check: (input, say = english) => check(input, say) };
}

/**
 * The rule's text with a translation's parts in place of the English ones, and
 * the evidence filler for the result; `translations` is one language's table,
 * looked up by rule id.
 */
export function translatedRule(rule: RuleDefinition, translations: RuleTranslations): { text: RuleText; say: Say } | null {
  const tr = Object.hasOwn(translations, rule.id) ? translations[rule.id] : undefined;
  if (!tr) return null;
  const evidence = { ...rule.text.evidence, ...tr.evidence };
  return {
    text: { title: tr.title ?? rule.text.title, why: tr.why ?? rule.text.why, nextStep: tr.nextStep ?? rule.text.nextStep, evidence },
    say: makeTranslator(evidence),
  };
}
