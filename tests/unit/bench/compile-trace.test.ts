import { describe, expect, it } from 'vitest';
import { compileMsOf } from '../../bench/compile-trace';

const ours = 'chrome-extension://abcdefghijklmnop/';

describe('compileMsOf (bench: script compile the marks cannot see)', () => {
  it('sums the compile events of this extension’s files, in milliseconds', () => {
    const ms = compileMsOf(
      [
        { ph: 'X', name: 'v8.compile', dur: 3100, args: { data: { url: `${ours}reader-linkedin.js` } } },
        { ph: 'X', name: 'v8.compile', dur: 400, args: { data: { url: `${ours}content-linkedin.js` } } },
        // The imported reader's main-thread step.
        { ph: 'X', name: 'v8.compileModule', dur: 50, args: { data: { url: `${ours}reader-linkedin.js` } } },
      ],
      'abcdefghijklmnop',
    );
    expect(ms).toBeCloseTo(3.55, 6);
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
        // A module parsed off the main thread, at the file's per-session address.
        { ph: 'X', name: 'v8.parseOnBackground', dur: 9000, args: { data: { url: 'chrome-extension://8bab8d8c-14b0-4a46-b0de-c1b5b5f37bfa/reader-linkedin.js' } } },
      ],
      'abcdefghijklmnop',
    );
    expect(ms).toBeCloseTo(0.25, 6);
  });
});
