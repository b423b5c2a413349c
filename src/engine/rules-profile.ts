import type { RuleDefinition } from '../core/rule';
import brokenDates from '../rules/career-dates-impossible';
import broadSkills from '../rules/broad-skills-many-recs';
import employerLocation from '../rules/employer-location-mismatch';
import experienceExceeds from '../rules/experience-exceeds-history';
import fewConnections from '../rules/few-connections-for-seniority';
import highRatingLowRate from '../rules/high-rating-low-rate';
import implausibleHours from '../rules/implausible-hours';
import cityCountry from '../rules/location-city-country-mismatch';
import nameSpelling from '../rules/name-spelling-mismatch';
import newAccount from '../rules/new-account';
import overlappingJobs from '../rules/overlapping-full-time-jobs';
import rateBelowMarket from '../rules/rate-below-market';
import reviewBurst from '../rules/review-burst-one-client';
import reviewsBeforeAccount from '../rules/reviews-before-account';
import thinProfile from '../rules/thin-profile';
import timezoneLocation from '../rules/timezone-location-mismatch';
import unverifiedIdentity from '../rules/unverified-identity';

/** Rules that read a profile's structured fields. */
export const PROFILE_RULES: readonly RuleDefinition[] = [
  newAccount,
  unverifiedIdentity,
  thinProfile,
  fewConnections,
  cityCountry,
  timezoneLocation,
  employerLocation,
  nameSpelling,
  brokenDates,
  overlappingJobs,
  experienceExceeds,
  rateBelowMarket,
  highRatingLowRate,
  implausibleHours,
  reviewBurst,
  reviewsBeforeAccount,
  broadSkills,
];
