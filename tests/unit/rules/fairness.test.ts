import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profileInput, textInput } from '../../../src/core/rule-input';
import type { ProfileSnapshot } from '../../../src/core/snapshot';
import type { RuleDefinition, RuleInput } from '../../../src/core/rule';
import { RULES } from '../../../src/engine/rules';
import { INDICATORS } from '../../../src/advisories/indicators';
import type { CaseTable } from './cases';
import { NOW, profile } from './fixtures';

/**
 * Fairness (shared/advisories.md §4): signals describe behaviour and
 * inconsistencies, never nationality, ethnicity, accent, language or name origin,
 * and no country is a risk by itself.
 */
const RULES_DIR = resolve(__dirname, '../../../src/rules');
const CASES_DIR = resolve(__dirname, 'cases');

/** The only modules allowed to turn places into countries; they compare two of the candidate's own statements. */
const LOCATION_HELPERS = ['location-consistency.ts', 'well-known-places.ts'];

const FORBIDDEN_TERMS =
  /\b(nationality|nationalities|ethnic\w*|race|racial|accent|name origin|origin of (the|a) name|surname origin|korean|chinese|japanese|russian|ukrainian|vietnamese|filipino|nigerian|asian|african|slavic|eastern european|foreigner|foreign-sounding)\b/i;

