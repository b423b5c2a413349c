/**
 * `npm run scan -- [--json] [--url URL] [--seen FILE] <file | ->` — scan a saved profile page
 * (HTML), a résumé file (PDF, DOCX) or pasted text (résumé, message, e-mail, domain …) with the same core
 * as the extension. Reads nothing from the network. Exit codes: 0 report printed,
 * 2 bad arguments or unreadable input (one line on stderr).
 */
import { resolve } from 'node:path';
import { t } from '../core/i18n';
import { parseArgs } from './args';
import { CliError, EXIT_USAGE } from './errors';
import { formatJson, formatReport } from './format-report';
import { readInput } from './read-input';
import { scanContent } from './scan-input';
import { scanResume } from './scan-resume';
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

export async function main(argv: readonly string[]): Promise<number> {
  quietWarnings();
  try {
    const args = parseArgs(argv);
    const input = readInput(args.input);
    const seen = args.seen ? readSeenFile(args.seen) : undefined;
    const { result, details, note } = input.bytes
      ? await scanResume(input.bytes, { path: input.path, seen })
      : { ...(await scanContent(input.text, { url: args.url, path: input.path ? resolve(input.path) : null, seen })), note: null };
    if (note) process.stderr.write(`scan: ${input.path ?? 'standard input'}: ${note}\n`);
    if (args.seen && seen) writeSeenFile(args.seen, seen);
    process.stdout.write(args.json ? formatJson(result) : formatReport(result, details));
    return 0;
  } catch (err) {
    if (err instanceof CliError) {
      process.stderr.write(`scan: ${err.message}\n${err.message.startsWith('no input') || /option|--url/.test(err.message) ? `${t('cli.usage')}\n` : ''}`);
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
