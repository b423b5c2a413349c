/**
 * `npm run scan -- [--json] [--url URL] [--seen FILE] <file | folder | -> [more …]` — scan saved
 * profile pages (HTML), résumé files (PDF, DOCX) or pasted text (résumé, message, e-mail,
 * domain …) with the same core as the extension. Reads nothing from the network.
 *
 * One file: the readable report (or one JSON object with `--json`). Several files, a folder,
 * or `--jsonl FILE` of `{"id","text"}` lines: one JSON object per line, in input order
 * (batch.ts). `--outline PAGE`: the page's structure without its texts or values, for bug reports.
 *
 * Exit codes: 0 report printed (every input of a batch scanned), 2 bad arguments or an
 * unreadable, empty, oversized or too-deep input (one line on stderr; in a batch, an error
 * line for that input and the run goes on).
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { t } from '../core/i18n';
import { parseArgs } from './args';
import { fileItems, jsonlItems, Progress, runBatch } from './batch';
import { CliError, EXIT_USAGE } from './errors';
import { formatJson, formatReport } from './format-report';
import { inputLabel, readInput } from './read-input';
import { scanFile } from './scan-file';
import { outlineContent } from './scan-input';
import { readSeenFile, writeSeenFile } from './seen-file';

/** Library warnings (extractors, happy-dom) become single lines on stderr: never a stack trace. */
function quietWarnings(): void {
  const oneLine = (...parts: unknown[]) => {
    const text = parts.map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : '')).filter(Boolean).join(' ');
    process.stderr.write(`${text.split('\n')[0]}\n`);
  };
  console.warn = oneLine;
  console.error = oneLine;
}

const isFolder = (p: string) => {
  try {
    return p !== '-' && statSync(p).isDirectory();
  } catch {
    return false;
  }
};

export async function main(argv: readonly string[]): Promise<number> {
  quietWarnings();
  try {
    const args = parseArgs(argv);
    if (args.outline) {
      const input = await readInput(args.inputs[0]!);
      const label = inputLabel(args.inputs[0]!);
      if (input.document) throw new CliError('cli.error.outlineDocument', { path: label });
      process.stdout.write(await outlineContent(input.text, label));
      return 0;
    }
    const seen = args.seen ? readSeenFile(args.seen) : undefined;
    if (args.jsonl !== null || args.inputs.length > 1 || args.inputs.some(isFolder)) {
      const items = args.jsonl !== null ? jsonlItems(args.jsonl) : fileItems(args.inputs);
      const total = Array.isArray(items) ? items.length : null;
      const failed = await runBatch(items, {
        url: args.url,
        seen,
        write: (line) => process.stdout.write(line),
        progress: new Progress(process.stderr, total),
      });
      if (args.seen && seen) writeSeenFile(args.seen, seen);
      return failed > 0 ? EXIT_USAGE : 0;
    }
    const input = await readInput(args.inputs[0]!);
    const label = inputLabel(args.inputs[0]!);
    const { result, details, note } = await scanFile(input, { url: args.url, path: input.path ? resolve(input.path) : null, label, seen, release: false });
    if (note) process.stderr.write(`scan: ${label}: ${note}\n`);
    if (args.seen && seen) writeSeenFile(args.seen, seen);
    process.stdout.write(args.json ? formatJson(result) : formatReport(result, details));
    return 0;
  } catch (err) {
    if (err instanceof CliError) {
      process.stderr.write(`scan: ${err.message}\n${err.message.startsWith('no input') || /option|--url|--outline|--jsonl/.test(err.message) ? `${t('cli.usage')}\n` : ''}`);
    } else {
      const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
      process.stderr.write(`scan: ${t('cli.error.internal', { reason })}\n`);
    }
    return EXIT_USAGE;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = EXIT_USAGE;
  },
);
