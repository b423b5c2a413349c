import type { InputKind, RuleInput, SeenMatch } from './rule';
import type { ProfileSnapshot } from './snapshot';
import { withResolvedPlace } from './resolve-place';

/** The long-form text of a profile that text rules search (bounded: 200 KB). */
export const MAX_PROFILE_TEXT = 200_000;

export function profileText(p: ProfileSnapshot): string {
  const parts: string[] = [];
  const push = (s: string | null | undefined) => {
    if (s) parts.push(s);
  };
  push(p.headline);
  push(p.about);
  for (const pos of p.positions) {
    push(pos.title);
    push(pos.company);
    push(pos.description);
  }
  for (const r of p.reviews) push(r.text);
  for (const l of p.links) push(l);
  for (const e of p.emails) push(e);
  return parts.join('\n').slice(0, MAX_PROFILE_TEXT);
}

export function profileInput(snapshot: ProfileSnapshot, now = new Date(), seenMatches?: readonly SeenMatch[]): RuleInput {
  // The reader left a code like "IN" in "Mumbai, IN" undecided; the rules see the place decided by its city.
  const profile = withResolvedPlace(snapshot);
  return { kind: 'profile', profile, text: profileText(profile), now, seenMatches };
}

export function textInput(text: string, kind: InputKind = 'text', now = new Date()): RuleInput {
  return { kind, profile: null, text: text.slice(0, MAX_PROFILE_TEXT), now };
}
