import { defineRule } from '../core/rule';
import { claimedDates } from '../matching/document-claims';

/**
 * The file was created after the date its own text says it is from
 * ("Updated: March 2024" in a file created in 2026): the document contradicts
 * itself (de24-rf-cv-inconsistency), one of the things to look for when
 * examining the documents supplied (ca25-mit-scrutinize-docs). Exporting an
 * old résumé again to PDF, or forgetting to change the date, gives the same
 * picture, so it is weak: low, weight 1, and only past a month's margin.
 */
const MARGIN_DAYS = 31;

export default defineRule({
  id: 'document-created-after-claimed-date',
  topic: 'work-history',
  indicators: ['de24-rf-cv-inconsistency', 'ca25-mit-scrutinize-docs'],
  severity: 'low',
  weight: 1,
  platforms: 'all',
  subjects: ['text'],
  text: {
    title: 'The résumé file is newer than the date it claims',
    why:
      'German guidance lists CVs that contradict themselves. This file’s own creation date is well after the date its text gives for it. A résumé exported again later, or a date nobody updated, looks the same — so this only asks for a closer look.',
    nextStep:
      'Ask the candidate when the résumé was written and why the dates differ; check the employment and dates it lists directly with the employers.',
    evidence: {
      claim: 'The text says “{claim}”; the file was created on {created}.',
    },
  },
  check: ({ document: doc, text }, say) => {
    const created = doc?.created ? Date.parse(doc.created) : NaN;
    if (Number.isNaN(created)) return null;
    const late = claimedDates(text).find((c) => created - Date.parse(c.latest) > MARGIN_DAYS * 86_400_000);
    return late ? [say('claim', { claim: late.written, created: doc!.created!.slice(0, 10) })] : null;
  },
});
