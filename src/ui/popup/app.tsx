import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseTabReport, type TabReport } from '../../core/messages';
import { loadSettings, saveSettings, watchSettings } from '../../settings/storage';
import { defaultSettings, type Settings } from '../../settings/schema';
import { setTick } from '../../settings/checklist-storage';
import { readChecklist } from '../../settings/stored-items';
import type { LookupResult } from '../../engine/lookup';
import { t } from '../../core/i18n';
import { askBackground, watchTabReport } from './background-link';
import { CurrentTab } from './current-tab';
import { LookupBox } from './lookup-box';
import { Checklist } from './checklist';
import { HandoffButtons } from './handoff-buttons';
import { PopupTabs } from './popup-tabs';
import { PageActions } from './page-actions';
import { ResumeDrop } from './resume-drop';

/** The tab the popup reports on: the active tab, or `?tabId=` (used by tests and the demo). */
async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function PopupApp() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [tab, setTab] = useState<TabReport | null>(null);
  const [settings, setSettings] = useState<Settings>(defaultSettings());
  const [notice, setNotice] = useState<string | null>(null);
  const [ticks, setTicks] = useState<Record<string, boolean>>({});
  const [lookupState, setLookupState] = useState<{ result: LookupResult; input: string } | null>(null);
  const [view, setView] = useState('signals');

  useEffect(() => {
    let unwatchTab: (() => void) | undefined;
    void targetTabId().then(async (id) => {
      setTabId(id);
      if (id == null) return;
      unwatchTab = watchTabReport(id, setTab);
      setTab(parseTabReport(await askBackground<unknown>({ type: 'hs:get-tab', tabId: id }).catch(() => null)));
    });
    void loadSettings().then((l) => {
      setSettings(l.settings);
      setNotice(l.notice);
    });
    const unwatchSettings = watchSettings((l) => setSettings(l.settings));
    return () => {
      unwatchTab?.();
      unwatchSettings();
    };
  }, []);

  const key = tab?.profile?.key ?? null;
  useEffect(() => {
    if (!key) return;
    void readChecklist().then(({ value }) => setTicks(value[key]?.ticks ?? {}));
  }, [key]);

  // "Check again": the background evaluates the page it kept for the tab and redraws it there; the page is not read again.
  const checkAgain = () => {
    if (tabId == null) return;
    void askBackground<unknown>({ type: 'hs:recheck', tabId }).then((next) => {
      const report = parseTabReport(next);
      if (report) setTab(report);
    }, () => {});
  };
  const enableSite = () => {
    if (!tab?.platform) return;
    void saveSettings({ ...settings, sites: { ...settings.sites, [tab.platform]: true } });
  };
  const tick = (id: string, done: boolean) => {
    if (!key) return;
    setTicks((prev) => ({ ...prev, [id]: done }));
    void setTick(key, id, done);
  };

  const pageReport = tab?.report && !tab.siteDisabled && !tab.report.allowlisted ? tab.report : null;

  // The first screen (420 × 600 px) holds the candidate, the level and every finding as one line;
  // the checklist and the look-up are one click away. Other parts mount small blocks in the slots
  // marked below (one line each), so the first screen stays short.
  const signals = (
    <>
      <CurrentTab tab={tab} onRescan={checkAgain} onEnableSite={enableSite} />
      {pageReport && tab?.profile && (
        <HandoffButtons input={{ profileUrl: tab.profile.url, candidateName: tab.profile.name, origin: 'page', report: pageReport, date: new Date() }} />
      )}
      <div class="hs-slot" data-slot="page-tools">
        <PageActions tabId={tabId} pageRead={tab?.state === 'profile' && !tab.siteDisabled} />
      </div>
      <p class="hs-reminder">{t('common.contextReminder')}</p>
    </>
  );
  const checklist = tab?.profile ? <Checklist ticks={ticks} onTick={tick} /> : <p class="hs-empty">{t('popup.checklist.noProfile')}</p>;
  const lookupView = (
    <>
      <LookupBox settings={settings} onResult={(result, input) => setLookupState(result?.report ? { result, input } : null)} />
      {lookupState?.result.report && lookupState.result.report.findings.length > 0 && (
        <HandoffButtons
          input={{ profileUrl: null, candidateName: null, origin: 'lookup', report: lookupState.result.report, date: new Date() }}
        />
      )}
      <div class="hs-slot" data-slot="file-tools">
        <ResumeDrop settings={settings} />
      </div>
    </>
  );

  return (
    <main class="hs-popup">
      <header class="hs-header">
        <h1>{t('ext.name')}</h1>
        <button type="button" class="hs-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.openOptions')}
        </button>
      </header>
      {notice && (
        <p class="hs-notice" role="alert">
          {t(notice)}
        </p>
      )}
      <PopupTabs
        selected={view}
        onSelect={setView}
        label={t('popup.tabsLabel')}
        tabs={[
          { id: 'signals', label: t('popup.tab.signals'), body: signals },
          { id: 'checklist', label: t('popup.tab.checklist'), body: checklist },
          { id: 'lookup', label: t('popup.tab.lookup'), body: lookupView },
        ]}
      />
    </main>
  );
}
