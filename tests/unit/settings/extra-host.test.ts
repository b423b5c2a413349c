import { describe, expect, it } from 'vitest';
import { normaliseHost, originPatternFor } from '../../../src/settings/extra-host';

describe('extra hosts', () => {
  it.each([
    ['boards.example-ats.com', 'boards.example-ats.com'],
    ['https://Jobs.Example.com/path?q=1', 'jobs.example.com'],
    ['  apply.example.org.  ', 'apply.example.org'],
  ])('normalises %s', (input, host) => {
    expect(normaliseHost(input)).toBe(host);
  });

  it.each(['', 'http://jobs.example.com', '*.example.com', 'localhost', 'user@example.com', 'example.com:8080', 'exa mple.com', '<script>.com', 'a'.repeat(400)])(
    'refuses %s',
    (input) => {
      expect(normaliseHost(input)).toBeNull();
    },
  );

  it('asks for https on that one host only', () => {
    expect(originPatternFor('jobs.example.com')).toBe('https://jobs.example.com/*');
  });
});
