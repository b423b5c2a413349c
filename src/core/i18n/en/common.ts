export const COMMON: Record<string, string> = {
  'ext.name': 'Hire Signals',
  'level.none': 'No signals',
  'level.low': 'Low',
  'level.medium': 'Medium',
  'level.high': 'High',
  'severity.low': 'Low',
  'severity.medium': 'Medium',
  'severity.high': 'High',
  'common.contextReminder':
    'Signals are not verdicts. Weigh each one in context and together with the others; the person behind a profile may be a victim of identity theft. Verify, never accuse.',
  'common.source': 'Source',
  // How a cited item is known (shared/advisories.md §0 basis codes), so a recruiter can weigh it.
  'common.basis.primary': 'read in the official text',
  'common.basis.secondary': 'known from secondary reports',
  'common.basis.vendor': 'private-sector report, not government',
  'common.nextStep': 'Next step',
  'common.guidance': 'Guidance',
  'common.evidence': 'Seen on this page',
  'common.why': 'Why it matters',
  'common.dismiss': 'Dismiss',
  'common.dismissFinding': 'Dismiss “{title}” for this candidate',
  'settings.corruptFallback': 'Your saved settings could not be read, so the defaults are in use. Nothing was deleted; re-import or adjust them in the options.',
};
