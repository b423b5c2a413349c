import { t } from '../core/i18n';
import { defineRule } from '../core/rule';
import { formatRate, rateInUsd } from '../matching/hourly-rate';
import { seniorityClaim } from '../matching/seniority-claims';

/**
 * jp24-rf-below-market-rate (Japan's 2024 warning: work solicited at fees below
 * the going rate) and kr22-rf-low-fee-offer (ROK 2022: beware unusually low
 * development fees). Rates vary hugely by region and experience, so the floor is
 * set several times below typical senior developer rates on the large
 * marketplaces and applies only to profiles that claim seniority.
 */
const SENIOR_RATE_FLOOR_USD = 15;

export default defineRule({
  id: 'rate-below-market',
  indicators: ['jp24-rf-below-market-rate', 'kr22-rf-low-fee-offer'],
  severity: 'low',
  weight: 2,
  platforms: 'all',
  subjects: ['profile'],
  check: ({ profile }) => {
    if (!profile?.hourlyRate) return null;
    const usd = rateInUsd(profile.hourlyRate);
    if (usd === null || usd <= 0 || usd >= SENIOR_RATE_FLOOR_USD) return null;
    const claim = seniorityClaim(profile);
    if (!claim) return null;
    return [t('rules.rate-below-market.evidence', { rate: formatRate(profile.hourlyRate), claim, floor: SENIOR_RATE_FLOOR_USD })];
  },
});
