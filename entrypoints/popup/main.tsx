import { render } from 'preact';
import { PopupApp } from '../../src/ui/popup/app';
import './style.css';

render(<PopupApp />, document.getElementById('app')!);
