/**
 * Hourly rates shown on freelance profiles, converted to U.S. dollars with
 * fixed, rounded reference rates. No network (design.md): the rates drift, but
 * the rate rules use thresholds several times below market, so a drift of even
 * 20 % cannot turn an ordinary rate into a signal. Unknown currencies return
 * null and the rate rules stay silent.
 */
const USD_PER_UNIT: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.05,
  GBP: 1.25,
  CAD: 0.72,
  AUD: 0.64,
  NZD: 0.58,
  CHF: 1.1,
  JPY: 0.0066,
  KRW: 0.0007,
  INR: 0.012,
  PLN: 0.25,
  SEK: 0.095,
  NOK: 0.093,
  DKK: 0.14,
  SGD: 0.74,
  HKD: 0.128,
};

const SYMBOLS: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '₹': 'INR' };

export function rateInUsd(rate: { amount: number; currency: string } | null): number | null {
  if (!rate || !Number.isFinite(rate.amount)) return null;
  const code = SYMBOLS[rate.currency.trim()] ?? rate.currency.trim().toUpperCase();
  const factor = USD_PER_UNIT[code];
  return factor === undefined ? null : rate.amount * factor;
}

export function formatRate(rate: { amount: number; currency: string }): string {
  return `${rate.amount} ${rate.currency}/h`;
}
