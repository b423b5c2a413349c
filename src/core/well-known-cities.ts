/**
 * Large, well-known cities whose name is not also a sizeable city in another
 * country, and their country. Names shared across countries (Vancouver,
 * Melbourne, Dublin, Athens, Lagos, Lima, Vienna, Saint Petersburg, Birmingham,
 * Portland …) are left out on purpose, so a "Paris" can never be mistaken for
 * another country's Paris. Keys are lower-case without accents. Not a risk
 * list: it only lets two statements of the same person be compared
 * (src/matching/location-consistency.ts) and a two-letter code after a city be
 * read ("Mumbai, IN" is India, "Denver, CO" is Colorado). Kept out of the
 * content scripts: only the background and the CLI read it.
 */
export const WELL_KNOWN_CITIES: ReadonlyMap<string, string> = new Map([
  ['berlin', 'Germany'], ['munich', 'Germany'], ['hamburg', 'Germany'], ['frankfurt', 'Germany'], ['cologne', 'Germany'],
  ['paris', 'France'], ['lyon', 'France'], ['marseille', 'France'],
  ['london', 'United Kingdom'], ['manchester', 'United Kingdom'], ['edinburgh', 'United Kingdom'],
  ['madrid', 'Spain'], ['barcelona', 'Spain'],
  ['rome', 'Italy'], ['milan', 'Italy'],
  ['amsterdam', 'Netherlands'], ['rotterdam', 'Netherlands'],
  ['warsaw', 'Poland'], ['krakow', 'Poland'], ['wroclaw', 'Poland'], ['gdansk', 'Poland'],
  ['kyiv', 'Ukraine'], ['kiev', 'Ukraine'], ['lviv', 'Ukraine'], ['kharkiv', 'Ukraine'], ['odesa', 'Ukraine'],
  ['moscow', 'Russia'], ['novosibirsk', 'Russia'], ['vladivostok', 'Russia'],
  ['minsk', 'Belarus'], ['bucharest', 'Romania'], ['sofia', 'Bulgaria'], ['belgrade', 'Serbia'],
  ['budapest', 'Hungary'], ['prague', 'Czechia'], ['zurich', 'Switzerland'], ['geneva', 'Switzerland'],
  ['stockholm', 'Sweden'], ['oslo', 'Norway'], ['copenhagen', 'Denmark'], ['helsinki', 'Finland'],
  ['lisbon', 'Portugal'], ['tallinn', 'Estonia'], ['riga', 'Latvia'], ['vilnius', 'Lithuania'],
  ['istanbul', 'Türkiye'], ['tbilisi', 'Georgia'], ['yerevan', 'Armenia'],
  ['almaty', 'Kazakhstan'], ['tashkent', 'Uzbekistan'], ['ulaanbaatar', 'Mongolia'],
  ['seoul', 'South Korea'], ['busan', 'South Korea'], ['incheon', 'South Korea'],
  ['pyongyang', 'North Korea'],
  ['tokyo', 'Japan'], ['osaka', 'Japan'], ['yokohama', 'Japan'],
  ['beijing', 'China'], ['shanghai', 'China'], ['shenzhen', 'China'], ['shenyang', 'China'], ['guangzhou', 'China'],
  ['bangkok', 'Thailand'], ['hanoi', 'Vietnam'], ['ho chi minh city', 'Vietnam'], ['manila', 'Philippines'],
  ['jakarta', 'Indonesia'], ['kuala lumpur', 'Malaysia'], ['phnom penh', 'Cambodia'], ['vientiane', 'Laos'],
  ['bangalore', 'India'], ['bengaluru', 'India'], ['mumbai', 'India'], ['new delhi', 'India'], ['chennai', 'India'], ['pune', 'India'],
  ['karachi', 'Pakistan'], ['lahore', 'Pakistan'], ['dhaka', 'Bangladesh'],
  ['dubai', 'United Arab Emirates'], ['abu dhabi', 'United Arab Emirates'],
  ['nairobi', 'Kenya'], ['johannesburg', 'South Africa'], ['cape town', 'South Africa'], ['accra', 'Ghana'],
  ['new york city', 'United States'], ['san francisco', 'United States'], ['seattle', 'United States'],
  ['chicago', 'United States'], ['los angeles', 'United States'], ['boston', 'United States'],
  ['toronto', 'Canada'], ['montreal', 'Canada'],
  ['mexico city', 'Mexico'], ['sao paulo', 'Brazil'], ['rio de janeiro', 'Brazil'],
  ['buenos aires', 'Argentina'], ['bogota', 'Colombia'], ['medellin', 'Colombia'],
  ['houston', 'United States'], ['dallas', 'United States'], ['austin', 'United States'], ['atlanta', 'United States'],
  ['denver', 'United States'], ['phoenix', 'United States'], ['philadelphia', 'United States'], ['pittsburgh', 'United States'],
  ['nashville', 'United States'], ['charlotte', 'United States'], ['raleigh', 'United States'], ['baltimore', 'United States'],
  ['minneapolis', 'United States'], ['indianapolis', 'United States'], ['detroit', 'United States'], ['miami', 'United States'],
  ['san diego', 'United States'], ['boise', 'United States'], ['new orleans', 'United States'],
  ['salt lake city', 'United States'], ['las vegas', 'United States'], ['sacramento', 'United States'], ['tampa', 'United States'],
  ['baton rouge', 'United States'], ['little rock', 'United States'], ['tucson', 'United States'], ['annapolis', 'United States'],
  ['new york', 'United States'], ['brooklyn', 'United States'], ['washington', 'United States'], ['st. louis', 'United States'],
  ['bandung', 'Indonesia'], ['surabaya', 'Indonesia'], ['medan', 'Indonesia'],
  ['hyderabad', 'India'], ['kolkata', 'India'], ['ahmedabad', 'India'], ['delhi', 'India'], ['noida', 'India'], ['gurgaon', 'India'], ['gurugram', 'India'],
  ['stuttgart', 'Germany'], ['dusseldorf', 'Germany'], ['leipzig', 'Germany'], ['dresden', 'Germany'],
  ['calgary', 'Canada'], ['ottawa', 'Canada'], ['edmonton', 'Canada'], ['winnipeg', 'Canada'],
  ['cali', 'Colombia'], ['barranquilla', 'Colombia'],
]);

/**
 * A place name as the place tables key it (this table's cities, the time zones of
 * src/matching/well-known-places.ts): accents and direction marks dropped, lower case, single spaces.
 */
export function placeKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The country of a well-known city, or undefined. */
export function countryOfCity(city: string): string | undefined {
  return WELL_KNOWN_CITIES.get(placeKey(city));
}
