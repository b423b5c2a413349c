import type { Finding, Level } from '../../core/report';
import { t } from '../../core/i18n/panel-strings';
import { FindingItem } from '../../core/finding-item';
import { bySeverity } from '../../core/finding-order';
import { clipText } from './clip-text';

export interface PanelModel {
  level: Level;
  score: number;
  findings: Finding[];
  allowlisted: boolean;
  dismissedCount: number;
  candidateName: string | null;
  siteLabel: string | null;
}

export interface PanelActions {
  onDismiss(ruleId: string): void;
  onRestoreDismissed(): void;
  onAllowlist(): void;
  onUnallowlist(): void;
  onHideOnSite(): void;
}

/** Evidence and titles are clipped for display only; the report keeps the full text. */
function shown(f: Finding): Finding {
  return { ...f, title: clipText(f.title, 200), evidence: f.evidence.slice(0, 20).map((e) => clipText(e)) };
}

/** The chip's words: level and number of signals, or "allowlisted". */
export function chipText(model: PanelModel): string {
  if (model.allowlisted) return t('panel.chipAllowlisted');
  const level = t(`level.${model.level}`);
  const count = model.findings.length;
  return count === 1 ? t('panel.chipOne', { level }) : t('panel.chip', { level, count });
}

export interface PanelBodyProps {
  model: PanelModel;
  actions: PanelActions;
  /** Escape or the collapse button: the view folds the panel back into its chip. */
  onCollapse(): void;
  /** "Move": the panel goes to the next corner (the view remembers it per site). */
  move?: { label: string; onMove(): void };
  /** Findings the recruiter opened: they stay open when the panel redraws (a rescan, Move). */
  open?: { ids: ReadonlySet<string>; onToggle(ruleId: string, open: boolean): void };
}

/**
 * The expanded panel: the findings with their evidence, the context reminder
 * and the candidate actions. Drawn only once the recruiter opens the chip (the
 * chip itself is plain DOM in panel-view.tsx, so a page load never runs the
 * renderer). Everything is native buttons and links.
 */
export function PanelBody({ model, actions, onCollapse, move, open }: PanelBodyProps) {
  return (
    <div
      id="hs-panel-body"
      class="hs-body"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCollapse();
        }
      }}
    >
      <div class="hs-body-head">
        <h2 class="hs-heading">{t('panel.heading')}</h2>
        <span class="hs-head-buttons">
          {move && (
            <button type="button" class="hs-move" aria-label={move.label} title={move.label} onClick={move.onMove}>
              {t('panel.move')}
            </button>
          )}
          <button type="button" class="hs-collapse" aria-label={t('panel.collapseLabel')} onClick={onCollapse}>
            {t('panel.collapse')}
          </button>
        </span>
      </div>
      {model.candidateName && <p class="hs-candidate">{t('panel.candidate', { name: clipText(model.candidateName, 120) })}</p>}
      <p class="hs-score">{t('panel.scoreLine', { level: t(`level.${model.level}`), score: model.score })}</p>
      <p class="hs-reminder">{t('common.contextReminder')}</p>
      {model.allowlisted ? (
        <p class="hs-empty">{t('panel.allowlisted')}</p>
      ) : model.findings.length === 0 ? (
        <p class="hs-empty">{t('panel.none')}</p>
      ) : (
        <ol class="hs-findings">
          {bySeverity(model.findings).map((f) => (
            <FindingItem
              key={f.ruleId}
              finding={shown(f)}
              onDismiss={() => actions.onDismiss(f.ruleId)}
              open={open?.ids.has(f.ruleId)}
              onToggle={open && ((isOpen: boolean) => open.onToggle(f.ruleId, isOpen))}
            />
          ))}
        </ol>
      )}
      <div class="hs-actions">
        {model.dismissedCount > 0 && !model.allowlisted && (
          <button type="button" class="hs-restore" onClick={actions.onRestoreDismissed}>
            {t('panel.restoreDismissed', { count: model.dismissedCount })}
          </button>
        )}
        {model.allowlisted ? (
          <button type="button" class="hs-unallowlist" onClick={actions.onUnallowlist}>
            {t('panel.unallowlist')}
          </button>
        ) : (
          <button type="button" class="hs-allowlist" aria-label={t('panel.allowlistLabel')} onClick={actions.onAllowlist}>
            {t('panel.allowlist')}
          </button>
        )}
        {model.siteLabel && (
          <button type="button" class="hs-hide-site" aria-label={t('panel.hideOnSiteLabel', { site: model.siteLabel })} onClick={actions.onHideOnSite}>
            {t('panel.hideOnSite', { site: model.siteLabel })}
          </button>
        )}
      </div>
    </div>
  );
}
