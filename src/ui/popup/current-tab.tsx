import type { TabReport } from '../../core/messages';
import type { Finding } from '../../core/report';
import { t } from '../../core/i18n';
import { FindingItem } from '../../core/finding-item';
import { SEVERITIES } from '../../core/rule';

export interface CurrentTabProps {
  tab: TabReport | null;
  onRescan: () => void;
  onEnableSite: () => void;
}

/** Findings grouped by severity, most severe first. */
export function FindingGroups({ findings }: { findings: Finding[] }) {
  return (
    <>
      {[...SEVERITIES].reverse().map((sev) => {
        const group = findings.filter((f) => f.severity === sev);
        if (group.length === 0) return null;
        return (
          <section key={sev} class="hs-group" aria-label={t(`popup.group.${sev}`)}>
            <h3>{t(`popup.group.${sev}`)}</h3>
            <ul class="hs-findings">
              {group.map((f) => (
                <FindingItem key={f.ruleId} finding={f} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function emptyMessage(tab: TabReport | null): string {
  if (!tab) return t('popup.empty.unsupported');
  if (tab.siteDisabled) return t('popup.empty.siteDisabled');
  if (tab.state === 'not-found') return t('popup.empty.notFound');
  if (tab.state === 'login-wall') return t('popup.empty.loginWall');
  if (tab.state !== 'profile' || !tab.report) return t('popup.empty.notProfile');
  if (tab.report.allowlisted) return t('popup.empty.allowlisted');
  return t('popup.empty.noSignals');
}

export function CurrentTab({ tab, onRescan, onEnableSite }: CurrentTabProps) {
  const report = tab?.report && !tab.siteDisabled ? tab.report : null;
  const findings = report && !report.allowlisted ? report.findings : [];
  return (
    <section class="hs-current" aria-labelledby="hs-current-h" data-testid="current-tab" data-level={report?.level ?? 'none'}>
      <div class="hs-row">
        <h2 id="hs-current-h">{tab?.profile?.name ?? t('popup.currentTab')}</h2>
        {tab && (
          <button type="button" onClick={onRescan} data-testid="rescan">
            {t('popup.rescan')}
          </button>
        )}
      </div>
      {report && findings.length > 0 ? (
        <>
          <p class={`hs-level hs-level-${report.level}`} data-testid="level">
            {t('popup.levelLine', { level: t(`level.${report.level}`), count: findings.length, score: report.score })}
          </p>
          <FindingGroups findings={findings} />
        </>
      ) : (
        <p class="hs-empty" data-testid="empty-state">
          {emptyMessage(tab)}
        </p>
      )}
      {tab?.siteDisabled && (
        <button type="button" onClick={onEnableSite} data-testid="enable-site">
          {t('popup.enableSite')}
        </button>
      )}
    </section>
  );
}
