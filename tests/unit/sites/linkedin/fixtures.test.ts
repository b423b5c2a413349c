import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extract as extractLinkedIn } from '../../../../src/sites/linkedin/extract';
import { extractPage } from '../../../../src/sites/extract-page';
import { profileSnapshotSchema } from '../../../../src/core/snapshot-schema';
import { bystanders, viewer } from '../../../fixtures/linkedin/people';
import { expectedFor, loadFixture } from './load-fixture';

const PROFILE_FIXTURES = ['public-2023', 'public-2024', 'logged-in-rich', 'logged-in-2026-h2', 'logged-in-private'] as const;
const ALL_FIXTURES = [...PROFILE_FIXTURES, 'not-found', 'signin-wall'] as const;
const FIELDS = [
  'platform', 'name', 'headline', 'location', 'about', 'photo', 'verified', 'memberSince', 'followers', 'connections',
  'connectionsCapped', 'positions', 'education', 'languages', 'skills', 'links', 'accountId', 'accountNumber', 'missingSections',
] as const;

beforeEach(() => fakeBrowser.reset());

describe('LinkedIn fixtures: page state', () => {
  for (const name of ALL_FIXTURES) {
    it(`${name} → ${expectedFor(name).state}`, () => {
      const exp = expectedFor(name);
      const result = extractLinkedIn(loadFixture(name), exp.url);
      expect(result.state).toBe(exp.state);
      if (exp.state !== 'profile') expect(result.snapshot).toBeNull();
    });
  }
});

describe('LinkedIn fixtures: field by field', () => {
  for (const name of PROFILE_FIXTURES) {
    describe(name, () => {
      const exp = expectedFor(name);
      const doc = loadFixture(name);
      const snap = extractLinkedIn(doc, exp.url).snapshot!;
      for (const field of FIELDS) {
        it(field, () => {
          expect(snap).not.toBeNull();
          expect(snap[field]).toEqual(exp.snapshot![field]);
        });
      }
      it('validates against profileSnapshotSchema and survives extractPage', () => {
        expect(profileSnapshotSchema.safeParse(snap).success).toBe(true);
        const page = extractPage(doc, exp.url);
        expect(page.platform).toBe('linkedin');
        expect(page.state).toBe('profile');
        expect(page.snapshot?.name).toBe(exp.snapshot!.name);
      });
      it('contains no viewer or bystander data', () => {
        const json = JSON.stringify(snap);
        for (const leak of [viewer.first + ' ' + viewer.last, viewer.headline, viewer.slug, String(viewer.memberNumber), 'Leeds']) {
          expect(json).not.toContain(leak);
        }
        for (const b of bystanders) {
          expect(json).not.toContain(b.name);
          expect(json).not.toContain(b.headline);
        }
      });
    });
  }
});

describe('LinkedIn: viewer never becomes the candidate', () => {
  it('a logged-in page whose URL slug has no Profile object does not borrow the viewer or a bystander', () => {
    const doc = loadFixture('logged-in-rich');
    const snap = extractLinkedIn(doc, 'https://www.linkedin.com/in/someone-else-entirely/').snapshot!;
    expect(snap.accountNumber).toBeNull();
    expect(snap.accountId).toBe('someone-else-entirely');
    expect(JSON.stringify(snap)).not.toContain(viewer.headline);
  });

  it('with the candidate block removed, the DOM top card still names the candidate, not the viewer', () => {
    const doc = loadFixture('logged-in-rich');
    for (const code of Array.from(doc.querySelectorAll('code[id^="bpr-guid-"]'))) {
      if (code.textContent?.includes('tomas-ridgeway-eng')) code.remove();
    }
    const snap = extractLinkedIn(doc, 'https://www.linkedin.com/in/tomas-ridgeway-eng/').snapshot!;
    expect(snap.name).toBe('Tomas Ridgeway');
    expect(snap.headline).toBe(expectedFor('logged-in-rich').snapshot!.headline);
    expect(snap.location?.country).toBe('United States');
    expect(snap.positions).toHaveLength(4);
    expect(JSON.stringify(snap)).not.toContain(viewer.first);
  });
});

describe('LinkedIn public view: DOM fallback without JSON-LD', () => {
  for (const name of ['public-2023', 'public-2024'] as const) {
    it(`${name} reads the sections when the JSON-LD script is gone`, () => {
      const exp = expectedFor(name).snapshot!;
      const doc = loadFixture(name);
      doc.querySelectorAll('script[type="application/ld+json"]').forEach((s) => s.remove());
      const snap = extractLinkedIn(doc, expectedFor(name).url).snapshot!;
      expect(snap.name).toBe(exp.name);
      expect(snap.headline).toBe(exp.headline);
      expect(snap.location).toEqual(exp.location);
      expect(snap.about).toBe(exp.about);
      expect(snap.connections).toBe(exp.connections);
      const byCompany = (a: { company: string | null }, b: { company: string | null }) => (a.company ?? '').localeCompare(b.company ?? '');
      expect([...snap.positions].sort(byCompany)).toEqual([...(exp.positions as { company: string | null }[])].sort(byCompany));
      expect(snap.education).toEqual(exp.education);
      expect(snap.languages).toEqual(exp.languages);
      expect(profileSnapshotSchema.safeParse(snap).success).toBe(true);
    });
  }

  it('falls back to og/profile meta for the name when the top card and JSON-LD are missing', () => {
    const doc = loadFixture('public-2024');
    doc.querySelectorAll('script[type="application/ld+json"], h1').forEach((s) => s.remove());
    const snap = extractLinkedIn(doc, expectedFor('public-2024').url).snapshot!;
    expect(snap.name).toBe('Dario Quintel');
  });
});
