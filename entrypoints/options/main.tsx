import { render } from 'preact';
import { OptionsApp } from '../../src/ui/options/app';
import './style.css';

render(<OptionsApp />, document.getElementById('app')!);
