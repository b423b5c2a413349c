/**
 * Data for comparing a candidate's own location statements with each other
 * (`us22-rf-cross-profile-inconsistency`, `us22-mit-consistency-check`). This is
 * not a risk list: no place here is a signal by itself (shared/advisories.md §4
 * item 4). Only used by location-consistency.ts.
 *
 * The well-known cities live in core/well-known-cities.ts (the background's
 * place resolution reads them too, to read "Mumbai, IN" as India and "Denver, CO"
 * as Colorado).
 */

/**
 * IANA time-zone names that are not themselves a city above (zone ids use
 * underscores and sometimes older names). Only the country matters here.
 */
export const ZONE_COUNTRY: ReadonlyMap<string, string> = new Map([
  ['america/new_york', 'United States'], ['america/chicago', 'United States'], ['america/denver', 'United States'],
  ['america/los_angeles', 'United States'], ['america/phoenix', 'United States'], ['america/anchorage', 'United States'],
  ['pacific/honolulu', 'United States'], ['america/toronto', 'Canada'], ['america/vancouver', 'Canada'],
  ['america/sao_paulo', 'Brazil'], ['america/mexico_city', 'Mexico'], ['america/bogota', 'Colombia'],
  ['america/argentina/buenos_aires', 'Argentina'], ['europe/dublin', 'Ireland'], ['europe/athens', 'Greece'],
  ['europe/vienna', 'Austria'], ['asia/kolkata', 'India'], ['asia/calcutta', 'India'], ['asia/ho_chi_minh', 'Vietnam'],
  ['asia/saigon', 'Vietnam'], ['africa/lagos', 'Nigeria'], ['australia/sydney', 'Australia'],
  ['australia/melbourne', 'Australia'], ['asia/kiev', 'Ukraine'], ['europe/kiev', 'Ukraine'], ['europe/kyiv', 'Ukraine'],
  ['asia/hong_kong', 'Hong Kong'], ['asia/singapore', 'Singapore'],
]);

/**
 * Every UTC offset (hours, standard and daylight time) a country uses, for
 * checking a stated "UTC+09:00" against the same profile's stated country.
 * Countries missing here are simply not checked.
 */
export const COUNTRY_OFFSETS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['United States', [-10, -4]], ['Canada', [-8, -2.5]], ['Mexico', [-8, -5]], ['Brazil', [-5, -2]],
  ['Argentina', [-3, -3]], ['Colombia', [-5, -5]], ['United Kingdom', [0, 1]], ['Ireland', [0, 1]],
  ['Portugal', [-1, 1]], ['Spain', [0, 2]], ['France', [1, 2]], ['Germany', [1, 2]], ['Netherlands', [1, 2]],
  ['Italy', [1, 2]], ['Poland', [1, 2]], ['Czechia', [1, 2]], ['Hungary', [1, 2]], ['Serbia', [1, 2]],
  ['Sweden', [1, 2]], ['Norway', [1, 2]], ['Denmark', [1, 2]], ['Switzerland', [1, 2]], ['Austria', [1, 2]],
  ['Finland', [2, 3]], ['Estonia', [2, 3]], ['Latvia', [2, 3]], ['Lithuania', [2, 3]], ['Ukraine', [2, 3]],
  ['Romania', [2, 3]], ['Bulgaria', [2, 3]], ['Greece', [2, 3]], ['Belarus', [3, 3]], ['Türkiye', [3, 3]],
  ['Russia', [2, 12]], ['Georgia', [4, 4]], ['Armenia', [4, 4]], ['United Arab Emirates', [4, 4]],
  ['Pakistan', [5, 5]], ['India', [5.5, 5.5]], ['Bangladesh', [6, 6]], ['Kazakhstan', [5, 6]], ['Uzbekistan', [5, 5]],
  ['Thailand', [7, 7]], ['Vietnam', [7, 7]], ['Cambodia', [7, 7]], ['Laos', [7, 7]], ['Indonesia', [7, 9]],
  ['China', [8, 8]], ['Hong Kong', [8, 8]], ['Taiwan', [8, 8]], ['Singapore', [8, 8]], ['Malaysia', [8, 8]],
  ['Philippines', [8, 8]], ['Mongolia', [7, 8]], ['South Korea', [9, 9]], ['North Korea', [9, 9]], ['Japan', [9, 9]],
  ['Australia', [8, 11]], ['New Zealand', [12, 13]], ['Nigeria', [1, 1]], ['Ghana', [0, 0]], ['Kenya', [3, 3]],
  ['South Africa', [2, 2]], ['Egypt', [2, 3]],
]);
