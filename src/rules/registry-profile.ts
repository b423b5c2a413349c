import type { RuleDefinition } from './define-rule';
import brokenDates from './career-dates-impossible';
import broadSkills from './broad-skills-many-recs';
import employerLocation from './employer-location-mismatch';
import experienceExceeds from './experience-exceeds-history';
import fewConnections from './few-connections-for-seniority';
import highRatingLowRate from './high-rating-low-rate';
import implausibleHours from './implausible-hours';
import cityCountry from './location-city-country-mismatch';
import nameSpelling from './name-spelling-mismatch';
import newAccount from './new-account';
import overlappingJobs from './overlapping-full-time-jobs';
import rateBelowMarket from './rate-below-market';
import reviewBurst from './review-burst-one-client';
import reviewsBeforeAccount from './reviews-before-account';
import thinProfile from './thin-profile';
import timezoneLocation from './timezone-location-mismatch';
import unverifiedIdentity from './unverified-identity';

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
