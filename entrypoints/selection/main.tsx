import { render } from 'preact';
import { SelectionApp } from '../../src/ui/popup/selection-result';
import '../popup/style.css';

// The window "Check with Hire Signals" opens on selected text (src/background/selection-menu.ts).
render(<SelectionApp />, document.getElementById('app')!);
