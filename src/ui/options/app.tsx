import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import type { RuleDefinition } from '../../core/rule';
import { RULES } from '../../engine/rules';
import { describePolicyIssue, noPolicy, unknownRuleIssues } from '../../settings/policy';
import type { Settings } from '../../settings/schema';
import { loadSettings, saveSettings, watchSettings, type LoadedSettings } from '../../settings/storage';
import type { SectionProps } from './section-props';
import { OPTIONS_SECTIONS, sectionHeading } from './sections';

export interface OptionsAppProps {
  /** The built-in rules to list (defaults to the registered set; tests pass their own). */
  rules?: readonly RuleDefinition[];
}

/**
 * The options page. It edits the user's own settings layer and shows
 * the effective values (user ∪ organisation policy); the content script picks
 * every saved change up through `watchSettings`, so open tabs update at once.
 */
export function OptionsApp({ rules = RULES }: OptionsAppProps) {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void loadSettings().then((l) => live && setLoaded(l));
    const unwatch = watchSettings((l) => live && setLoaded(l));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const save = useCallback(async (next: Settings): Promise<boolean> => {
    try {
      await saveSettings(next);
      setLoaded(await loadSettings());
      setStatus(t('options.saved'));
      return true;
    } catch (err) {
      setStatus(t('options.saveFailed', { message: err instanceof Error ? err.message : String(err) }));
      return false;
    }
  }, []);

  if (!loaded) {
    return (
      <main class="hs-options">
        <h1>{t('options.title')}</h1>
        <p role="status">{t('options.loading')}</p>
      </main>
    );
  }

  const policy = loaded.policy ?? noPolicy();
  const unknownRules = unknownRuleIssues(policy, rules.map((r) => r.id));
  const props: SectionProps = { user: loaded.user ?? loaded.settings, effective: loaded.settings, policy, rules, save, setStatus };

  return (
    <main class="hs-options">
      <header>
        <h1>{t('options.title')}</h1>
        <p class="hs-reminder">{t('common.contextReminder')}</p>
        {loaded.notice && (
          <p class="hs-notice" role="alert" data-testid="settings-notice">
            {t(loaded.notice)}
          </p>
        )}
        {policy.active && (
          <p class="hs-policy" data-testid="policy-notice">
            {t('options.policyActive')}
            {policy.ignored.length + unknownRules.length > 0 && <> {t('options.policyIgnored', { keys: [...policy.ignored, ...unknownRules].map(describePolicyIssue).join('; ') })}</>}
          </p>
        )}
        <nav aria-label={t('options.nav')}>
          <ul>
            {OPTIONS_SECTIONS.map(({ id }) => (
              <li key={id}>
                <a href={`#${id}`}>{t(sectionHeading(id))}</a>
              </li>
            ))}
          </ul>
        </nav>
        <p class="hs-status" role="status" aria-live="polite" data-testid="options-status">
          {status ?? ''}
        </p>
      </header>
      {OPTIONS_SECTIONS.map(({ id, Body }) => (
        <section key={id} id={id} aria-labelledby={`hs-${id}-h`}>
          <h2 id={`hs-${id}-h`}>{t(sectionHeading(id))}</h2>
          <Body {...props} />
        </section>
      ))}
    </main>
  );
}
