import type { Report } from '../../core/report';
import type { SeenMatch } from '../../core/rule';
import { checkResume, resumeNote } from '../../engine/files/check-resume';
import { readResumeFile } from '../../engine/files/read-resume';
import { fail, MAX_RESUME_BYTES, type ResumeRead } from '../../engine/files/read-result';
import type { Settings } from '../../settings/schema';
import { t } from '../../core/i18n';
import { askBackground } from './background-link';

/** What the drop zone shows for one file. */
export interface ResumeOutcome {
  fileName: string;
  read: ResumeRead;
  report: Report | null;
  /** One line beside the findings (no text layer, pages not read), already worded. */
  note: string | null;
  /** Read and checked in this many milliseconds (for the bench and the E2E). */
  ms: number;
}

/** Loaded on the first PDF only: the popup's first paint does not pay for pdf.js. */
const loadPdfjs = () => import('./pdfjs-browser').then((m) => m.pdfjs);

/** The seen index lives in the background: it fingerprints the text, matches and remembers it. */
async function seenMatches(read: Extract<ResumeRead, { ok: true }>): Promise<SeenMatch[]> {
  try {
    const answer = await askBackground<SeenMatch[] | undefined>({ type: 'hs:resume-seen', name: read.facts.claimedName, fileName: read.facts.fileName || 'résumé', text: read.text.slice(0, 200_000) });
    return Array.isArray(answer) ? answer : [];
  } catch {
    return [];
  }
}

/** Read a dropped or chosen file and check it; never throws (a bad file is an outcome with its reason). */
export async function checkResumeFile(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>, settings: Settings): Promise<ResumeOutcome> {
  const t0 = performance.now();
  const done = (read: ResumeRead, report: Report | null = null, note: string | null = null): ResumeOutcome => ({ fileName: file.name, read, report, note, ms: performance.now() - t0 });
  // Refused before reading: a large file is not loaded into the popup at all.
  if (file.size > MAX_RESUME_BYTES) return done(fail('too-large'));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return done(fail('damaged'));
  }
  const read = await readResumeFile(bytes, file.name, { loadPdfjs });
  if (!read.ok) return done(read);
  const matches = settings.templateReuse.enabled && !read.noText ? await seenMatches(read) : [];
  const report = checkResume(read, settings, new Date(), matches);
  const note = resumeNote(read);
  return done(read, report, note ? t(note.key, note.subs) : null);
}