describe('fairness: static', () => {
  const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && !LOCATION_HELPERS.includes(f));

  it('no rule module imports a country list except through the named location helpers', () => {
    const offenders = files.filter((f) => /from\s+['"][^'"]*(profile\/countries|well-known-places)['"]/.test(readFileSync(join(RULES_DIR, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the location helper exports only comparisons of two statements', async () => {
    const helper = await import('../../../src/matching/location-consistency');
    expect(Object.keys(helper).sort()).toEqual(['cityCountryConflict', 'countryOfPlace', 'differentCountries', 'parseOffset', 'timezoneConflict']);
  });

  it('no rule module mentions nationality, ethnicity, accent or name-origin terms', async () => {
    // Indicator ids are the guidance's own identifiers (e.g. `jp24-rf-poor-japanese-no-video`),
    // cited, not logic: they are removed before the scan.
    const ids = new Set(INDICATORS.map((i) => i.id));
    const withoutIds = (src: string) => src.replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, (m) => (ids.has(m) ? '' : m));
    // So is the rule's own text, which names the guidance by its government ("Japanese guidance
    // lists …"): each of its strings, as written in the file, is removed before the scan.
    const withoutOwnText = async (f: string, src: string) => {
      const { text } = ((await import(join(RULES_DIR, f))) as { default: RuleDefinition }).default;
      const strings = [text.title, text.why, text.nextStep, ...Object.values(text.evidence)];
      return strings.reduce((rest, s) => rest.split(`'${s}'`).join("''").split(`"${s}"`).join('""'), src);
    };
    const hits: string[] = [];
    for (const f of files) {
      const m = FORBIDDEN_TERMS.exec(withoutIds(await withoutOwnText(f, readFileSync(join(RULES_DIR, f), 'utf8'))));
      if (m) hits.push(`${f}: ${m[0]}`);
    }
    expect(hits).toEqual([]);
  });
});

// ---- behavioural ----------------------------------------------------------

async function allCaseInputs(): Promise<Array<{ name: string; input: RuleInput }>> {
  if (!existsSync(CASES_DIR)) return [];
  const out: Array<{ name: string; input: RuleInput }> = [];
  for (const f of readdirSync(CASES_DIR).filter((x) => x.endsWith('.ts')).sort()) {
    const table = ((await import(join(CASES_DIR, f))) as { default: CaseTable }).default;
    for (const c of [...table.fires, ...table.quiet]) if (c.input.profile) out.push({ name: `${table.rule.id}: ${c.name}`, input: c.input });
  }
  return out;
}

function fired(input: RuleInput): string[] {
  return RULES.filter((r) => {
    try {
      return r.check(input) !== null;
    } catch {
      return true; // a throw is a difference too; the meta-test reports it
    }
  }).map((r) => r.id);
}

function rebuild(profile: ProfileSnapshot, input: RuleInput): RuleInput {
  return { ...profileInput(profile, input.now), seenMatches: input.seenMatches };
}

/**
 * Rename the fixture person "Alex Morgan" consistently everywhere (display name,
 * e-mails, links, text), including the deliberate misspellings the cases use,
 * so a case keeps exactly its (in)consistency under a name of another origin.
 */
const NAMES = [
  { label: 'Korean', first: 'Minjun', last: 'Kim', typo: 'Kin', typo2: 'Kimm' },
  { label: 'Chinese', first: 'Wei', last: 'Zhang', typo: 'Zheng', typo2: 'Zhanng' },
  { label: 'Slavic', first: 'Oleksandr', last: 'Kovalenko', typo: 'Kovalenka', typo2: 'Kovallenko' },
  { label: 'English', first: 'Emily', last: 'Carter', typo: 'Cartor', typo2: 'Carrter' },
];

function renamed(p: ProfileSnapshot, n: (typeof NAMES)[number]): ProfileSnapshot {
  const pairs: Array<[string, string]> = [
    ['Morrgan', n.typo2], ['Morgen', n.typo], ['Morgan', n.last], ['Alex', n.first],
  ];
  let json = JSON.stringify(p);
  for (const [from, to] of pairs) {
    json = json.split(from).join(to).split(from.toLowerCase()).join(to.toLowerCase());
  }
  return JSON.parse(json) as ProfileSnapshot;
}

const PLACES = [
  { city: 'Seoul', country: 'South Korea', tz: 'UTC+09:00' },
  { city: 'Shanghai', country: 'China', tz: 'Asia/Shanghai' },
  { city: 'Kyiv', country: 'Ukraine', tz: 'Europe/Kyiv' },
  { city: 'Moscow', country: 'Russia', tz: 'UTC+03:00' },
  { city: 'Accra', country: 'Ghana', tz: 'UTC+00:00' },
  { city: 'Chicago', country: 'United States', tz: 'America/Chicago' },
];

/** Every location statement moved, consistently, to one place. */
function relocated(p: ProfileSnapshot, place: (typeof PLACES)[number]): ProfileSnapshot {
  const text = `${place.city}, ${place.country}`;
  return {
    ...p,
    location: { text, city: place.city, region: null, country: place.country },
    timezone: p.timezone ? place.tz : null,
    positions: p.positions.map((x) => ({ ...x, location: x.location ? text : null })),
  };
}

const LANGUAGE_SETS = [['Korean'], ['Mandarin', 'English'], ['Russian', 'Ukrainian'], ['English'], ['Japanese', 'English'], []];
const LOCATION_RULES = new Set(['location-city-country-mismatch', 'timezone-location-mismatch', 'employer-location-mismatch']);

describe('fairness: behaviour', () => {
  it('a different name (consistently used) never changes which rules fire', async () => {
    const inputs = await allCaseInputs();
    expect(inputs.length).toBeGreaterThan(10);
    for (const { name, input } of inputs) {
      const base = fired(input);
      for (const n of NAMES) expect(fired(rebuild(renamed(input.profile!, n), input)), `${name} as a ${n.label} name`).toEqual(base);
    }
  });

  it('a different stated place (consistent with itself) never changes which rules fire', async () => {
    const inputs = await allCaseInputs();
    let checked = 0;
    for (const { name, input } of inputs) {
      const base = fired(input);
      // Cases that are *about* an inconsistent location cannot be moved consistently.
      if (base.some((id) => LOCATION_RULES.has(id))) continue;
      checked++;
      for (const place of PLACES) expect(fired(rebuild(relocated(input.profile!, place), input)), `${name} in ${place.city}`).toEqual(base);
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('the languages someone speaks never change a finding or its evidence', async () => {
    for (const { name, input } of await allCaseInputs()) {
      const base = RULES.map((r) => r.check(input));
      for (const languages of LANGUAGE_SETS) {
        const changed = rebuild({ ...input.profile!, languages }, input);
        expect(RULES.map((r) => r.check(changed)), `${name} speaking ${languages.join('+') || 'nothing listed'}`).toEqual(base);
      }
    }
  });
});

// ---- names, scripts, places and languages in texts and on profiles -------------------------------

/**
 * The same person written in several scripts and romanisations: the display name in one
 * form, the e-mail and profile link in another, as people really write them.
 */
const SAME_PERSON: ReadonlyArray<{ label: string; display: string; slug: string }> = [
  { label: 'Cyrillic display, Latin address', display: 'Дмитрий Иванов', slug: 'dmitry-ivanov' },
  { label: 'Dmitriy/Dmitry', display: 'Dmitriy Ivanov', slug: 'dmitry-ivanov' },
  { label: 'Yuriy/Jurij', display: 'Yuriy Kovalenko', slug: 'jurij-kovalenko' },
  { label: 'umlaut/digraph', display: 'Jürgen Müller', slug: 'juergen-mueller' },
  { label: 'umlaut dropped', display: 'Jürgen Müller', slug: 'jurgen-muller' },
  { label: 'Hangul display, romanised address', display: '박민준', slug: 'park-minjun' },
  { label: 'Park/Pak', display: 'Minjun Park', slug: 'minjun-pak' },
  { label: 'Han display, pinyin address', display: '张伟', slug: 'zhang-wei' },
  { label: 'Polish letters', display: 'Łukasz Wójcik', slug: 'lukasz-wojcik' },
  { label: 'Vietnamese accents', display: 'Nguyễn Văn An', slug: 'nguyen-van-an' },
  { label: 'Greek display', display: 'Ιωάννης Παπαδόπουλος', slug: 'ioannis-papadopoulos' },
  { label: 'Turkish letters', display: 'Ahmet Çelik', slug: 'ahmet-celik' },
  { label: 'Arabic romanisations', display: 'Mohammed Al-Sayed', slug: 'mohammed-alsayed' },
];

const TEXT_PLACES = ['Chicago, United States', 'Toronto, Canada', 'Kyiv, Ukraine', 'Lagos, Nigeria', 'Seoul, South Korea', 'Berlin, Germany', 'Mumbai, India', 'Shenzhen, China', 'Moscow, Russia', 'São Paulo, Brazil', 'Pyongyang', 'Manila, Philippines'];
const TEXT_NAMES = ['Alex Morgan', 'Minjun Kim', 'Wei Zhang', 'Oleksandr Kovalenko', 'Chinedu Okafor', 'Дмитрий Иванов', '박민준', 'Nguyễn Văn An', 'Mohammed Al-Sayed', 'María José García'];
const TEXT_LANGUAGES = ['Korean', 'Mandarin', 'Russian', 'Ukrainian', 'Yoruba', 'Hindi', 'English', 'Spanish', 'Japanese', 'Arabic'];

/** Texts of both kinds, scheme-style and ordinary, from the committed evaluation sample. */
async function sampleTexts(): Promise<string[]> {
  const { ORDINARY_SAMPLE, SCHEME_SAMPLE } = await import('./eval-sample');
  return [...Object.values(SCHEME_SAMPLE).flat(), ...ORDINARY_SAMPLE];
}

function firedOnText(text: string): string[] {
  return fired(textInput(text, 'text', NOW));
}

describe('fairness: names, scripts, places and languages', () => {
  it('the same name in another script or romanisation on the page is never a spelling mismatch', () => {
    for (const p of SAME_PERSON) {
      const base = profile({ name: p.display, emails: [`${p.slug.replace(/-/g, '.')}@example.org`], links: [`https://www.linkedin.com/in/${p.slug}-1a2b3c`] });
      const latin = profile({ name: p.slug.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' '), emails: base.emails, links: base.links });
      expect(fired(profileInput(base, NOW)), p.label).toEqual(fired(profileInput(latin, NOW)));
      expect(fired(profileInput(base, NOW)), p.label).not.toContain('name-spelling-mismatch');
    }
  });

  it('a real misspelling still counts whatever the name’s origin', () => {
    for (const [display, slug] of [['Minjun Kim', 'minjun-kin'], ['Emily Carter', 'emily-cartor'], ['Wei Zhang', 'wei-zheng'], ['Oleksandr Kovalenko', 'oleksandr-kovalenka']] as const) {
      const p = profile({ name: display, links: [`https://www.linkedin.com/in/${slug}-1a2b3c`] });
      expect(fired(profileInput(p, NOW)), display).toContain('name-spelling-mismatch');
    }
  });

  it('who is writing, where they are and which languages they speak never change what a text is flagged for', async () => {
    const texts = await sampleTexts();
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) {
      const base = firedOnText(text);
      for (const name of TEXT_NAMES) expect(firedOnText(`${text}\nRegards, ${name}`), `${text} — signed ${name}`).toEqual(base);
      for (const place of TEXT_PLACES) expect(firedOnText(`${text}\nI am based in ${place}.`), `${text} — from ${place}`).toEqual(base);
      for (const language of TEXT_LANGUAGES) expect(firedOnText(`${text}\nI speak ${language} and English.`), `${text} — speaking ${language}`).toEqual(base);
    }
  });

  it('a recruiting pitch is read the same whichever country’s residents it names (property)', () => {
    const pitches = [
      'Looking for residents of {place} to collaborate, you get $400 per month.',
      'Hiring partners living in {place} for long term collaboration, 500 USD monthly.',
      'We are a team of developers from {place}, looking for new clients.',
      'I am a software engineer based in {place} with 6 years of experience.',
    ];
    const countries = ['the United States', 'Canada', 'Ukraine', 'Nigeria', 'South Korea', 'Germany', 'India', 'China', 'Russia', 'Brazil', 'Japan', 'Vietnam', 'Poland', 'the UK'];
    fc.assert(
      fc.property(fc.constantFrom(...pitches), fc.constantFrom(...countries), fc.constantFrom(...countries), (pitch, a, b) => {
        expect(firedOnText(pitch.replace('{place}', a))).toEqual(firedOnText(pitch.replace('{place}', b)));
      }),
      { numRuns: 300 },
    );
  });

  it('a profile’s name, country, city and languages together never change its findings (property)', async () => {
    const inputs = (await allCaseInputs()).filter(({ input }) => !fired(input).some((id) => LOCATION_RULES.has(id)));
    fc.assert(
      fc.property(fc.constantFrom(...inputs), fc.constantFrom(...NAMES), fc.constantFrom(...PLACES), fc.constantFrom(...LANGUAGE_SETS), ({ name, input }, n, place, languages) => {
        const changed = rebuild({ ...relocated(renamed(input.profile!, n), place), languages }, input);
        expect(fired(changed), `${name} as ${n.label} in ${place.city}`).toEqual(fired(input));
      }),
      { numRuns: 400 },
    );
  });
});
