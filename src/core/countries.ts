/**
 * Country names and ISO 3166-1 alpha-2 codes, to *parse* locations that pages state
 * ("Austin, Texas, United States", Upwork's countryCodeIso2). This is not a risk list:
 * rules may compare two of a candidate's own statements, never flag a country (fairness test).
 */
// One `CODE Name` per line: a plain string costs the content scripts a third of
// what an array of pairs does (bundle budget).
const COUNTRY_TABLE = `
AF Afghanistan
AX Åland Islands
AL Albania
DZ Algeria
AS American Samoa
AD Andorra
AO Angola
AI Anguilla
AG Antigua and Barbuda
AR Argentina
AM Armenia
AW Aruba
AU Australia
AT Austria
AZ Azerbaijan
BS Bahamas
BH Bahrain
BD Bangladesh
BB Barbados
BY Belarus
BE Belgium
BZ Belize
BJ Benin
BM Bermuda
BT Bhutan
BO Bolivia
BA Bosnia and Herzegovina
BW Botswana
BR Brazil
BN Brunei
BG Bulgaria
BF Burkina Faso
BI Burundi
KH Cambodia
CM Cameroon
CA Canada
CV Cape Verde
KY Cayman Islands
CF Central African Republic
TD Chad
CL Chile
CN China
CO Colombia
KM Comoros
CG Congo
CD Democratic Republic of the Congo
CR Costa Rica
CI Côte d'Ivoire
HR Croatia
CU Cuba
CW Curaçao
CY Cyprus
CZ Czechia
DK Denmark
DJ Djibouti
DM Dominica
DO Dominican Republic
EC Ecuador
EG Egypt
SV El Salvador
GQ Equatorial Guinea
ER Eritrea
EE Estonia
SZ Eswatini
ET Ethiopia
FJ Fiji
FI Finland
FR France
GF French Guiana
PF French Polynesia
GA Gabon
GM Gambia
GE Georgia
DE Germany
GH Ghana
GI Gibraltar
GR Greece
GL Greenland
GD Grenada
GP Guadeloupe
GU Guam
GT Guatemala
GG Guernsey
GN Guinea
GW Guinea-Bissau
GY Guyana
HT Haiti
HN Honduras
HK Hong Kong
HU Hungary
IS Iceland
IN India
ID Indonesia
IR Iran
IQ Iraq
IE Ireland
IM Isle of Man
IL Israel
IT Italy
JM Jamaica
JP Japan
JE Jersey
JO Jordan
KZ Kazakhstan
KE Kenya
KI Kiribati
KP North Korea
KR South Korea
XK Kosovo
KW Kuwait
KG Kyrgyzstan
LA Laos
LV Latvia
LB Lebanon
LS Lesotho
LR Liberia
LY Libya
LI Liechtenstein
LT Lithuania
LU Luxembourg
MO Macao
MG Madagascar
MW Malawi
MY Malaysia
MV Maldives
ML Mali
MT Malta
MH Marshall Islands
MQ Martinique
MR Mauritania
MU Mauritius
YT Mayotte
MX Mexico
FM Micronesia
MD Moldova
MC Monaco
MN Mongolia
ME Montenegro
MS Montserrat
MA Morocco
MZ Mozambique
MM Myanmar
NA Namibia
NR Nauru
NP Nepal
NL Netherlands
NC New Caledonia
NZ New Zealand
NI Nicaragua
NE Niger
NG Nigeria
MK North Macedonia
MP Northern Mariana Islands
NO Norway
OM Oman
PK Pakistan
PW Palau
PS Palestine
PA Panama
PG Papua New Guinea
PY Paraguay
PE Peru
PH Philippines
PL Poland
PT Portugal
PR Puerto Rico
QA Qatar
RE Réunion
RO Romania
RU Russia
RW Rwanda
KN Saint Kitts and Nevis
LC Saint Lucia
VC Saint Vincent and the Grenadines
WS Samoa
SM San Marino
ST Sao Tome and Principe
SA Saudi Arabia
SN Senegal
RS Serbia
SC Seychelles
SL Sierra Leone
SG Singapore
SX Sint Maarten
SK Slovakia
SI Slovenia
SB Solomon Islands
SO Somalia
ZA South Africa
SS South Sudan
ES Spain
LK Sri Lanka
SD Sudan
SR Suriname
SE Sweden
CH Switzerland
SY Syria
TW Taiwan
TJ Tajikistan
TZ Tanzania
TH Thailand
TL Timor-Leste
TG Togo
TO Tonga
TT Trinidad and Tobago
TN Tunisia
TR Türkiye
TM Turkmenistan
TC Turks and Caicos Islands
TV Tuvalu
UG Uganda
UA Ukraine
AE United Arab Emirates
GB United Kingdom
US United States
UY Uruguay
UZ Uzbekistan
VU Vanuatu
VA Vatican City
VE Venezuela
VN Vietnam
VG British Virgin Islands
VI U.S. Virgin Islands
YE Yemen
ZM Zambia
ZW Zimbabwe
`;

