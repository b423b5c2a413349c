import { render } from 'preact';
import { t } from '../../src/i18n';

function Popup() {
  return (
    <main>
      <h1>{t('ext.name')}</h1>
      <p>{t('common.contextReminder')}</p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
