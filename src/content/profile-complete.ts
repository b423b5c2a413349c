import type { ProfileSnapshot } from '../core/snapshot';

/**
 * Whether a profile looks fully loaded, so the late-section observer can stop.
 * Sites render the header first and stream sections (experience, reviews,
 * repositories) in later; a section counts as settled when it has content or
 * the page says it is not shown (`missingSections`, e.g. a private view).
 */
const LATE_SECTIONS = ['about', 'positions', 'education', 'skills', 'reviews'] as const;

export function isProfileComplete(s: ProfileSnapshot): boolean {
  if (!s.name) return false;
  const settled = LATE_SECTIONS.filter((section) => {
    if (s.missingSections.includes(section)) return true;
    switch (section) {
      case 'about':
        return s.about !== null;
      case 'positions':
        return s.positions.length > 0;
      case 'education':
        return s.education.length > 0;
      case 'skills':
        return s.skills.length > 0;
      case 'reviews':
        return s.reviews.length > 0;
    }
  }).length;
  // Profiles rarely fill every section; two settled late sections mean the
  // body has rendered, not just the header.
  return settled >= 2;
}