const ALIASES: Record<string, readonly string[]> = {
  "United States": ["USA", "US", "U.S.", "U.S.A.", "United States of America", "America"],
  "United Kingdom": ["UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland"],
  "Czechia": ["Czech Republic"],
  "Türkiye": ["Turkey", "Turkiye"],
  "South Korea": ["Korea, Republic of", "Republic of Korea", "Korea"],
  "North Korea": ["Korea, Democratic People's Republic of", "DPRK"],
  "Russia": ["Russian Federation"],
  "Vietnam": ["Viet Nam"],
  "Côte d'Ivoire": ["Ivory Coast", "Cote d'Ivoire"],
  "Netherlands": ["The Netherlands", "Holland"],
  "Eswatini": ["Swaziland"],
  "North Macedonia": ["Macedonia"],
  "Myanmar": ["Burma"],
  "Laos": ["Lao People's Democratic Republic"],
  "Iran": ["Iran, Islamic Republic of"],
  "Syria": ["Syrian Arab Republic"],
  "Moldova": ["Moldova, Republic of"],
  "Tanzania": ["Tanzania, United Republic of"],
  "Bolivia": ["Bolivia, Plurinational State of"],
  "Venezuela": ["Venezuela, Bolivarian Republic of"],
  "Taiwan": ["Taiwan, Province of China"],
  "Hong Kong": ["Hong Kong SAR", "Hong Kong SAR China"],
  "Macao": ["Macau"],
  "Palestine": ["Palestinian Territory", "State of Palestine"],
  "Cape Verde": ["Cabo Verde"],
  "Brunei": ["Brunei Darussalam"],
  "Timor-Leste": ["East Timor"],
  "United Arab Emirates": ["UAE"],
};

// Lookups search the tables as text instead of building maps up front: one native search
// in a few KB costs about a microsecond, while building the maps at load cost ~0.7 ms of
// every matched page's start in Chromium.
const lowerTables = new Map<string, string>();
let names: Map<string, string> | null = null;
let nameLookups = 0;
const MAP_AFTER_LOOKUPS = 32;

/**
 * `table` lower-cased, made on first use. Lowered at run time on purpose: a
 * minifier folds `LITERAL.toLowerCase()` into a second copy of the table, which
 * cost the content script about 1.3 KB gzip (bundle budget).
 */
function lowered(table: string): string {
  let lower = lowerTables.get(table);
  if (lower === undefined) lowerTables.set(table, (lower = table.toLowerCase()));
  return lower;
}

/** The name on the `CC Name` line of `table` whose lower-cased name is `lowerName`. */
function nameLine(table: string, lowerName: string): string | undefined {
  if (!lowerName || lowerName.includes('\n')) return undefined;
  const lowerTable = lowered(table);
  const needle = ` ${lowerName}\n`;
  for (let at = lowerTable.indexOf(needle); at >= 0; at = lowerTable.indexOf(needle, at + 1)) {
    // The name must be the whole line after its code ("guinea" is not "Papua New Guinea").
    if (at >= 3 && lowerTable[at - 3] === '\n') return table.slice(at + 1, at + needle.length - 1);
  }
  return undefined;
}

/** The name on the line whose code is `code` (two upper-case letters). */
function codeLine(table: string, code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  const at = table.indexOf(`\n${code} `);
  return at < 0 ? undefined : table.slice(at + 4, table.indexOf('\n', at + 4));
}

