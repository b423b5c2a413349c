import { defineRule } from '../core/rule';
import { formatRate, rateInUsd } from '../matching/hourly-rate';
import { seniorityClaim } from '../matching/seniority-claims';

/**
 * jp24-rf-below-market-rate (Japan's 2024 warning: work solicited at fees below
 * the going rate) and kr22-rf-low-fee-offer (ROK 2022: beware unusually low
 * development fees), repeated by Canada in 2025 (ca25-rf-low-bid). Rates vary hugely by region and experience, so the floor is
 * set several times below typical senior developer rates on the large
 * marketplaces and applies only to profiles that claim seniority.
 */
const SENIOR_RATE_FLOOR_USD = 15;

export default defineRule({
  id: 'rate-below-market',
  topic: 'rates-reviews',
  indicators: ['jp24-rf-below-market-rate', 'kr22-rf-low-fee-offer', 'ca25-rf-low-bid'],
  severity: 'low',
  weight: 2,
  platforms: 'all',
  subjects: ['profile'],
  text: {
    title: 'Rate far below market for a senior profile',
    why:
      'Japanese and Korean guidance warn about work offered at fees well below the going rate. A senior profile asking a small fraction of typical senior rates matches that description. Rates differ a lot between regions and careers, so weigh it in context.',
    nextStep:
      'Ask how the rate was set and who else works on the account; hold a live video call with camera on and check ID against the application.',
    evidence: {
      rate: 'Hourly rate {rate} (under {floor} USD/h) while the profile says “{claim}”',
    },
  },
  check: ({ profile }, say) => {
    if (!profile?.hourlyRate) return null;
    const usd = rateInUsd(profile.hourlyRate);
    if (usd === null || usd <= 0 || usd >= SENIOR_RATE_FLOOR_USD) return null;
    const claim = seniorityClaim(profile);
    if (!claim) return null;
    return [say('rate', { rate: formatRate(profile.hourlyRate), claim, floor: SENIOR_RATE_FLOOR_USD })];
  },
});
