import { t } from '../../core/i18n';
import { readSetting, sectionOf, settingText, withSetting, type BooleanSettingPath } from '../../settings/boolean-settings';
import type { SectionProps } from './section-props';

/** `panel.startCollapsed` → `panel-start-collapsed`: the checkbox's test id and the stem of its element ids. */
const kebab = (path: string) => path.replace(/\./g, '-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * A true/false setting as a checkbox, labelled with the title (and help) its
 * schema line gives it. It shows what is in force, saves into the user's
 * layer, and is locked when the organisation locks its section.
 */
export function SettingCheckbox({ setting, user, effective, policy, save }: Pick<SectionProps, 'user' | 'effective' | 'policy' | 'save'> & { setting: BooleanSettingPath }) {
  const { title, description } = settingText(setting);
  const locked = policy.locked.includes(sectionOf(setting));
  const id = `hs-${kebab(setting)}`;
  const described = [description ? `${id}-help` : null, locked ? `${id}-locked` : null].filter(Boolean).join(' ');
  return (
    <div class="hs-field">
      <input
        id={id}
        type="checkbox"
        checked={readSetting(effective, setting)}
        disabled={locked}
        aria-describedby={described || undefined}
        data-testid={kebab(setting)}
        onChange={(e) => void save(withSetting(user, setting, (e.target as HTMLInputElement).checked))}
      />
      <label for={id}>{title}</label>
      {description && (
        <span id={`${id}-help`} class="hs-help">
          {description}
        </span>
      )}
      {locked && (
        <span id={`${id}-locked`} class="hs-locked">
          {t('options.locked')}
        </span>
      )}
    </div>
  );
}
