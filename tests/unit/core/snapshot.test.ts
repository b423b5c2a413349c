import { describe, expect, it } from 'vitest';
import { emptySnapshot, PLATFORM_IDS } from '../../../src/core/snapshot';
import { profileSnapshotSchema } from '../../../src/core/snapshot-schema';

describe('emptySnapshot (written out so content scripts need no schema)', () => {
  it.each(PLATFORM_IDS)('equals what the schema fills in for %s with every field unknown', (platform) => {
    const url = 'https://example.com/profile/someone';
    const required = { platform, url, accountId: null, name: null, headline: null, location: null, about: null, photo: null };
    const more = { verified: null, memberSince: null, followers: null, connections: null, hourlyRate: null, jobsCompleted: null, rating: null };
    const parsed = profileSnapshotSchema.parse({ ...required, ...more });
    expect(emptySnapshot(platform, url)).toEqual(parsed);
    // Every key the schema knows is present (a new field without a default here would be missed),
    // but for the optional ones a site sets only where it has them.
    const optional = new Set(['badges']);
    expect(Object.keys(emptySnapshot(platform, url)).sort()).toEqual(Object.keys(profileSnapshotSchema.shape).filter((k) => !optional.has(k)).sort());
  });
});
