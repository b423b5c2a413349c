import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import type { RuleDefinition } from '../../core/rule';
import { RULES } from '../../engine/rules';
import { noPolicy } from '../../settings/policy';
import type { Settings } from '../../settings/schema';
import { loadSettings, saveSettings, watchSettings, type LoadedSettings } from '../../settings/storage';
import { CustomRulesSection } from './custom-rules-section';
import { DataSection } from './data-section';
import { RulesSection } from './rules-section';
import { SitesSection } from './sites-section';
import { TransferSection } from './transfer-section';
import type { SectionProps } from './section-props';

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
  const props: SectionProps = { user: loaded.user ?? loaded.settings, effective: loaded.settings, policy, save, setStatus };

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
            {policy.ignored.length > 0 && <> {t('options.policyIgnored', { keys: policy.ignored.join(', ') })}</>}
          </p>
        )}
        <nav aria-label={t('options.nav')}>
          <ul>
            <li><a href="#rules">{t('options.rules.heading')}</a></li>
            <li><a href="#custom">{t('options.custom.heading')}</a></li>
            <li><a href="#sites">{t('options.sites.heading')}</a></li>
            <li><a href="#data">{t('options.data.heading')}</a></li>
            <li><a href="#transfer">{t('options.transfer.heading')}</a></li>
          </ul>
        </nav>
        <p class="hs-status" role="status" aria-live="polite" data-testid="options-status">
          {status ?? ''}
        </p>
      </header>
      <RulesSection {...props} rules={rules} />
      <CustomRulesSection {...props} />
      <SitesSection {...props} />
      <DataSection {...props} />
      <TransferSection {...props} />
    </main>
  );
}
