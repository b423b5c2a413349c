import { sourceFor } from '../advisories/catalogue';
import { translatedRule, type RuleDefinition, type RuleInput, type RuleText, type RuleTranslations, type Say } from '../core/rule';
import { RULES } from './rules';
import { defaultSettings, type Settings } from '../settings/schema';
import { runCustomRules } from './custom-rules';
import type { Finding, Report, SourceRef } from '../core/report';
import { levelOf, scoreOf, sortFindings } from './scoring';

export interface EvaluateOptions {
  /** Rules to run (defaults to the registered set); tests pass their own. */
  rules?: readonly RuleDefinition[];
  /** Candidate is allowlisted by the user: return an empty report marked as such. */
  allowlisted?: boolean;
  /** Rule ids the user dismissed for this candidate. */
  dismissed?: readonly string[];
  /**
   * Rule texts in another language, by rule id: findings take their title,
   * explanation, next step and evidence wording from it where it has them.
   * Without it (as shipped: English only) each rule's own text is used.
   */
  translations?: RuleTranslations;
}

function applies(rule: RuleDefinition, input: RuleInput): boolean {
  const subject = input.profile ? 'profile' : 'text';
  if (!rule.subjects.includes(subject)) return false;
  if (rule.platforms === 'all' || !input.profile) return true;
  return rule.platforms.includes(input.profile.platform);
}

/** Does the record have any key? (settings.rules is a plain record of rule id → override.) */
function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

/** Run one rule; a rule that throws is a bug, but it must never break the scan. */
function runRule(rule: RuleDefinition, input: RuleInput, say?: Say): string[] | null {
  try {
    const evidence = rule.check(input, say);
    return evidence && evidence.length > 0 ? evidence : null;
  } catch (err) {
    console.warn(`[hire-signals] rule ${rule.id} failed`, err);
    return null;
  }
}

/**
 * What a finding cites: for a rule that matched data with its own source, the documents behind
 * what it matched (an entity's own designation, the action that named a domain) and nothing
 * else, so an entity match never points at an unrelated, older release; otherwise the rule's
 * indicators.
 */
function sourcesOf(rule: RuleDefinition, input: RuleInput | null): SourceRef[] {
  const generic = rule.indicators.map(sourceFor).filter((s) => s !== null);
  let specific: readonly SourceRef[] = [];
  try {
    specific = (input && rule.cite?.(input)) || [];
  } catch (err) {
    console.warn(`[hire-signals] rule ${rule.id} could not cite`, err);
  }
  if (specific.length === 0) return generic;
  const seen = new Set<string>();
  return specific.filter((s) => {
    const key = `${s.id} ${s.indicatorId} ${s.url}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function findingFor(rule: RuleDefinition, evidence: string[], settings: Settings, text: RuleText = rule.text, input: RuleInput | null = null): Finding {
  const override = settings.rules[rule.id] ?? {};
  return {
    ruleId: rule.id,
    severity: override.severity ?? rule.severity,
    weight: override.weight ?? rule.weight,
    title: text.title,
    why: text.why,
    evidence,
    sources: sourcesOf(rule, input),
    nextStep: text.nextStep,
  };
}

/** The pure core shared by the content script, the popup lookup and the `scan` CLI. */
export function evaluate(input: RuleInput, settings: Settings = defaultSettings(), opts: EvaluateOptions = {}): Report {
  const dismissed = [...(opts.dismissed ?? [])];
  if (opts.allowlisted) return { findings: [], score: 0, level: 'none', allowlisted: true, dismissed };

  const findings: Finding[] = [];
  // With no per-rule settings (the default), skip a keyed look-up per rule.
  const overrides = hasKeys(settings.rules) ? settings.rules : null;
  for (const rule of opts.rules ?? RULES) {
    if (overrides?.[rule.id]?.enabled === false || !applies(rule, input)) continue;
    const local = opts.translations ? translatedRule(rule, opts.translations) : null;
    const evidence = runRule(rule, input, local?.say);
    if (evidence) findings.push(findingFor(rule, evidence, settings, local?.text, input));
  }
  findings.push(...runCustomRules(settings.customRules, input));

  const visible = sortFindings(findings.filter((f) => !dismissed.includes(f.ruleId)));
  const score = scoreOf(visible);
  return { findings: visible, score, level: levelOf(visible, settings.thresholds), allowlisted: false, dismissed };
}
