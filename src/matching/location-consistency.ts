import { countryByName } from '../core/countries';
import { parsePlace } from '../core/resolve-place';
import type { ProfileLocation } from '../core/snapshot';
import { countryOfCity, placeKey } from '../core/well-known-cities';
import { COUNTRY_OFFSETS, ZONE_COUNTRY } from './well-known-places';

/**
 * The one place rules may turn place names into countries, and only to compare
 * two statements the candidate made (`us22-rf-cross-profile-inconsistency`,
 * `us22-mit-consistency-check`: stated place of work, location and working
 * hours should agree). No function here says anything about a country itself —
 * every export takes two statements and reports whether they disagree
 * (shared/advisories.md §4 items 1 and 4; checked by the fairness test).
 */

function cityCountry(city: string | null): string | null {
  return city ? (countryOfCity(city) ?? null) : null;
}

/** Country a free-text place names ("Berlin, Germany", "Seoul", "Remote" → null). */
export function countryOfPlace(text: string | null | undefined): string | null {
  if (!text || text.length > 300) return null;
  const parsed = parsePlace(text);
  if (!parsed) return null;
  if (parsed.country) return parsed.country;
  // A bare well-known city ("Warsaw") still names its country; a city with a region does not
  // (the region may belong to a same-named city elsewhere).
  return parsed.region ? null : cityCountry(parsed.city);
}

export interface CityCountryConflict {
  city: string;
  cityCountry: string;
  statedCountry: string;
}

/** "Berlin, France": a well-known city and a country that do not go together, in one statement. */
export function cityCountryConflict(location: ProfileLocation | null): CityCountryConflict | null {
  if (!location?.city || !location.country || location.region) return null;
  const of = cityCountry(location.city);
  const stated = countryByName(location.country.toLowerCase()) ?? location.country;
  if (!of || of === stated) return null;
  return { city: location.city, cityCountry: of, statedCountry: stated };
}

/**
 * The country a statement names. A profile location's structured country
 * field (from the site's own country code or name) wins; its text is
 * re-parsed only when there is none.
 */
function countryOfStatement(s: ProfileLocation | string | null | undefined): string | null {
  if (!s || typeof s === 'string') return countryOfPlace(s);
  if (s.country) return countryByName(s.country.toLowerCase()) ?? s.country;
  return countryOfPlace(s.text);
}

/** Two stated places (free text, or a profile's parsed location) that name different countries (each must name one). */
export function differentCountries(a: ProfileLocation | string | null | undefined, b: ProfileLocation | string | null | undefined): [string, string] | null {
  const ca = countryOfStatement(a);
  const cb = countryOfStatement(b);
  return ca && cb && ca !== cb ? [ca, cb] : null;
}

const OFFSET = /^(?:utc|gmt)\s*([+−-])\s*(\d{1,2})(?::?(\d{2}))?$/i;

/** Hours east of UTC in "UTC+09:00", "GMT-5", "UTC −3:30"; null otherwise. */
export function parseOffset(tz: string): number | null {
  const m = OFFSET.exec(tz.trim());
  if (!m) return null;
  const hours = Number(m[2]) + Number(m[3] ?? 0) / 60;
  if (hours > 14) return null;
  return m[1] === '+' ? hours : -hours;
}

/**
 * Slack around a country's offsets: a candidate may state the zone they keep
 * for a client, and daylight-time changes differ by date; an hour either way is
 * never a signal.
 */
const OFFSET_SLACK_HOURS = 1;

/** A stated time zone that cannot belong to the stated country; returns the zone's reading. */
export function timezoneConflict(tz: string | null, country: string | null): string | null {
  if (!tz || !country || tz.length > 64) return null;
  const stated = countryByName(country.toLowerCase()) ?? country;
  const zone = placeKey(tz).replace(/\s/g, '_');
  if (zone.includes('/')) {
    const of = ZONE_COUNTRY.get(zone) ?? cityCountry(zone.split('/').pop()!.replace(/_/g, ' '));
    return of && of !== stated ? of : null;
  }
  const offset = parseOffset(tz);
  const range = COUNTRY_OFFSETS.get(stated);
  if (offset === null || !range) return null;
  const fits = offset >= range[0] - OFFSET_SLACK_HOURS && offset <= range[1] + OFFSET_SLACK_HOURS;
  return fits ? null : tz.trim();
}
