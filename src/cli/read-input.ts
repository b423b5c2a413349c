import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { CliError } from './errors';
import { decodeInput } from './file-types';

/** Larger input is not a profile page or a résumé; refuse rather than spend memory on it. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** How messages name an input argument: its path, or `standard input` for `-`. */
export const inputLabel = (input: string): string => (input === '-' ? 'standard input' : input);

export interface InputFile {
  text: string;
  /** A résumé file (PDF, DOCX): its bytes, read by src/cli/scan-resume.ts; `text` is then empty. */
  document?: Uint8Array;
  /** Absolute path, or null for standard input. */
  path: string | null;
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

/**
 * Read a file path or `-` (standard input) as text: bounded in size, then decoded by the
 * first matching entry of `FILE_TYPES` (file-types.ts), which also refuses empty and binary input.
 */
export async function readInput(input: string): Promise<InputFile> {
  if (input === '-') return { ...(await decodeInput(readBounded(0, 'standard input'), 'standard input')), path: null };

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
  let bytes: Buffer;
  try {
    if (fstatSync(fd).isDirectory()) throw new CliError('cli.error.directory', { path: input });
    bytes = readBounded(fd, input);
  } finally {
    closeSync(fd);
  }
  return { ...(await decodeInput(bytes, input)), path: input };
}
