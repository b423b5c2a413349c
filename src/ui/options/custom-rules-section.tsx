import { useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import { SEVERITIES, type Severity } from '../../core/rule';
import '../../settings/issue-messages';
import { checkPattern } from '../../settings/pattern-guard';
import { capForFairness, readsPersonalFields } from '../../settings/fairness-cap';
import { CUSTOM_RULE_FIELDS, customRuleSchema, type CustomRule } from '../../settings/schema';
import type { SectionProps } from './section-props';

type Field = (typeof CUSTOM_RULE_FIELDS)[number];

interface Draft {
  id: string | null;
  name: string;
  fields: Field[];
  keywords: string;
  pattern: string;
  severity: Severity;
  weight: string;
  note: string;
}

const EMPTY_DRAFT: Draft = { id: null, name: '', fields: ['all'], keywords: '', pattern: '', severity: 'medium', weight: '2', note: '' };

type DraftErrors = Partial<Record<'name' | 'fields' | 'keywords' | 'pattern' | 'weight' | 'form', string>>;

function newRuleId(): string {
  return `custom-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Validates the form; returns the rule to save or the message for each bad field. */
export function ruleFromDraft(draft: Draft, makeId: () => string = newRuleId): { rule: CustomRule } | { errors: DraftErrors } {
  const errors: DraftErrors = {};
  const keywords = [...new Set(draft.keywords.split('\n').map((k) => k.trim()).filter(Boolean))];
  const pattern = draft.pattern.trim();
  const weight = Number(draft.weight);
  if (!draft.name.trim()) errors.name = t('options.custom.error.name');
  if (draft.fields.length === 0) errors.fields = t('options.custom.error.fields');
  if (keywords.length === 0 && !pattern) errors.keywords = t('options.custom.error.needle');
  if (pattern) {
    const check = checkPattern(pattern);
    if (!check.ok) errors.pattern = t(`pattern.${check.problem}`);
  }
  if (draft.weight.trim() === '' || !Number.isFinite(weight) || weight < 0 || weight > 100) errors.weight = t('options.custom.error.weight');
  if (Object.keys(errors).length > 0) return { errors };
  const parsed = customRuleSchema.safeParse({
    id: draft.id ?? makeId(),
    name: draft.name.trim(),
    fields: draft.fields,
    keywords,
    pattern: pattern || null,
    severity: draft.severity,
    weight,
    note: draft.note.trim(),
    enabled: true,
  });
  if (!parsed.success) return { errors: { form: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') } };
  // Saved as it will score, so the list shows the real weight (the engine caps it either way).
  return { rule: capForFairness(parsed.data) };
}

function draftOf(rule: CustomRule): Draft {
  return {
    id: rule.id,
    name: rule.name,
    fields: [...rule.fields],
    keywords: rule.keywords.join('\n'),
    pattern: rule.pattern ?? '',
    severity: rule.severity,
    weight: String(rule.weight),
    note: rule.note,
  };
}

export function CustomRulesSection({ user, effective, policy, save }: SectionProps) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<DraftErrors>({});
  const locked = policy.locked.includes('customRules');
  const managed = new Set(policy.managedCustomRuleIds);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!draft) return;
    const result = ruleFromDraft(draft);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    const existing = user.customRules.find((r) => r.id === result.rule.id);
    const rule = existing ? { ...result.rule, enabled: existing.enabled } : result.rule;
    const list = existing ? user.customRules.map((r) => (r.id === rule.id ? rule : r)) : [...user.customRules, rule];
    if (list.length > 200) {
      setErrors({ form: t('options.custom.error.tooMany') });
      return;
    }
    if (await save({ ...user, customRules: list })) {
      setDraft(null);
      setErrors({});
    }
  };

  const toggle = (id: string, enabled: boolean) =>
    void save({ ...user, customRules: user.customRules.map((r) => (r.id === id ? { ...r, enabled } : r)) });

  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...(d ?? EMPTY_DRAFT), ...patch }));
  const described = (field: keyof DraftErrors, help?: string) => (errors[field] ? `hs-cr-${field}-err` : help);

  return (
    <>
      <p>{t('options.custom.intro')}</p>
      {locked && <p class="hs-locked">{t('options.locked')}</p>}
      {effective.customRules.length === 0 && <p>{t('options.custom.none')}</p>}
      <ul class="hs-rule-list">
        {effective.customRules.map((rule) => {
          const readOnly = locked || managed.has(rule.id);
          const toggleId = `hs-cr-on-${rule.id}`;
          return (
            <li class="hs-rule" key={rule.id} data-rule-id={rule.id}>
              <div class="hs-rule-head">
                <input
                  id={toggleId}
                  type="checkbox"
                  checked={rule.enabled}
                  disabled={readOnly}
                  onChange={(e) => toggle(rule.id, (e.target as HTMLInputElement).checked)}
                  data-testid={`rule-toggle-${rule.id}`}
                />
                <label for={toggleId}>
                  <strong>{rule.name}</strong>
                </label>
                {managed.has(rule.id) && <span class="hs-locked">{t('options.custom.managed')}</span>}
              </div>
              <p class="hs-help">
                {t('options.custom.summary', {
                  fields: rule.fields.map((f) => t(`options.field.${f}`)).join(', '),
                  // As the engine scores it: a rule on a name or location is capped (src/settings/fairness-cap.ts).
                  severity: t(`severity.${capForFairness(rule).severity}`),
                  weight: capForFairness(rule).weight,
                })}
              </p>
              {rule.keywords.length > 0 && <p class="hs-keywords">{rule.keywords.join(' · ')}</p>}
              {rule.pattern && <code class="hs-pattern">{rule.pattern}</code>}
              {rule.note && <p class="hs-why">{rule.note}</p>}
              {!readOnly && (
                <div class="hs-rule-controls">
                  <button type="button" aria-label={t('options.custom.editRule', { name: rule.name })} onClick={() => (setDraft(draftOf(rule)), setErrors({}))}>
                    {t('options.custom.edit')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('options.custom.deleteRule', { name: rule.name })}
                    onClick={() => void save({ ...user, customRules: user.customRules.filter((r) => r.id !== rule.id) })}
                    data-testid={`custom-delete-${rule.id}`}
                  >
                    {t('options.custom.delete')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {!locked && !draft && (
        <button type="button" onClick={() => (setDraft({ ...EMPTY_DRAFT }), setErrors({}))} data-testid="custom-add">
          {t('options.custom.add')}
        </button>
      )}
      {!locked && draft && (
        <form class="hs-custom-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="hs-cr-form-h" data-testid="custom-form">
          <h3 id="hs-cr-form-h">{draft.id ? t('options.custom.formHeadingEdit') : t('options.custom.formHeading')}</h3>
          <div class="hs-field">
            <label for="hs-cr-name">{t('options.custom.name')}</label>
            <input
              id="hs-cr-name"
              value={draft.name}
              maxLength={120}
              aria-invalid={!!errors.name}
              aria-describedby={described('name')}
              onInput={(e) => set({ name: (e.target as HTMLInputElement).value })}
              data-testid="custom-name"
            />
            <ErrorText field="name" errors={errors} />
          </div>
          <fieldset aria-describedby={described('fields')}>
            <legend>{t('options.custom.fields')}</legend>
            {CUSTOM_RULE_FIELDS.map((f) => (
              <span class="hs-field-inline" key={f}>
                <input
                  id={`hs-cr-f-${f}`}
                  type="checkbox"
                  checked={draft.fields.includes(f)}
                  onChange={(e) =>
                    set({ fields: (e.target as HTMLInputElement).checked ? [...draft.fields, f] : draft.fields.filter((x) => x !== f) })
                  }
                  data-testid={`custom-field-${f}`}
                />
                <label for={`hs-cr-f-${f}`}>{t(`options.field.${f}`)}</label>
              </span>
            ))}
            <ErrorText field="fields" errors={errors} />
            {readsPersonalFields(draft) && (
              <p class="hs-notice" role="note" data-testid="custom-fairness-warning">
                {t('options.custom.fairnessWarning')}
              </p>
            )}
          </fieldset>
          <div class="hs-field">
            <label for="hs-cr-kw">{t('options.custom.keywords')}</label>
            <textarea
              id="hs-cr-kw"
              rows={3}
              value={draft.keywords}
              aria-invalid={!!errors.keywords}
              aria-describedby={described('keywords', 'hs-cr-kw-help')}
              onInput={(e) => set({ keywords: (e.target as HTMLTextAreaElement).value })}
              data-testid="custom-keywords"
            />
            <span id="hs-cr-kw-help" class="hs-help">
              {t('options.custom.keywordsHelp')}
            </span>
            <ErrorText field="keywords" errors={errors} />
          </div>
          <div class="hs-field">
            <label for="hs-cr-re">{t('options.custom.pattern')}</label>
            <input
              id="hs-cr-re"
              value={draft.pattern}
              maxLength={500}
              spellcheck={false}
              aria-invalid={!!errors.pattern}
              aria-describedby={described('pattern', 'hs-cr-re-help')}
              onInput={(e) => set({ pattern: (e.target as HTMLInputElement).value })}
              data-testid="custom-pattern"
            />
            <span id="hs-cr-re-help" class="hs-help">
              {t('options.custom.patternHelp')}
            </span>
            <ErrorText field="pattern" errors={errors} />
          </div>
          <div class="hs-field-row">
            <span class="hs-field-inline">
              <label for="hs-cr-sev">{t('options.custom.severity')}</label>
              <select id="hs-cr-sev" value={draft.severity} onChange={(e) => set({ severity: (e.target as HTMLSelectElement).value as Severity })}>
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {t(`severity.${s}`)}
                  </option>
                ))}
              </select>
            </span>
            <span class="hs-field-inline">
              <label for="hs-cr-w">{t('options.custom.weight')}</label>
              <input
                id="hs-cr-w"
                type="number"
                min={0}
                max={100}
                step="any"
                value={draft.weight}
                aria-invalid={!!errors.weight}
                aria-describedby={described('weight')}
                onInput={(e) => set({ weight: (e.target as HTMLInputElement).value })}
              />
            </span>
            <ErrorText field="weight" errors={errors} />
          </div>
          <div class="hs-field">
            <label for="hs-cr-note">{t('options.custom.note')}</label>
            <textarea id="hs-cr-note" rows={2} maxLength={2000} value={draft.note} onInput={(e) => set({ note: (e.target as HTMLTextAreaElement).value })} />
          </div>
          <ErrorText field="form" errors={errors} />
          <div class="hs-rule-controls">
            <button type="submit" data-testid="custom-save">
              {t('options.custom.save')}
            </button>
            <button type="button" onClick={() => (setDraft(null), setErrors({}))}>
              {t('options.custom.cancel')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}

function ErrorText({ field, errors }: { field: keyof DraftErrors; errors: DraftErrors }) {
  if (!errors[field]) return null;
  return (
    <span id={`hs-cr-${field}-err`} class="hs-error" role="alert" data-testid={`custom-error-${field}`}>
      {errors[field]}
    </span>
  );
}
