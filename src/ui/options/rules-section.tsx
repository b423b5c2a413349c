import { useState } from 'preact/hooks';
import { sourceFor } from '../../advisories/catalogue';
import { t } from '../../core/i18n';
import { RULE_TOPICS, SEVERITIES, type RuleDefinition, type RuleTopic, type Severity } from '../../core/rule';
import { DEFAULT_THRESHOLDS, thresholdsSchema, type RuleOverride, type Thresholds } from '../../settings/schema';
import { SourceLinks } from '../../core/finding-item';
import type { SectionProps } from './section-props';

interface Group {
  topic: RuleTopic;
  title: string;
  rules: RuleDefinition[];
}

/** Rules grouped by what they look at (their `topic`), in the topics' fixed order; empty groups left out. */
export function groupRules(rules: readonly RuleDefinition[]): Group[] {
  return RULE_TOPICS.map((topic) => ({ topic, title: t(`options.rules.topic.${topic}`), rules: rules.filter((r) => r.topic === topic) })).filter(
    (g) => g.rules.length > 0,
  );
}

/** Free-text search over a rule's id, title, explanation and sources (accent- and case-insensitive). */
export function ruleMatches(rule: RuleDefinition, query: string): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const q = fold(query.trim());
  if (!q) return true;
  const sources = rule.indicators.map(sourceFor).filter((s) => s !== null);
  const hay = [rule.id, rule.text.title, rule.text.why, t(`options.rules.topic.${rule.topic}`), ...sources.flatMap((s) => [s.title, s.shortLabel ?? '', s.section])].join('\n');
  return fold(hay).includes(q);
}

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

export function RulesSection({ user, effective, policy, save, rules }: SectionProps) {
  const [query, setQuery] = useState('');
  const rulesLocked = policy.locked.includes('rules');
  const shown = rules.filter((r) => ruleMatches(r, query));

  const setOverride = (id: string, patch: Partial<RuleOverride>) => {
    const next = { ...user.rules[id], ...patch };
    void save({ ...user, rules: { ...user.rules, [id]: next } });
  };

  return (
    <>
      <p>
        {t('options.rules.intro')} {t('options.rules.weightHelp')}
      </p>
      <div class="hs-field">
        <label for="hs-rule-search">{t('options.rules.search')}</label>
        <input
          id="hs-rule-search"
          type="search"
          value={query}
          placeholder={t('options.rules.searchPlaceholder')}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          data-testid="rule-search"
        />
        <span class="hs-help" role="status">
          {t('options.rules.count', { shown: shown.length, total: rules.length })}
        </span>
      </div>
      {rules.length === 0 && <p>{t('options.rules.none')}</p>}
      {rules.length > 0 && shown.length === 0 && <p>{t('options.rules.noMatch', { query })}</p>}
      {groupRules(shown).map((group) => (
        <section class="hs-group" key={group.topic} aria-labelledby={`hs-topic-${group.topic}`} data-topic={group.topic}>
          <h3 id={`hs-topic-${group.topic}`}>
            {group.title} <span class="hs-help">({group.rules.length})</span>
          </h3>
          <ul class="hs-rule-list">
            {group.rules.map((rule) => (
              <RuleRow
                key={rule.id}
                rule={rule}
                override={effective.rules[rule.id] ?? {}}
                locked={rulesLocked || policy.lockedRules.includes(rule.id)}
                onChange={(patch) => setOverride(rule.id, patch)}
                onReset={() => void save({ ...user, rules: withoutKey(user.rules, rule.id) })}
              />
            ))}
          </ul>
        </section>
      ))}
      <Thresholds user={user} effective={effective} policy={policy} save={save} />
      <button
        type="button"
        disabled={rulesLocked || policy.locked.includes('thresholds')}
        onClick={() => void save({ ...user, rules: {}, thresholds: DEFAULT_THRESHOLDS })}
        data-testid="rules-reset-all"
      >
        {t('options.rules.resetAll')}
      </button>
    </>
  );
}

interface RuleRowProps {
  rule: RuleDefinition;
  override: RuleOverride;
  locked: boolean;
  onChange(patch: Partial<RuleOverride>): void;
  onReset(): void;
}

