import type { InputFile } from './read-input';
import { scanContent, type ScanOptions } from './scan-input';
import { scanResume } from './scan-resume';
import type { ScanDetails, ScanResult } from './scan-result';

export interface FileScan {
  result: ScanResult;
  details: ScanDetails;
  /** One line for stderr (or a batch line's `note`): e.g. a scanned PDF that holds no text. */
  note: string | null;
}

/**
 * One read input, scanned by what it is: a résumé file (PDF, DOCX) with its document
 * properties (scan-resume.ts), anything else as a saved page or text (scan-input.ts).
 */
export async function scanFile(input: Pick<InputFile, 'text' | 'document'>, opts: ScanOptions): Promise<FileScan> {
  if (input.document) return scanResume(input.document, { path: opts.path, label: opts.label, seen: opts.seen, settings: opts.settings, now: opts.now });
  return { ...(await scanContent(input.text, opts)), note: null };
}
