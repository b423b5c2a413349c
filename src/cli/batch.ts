import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { t } from '../core/i18n';
import type { SeenIndex } from '../seen/seen-index';
import { CliError } from './errors';
import { inputLabel, readInput } from './read-input';
import { scanFile } from './scan-file';
import type { ScanResult } from './scan-result';

/**
 * Many inputs in one run, for security teams screening a folder of saved pages or an export
 * of messages: one JSON object per line on stdout, in input order, each naming its input
 * (`input` for files, `id` for JSONL records). A bad input yields `{"input"|"id", "error"}`
 * and the run goes on; nothing is held in memory beyond the input being scanned.
 */

/** One thing to scan: a file, standard input, or a record of a JSONL file. */
interface BatchItem {
  key: 'input' | 'id';
  name: string | number;
  /** The text, or a CliError explaining why there is none. */
  load(): Promise<{ text: string; document?: Uint8Array; path: string | null; label: string }>;
}

export interface BatchOptions {
  url: string | null;
  seen?: SeenIndex;
  /** Where result lines go (stdout) and where progress goes (stderr, only when it is a terminal). */
  write(line: string): void;
  progress?: Progress;
}

/** Every regular file under `dir`, depth first, sorted by name at each level; hidden entries included. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      out.push(d); // reading it as a file reports the reason on its own line
      continue;
    }
    const subdirs: string[] = [];
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) subdirs.push(p);
      else if (e.isFile() || e.isSymbolicLink()) out.push(p);
    }
    // Files of a folder before its subfolders, subfolders in name order.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
  }
  return out;
}

/** File arguments as items: a folder stands for every file under it. */
export function fileItems(inputs: readonly string[]): BatchItem[] {
  const items: BatchItem[] = [];
  for (const input of inputs) {
    let paths = [input];
    if (input !== '-') {
      try {
        if (statSync(input).isDirectory()) {
          paths = filesUnder(input);
          if (paths.length === 0) {
            items.push({ key: 'input', name: input, load: () => Promise.reject(new CliError('cli.error.noFiles', { path: input })) });
            continue;
          }
        }
      } catch {
        // a missing path is reported by readInput on its own line
      }
    }
    for (const p of paths) {
      items.push({
        key: 'input',
        name: p,
        load: async () => {
          const file = await readInput(p);
          return { text: file.text, document: file.document, path: file.path ? resolve(file.path) : null, label: inputLabel(p) };
        },
      });
    }
  }
  return items;
}

/** Records of a JSONL file, read line by line (the file may be larger than memory). */
export async function* jsonlItems(path: string): AsyncGenerator<BatchItem> {
  let stream;
  try {
    statSync(path);
    stream = createReadStream(path, { encoding: 'utf8' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw code === 'ENOENT' ? new CliError('cli.error.notFound', { path }) : new CliError('cli.error.unreadable', { path, reason: code ?? 'unknown error' });
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    const lineNo = n;
    let record: unknown;
    let problem: string | null = null;
    try {
      record = JSON.parse(line);
    } catch {
      problem = 'not JSON';
    }
    const rec = !problem && record && typeof record === 'object' && !Array.isArray(record) ? (record as Record<string, unknown>) : null;
    if (!problem && !rec) problem = 'not an object';
    const id = rec && (typeof rec.id === 'string' || typeof rec.id === 'number') ? rec.id : lineNo;
    if (!problem && typeof rec!.text !== 'string') problem = 'no "text" string';
    const label = `${path} line ${lineNo}`;
    yield {
      key: 'id',
      name: id,
      load: () =>
        problem
          ? Promise.reject(new CliError('cli.error.jsonlLine', { line: lineNo, path, reason: problem }))
          : Promise.resolve({ text: rec!.text as string, path: null, label }),
    };
  }
}

/** A one-line progress bar on a terminal's stderr; silent when stderr is a file or a pipe. */
export class Progress {
  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly total: number | null,
  ) {}

  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  update(done: number): void {
    if (!this.enabled) return;
    const label = t('cli.progress', { done, total: this.total ?? '?' });
    if (this.total) {
      const width = 24;
      const full = Math.round((done / this.total) * width);
      this.stream.write(`\r\u001b[K[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${label}`);
    } else {
      this.stream.write(`\r\u001b[K${label}`);
    }
  }

  end(): void {
    if (this.enabled) this.stream.write('\r\u001b[K');
  }
}

function errorText(err: unknown): string {
  if (err instanceof CliError) return err.message;
  return t('cli.error.internal', { reason: err instanceof Error ? err.message.split('\n')[0]! : String(err) });
}

/** Scan every item in order, one JSON line each; returns how many failed. */
export async function runBatch(items: Iterable<BatchItem> | AsyncIterable<BatchItem>, opts: BatchOptions): Promise<number> {
  let done = 0;
  let failed = 0;
  for await (const item of items) {
    let line: string;
    try {
      const { path, label, ...input } = await item.load();
      const { result, note } = await scanFile(input, { url: opts.url, path, label, seen: opts.seen });
      line = JSON.stringify({ [item.key]: item.name, ...result, ...(note ? { note } : {}) } satisfies Record<string, unknown> & Partial<ScanResult>);
    } catch (err) {
      failed++;
      line = JSON.stringify({ [item.key]: item.name, error: errorText(err) });
    }
    opts.write(`${line}\n`);
    opts.progress?.update(++done);
  }
  opts.progress?.end();
  return failed;
}
