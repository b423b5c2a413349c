import { describe, expect, it } from 'vitest';
import { isProfileComplete } from '../../../src/content/profile-complete';
import { emptySnapshot } from '../../../src/core/snapshot';

const base = () => ({ ...emptySnapshot('linkedin', 'https://www.linkedin.com/in/sample-person/'), name: 'Sample Person' });
const position = { title: 'Engineer', company: 'Example Co', companyUrl: null, location: null, start: '2020', end: null, current: true, description: null };

describe('isProfileComplete', () => {
  it('is not complete with only the header rendered', () => {
    expect(isProfileComplete(base())).toBe(false);
    expect(isProfileComplete({ ...base(), about: 'Hello' })).toBe(false);
  });

  it('is not complete without a name, whatever else arrived', () => {
    expect(isProfileComplete({ ...base(), name: null, about: 'x', positions: [position] })).toBe(false);
  });

  it('is complete once two late sections have content', () => {
    expect(isProfileComplete({ ...base(), about: 'Hello', positions: [position] })).toBe(true);
  });

  it('counts sections the page says it does not show (private view) as settled', () => {
    expect(isProfileComplete({ ...base(), missingSections: ['about', 'positions', 'education'] })).toBe(true);
  });
});
