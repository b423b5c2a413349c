import { describe, expect, it } from 'vitest';
import { renderSiteList, siteListOnDisk } from '../../../build/site-list';
import { SITE_IDS, SITE_LIST } from '../../../src/core/site-list';
import { PLATFORM_IDS } from '../../../src/core/snapshot';
import { SITES } from '../../../src/sites/registry';

describe('src/core/site-list.ts (generated from the site registry)', () => {
  it('is up to date with src/sites/registry.ts', () => {
    expect(siteListOnDisk() === renderSiteList(), 'src/core/site-list.ts is stale: run npm run gen:sites').toBe(true);
  });

  it('holds every site\'s id, name and hosts, in the registry\'s order, and the platform ids are its ids', () => {
    expect(SITE_LIST.map((s) => ({ ...s, hosts: [...s.hosts] }))).toEqual(SITES.map((s) => ({ id: s.id, label: s.label, hosts: [...s.hosts] })));
    expect([...SITE_IDS]).toEqual(SITES.map((s) => s.id));
    expect(PLATFORM_IDS).toBe(SITE_IDS);
  });

  it('writes names with quotes as valid source', () => {
    const text = renderSiteList([{ ...SITES[0]!, label: "O'Site \\ Co" }]);
    expect(text).toContain("label: 'O\\'Site \\\\ Co'");
  });
});
