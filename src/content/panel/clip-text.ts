/**
 * Profile text is hostile input: besides rendering it as text (Preact never
 * parses strings as markup), keep huge strings from flooding the page and
 * strip bidi controls that could make evidence read backwards (RTL overrides).
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export const MAX_SHOWN_CHARS = 400;

export function clipText(value: string, max = MAX_SHOWN_CHARS): string {
  const cleaned = String(value).slice(0, max * 2).replace(BIDI_CONTROLS, '');
  return cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned;
}
