import { sniffFormat, startsWith } from '../engine/files/sniff';
import { CliError } from './errors';

/** What a file type makes of an input: text to scan, or a résumé file's bytes for scan-resume.ts. */
export type DecodedInput = { text: string; document?: undefined } | { text: ''; document: Uint8Array };

/**
 * How an input file becomes text, by what its bytes are (never by its extension alone:
 * saved pages are often `.htm`, `.txt` or extension-less). The first type whose `matches`
 * accepts the bytes reads them; a new format (PDF, DOCX …) is one more entry placed
 * before the plain-text fallback at the end.
 */
export interface FileType {
  /** Short name, for messages and tests. */
  id: string;
  /** Whether this type reads these bytes; `name` is the file name (or `standard input`). */
  matches(bytes: Uint8Array, name: string): boolean;
  /** The text to scan (or the document to read); throws `CliError` with a one-line reason when it cannot. */
  read(bytes: Uint8Array, label: string): DecodedInput | Promise<DecodedInput>;
}

/** NUL never occurs in HTML or text a recruiter would scan; it marks images, archives, executables. */
function textOrBinary(text: string, label: string): string {
  if (text.includes('\u0000')) throw new CliError('cli.error.binary', { path: label });
  return text;
}

/** UTF-16 with a byte-order mark, as Windows tools ("Unicode" in Notepad, PowerShell redirection) save text. */
const utf16: FileType = {
  id: 'utf-16',
  matches: (b) => startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff]),
  read(bytes, label) {
    const le = bytes[0] === 0xff;
    const body = bytes.subarray(2, 2 + ((bytes.length - 2) & ~1));
    return { text: textOrBinary(new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(body), label) };
  },
};

/** Everything else is UTF-8 text (invalid sequences become U+FFFD), its BOM dropped. */
const utf8: FileType = {
  id: 'utf-8',
  matches: () => true,
  read(bytes, label) {
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    if (body.includes(0)) throw new CliError('cli.error.binary', { path: label });
    return { text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8') };
  },
};

/**
 * Résumé files (PDF, DOCX, Word 97–2003 .doc), known by their first bytes: binary by nature,
 * so they are passed on whole; scan-resume.ts reads their text and document properties together.
 */
const resumeFile: FileType = {
  id: 'resume',
  matches: (b) => sniffFormat(b) !== 'unknown',
  read: (bytes) => ({ text: '', document: new Uint8Array(bytes) }),
};

/** In order: the first match reads the file. Keep `utf8` last (it accepts anything). */
export const FILE_TYPES: FileType[] = [resumeFile, utf16, utf8];

/** `bytes` read by the first file type that accepts them; empty input is refused. */
export async function decodeInput(bytes: Uint8Array, label: string): Promise<DecodedInput> {
  if (bytes.length === 0) throw new CliError('cli.error.empty', { path: label });
  const type = FILE_TYPES.find((t) => t.matches(bytes, label))!;
  const decoded = await type.read(bytes, label);
  if (!decoded.document && decoded.text.trim() === '') throw new CliError('cli.error.empty', { path: label });
  return decoded;
}
