import { profileInput } from '../../../src/core/rule-input';
import {
  emptySnapshot,
  type PlatformId,
  type Position,
  type ProfileSnapshot,
  type ProfileSnapshotInput,
  type Review,
} from '../../../src/core/snapshot';
import { profileSnapshotSchema } from '../../../src/core/snapshot-schema';
import type { RuleInput } from '../../../src/core/rule';

/** Fixed scan date for every rule test. */
export const NOW = new Date('2026-03-15T12:00:00Z');

/** A profile URL per platform; a platform without one (a site added later) gets the generic page's. */
const URLS: Partial<Record<PlatformId, string>> = {
  linkedin: 'https://www.linkedin.com/in/alex-morgan-dev/',
  upwork: 'https://www.upwork.com/freelancers/~01abcdef0123456789',
  github: 'https://github.com/alexmorgan-example',
  indeed: 'https://profile.indeed.com/p/alexm-abc123',
  wellfound: 'https://wellfound.com/u/alex-morgan-example',
  fiverr: 'https://www.fiverr.com/alexmorgan_example',
  freelancer: 'https://www.freelancer.com/u/alexmorganexample',
  generic: 'https://example.org/people/alex-morgan',
};

/**
 * A synthetic, fictional, unremarkable profile: every rule is quiet on it.
 * Tests override only the fields a case is about.
 */
export function profile(overrides: Partial<ProfileSnapshotInput> = {}, platform: PlatformId = 'linkedin'): ProfileSnapshot {
  const base: ProfileSnapshotInput = {
    ...emptySnapshot(platform, URLS[platform] ?? 'https://example.org/people/alex-morgan'),
    name: 'Alex Morgan',
    headline: 'Software Engineer',
    about: 'I build web applications and care about tests.',
    photo: true,
    location: { text: 'Springfield', city: 'Springfield', region: null, country: null },
    memberSince: '2015-04',
    connections: 240,
    skills: ['TypeScript', 'React', 'PostgreSQL'],
    links: ['https://alexmorgan.example.dev'],
    positions: [position({ title: 'Software Engineer', company: 'Northwind Labs', start: '2019-02', current: true })],
    education: [{ school: 'Example State University', degree: 'BSc Computer Science', start: '2012-09', end: '2016-06' }],
  };
  return profileSnapshotSchema.parse({ ...base, ...overrides });
}

export function position(p: Partial<Position>): Position {
  return { title: null, company: null, companyUrl: null, location: null, start: null, end: null, current: false, description: null, ...p };
}

export function review(r: Partial<Review>): Review {
  return { author: null, rating: null, date: null, text: null, title: null, ...r };
}

export function input(p: ProfileSnapshot): RuleInput {
  return profileInput(p, NOW);
}

export function at(overrides: Partial<ProfileSnapshotInput>, platform: PlatformId = 'linkedin'): RuleInput {
  return input(profile(overrides, platform));
}
