import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { SeenIndex } from '../seen/seen-index';
import { CliError } from './errors';

/** Seen-profiles files stay well under this; a larger one is not ours. */
const MAX_SEEN_BYTES = 64 * 1024 * 1024;

/**
 * `--seen <file>`: the same format as the extension's index. A missing file
 * starts an empty index; a file that is not an index is refused (and left as it is).
 */
export function readSeenFile(path: string): SeenIndex {
  if (!existsSync(path)) return new SeenIndex();
  let data: unknown;
  try {
    if (statSync(path).size > MAX_SEEN_BYTES) throw new CliError('cli.error.seenInvalid', { path, reason: 'file too large' });
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError('cli.error.seenInvalid', { path, reason: 'not JSON' });
  }
  const { index, error } = SeenIndex.fromJSON(data);
  if (error) throw new CliError('cli.error.seenInvalid', { path, reason: error });
  return index;
}

/** Written to a temporary file first, then renamed: an interrupted write never leaves half an index. */
export function writeSeenFile(path: string, index: SeenIndex): void {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, JSON.stringify(index.toJSON()) + '\n');
    renameSync(tmp, path);
  } catch (err) {
    throw new CliError('cli.error.seenWrite', { path, reason: err instanceof Error ? err.message.split('\n')[0]! : String(err) });
  }
}
