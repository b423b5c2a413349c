import { describe, expect, it } from 'vitest';
import { BUILD_PLUGINS, buildPlugins } from '../../../build/build-plugins';

const names = (without?: string) => buildPlugins(without).map((p) => p.name);
const ALL = ['hire-signals:content-jsx-runtime', 'hire-signals:reader-compile-hint'];

describe('buildPlugins (HS_BUILD_WITHOUT)', () => {
  it('gives every plugin of build/ by default, each under the name HS_BUILD_WITHOUT knows it by', () => {
    expect(names(undefined)).toEqual(ALL);
    expect(names('')).toEqual(ALL);
    for (const [name, make] of Object.entries(BUILD_PLUGINS)) expect(make().name).toBe(`hire-signals:${name}`);
  });

  it('leaves out exactly the plugins named, in any order and spacing', () => {
    expect(names('reader-compile-hint')).toEqual(ALL.filter((n) => n !== 'hire-signals:reader-compile-hint'));
    expect(names(' content-jsx-runtime , reader-compile-hint,')).toEqual([]);
    expect(names(Object.keys(BUILD_PLUGINS).join(','))).toEqual([]);
  });

  it('fails on a name that is no plugin\'s, so a typo cannot build the full variant under another label', () => {
    expect(() => buildPlugins('reader-compile-hints')).toThrow(/no build plugin named reader-compile-hints/);
  });

  it('reads the environment variable when given nothing', () => {
    const before = process.env.HS_BUILD_WITHOUT;
    process.env.HS_BUILD_WITHOUT = 'reader-compile-hint';
    try {
      expect(buildPlugins().map((p) => p.name)).not.toContain('hire-signals:reader-compile-hint');
    } finally {
      if (before === undefined) delete process.env.HS_BUILD_WITHOUT;
      else process.env.HS_BUILD_WITHOUT = before;
    }
  });
});
