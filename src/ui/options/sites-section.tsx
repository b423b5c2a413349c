import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../core/i18n';
import { SITE_LIST } from '../../core/site-list';
import { normaliseHost, originPatternFor } from '../../settings/extra-host';
import type { SectionProps } from './section-props';

/** Sites with hosts of their own; `generic` is the fallback for extra hosts, not a switch of its own. */
const HIRING_SITES = SITE_LIST.filter((site) => site.hosts.length > 0);

/**
 * The browser permissions an extra site needs, asked for together inside the
 * user's click: that one host, and `scripting` (to register the host's content
 * script; no prompt of its own). Never a wildcard.
 */
export function hostPermissionRequest(host: string) {
  return { origins: [originPatternFor(host)], permissions: ['scripting' as const] };
}

/** Which of `hosts` the browser lets the extension read now. */
async function grantedOf(hosts: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const host of hosts) {
    try {
      if (await browser.permissions.contains({ origins: [originPatternFor(host)] })) out.add(host);
    } catch {
      /* not grantable here */
    }
  }
  return out;
}

export function SitesSection({ user, effective, policy, save, setStatus }: SectionProps) {
  const [hostInput, setHostInput] = useState('');
  const [hostError, setHostError] = useState<string | null>(null);
  const [granted, setGranted] = useState<Set<string> | null>(null);
  const hostsKey = effective.extraHosts.join(' ');
  // Hosts kept in the list but not (or no longer) granted — revoked in the browser, or preset by the organisation.
  useEffect(() => {
    let live = true;
    const refresh = () => void grantedOf(effective.extraHosts).then((g) => live && setGranted(g));
    refresh();
    // Granted or revoked in the browser's own add-on settings while this page is open.
    const events = [browser.permissions.onAdded, browser.permissions.onRemoved];
    const watched = events.filter((event) => {
      try {
        event.addListener(refresh);
        return true;
      } catch {
        return false; // no permission events here (a test's fake browser): shown as of opening
      }
    });
    return () => {
      live = false;
      for (const event of watched) event.removeListener(refresh);
    };
  }, [hostsKey]);
  const sitesLocked = policy.locked.includes('sites');
  const hostsLocked = policy.locked.includes('extraHosts');

  const addHost = (e: Event) => {
    e.preventDefault();
    const host = normaliseHost(hostInput);
    if (!host) {
      setHostError(t('options.sites.invalidHost'));
      return;
    }
    setHostError(null);
    // Asked here, inside the user's click, and only for this one host: never up front.
    let request: Promise<boolean>;
    try {
      request = browser.permissions.request(hostPermissionRequest(host));
    } catch {
      request = Promise.resolve(false);
    }
    void request
      .catch(() => false)
      .then(async (granted) => {
        if (!granted) {
          setHostError(t('options.sites.denied', { host }));
          return;
        }
        const ok = await save({ ...user, extraHosts: [...new Set([...user.extraHosts, host])].slice(0, 50) });
        // A host the organisation denies is dropped by the overlay: say so rather than appear to ignore the click.
        if (ok) setStatus(t('options.sites.granted', { host }));
        setHostInput('');
      });
  };

  /** A listed host without access (preset by the organisation, or revoked): ask for it again. */
  const grantHost = (host: string) => {
    let request: Promise<boolean>;
    try {
      request = browser.permissions.request(hostPermissionRequest(host));
    } catch {
      request = Promise.resolve(false);
    }
    void request
      .catch(() => false)
      .then((ok) => {
        if (ok) setStatus(t('options.sites.granted', { host }));
        else setHostError(t('options.sites.denied', { host }));
      });
  };

  const removeHost = (host: string) => {
    void browser.permissions
      .remove({ origins: [originPatternFor(host)] })
      .catch(() => false)
      .then(() => save({ ...user, extraHosts: user.extraHosts.filter((h) => h !== host) }));
  };

  const blockedHosts = user.extraHosts.filter((h) => !effective.extraHosts.includes(h));

  return (
    <>
      <p>{t('options.sites.intro')}</p>
      <ul class="hs-plain-list">
        {HIRING_SITES.map(({ id: p, label }) => {
          const locked = sitesLocked || policy.lockedSites.includes(p);
          const id = `hs-site-${p}`;
          return (
            <li key={p}>
              <input
                id={id}
                type="checkbox"
                checked={effective.sites[p] !== false}
                disabled={locked}
                onChange={(e) => void save({ ...user, sites: { ...user.sites, [p]: (e.target as HTMLInputElement).checked } })}
                data-testid={`site-toggle-${p}`}
              />
              <label for={id}>{t('options.sites.platform', { site: label })}</label>
              {locked && <span class="hs-locked">{t('options.locked')}</span>}
            </li>
          );
        })}
      </ul>
      <h3>{t('options.sites.extraHeading')}</h3>
      <p id="hs-host-intro">{t('options.sites.extraIntro')}</p>
      {hostsLocked && <p class="hs-locked">{t('options.locked')}</p>}
      {effective.extraHosts.length === 0 && <p>{t('options.sites.none')}</p>}
      <ul class="hs-plain-list" data-testid="extra-hosts">
        {effective.extraHosts.map((host) => (
          <li key={host} data-host={host} data-granted={granted ? String(granted.has(host)) : undefined}>
            <code>{host}</code>{' '}
            {granted && !granted.has(host) && (
              <>
                <span class="hs-locked">{t('reach.sites.notGranted')}</span>{' '}
                <button type="button" onClick={() => grantHost(host)} data-testid={`extra-host-grant-${host}`}>
                  {t('reach.sites.grant', { host })}
                </button>{' '}
              </>
            )}
            {!hostsLocked && user.extraHosts.includes(host) && (
              <button type="button" onClick={() => removeHost(host)} aria-label={t('options.sites.removeHost', { host })}>
                {t('options.sites.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {blockedHosts.map((host) => (
        <p key={host} class="hs-locked">
          {t('options.sites.blocked', { host })}
        </p>
      ))}
      {!hostsLocked && (
        <form onSubmit={addHost} class="hs-field" noValidate>
          <label for="hs-host">{t('options.sites.host')}</label>
          <input
            id="hs-host"
            value={hostInput}
            placeholder={t('options.sites.hostPlaceholder')}
            aria-invalid={!!hostError}
            aria-describedby={hostError ? 'hs-host-err' : 'hs-host-intro'}
            onInput={(e) => setHostInput((e.target as HTMLInputElement).value)}
            data-testid="extra-host-input"
          />
          <button type="submit" data-testid="extra-host-add">
            {t('options.sites.add')}
          </button>
          {hostError && (
            <span id="hs-host-err" class="hs-error" role="alert">
              {hostError}
            </span>
          )}
        </form>
      )}
    </>
  );
}
