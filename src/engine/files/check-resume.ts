import { MAX_PROFILE_TEXT } from '../../core/rule-input';
import type { SeenMatch } from '../../core/rule';
import type { Report } from '../../core/report';
import type { Settings } from '../../settings/schema';
import { evaluate } from '../evaluate';
import { MAX_RESUME_PAGES, type ResumeText } from './read-result';

/**
 * Check a résumé file's text with every text and contact rule (as a pasted
 * résumé is in the lookup) and its document properties with the document
 * rules; `seenMatches` are other résumés and profiles whose text this one
 * reuses, from the seen index (the caller asks it: the engine keeps no index).
 */
export function checkResume(read: ResumeText, settings?: Settings, now = new Date(), seenMatches?: readonly SeenMatch[]): Report {
  return evaluate({ kind: 'text', profile: null, text: read.text.slice(0, MAX_PROFILE_TEXT), now, seenMatches, document: read.facts }, settings);
}

/** i18n key of the one-line note beside a file's findings (no text layer, pages not read, text cut), or null. */
export function resumeNote(read: ResumeText): { key: string; subs?: Record<string, string | number> } | null {
  if (read.noText) return { key: 'resume.note.noText' };
  if (read.pagesCut) return { key: 'resume.note.pagesCut', subs: { pages: read.facts.pages ?? 0, limit: MAX_RESUME_PAGES } };
  if (read.text.length > MAX_PROFILE_TEXT) return { key: 'lookup.hint.truncated', subs: { limit: MAX_PROFILE_TEXT } };
  return null;
}
