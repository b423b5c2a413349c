import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from '#imports';
import { SeenStore, SHARDS, shardOf } from '../../../src/seen/seen-storage';
import { encodeSignature, fingerprint } from '../../../src/seen/fingerprint';
import { SAME_TEMPLATE_SWAPPED, TEMPLATE, UNRELATED_SAME_TRADE } from '../../fixtures/seen/texts';

const NOW = new Date('2026-11-20T10:00:00Z');
const fp = (t: string, names: string[] = []) => encodeSignature(fingerprint(t, names)!);

describe('SeenStore (extension storage)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('flags the second profile that reuses the first one’s text, across platforms and restarts', async () => {
    const first = new SeenStore();
    const opts = { record: true, retentionDays: 180, now: NOW };
    expect(await first.lookupAndRecord({ key: 'linkedin:a', url: 'https://www.linkedin.com/in/a/', platform: 'linkedin', fp: fp(TEMPLATE, ['Daniel Brooks']) }, opts)).toEqual([]);
    // A new store (a service-worker restart) reads the shards back from storage.
    const second = new SeenStore();
    const matches = await second.lookupAndRecord({ key: 'upwork:~01b', url: 'https://www.upwork.com/freelancers/~01b', platform: 'upwork', fp: fp(SAME_TEMPLATE_SWAPPED, ['Marek Novak']) }, opts);
    expect(matches.map((m) => m.url)).toEqual(['https://www.linkedin.com/in/a/']);
    expect(await second.lookupAndRecord({ key: 'github:c', url: 'https://github.com/c', platform: 'github', fp: fp(UNRELATED_SAME_TRADE) }, opts)).toEqual([]);
    expect(await second.size()).toBe(3);
  });

  it('does not record when switched off, survives corrupt shards, and forgets all', async () => {
    const store = new SeenStore();
    await store.lookupAndRecord({ key: 'linkedin:a', url: 'https://www.linkedin.com/in/a/', platform: 'linkedin', fp: fp(TEMPLATE) }, { record: false, retentionDays: 180, now: NOW });
    expect(await store.size()).toBe(0);
    await storage.setItem(`local:seen:${shardOf('linkedin:x')}`, [{ bogus: true }, 'junk']);
    const fresh = new SeenStore();
    expect(await fresh.size()).toBe(0);
    await fresh.lookupAndRecord({ key: 'linkedin:x', url: 'https://www.linkedin.com/in/x/', platform: 'linkedin', fp: fp(TEMPLATE) }, { record: true, retentionDays: 180, now: NOW });
    expect(await fresh.size()).toBe(1);
    await fresh.forgetAll();
    for (let i = 0; i < SHARDS; i++) expect(await storage.getItem(`local:seen:${i}`)).toBeNull();
  });
});
