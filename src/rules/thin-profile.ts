import { t } from '../core/i18n';
import { defineRule } from '../core/rule';

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

export default defineRule({
  id: 'thin-profile',
  indicators: ['us22-rf-thin-online-presence', 'us22-tc-simple-portfolio-site', 'us22-mit-verify-websites', 'uskr23-rf-profile-resume-mismatch'],
  severity: 'low',
  weight: 2,
  platforms: 'all',
  subjects: ['profile'],
  check: ({ profile }) => {
    if (!profile) return null;
    const hidden = profile.missingSections;
    const markers: string[] = [];
    if (profile.photo === false) markers.push(t('rules.thin-profile.evidence.noPhoto'));
    if (!hidden.includes('about') && !profile.about && !profile.headline) markers.push(t('rules.thin-profile.evidence.noAbout'));
    if (!hidden.includes('links') && profile.links.length === 0) markers.push(t('rules.thin-profile.evidence.noLinks'));
    if (!hidden.includes('positions') && profile.positions.length === 0) markers.push(t('rules.thin-profile.evidence.noPositions'));
    if (!hidden.includes('skills') && profile.skills.length === 0) markers.push(t('rules.thin-profile.evidence.noSkills'));
    return markers.length >= THIN_MARKERS_TO_FIRE ? markers : null;
  },
});
