import { t } from '../../core/i18n';
import type { SectionProps } from './section-props';
import { SettingCheckbox } from './setting-checkbox';

/** How the in-page panel appears on a profile page. */
export function PanelSection(props: SectionProps) {
  return (
    <>
      <p>{t('options.panel.intro')}</p>
      <SettingCheckbox {...props} setting="panel.enabled" />
      <SettingCheckbox {...props} setting="panel.startCollapsed" />
    </>
  );
}
