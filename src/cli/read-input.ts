import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { CliError } from './errors';
import { sniffFormat } from '../engine/files/sniff';

/** Larger input is not a profile page or a résumé; refuse rather than spend memory on it. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface InputFile {
  text: string;
  /** Absolute path, or null for standard input. */
  path: string | null;
  /** A résumé file (PDF, DOCX): its bytes, read by src/cli/scan-resume.ts; `text` is then empty. */
  bytes?: Uint8Array;
}

/** Text, or the bytes of a résumé file (PDF, DOCX, old .doc: known by their first bytes), which are binary by nature. */
function asInput(bytes: Buffer, label: string, path: string | null): InputFile {
  if (sniffFormat(bytes) !== 'unknown') return { text: '', path, bytes: new Uint8Array(bytes) };
  return { text: decode(bytes, label), path };
}

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? (err instanceof Error ? err.message.split('\n')[0] : 'unknown error');
}

/** Read at most `MAX_INPUT_BYTES + 1` bytes so an oversized stream is detected without reading it all. */
function readBounded(fd: number, label: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1024 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((err as NodeJS.ErrnoException).code === 'EOF') break;
      throw new CliError('cli.error.unreadable', { path: label, reason: reason(err) });
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_INPUT_BYTES) throw new CliError('cli.error.tooLarge', { path: label, limit: MAX_INPUT_BYTES / 1024 / 1024 });
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks, total);
}

/** NUL bytes never occur in HTML or text a recruiter would scan; they mark images, archives, executables. */
function decode(bytes: Buffer, label: string): string {
  if (bytes.includes(0)) throw new CliError('cli.error.binary', { path: label });
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** Read a file path or `-` (standard input) as UTF-8 text, bounded and checked for binary content. */
export function readInput(input: string): InputFile {
  if (input === '-') return asInput(readBounded(0, 'standard input'), 'standard input', null);

  let stat;
  try {
    stat = statSync(input);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') {
      throw new CliError('cli.error.notFound', { path: input });
    }
    throw new CliError('cli.error.unreadable', { path: input, reason: reason(err) });
  }
  if (stat.isDirectory()) throw new CliError('cli.error.directory', { path: input });
  if (stat.isFile() && stat.size > MAX_INPUT_BYTES) {
    throw new CliError('cli.error.tooLarge', { path: input, limit: MAX_INPUT_BYTES / 1024 / 1024 });
  }

  let fd: number;
  try {
    fd = openSync(input, 'r');
  } catch (err) {
    throw new CliError('cli.error.unreadable', { path: input, reason: reason(err) });
  }
  try {
    if (fstatSync(fd).isDirectory()) throw new CliError('cli.error.directory', { path: input });
    return asInput(readBounded(fd, input), input, input);
  } finally {
    closeSync(fd);
  }
}
