import type { TabReport } from '../../core/messages';
import type { Finding } from '../../core/report';
import { t } from '../../core/i18n';
import { FindingItem } from '../../core/finding-item';
import { bySeverity } from '../../core/finding-order';

export interface CurrentTabProps {
  tab: TabReport | null;
  onRescan: () => void;
  onEnableSite: () => void;
}

/**
 * Every finding as one line (severity and title), most severe first, each opening in place
 * to its evidence, why, next step and guidance: the whole list fits the popup's first screen.
 */
export function FindingList({ findings, label }: { findings: readonly Finding[]; label: string }) {
  return (
    <ul class="hs-findings" aria-label={label}>
      {bySeverity(findings).map((f) => (
        <FindingItem key={f.ruleId} finding={f} />
      ))}
    </ul>
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
          <FindingList findings={findings} label={t('popup.findingsLabel')} />
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
