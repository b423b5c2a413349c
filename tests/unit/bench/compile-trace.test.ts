import { describe, expect, it } from 'vitest';
import { compileMsOf } from '../../bench/compile-trace';

const ours = 'chrome-extension://abcdefghijklmnop/';

describe('compileMsOf (bench: script compile the marks cannot see)', () => {
  it('sums the compile events of this extension’s files, in milliseconds', () => {
    const ms = compileMsOf(
      [
        { ph: 'X', name: 'v8.compile', dur: 3100, args: { data: { url: `${ours}reader-linkedin.js` } } },
        { ph: 'X', name: 'v8.compile', dur: 400, args: { data: { url: `${ours}content-linkedin.js` } } },
      ],
      'abcdefghijklmnop',
    );
    expect(ms).toBeCloseTo(3.5, 6);
  });

  it('leaves out the page’s scripts, other extensions, other events and unfinished spans', () => {
    const ms = compileMsOf(
      [
        { ph: 'X', name: 'v8.compile', dur: 9000, args: { data: { url: 'https://www.linkedin.com/app.js' } } },
        { ph: 'X', name: 'v8.compile', dur: 9000, args: { data: { url: 'chrome-extension://zzzzzzzzzzzzzzzz/content.js' } } },
        { ph: 'X', name: 'v8.run', dur: 9000, args: { data: { url: `${ours}content-linkedin.js` } } },
        { ph: 'B', name: 'v8.compile', args: { data: { url: `${ours}content-linkedin.js` } } },
        { ph: 'X', name: 'v8.compile', dur: 250, args: { data: { url: `${ours}content-linkedin.js` } } },
        { ph: 'X', name: 'v8.compile', dur: 9000 },
      ],
      'abcdefghijklmnop',
    );
    expect(ms).toBeCloseTo(0.25, 6);
  });
});
