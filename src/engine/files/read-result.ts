import type { DocumentFacts } from '../../core/document-facts';

/** Larger files are not résumés (a long CV with photos is a few MB); refuse before parsing. */
export const MAX_RESUME_BYTES = 15 * 1024 * 1024;
/** Only the first pages are read: a résumé is one to a few pages, and pdf.js costs time per page. */
export const MAX_RESUME_PAGES = 40;
/** A DOCX's XML parts together, unpacked: bounds a zip bomb. */
export const MAX_DOCX_XML_BYTES = 25 * 1024 * 1024;
/** A file that takes longer than this to read is treated as damaged, so a hostile file cannot hang the popup. */
export const READ_TIMEOUT_MS = 20_000;

/**
 * Why a file gave no text to check, one reason each, each with its own
 * one-line message (`resume.problem.<problem>` in src/core/i18n/en/resume.ts).
 */
export const RESUME_PROBLEMS = ['empty', 'too-large', 'unsupported', 'legacy-doc', 'damaged', 'encrypted'] as const;
export type ResumeProblem = (typeof RESUME_PROBLEMS)[number];

export interface ResumeText {
  ok: true;
  /** The document's text, lines kept (headers first for DOCX, page by page for PDF). */
  text: string;
  facts: DocumentFacts;
  /** The file has pages but no text layer: a scan or a picture of a résumé. */
  noText: boolean;
  /** More pages than MAX_RESUME_PAGES: only the first ones were read. */
  pagesCut: boolean;
}

export interface ResumeFailure {
  ok: false;
  problem: ResumeProblem;
  format: DocumentFacts['format'] | null;
}

export type ResumeRead = ResumeText | ResumeFailure;

export const fail = (problem: ResumeProblem, format: ResumeFailure['format'] = null): ResumeFailure => ({ ok: false, problem, format });

/** Document properties are free text typed by anyone: trimmed, control characters dropped, bounded. */
export function cleanProperty(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // oxlint-disable-next-line no-control-regex -- removing control characters is the point.
  const s = value.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, ' ').replace(/\s+/g, ' ').trim();
  return s ? s.slice(0, 300) : null;
}

/** An ISO date from a W3C date-time (DOCX) or an ISO-like string; null when it is not a real date. */
export function isoDate(value: string | null): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  // Word writes 1601-01-01 for "never"; years past 9999 are not dates anyone typed.
  return year < 1980 || year > 9999 ? null : new Date(ms).toISOString();
}

/** PDF date string (ISO 32000 § 7.9.4): D:YYYYMMDDHHmmSSOHH'mm', every part after the year optional. */
export function pdfDate(value: string | null): string | null {
  if (!value) return null;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?'?/.exec(value.trim());
  if (!m) return isoDate(value);
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  const offset = sign === '+' || sign === '-' ? `${sign}${oh}:${om}` : 'Z';
  return isoDate(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
}
