/**
 * What a cue's neighbourhood says: the schemes' posts are short and the offer
 * is often in the next sentence ("do you have an upwork account? … you get 30%
 * every month"), so some cues accept a match only when money is offered, or
 * someone else's use is asked for, within a few lines of it.
 */

/** Money offered near the cue: "will pay good", "$300/month", "30% every month", "paid per verification". */
export const PAY_NEAR =
  /\b(?:pay|pays|paying|paid|payment|price|money|earn|earning|income|commission|fee|reward|salary|cooperation)\b|[$€£]\s?\d|\d\s?(?:\$|€|£|usd|usdt|dollars?|eur|gbp|cad|aud)(?![a-z])|\d\s?%|\b(?:monthly|per month|a month|each month|every month)\b/i;

/** An amount for a period, or a share: "$400 per month", "500 USD monthly", "20% of income". */
export const AMOUNT_PER_PERIOD =
  /(?:[$€£]\s?\d[\d,.]*k?|\d[\d,.]*k?\s?(?:\$|€|£|usd|usdt|dollars?|eur|euros?|gbp|cad|aud)(?![a-z]))[^.!?\n]{0,30}?(?:\/\s?(?:month|mo|week|wk)\b|\b(?:monthly|per month|a month|each month|every month|per week|weekly|a week))|\b(?:monthly|per month|a month|each month|every month)\s+(?:of\s+)?(?:[$€£]\s?\d|\d[\d,.]*\s?(?:\$|usd|eur|gbp))|\b\d{1,2}\s?(?:%|percent)\s+(?:of|from)\b/i;

/** The first amount of money in `text`, as a number (thousands separators and "k" read), or null. */
export function firstAmount(text: string): number | null {
  const m = /[$€£]\s?(\d[\d,.]*)(k?)|(\d[\d,.]*)(k?)\s?(?:\$|€|£|usd|usdt|dollars?|eur|euros?|gbp|cad|aud)(?![a-z])/i.exec(text);
  if (!m) return null;
  const n = Number((m[1] ?? m[3] ?? '').replace(/,/g, '').replace(/\.(?=\d{3}\b)/g, ''));
  return Number.isFinite(n) ? n * ((m[2] || m[4]) ? 1000 : 1) : null;
}

/**
 * A small sum, as the recruiting pitches offer ("$300 per month" to lend a name or a
 * laptop), not a salary: at most this much per period.
 */
export const SMALL_SUM = 2_000;

/** The matched cue with some text on each side (at most `before` and `after` characters). */
export function around(m: RegExpMatchArray, before = 120, after = 160): string {
  const at = m.index ?? 0;
  const input = m.input ?? m[0];
  return input.slice(Math.max(0, at - before), at + m[0].length + after);
}
