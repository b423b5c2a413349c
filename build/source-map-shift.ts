/**
 * A bundle's source map after one line was put before its code (the reader's
 * compile hint, ./reader-compile-hint.ts): every mapping moves one line down.
 */
export function sourceMapOneLineDown(json: string): string {
  const map = JSON.parse(json) as { mappings?: string };
  return JSON.stringify({ ...map, mappings: `;${map.mappings ?? ''}` });
}
