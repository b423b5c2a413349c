import { CliError } from './errors';

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
  /** The text to scan; throws `CliError` with a one-line reason when it cannot. */
  read(bytes: Uint8Array, label: string): string | Promise<string>;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

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
    return textOrBinary(new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(body), label);
  },
};

/** Everything else is UTF-8 text (invalid sequences become U+FFFD), its BOM dropped. */
const utf8: FileType = {
  id: 'utf-8',
  matches: () => true,
  read(bytes, label) {
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    if (body.includes(0)) throw new CliError('cli.error.binary', { path: label });
    return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  },
};

/** In order: the first match reads the file. Keep `utf8` last (it accepts anything). */
export const FILE_TYPES: FileType[] = [utf16, utf8];

/** The text of `bytes`, read by the first file type that accepts them; empty input is refused. */
export async function decodeInput(bytes: Uint8Array, label: string): Promise<string> {
  if (bytes.length === 0) throw new CliError('cli.error.empty', { path: label });
  const type = FILE_TYPES.find((t) => t.matches(bytes, label))!;
  const text = await type.read(bytes, label);
  if (text.trim() === '') throw new CliError('cli.error.empty', { path: label });
  return text;
}
