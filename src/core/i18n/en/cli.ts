/** Strings of the `scan` command added for bounded input, batches and page outlines. */
export const CLI: Record<string, string> = {
  'cli.error.empty': 'empty input: {path} holds nothing to scan',
  'cli.error.tooManyElements': 'cannot scan {path}: the page has more than {limit} elements, far beyond any profile page',
  'cli.error.tooDeep': 'cannot scan {path}: the page is nested more than {limit} levels deep, far beyond any profile page',
  'cli.error.tooComplex': 'cannot scan {path}: the page is too complex to read ({reason})',
  'cli.error.outlineOne': '--outline takes exactly one page',
  'cli.error.outlineDocument': '{path}: --outline reads saved pages; this is a résumé file (scan it without --outline)',
  'cli.error.jsonlWithInputs': '--jsonl cannot be combined with input files',
  'cli.error.jsonlLine': 'line {line} of {path} is not a {"id","text"} object: {reason}',
  'cli.error.noFiles': 'no files in the folder {path}',
  'cli.progress': '{done}/{total} scanned',
};
