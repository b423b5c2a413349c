import type { ProfileSnapshot } from '../core/snapshot';
import { defineRule } from '../core/rule';
import { nameTokens, sameNamePart, spellingVariant } from '../matching/name-spelling';

/**
 * us22-rf-cross-profile-inconsistency and us22-mit-consistency-check: the
 * spelling of the name should be the same everywhere the candidate gives it;
 * de24-rf-cv-inconsistency lists contradictory personal data. On one page we
 * compare the display name with the name the candidate writes in "my name
 * is …", in first.last e-mail addresses and in profile-link slugs.
 *
 * Only a near-miss spelling (one or two letters) of a part of the display name
 * counts for addresses and slugs — a totally different address may belong to a
 * company. A self-introduction with a different name counts either way. A
 * shortened form ("Alex" for "Alexander") never counts.
 */
const SELF_INTRO = /\b[Mm]y name is\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})/u;
const PROFILE_SLUG = /(?:linkedin\.com\/in|github\.com|upwork\.com\/freelancers)\/([a-z0-9_-]{3,80})/i;
const MAX_SCAN = 5_000;

interface Statement {
  where: string;
  tokens: string[];
  strong: boolean;
}

function statements(profile: ProfileSnapshot): Statement[] {
  const out: Statement[] = [];
  for (const field of [profile.about, profile.headline]) {
    // Every self-introduction contains "y name is" as written: most texts have none, and this is a plain search.
    const m = field?.includes('y name is') ? SELF_INTRO.exec(field.slice(0, MAX_SCAN)) : null;
    if (m) out.push({ where: `“${m[0]}”`, tokens: nameTokens(m[1]!), strong: true });
  }
  for (const email of profile.emails.slice(0, 20)) {
    const local = email.split('@')[0] ?? '';
    const tokens = nameTokens(local.replace(/\d+/g, ' '));
    if (/[._-]/.test(local) && tokens.length >= 2) out.push({ where: email, tokens, strong: false });
  }
  for (const link of profile.links.slice(0, 50)) {
    const m = PROFILE_SLUG.exec(link);
    const tokens = m ? nameTokens(m[1]!.replace(/\d+/g, ' ')) : [];
    if (m && /[_-]/.test(m[1]!) && tokens.length >= 2) out.push({ where: link, tokens, strong: false });
  }
  return out;
}

export default defineRule({
  id: 'name-spelling-mismatch',
  topic: 'identity',
  indicators: ['us22-rf-cross-profile-inconsistency', 'us22-mit-consistency-check', 'de24-rf-cv-inconsistency', 'ca25-rf-inconsistent-bio'],
  severity: 'low',
  weight: 2,
  platforms: 'all',
  subjects: ['profile'],
  text: {
    title: 'Name spelled differently on the page',
    why:
      'U.S. guidance lists a name spelled differently across a candidate’s profiles and contacts as a red flag and asks employers to check name spelling everywhere. This page itself gives the name in more than one form. Typos and nicknames happen, so weigh it in context.',
    nextStep: 'Ask which spelling is on the candidate’s ID and check the ID against them on a live video call with camera on.',
    evidence: {
      spelling: 'Display name “{name}”, but {where}',
    },
  },
  check: ({ profile }, say) => {
    if (!profile?.name) return null;
    // The other statements first: most profiles make none, and then the display name need not be read.
    const others = statements(profile);
    if (others.length === 0) return null;
    const display = nameTokens(profile.name);
    if (display.length === 0) return null;
    const evidence: string[] = [];
    for (const s of others) {
      const variant = spellingVariant(display, s.tokens);
      const unrelated = s.strong && !s.tokens.some((x) => display.some((d) => sameNamePart(d, x) || d.startsWith(x) || x.startsWith(d)));
      if (variant || unrelated) evidence.push(say('spelling', { name: profile.name, where: s.where }));
    }
    return evidence.length > 0 ? evidence : null;
  },
});
