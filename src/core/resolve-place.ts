import { placeOfCode } from './countries';
import { parseLocation, type ParsedLocation } from './normalise';
import type { ProfileSnapshot } from './snapshot';
import { countryOfCity } from './well-known-cities';

/**
 * Places completed where the well-known cities are known: the background and the
 * CLI. The page readers parse a place without the city table (it stays out of the
 * content scripts), so "Mumbai, IN" arrives as city Mumbai, region IN, country
 * unknown; here the city decides whether IN is India or Indiana (`placeOfCode`).
 */

/** `text` parsed with the city table. */
export function parsePlace(text: string | null | undefined): ParsedLocation | null {
  return parseLocation(text, countryOfCity);
}

/** A reader's place with an undecided two-letter code decided by its city; the same object when nothing changes. */
export function resolvePlace(place: ParsedLocation | null): ParsedLocation | null {
  if (!place || place.country !== null || !place.city || !place.region || !/^[A-Z]{2}$/.test(place.region)) return place;
  const coded = placeOfCode(place.city, place.region, countryOfCity);
  if (!coded || (coded.country === null && coded.region === place.region)) return place;
  return { ...place, region: coded.region, country: coded.country };
}

/** The snapshot with its place completed; the same object when nothing changes. */
export function withResolvedPlace(profile: ProfileSnapshot): ProfileSnapshot {
  const location = resolvePlace(profile.location);
  return location === profile.location ? profile : { ...profile, location };
}