function RuleRow({ rule, override, locked, onChange, onReset }: RuleRowProps) {
  const title = rule.text.title;
  const base = `hs-rule-${rule.id}`;
  const sources = rule.indicators.map(sourceFor).filter((s) => s !== null);
  const [weightError, setWeightError] = useState(false);
  return (
    <li class="hs-rule" data-rule-id={rule.id}>
      <div class="hs-rule-head">
        <input
          id={`${base}-on`}
          type="checkbox"
          checked={override.enabled !== false}
          disabled={locked}
          onChange={(e) => onChange({ enabled: (e.target as HTMLInputElement).checked })}
          data-testid={`rule-toggle-${rule.id}`}
          aria-describedby={locked ? `${base}-locked` : undefined}
        />
        <label for={`${base}-on`}>
          <strong>{title}</strong>
          <span class="hs-visually-hidden"> — {t('options.rules.enabled', { title })}</span>
        </label>
        {locked && (
          <span class="hs-locked" id={`${base}-locked`}>
            {t('options.locked')}
          </span>
        )}
      </div>
      <div class="hs-rule-controls">
        <label for={`${base}-sev`}>{t('options.rules.severity')}</label>
        <select
          id={`${base}-sev`}
          value={override.severity ?? rule.severity}
          disabled={locked}
          onChange={(e) => onChange({ severity: (e.target as HTMLSelectElement).value as Severity })}
        >
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t(`severity.${s}`)}
            </option>
          ))}
        </select>
        <label for={`${base}-w`}>{t('options.rules.weight')}</label>
        <input
          id={`${base}-w`}
          type="number"
          min={0}
          max={100}
          step="any"
          value={override.weight ?? rule.weight}
          disabled={locked}
          aria-invalid={weightError}
          aria-describedby={`${base}-w-help`}
          onChange={(e) => {
            const n = Number((e.target as HTMLInputElement).value);
            const ok = (e.target as HTMLInputElement).value !== '' && Number.isFinite(n) && n >= 0 && n <= 100;
            setWeightError(!ok);
            if (ok) onChange({ weight: n });
          }}
        />
        <span id={`${base}-w-help`} class={weightError ? 'hs-error' : 'hs-visually-hidden'}>
          {weightError ? t('options.custom.error.weight') : t('options.rules.weightHelp')}
        </span>
        <button type="button" disabled={locked} onClick={onReset} aria-label={t('options.rules.resetOne', { title })}>
          {t('options.rules.reset')}
        </button>
      </div>
      {/* The explanation and guidance are one click away: the controls above stay visible. */}
      <details class="hs-rule-more">
        <summary>
          {t('options.rules.more')}
          <span class="hs-visually-hidden"> — {title}</span>
        </summary>
        <p class="hs-why">{rule.text.why}</p>
        {sources.length > 0 && (
          <p class="hs-sources">
            {t('options.rules.sources')}: <SourceLinks sources={sources} />
          </p>
        )}
      </details>
    </li>
  );
}

function Thresholds({ user, effective, policy, save }: Pick<SectionProps, 'user' | 'effective' | 'policy' | 'save'>) {
  const locked = policy.locked.includes('thresholds');
  const [draft, setDraft] = useState<Record<keyof Thresholds, string> | null>(null);
  const values = draft ?? {
    low: String(effective.thresholds.low),
    medium: String(effective.thresholds.medium),
    high: String(effective.thresholds.high),
  };
  const [invalid, setInvalid] = useState(false);
  const commit = (key: keyof Thresholds, value: string) => {
    const next = { ...values, [key]: value };
    setDraft(next);
    const parsed = thresholdsSchema.safeParse({ low: Number(next.low), medium: Number(next.medium), high: Number(next.high) });
    const ok = parsed.success && [next.low, next.medium, next.high].every((v) => v.trim() !== '');
    setInvalid(!ok);
    if (ok) {
      setDraft(null);
      void save({ ...user, thresholds: parsed.data });
    }
  };
  return (
    <fieldset class="hs-thresholds" disabled={locked} aria-describedby="hs-thr-help">
      <legend>{t('options.thresholds.heading')}</legend>
      <p id="hs-thr-help">{t('options.thresholds.intro')}</p>
      {locked && <p class="hs-locked">{t('options.locked')}</p>}
      {(['low', 'medium', 'high'] as const).map((key) => (
        <span class="hs-field-inline" key={key}>
          <label for={`hs-thr-${key}`}>{t(`options.thresholds.${key}`)}</label>
          <input
            id={`hs-thr-${key}`}
            type="number"
            min={0}
            step="any"
            value={values[key]}
            aria-invalid={invalid}
            data-testid={`threshold-${key}`}
            onChange={(e) => commit(key, (e.target as HTMLInputElement).value)}
          />
        </span>
      ))}
      {invalid && (
        <p class="hs-error" role="alert">
          {t('options.thresholds.invalid')}
        </p>
      )}
    </fieldset>
  );
}
