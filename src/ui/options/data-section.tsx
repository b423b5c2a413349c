import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ExtensionPageMessage } from '../../core/messages';
import { t } from '../../core/i18n';
import { allowlistItem, clearAllData, dismissedItem, type AllowlistEntry } from '../../settings/storage';
import { parseAllowlist, parseDismissed, readAllowlist, readDismissed } from '../../settings/stored-items';
import type { SectionProps } from './section-props';
import { SettingCheckbox } from './setting-checkbox';

/** The seen-profiles index belongs to the background: the options page asks it to count or forget. */
const askBackground = <T,>(message: ExtensionPageMessage) => browser.runtime.sendMessage(message) as Promise<T>;

type Dismissed = Record<string, { ruleIds: string[]; updatedAt: string }>;

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

export function DataSection({ user, effective, policy, save, setStatus }: SectionProps) {
  const [allowlist, setAllowlist] = useState<Record<string, AllowlistEntry>>({});
  const [dismissed, setDismissed] = useState<Dismissed>({});
  const [confirming, setConfirming] = useState(false);
  const [retention, setRetention] = useState<string | null>(null);
  const retentionLocked = policy.locked.includes('retentionDays');
  const [seenCount, setSeenCount] = useState<number | null>(null);
  useEffect(() => {
    void askBackground<number>({ type: 'hs:count-seen' }).then(
      (n) => typeof n === 'number' && setSeenCount(n),
      () => {},
    );
  }, []);

  useEffect(() => {
    // Read through their schemas (src/settings/stored-items.ts): unreadable entries are left out.
    void readAllowlist().then((r) => setAllowlist(r.value));
    void readDismissed().then((r) => setDismissed(r.value));
    const a = allowlistItem.watch((v) => setAllowlist(parseAllowlist(v).value));
    const d = dismissedItem.watch((v) => setDismissed(parseDismissed(v).value));
    return () => {
      a();
      d();
    };
  }, []);

  const retentionValue = retention ?? String(effective.retentionDays);
  const retentionInvalid = retention !== null && !/^\d{1,4}$/.test(retention.trim());

  return (
    <>
      <h3 id="hs-allow-h">{t('options.data.allowlist')}</h3>
      {Object.keys(allowlist).length === 0 ? (
        <p>{t('options.data.allowlistNone')}</p>
      ) : (
        <ul class="hs-plain-list" aria-labelledby="hs-allow-h" data-testid="allowlist">
          {Object.entries(allowlist).map(([key, entry]) => {
            const name = typeof entry?.name === 'string' && entry.name ? entry.name : t('options.data.unnamed');
            return (
              <li key={key}>
                <span>{name}</span> <span class="hs-help">{typeof entry?.url === 'string' ? entry.url : key}</span>{' '}
                <button
                  type="button"
                  aria-label={t('options.data.removeEntry', { name })}
                  onClick={() => void allowlistItem.setValue(without(allowlist, key))}
                >
                  {t('options.data.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}

      <h3 id="hs-dism-h">{t('options.data.dismissed')}</h3>
      {Object.keys(dismissed).length === 0 ? (
        <p>{t('options.data.dismissedNone')}</p>
      ) : (
        <ul class="hs-plain-list" aria-labelledby="hs-dism-h" data-testid="dismissed">
          {Object.entries(dismissed).map(([key, entry]) => {
            const ids = Array.isArray(entry?.ruleIds) ? entry.ruleIds.filter((x) => typeof x === 'string') : [];
            return (
              <li key={key}>
                <span>{key}</span> <span class="hs-help">{t('options.data.dismissedEntry', { count: ids.length })}: {ids.join(', ')}</span>{' '}
                <button
                  type="button"
                  aria-label={t('options.data.removeEntry', { name: key })}
                  onClick={() => void dismissedItem.setValue(without(dismissed, key))}
                >
                  {t('options.data.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}

      <div class="hs-field">
        <label for="hs-retention">{t('options.data.retention')}</label>
        <input
          id="hs-retention"
          type="number"
          min={1}
          max={3650}
          step={1}
          value={retentionValue}
          disabled={retentionLocked}
          aria-invalid={retentionInvalid}
          aria-describedby="hs-retention-help"
          data-testid="retention-days"
          onChange={(e) => {
            const raw = (e.target as HTMLInputElement).value;
            const n = Number(raw);
            if (/^\d{1,4}$/.test(raw.trim()) && n >= 1 && n <= 3650) {
              setRetention(null);
              void save({ ...user, retentionDays: n });
            } else setRetention(raw);
          }}
        />
        <span id="hs-retention-help" class={retention !== null ? 'hs-error' : 'hs-help'}>
          {retention !== null ? t('options.data.retentionInvalid') : t('options.data.retentionHelp')}
        </span>
        {retentionLocked && <span class="hs-locked">{t('options.locked')}</span>}
      </div>

      <h3 id="hs-seen-h">{t('options.seen.heading')}</h3>
      <p class="hs-help">{t('options.seen.help')}</p>
      <SettingCheckbox user={user} effective={effective} policy={policy} save={save} setting="templateReuse.enabled" />
      <p data-testid="seen-count">{t('options.seen.count', { count: seenCount ?? '…' })}</p>
      <button
        type="button"
        data-testid="forget-seen"
        onClick={() =>
          void askBackground<void>({ type: 'hs:forget-seen' }).then(() => {
            setSeenCount(0);
            setStatus(t('options.seen.forgotten'));
          })
        }
      >
        {t('options.seen.forget')}
      </button>

      <button
        type="button"
        class={confirming ? 'hs-danger' : undefined}
        data-testid="clear-all-data"
        onClick={() => {
          if (!confirming) {
            setConfirming(true);
            return;
          }
          setConfirming(false);
          void clearAllData().then(() => {
            setAllowlist({});
            setDismissed({});
            setSeenCount(0);
            setStatus(t('options.data.cleared'));
          });
        }}
        onBlur={() => setConfirming(false)}
      >
        {confirming ? t('options.data.clearConfirm') : t('options.data.clear')}
      </button>
    </>
  );
}
