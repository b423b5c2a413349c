import { CliError } from './errors';

export interface ScanArgs {
  /** Print one JSON object instead of the readable report. */
  json: boolean;
  /** The page's address when the input is saved HTML (decides the platform extractor). */
  url: string | null;
  /** File paths, folders (every file inside, sorted), or `-` for standard input; in the order given. */
  inputs: string[];
  /** `--jsonl FILE`: one `{"id","text"}` object per line, scanned one by one. */
  jsonl: string | null;
  /** `--outline`: print the page's structure (no texts, no values) instead of scanning it. */
  outline: boolean;
  /** `--seen <file>`: a seen-profiles index to match against and update (template reuse). */
  seen: string | null;
}

/** Options that take a value. */
const VALUE_OPTIONS = new Set(['--url', '--seen', '--jsonl']);

/**
 * Parse `[--json] [--url URL] [--seen FILE] [--outline] <file | folder | -> …` or `--jsonl FILE`.
 * Throws CliError on anything else.
 */
export function parseArgs(argv: readonly string[]): ScanArgs {
  const args: ScanArgs = { json: false, url: null, inputs: [], seen: null, jsonl: null, outline: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--json' && eq < 0) {
      args.json = true;
    } else if (name === '--outline' && eq < 0) {
      args.outline = true;
    } else if (VALUE_OPTIONS.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) throw new CliError('cli.error.missingValue', { option: name });
      if (name === '--url') args.url = checkUrl(value);
      else if (name === '--jsonl') args.jsonl = value;
      else args.seen = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new CliError('cli.error.unknownOption', { option: name });
    } else {
      positional.push(arg);
    }
  }
  if (args.jsonl !== null && positional.length > 0) throw new CliError('cli.error.jsonlWithInputs');
  if (args.jsonl === null && positional.length === 0) throw new CliError('cli.error.noInput');
  if (args.outline && (positional.length !== 1 || args.jsonl !== null)) throw new CliError('cli.error.outlineOne');
  args.inputs = positional;
  return args;
}

function checkUrl(value: string): string {
  try {
    const u = new URL(value);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch {
    // fall through to the error below
  }
  throw new CliError('cli.error.badUrl', { url: value.slice(0, 200) });
}
