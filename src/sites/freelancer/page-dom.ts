import { cleanMultiline, cleanText, parseLocation } from '../../core/normalise';
import type { ProfileSnapshot } from '../../core/snapshot';
import { findLdNode, isRecord, meta, readJsonLd, text, textOf } from '../dom-read';

/**
 * Fallbacks when no transfer state is on the page: a schema.org `Person` in
 * JSON-LD, then the Angular component element names (`fl-*`, `app-*`), which
 * are part of the app's code and outlive its utility class names. Modelled:
 * no public capture exists.
 */
const MAX_SKILLS = 100;

export function fromJsonLd(document: Document): Partial<ProfileSnapshot> {
  const person = findLdNode(readJsonLd(document), 'Person');
  if (!person) return {};
  const addr = isRecord(person.address) ? person.address : null;
  const place = [addr?.addressLocality, addr?.addressCountry].filter((x): x is string => typeof x === 'string').join(', ');
  return {
    name: typeof person.name === 'string' ? cleanText(person.name, 300) : null,
    headline: typeof person.jobTitle === 'string' ? cleanText(person.jobTitle, 500) : null,
    about: typeof person.description === 'string' ? cleanMultiline(person.description) : null,
    location: place ? parseLocation(place) : null,
  };
}

export function fromComponents(document: Document): Partial<ProfileSnapshot> {
  const root: ParentNode = document.querySelector('app-user-profile, fl-user-profile') ?? document;
  const skills: string[] = [];
  const tags = root.querySelectorAll('app-user-profile-skills fl-tag, fl-user-profile-skills fl-tag');
  for (let i = 0; i < tags.length && skills.length < MAX_SKILLS; i++) {
    const s = text(tags[i], 100);
    if (s && !skills.includes(s)) skills.push(s);
  }
  const ogTitle = meta(document, 'og:title');
  return {
    name: textOf(root, 'app-user-profile-summary fl-heading h1, fl-user-profile-name') ?? ogTitle?.split(/\s+-\s+|\s+\|\s+/)[0] ?? null,
    headline: textOf(root, 'app-user-profile-summary fl-heading h2, fl-user-profile-tagline'),
    location: parseLocation(textOf(root, 'app-user-profile-summary fl-user-location, fl-user-profile-location')),
    skills,
  };
}
