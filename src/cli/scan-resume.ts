import { basename } from 'node:path';
import { t } from '../core/i18n';
import type { SeenMatch } from '../core/rule';
import { checkResume, resumeNote } from '../engine/files/check-resume';
import type { PdfJs } from '../engine/files/pdf';
import { readResumeFile } from '../engine/files/read-resume';
import { MAX_RESUME_BYTES, type ResumeText } from '../engine/files/read-result';
import { resumeFingerprint, resumeSubject } from '../seen/resume-fingerprint';
import type { SeenIndex } from '../seen/seen-index';
import type { Settings } from '../settings/schema';
import { CliError } from './errors';
import { resultFrom, type ScanDetails, type ScanResult } from './scan-result';

/** pdf.js's node build; loaded only when the input is a PDF. */
const loadPdfjs = () => import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJs>;

export interface ResumeScanOptions {
  path: string | null;
  /** How messages name the input (a path, `standard input`); defaults to the path. */
  label?: string;
  seen?: SeenIndex;
  settings?: Settings;
  now?: Date;
}

/** Template reuse: other résumés and profiles in the index with this text; then remember this résumé. */
function matchAndRecord(seen: SeenIndex, read: ResumeText, now: Date): SeenMatch[] {
  const sig = resumeFingerprint(read.text, read.facts.claimedName);
  return sig ? seen.screen(sig, resumeSubject(read.facts.claimedName, read.facts.fileName), now) : [];
}

/**
 * `scan resume.pdf|resume.docx`: the file's text through every text and contact
 * rule, its properties through the document rules. A file that cannot be read
 * is a CliError with its one-line reason (exit 2); a file without text (a scan)
 * is a report with a note.
 */
export async function scanResume(bytes: Uint8Array, opts: ResumeScanOptions): Promise<{ result: ScanResult; details: ScanDetails; note: string | null }> {
  const label = opts.label ?? opts.path ?? 'standard input';
  const read = await readResumeFile(bytes, opts.path ? basename(opts.path) : 'stdin', { loadPdfjs });
  if (!read.ok) throw new CliError('cli.error.unreadable', { path: label, reason: t(`resume.problem.${read.problem}`, { limit: MAX_RESUME_BYTES / 1024 / 1024 }) });
  const now = opts.now ?? new Date();
  const seenMatches = opts.seen ? matchAndRecord(opts.seen, read, now) : undefined;
  const out = resultFrom(checkResume(read, opts.settings, now, seenMatches), { platform: null, state: 'text', profile: null });
  out.details.inputKind = read.facts.format;
  const note = resumeNote(read);
  return { ...out, note: note ? t(note.key, note.subs) : null };
}
