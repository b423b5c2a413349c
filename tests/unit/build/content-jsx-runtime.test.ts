import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { CONTENT_JSX_RUNTIME, contentJsxRuntime } from '../../../build/content-jsx-runtime';

/** Runs the plugin's hooks as one build would: its input first, then the imports it resolves. */
function resolverFor(input: unknown): (source: string) => unknown {
  const plugin: Plugin = contentJsxRuntime();
  (plugin.buildStart as (options: { input: unknown }) => void).call({}, { input });
  return (source) => (plugin.resolveId as (source: string) => unknown).call({}, source);
}

describe('contentJsxRuntime (no Preact renderer in the content scripts)', () => {
  it('gives a reader\'s build the DOM runtime for JSX, and nothing else of Preact changes', () => {
    for (const input of [
      { 'reader-linkedin': 'virtual:wxt-unlisted-script-entrypoint?/repo/.wxt/site-entries/reader-linkedin.ts' },
      ['C:\\repo\\.wxt\\site-entries\\reader-github.ts'],
      '/repo/.wxt/site-entries/reader-upwork.ts',
    ]) {
      const resolve = resolverFor(input);
      expect(resolve('preact/jsx-runtime')).toBe(CONTENT_JSX_RUNTIME);
      expect(resolve('preact/jsx-dev-runtime')).toBe(CONTENT_JSX_RUNTIME);
      expect(resolve('preact')).toBeNull();
    }
    expect(existsSync(CONTENT_JSX_RUNTIME)).toBe(true);
  });

  it('leaves the popup, options, background and gate builds on Preact\'s runtime', () => {
    for (const input of [
      { popup: '/repo/entrypoints/popup/index.html', options: '/repo/entrypoints/options/index.html' },
      { background: 'virtual:wxt-background-entrypoint?/repo/entrypoints/background.ts' },
      { 'content-linkedin': 'virtual:wxt-unlisted-script-entrypoint?/repo/.wxt/site-entries/content-linkedin.ts' },
      // A module of the project that merely has a reader's name is not a reader's build.
      { other: '/repo/entrypoints/reader-linkedin.ts' },
    ]) {
      expect(resolverFor(input)('preact/jsx-runtime')).toBeNull();
    }
  });

  it('the DOM runtime describes elements as the static renderer reads them', async () => {
    const runtime = await import(CONTENT_JSX_RUNTIME);
    expect(runtime.jsx('p', { class: 'x', children: 'text' }, 'k')).toEqual({ type: 'p', props: { class: 'x', children: 'text' }, key: 'k' });
    expect(runtime.jsxs).toBe(runtime.jsx);
    expect(typeof runtime.Fragment).toBe('symbol');
  });
});
