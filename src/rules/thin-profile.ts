import { defineRule } from '../core/rule';
import type { PlatformId, SectionName } from '../core/snapshot';

/**
 * us22-rf-thin-online-presence: a surprisingly bare profile is a red flag in the
 * 2022 advisory, which also asks employers to take extra care with very simple
 * profiles (us22-mit-consistency-check) and to confirm that the websites an
 * account gives actually exist (us22-mit-verify-websites; simple portfolio
 * sites prop up the persona, us22-tc-simple-portfolio-site). The 2023 US–ROK PSA
 * adds profiles without a photo (uskr23-rf-profile-resume-mismatch).
 *
 * A section the page does not show at all (private view, `missingSections`) is
 * unknown, not empty, and never counts. Plenty of honest people keep a sparse
 * profile, so one or two gaps mean nothing: it takes THIN_MARKERS_TO_FIRE.
 */
const THIN_MARKERS_TO_FIRE = 3;

/**
 * Sections a platform's profile page never has: an absence there says nothing
 * about the person. GitHub shows no positions or skills; Fiverr's seller page
 * no positions. (What one *view* of a platform hides — skills and links on
 * public LinkedIn, sections of a private view — the reader reports in
 * `missingSections`.)
 */
const NEVER_SHOWN: Partial<Record<PlatformId, readonly SectionName[]>> = {
  github: ['positions', 'skills'],
  fiverr: ['positions'],
};

export default defineRule({
  id: 'thin-profile',
  topic: 'identity',
  indicators: ['us22-rf-thin-online-presence', 'us22-tc-simple-portfolio-site', 'us22-mit-verify-websites', 'uskr23-rf-profile-resume-mismatch'],
  severity: 'low',
  weight: 2,
  platforms: 'all',
  subjects: ['profile'],
  text: {
    title: 'Very bare profile',
    why:
      'U.S. guidance lists surprisingly bare profiles and simple portfolio sites as a red flag, and the 2023 U.S.–Korean notice mentions profiles without a photo; both ask employers to confirm that linked websites really exist. Many honest people keep sparse profiles, so treat this as one indicator in context.',
    nextStep:
      'Ask for links to past work you can verify (code, shipped products, references reached through a company’s public contact details) and open every site they give to check it exists and matches the profile.',
    evidence: {
      noPhoto: 'No profile photo',
      noAbout: 'No headline or about text',
      noLinks: 'No links to a portfolio, code or other profiles',
      noPositions: 'No positions listed',
      noSkills: 'No skills listed',
    },
  },
  check: ({ profile }, say) => {
    if (!profile) return null;
    const hidden: readonly SectionName[] = [...profile.missingSections, ...(NEVER_SHOWN[profile.platform] ?? [])];
    const markers: string[] = [];
    if (profile.photo === false) markers.push(say('noPhoto'));
    if (!hidden.includes('about') && !profile.about && !profile.headline) markers.push(say('noAbout'));
    if (!hidden.includes('links') && profile.links.length === 0) markers.push(say('noLinks'));
    if (!hidden.includes('positions') && profile.positions.length === 0) markers.push(say('noPositions'));
    if (!hidden.includes('skills') && profile.skills.length === 0) markers.push(say('noSkills'));
    return markers.length >= THIN_MARKERS_TO_FIRE ? markers : null;
  },
});
