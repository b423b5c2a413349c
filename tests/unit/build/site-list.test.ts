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
    expect(SITE_LIST.map((s) => ({ ...s, hosts: [...s.hosts], traits: [...s.traits] }))).toEqual(
      SITES.map((s) => ({ id: s.id, label: s.label, hosts: [...s.hosts], traits: [...(s.traits ?? [])] })),
    );
    expect([...SITE_IDS]).toEqual(SITES.map((s) => s.id));
    expect(PLATFORM_IDS).toBe(SITE_IDS);
  });

  it('writes names with quotes as valid source', () => {
    const text = renderSiteList([{ ...SITES[0]!, label: "O'Site \\ Co" }]);
    expect(text).toContain("label: 'O\\'Site \\\\ Co'");
  });
});

describe('site kinds in the site list', () => {
  it('lists the sites of each trait, and every site with a content script as a hiring site', async () => {
    const { HIRING_SITE_IDS, siteIdsWith } = await import('../../../src/core/site-list');
    const { SITE_TRAITS } = await import('../../../src/core/site-traits');
    for (const trait of SITE_TRAITS) {
      expect(siteIdsWith(trait), trait).toEqual(SITES.filter((s) => s.traits?.includes(trait)).map((s) => s.id));
      // A trait no site has would leave its rules applying nowhere.
      expect(siteIdsWith(trait).length, trait).toBeGreaterThan(0);
    }
    expect([...HIRING_SITE_IDS]).toEqual(SITES.filter((s) => s.hosts.length > 0).map((s) => s.id));
    expect(HIRING_SITE_IDS).not.toContain('generic');
  });
});
