import { describe, expect, it } from 'vitest';
import { clipText } from '../../../../src/content/panel/clip-text';
import { panelSuite } from './panel-suite';

panelSuite("Preact's JSX runtime");

describe('clipText', () => {
  it('keeps short text, clips long text with an ellipsis and strips bidi overrides', async () => {
    expect(clipText('hello')).toBe('hello');
    expect(clipText('x'.repeat(1000), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(clipText('a\u202Eb\u2066c\u200F')).toBe('abc');
  });
});
