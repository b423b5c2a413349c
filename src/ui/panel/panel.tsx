import { Component, createRef } from 'preact';
import type { Finding, Level } from '../../engine/report';
import { t } from '../../i18n/panel-strings';
import { FindingItem } from '../finding-item';
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

export interface PanelProps extends PanelActions {
  model: PanelModel;
  startCollapsed: boolean;
}

/** Evidence and titles are clipped for display only; the report keeps the full text. */
function shown(f: Finding): Finding {
  return { ...f, title: clipText(f.title, 200), evidence: f.evidence.slice(0, 20).map((e) => clipText(e)) };
}

function chipText(model: PanelModel): string {
  if (model.allowlisted) return t('panel.chipAllowlisted');
  const level = t(`level.${model.level}`);
  const count = model.findings.length;
  return count === 1 ? t('panel.chipOne', { level }) : t('panel.chip', { level, count });
}

/**
 * The in-page panel: a chip with level and count that expands into the
 * findings. Everything is native buttons and links (keyboard-usable without
 * extra handlers); Escape collapses and gives focus back to the chip.
 */
// A class component: the hooks runtime would be the panel's only use of it in the
// content scripts (about 1 KB gzip of a 25 KB budget, issue 9).
export class Panel extends Component<PanelProps, { expanded: boolean }> {
  private chipRef = createRef<HTMLButtonElement>();
  private bodyRef = createRef<HTMLDivElement>();

  constructor(props: PanelProps) {
    super(props);
    this.state = { expanded: !props.startCollapsed };
  }

  override componentDidUpdate(_prev: PanelProps, prevState: { expanded: boolean }) {
    // Move focus into the body only on a user expand, never on first render (no focus theft from the page).
    if (this.state.expanded && !prevState.expanded) this.bodyRef.current?.focus();
  }

  private collapse = () => {
    this.setState({ expanded: false });
    this.chipRef.current?.focus();
  };

  override render() {
    const { model, startCollapsed: _startCollapsed, ...actions } = this.props;
    const { expanded } = this.state;
    const collapse = this.collapse;
    const chipRef = this.chipRef;
    const bodyRef = this.bodyRef;
    const setExpanded = (value: boolean) => this.setState({ expanded: value });
    return (
      <aside class={`hs-panel hs-level-${model.level}`} aria-label={t('panel.label')} data-expanded={expanded ? 'true' : 'false'}>
        <button
          ref={chipRef}
          type="button"
          class="hs-chip"
          aria-expanded={expanded}
          aria-controls="hs-panel-body"
          title={t('panel.expand')}
          onClick={() => (expanded ? collapse() : setExpanded(true))}
        >
          <span class="hs-dot" aria-hidden="true" />
          <span class="hs-brand">{t('ext.name')}</span>
          <span class="hs-chip-text" data-testid="chip-text">
            {chipText(model)}
          </span>
        </button>
        {expanded && (
          <div
            id="hs-panel-body"
            ref={bodyRef}
            class="hs-body"
            tabIndex={-1}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                collapse();
              }
            }}
          >
            <div class="hs-body-head">
              <h2 class="hs-heading">{t('panel.heading')}</h2>
              <button type="button" class="hs-collapse" aria-label={t('panel.collapseLabel')} onClick={collapse}>
                {t('panel.collapse')}
              </button>
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
                {model.findings.map((f) => (
                  <FindingItem key={f.ruleId} finding={shown(f)} onDismiss={() => actions.onDismiss(f.ruleId)} />
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
                <button
                  type="button"
                  class="hs-hide-site"
                  aria-label={t('panel.hideOnSiteLabel', { site: model.siteLabel })}
                  onClick={actions.onHideOnSite}
                >
                  {t('panel.hideOnSite', { site: model.siteLabel })}
                </button>
              )}
            </div>
          </div>
        )}
      </aside>
    );
  }
}