/**
 * Canonical country name for a lower-case name or alias ("usa", "viet nam").
 * The first lookups search the table as text; a map is built once a caller
 * looks up often (the background's rules do so on every evaluation, a content
 * script once or twice per page).
 */
export function countryByName(lower: string): string | undefined {
  if (names) return names.get(lower);
  if (++nameLookups > MAP_AFTER_LOOKUPS) {
    names = new Map();
    for (const line of COUNTRY_TABLE.split('\n')) if (line) names.set(line.slice(3).toLowerCase(), line.slice(3));
    for (const name in ALIASES) for (const alias of ALIASES[name]!) names.set(alias.toLowerCase(), name);
    return names.get(lower);
  }
  for (const name in ALIASES) for (const alias of ALIASES[name]!) if (alias.toLowerCase() === lower) return name;
  return nameLine(COUNTRY_TABLE, lower);
}

/** Country name for an upper-case ISO 3166-1 alpha-2 code. */
export function countryByIso2(code: string): string | undefined {
  return codeLine(COUNTRY_TABLE, code);
}

/** U.S. state for a lower-case name or postal code: reads "Austin, TX" as being in the United States. */
export function usStateByName(lower: string): string | undefined {
  if (/^[a-z]{2}$/.test(lower)) return codeLine(US_STATE_TABLE, lower.toUpperCase());
  return nameLine(US_STATE_TABLE, lower);
}

const US_STATE_TABLE = `
AL Alabama
AK Alaska
AZ Arizona
AR Arkansas
CA California
CO Colorado
CT Connecticut
DE Delaware
FL Florida
GA Georgia
HI Hawaii
ID Idaho
IL Illinois
IN Indiana
IA Iowa
KS Kansas
KY Kentucky
LA Louisiana
ME Maine
MD Maryland
MA Massachusetts
MI Michigan
MN Minnesota
MS Mississippi
MO Missouri
MT Montana
NE Nebraska
NV Nevada
NH New Hampshire
NJ New Jersey
NM New Mexico
NY New York
NC North Carolina
ND North Dakota
OH Ohio
OK Oklahoma
OR Oregon
PA Pennsylvania
RI Rhode Island
SC South Carolina
SD South Dakota
TN Tennessee
TX Texas
UT Utah
VT Vermont
VA Virginia
WA Washington
WV West Virginia
WI Wisconsin
WY Wyoming
DC District of Columbia
`;

/** Where a trailing code or name after a city puts it: region and/or country; `undefined` when it is neither. */
export interface CodedPlace {
  region: string | null;
  country: string | null;
}

/** The country of a well-known city, when known (core/well-known-cities.ts). */
export type CityCountry = (city: string) => string | undefined;

/**
 * The last part of "City, XX" read fairly. A U.S. state name is a state. A
 * two-letter code is a country code or a U.S. postal code; many are both (IN
 * India/Indiana, DE, CA, ID, CO, GA, IL, PA, …). Then the city decides, through
 * `cityCountry`: a well-known city of that country makes it the country
 * ("Mumbai, IN"), a well-known U.S. city makes it the state ("Denver, CO"); an
 * unknown city (or no `cityCountry`) leaves the country unknown rather than
 * guessing the United States — a wrong guess would put a person in India,
 * Germany, Canada or Indonesia in the wrong country and raise a false location
 * mismatch. The page readers pass none (the city table stays out of the content
 * scripts); the background completes the place (core/resolve-place.ts).
 */
export function placeOfCode(city: string, last: string, cityCountry?: CityCountry): CodedPlace | undefined {
  const lower = last.trim().toLowerCase();
  if (!/^[a-z]{2}$/.test(lower)) {
    const state = usStateByName(lower);
    return state ? { region: state, country: 'United States' } : undefined;
  }
  const code = lower.toUpperCase();
  const country = countryByIso2(code) ?? countryByName(lower);
  const state = codeLine(US_STATE_TABLE, code);
  if (country && !state) return { region: null, country };
  if (state && !country) return { region: state, country: 'United States' };
  if (!country || !state) return undefined;
  const known = cityCountry?.(city);
  if (known === country) return { region: null, country };
  if (known === 'United States') return { region: state, country: 'United States' };
  return { region: code, country: null };
}
