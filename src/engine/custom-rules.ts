import { t } from '../core/i18n';
import type { RE2JS } from 're2js';
import type { RuleInput } from '../core/rule';
import type { CustomRule } from '../settings/schema';
import { compiledPattern } from '../settings/pattern-guard';
import { capForFairness, PERSONAL_FIELDS } from '../settings/fairness-cap';
import type { Finding } from '../core/report';

/**
 * User-defined rules: keywords matched on word boundaries, case- and
 * accent-insensitive, or a pattern compiled for RE2JS, a linear-time matcher
 * (src/settings/pattern-guard.ts). They carry the user's note, not guidance.
 *
 * Cost: every pattern runs in time linear in the text, so there is no time
 * budget (which made findings depend on how busy the machine was). RE2JS has
 * two speeds: its DFA answers "is there a match?" fast, while locating a match
 * runs the slower NFA, at a cost of pattern size × text length. So the DFA
 * first reads the whole field; when it matches, each window of MAX_CHUNK
 * characters is asked again and only windows that hold a match are searched
 * for positions. At most MAX_MATCHES_PER_RULE matches are kept per rule.
 */
export const MAX_CHUNK = 512;
const CHUNK_OVERLAP = 64;
export const MAX_MATCHES_PER_RULE = 3;
const CONTEXT_CHARS = 40;
const MAX_KEYWORD_LENGTH = 200;

type Field = CustomRule['fields'][number];

interface FieldText {
  field: Field;
  text: string;
  /** For `all`: the text before this index is the name and location (fairness cap, src/settings/fairness-cap.ts). */
  personalEnd: number;
}

/** The text a field names; a text lookup has no fields, so every field reads the pasted text. */
function fieldTexts(input: RuleInput, fields: readonly Field[]): FieldText[] {
  const p = input.profile;
  if (!p) return input.text ? [{ field: 'all', text: input.text, personalEnd: 0 }] : [];
  const join = (parts: Array<string | null | undefined>) => parts.filter((s): s is string => !!s).join('\n');
  const personal = join([p.name, p.location?.text]);
  const byField: Record<Field, () => string> = {
    all: () =>
      join([
        personal,
        input.text,
        ...p.education.flatMap((e) => [e.school, e.degree]),
        ...p.skills,
        ...p.languages,
      ]),
    name: () => p.name ?? '',
    headline: () => p.headline ?? '',
    about: () => p.about ?? '',
    positions: () => join(p.positions.flatMap((x) => [x.title, x.company, x.location, x.description])),
    education: () => join(p.education.flatMap((e) => [e.school, e.degree])),
    links: () => join([...p.links, ...p.emails]),
    skills: () => join(p.skills),
    location: () => p.location?.text ?? '',
  };
  // `all` already contains every other field: reading both would quote the same text twice.
  const wanted: readonly Field[] = fields.includes('all') ? ['all'] : [...new Set(fields)];
  return wanted
    .map((field) => ({
      field,
      text: byField[field](),
      personalEnd: field === 'all' ? personal.length : (PERSONAL_FIELDS as readonly string[]).includes(field) ? Infinity : 0,
    }))
    .filter((f) => f.text.length > 0);
}

interface Folded {
  text: string;
  /** Original index for each folded UTF-16 unit (plus one past the end). */
  map: number[];
}

const MARKS = /\p{M}/gu;
const SPACE = /\s/;
/** Zero-width and direction marks are dropped: hostile text uses them to split words. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/;

const ASCII_LOWER = Array.from({ length: 0x80 }, (_, c) => String.fromCharCode(c).toLowerCase());

/** Folded form of one non-ASCII character; cached because `normalize` per character dominates the cost. */
const foldCache = new Map<string, string>();
function foldChar(ch: string): string {
  let out = foldCache.get(ch);
  if (out === undefined) {
    out = INVISIBLE.test(ch) ? '' : SPACE.test(ch) ? ' ' : ch.normalize('NFD').replace(MARKS, '').toLowerCase();
    // Bounded: a text using every code point must not grow the cache without limit.
    if (foldCache.size < 8192) foldCache.set(ch, out);
  }
  return out;
}

/**
 * Lower-cases, strips accents, drops invisible marks and collapses whitespace,
 * remembering where each folded character came from so evidence quotes the original.
 */
export function foldText(s: string): Folded {
  let text = '';
  const map: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < s.length; ) {
    const code = s.codePointAt(i)!;
    let width = 1;
    let out: string;
    // ASCII fast path: most profile text is ASCII, and this loop runs over every field of every profile.
    if (code < 0x80) out = code === 32 || (code >= 9 && code <= 13) ? ' ' : ASCII_LOWER[code];
    else {
      const ch = String.fromCodePoint(code);
      width = ch.length;
      out = foldChar(ch);
    }
    if (out === ' ') {
      if (!lastSpace) {
        text += ' ';
        map.push(i);
      }
      lastSpace = true;
    } else if (out) {
      lastSpace = false;
      for (let k = 0; k < out.length; k++) map.push(i);
      text += out;
    }
    i += width;
  }
  map.push(s.length);
  return { text, map };
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function isWordBoundary(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return true;
  return !(WORD_CHAR.test(text[index - 1]) && WORD_CHAR.test(text[index]));
}

interface Hit {
  start: number;
  end: number;
}

function keywordHits(folded: string, keyword: string, limit: number, out: Hit[]): void {
  const needle = foldText(keyword.slice(0, MAX_KEYWORD_LENGTH)).text.trim();
  if (!needle) return;
  for (let from = 0; out.length < limit; ) {
    const at = folded.indexOf(needle, from);
    if (at < 0) return;
    const end = at + needle.length;
    // Word boundaries on the needle's own edges: "java" must not match inside "javascript".
    const startOk = !WORD_CHAR.test(needle[0]) || isWordBoundary(folded, at);
    const endOk = !WORD_CHAR.test(needle[needle.length - 1]) || isWordBoundary(folded, end);
    if (startOk && endOk) out.push({ start: at, end });
    from = at + 1;
  }
}

/** Lines, and windows of long lines, each at most MAX_CHUNK long, overlapping so a match at a seam is not lost. */
export function chunksOf(text: string): Array<{ offset: number; text: string }> {
  const chunks: Array<{ offset: number; text: string }> = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    for (let at = lineStart; at < lineEnd; at += MAX_CHUNK - CHUNK_OVERLAP) {
      chunks.push({ offset: at, text: text.slice(at, Math.min(at + MAX_CHUNK, lineEnd)) });
      if (at + MAX_CHUNK >= lineEnd) break;
    }
    lineStart = lineEnd + 1;
  }
  return chunks;
}

function quote(original: string, folded: Folded, hit: Hit): string {
  const start = folded.map[hit.start];
  const end = folded.map[Math.min(hit.end, folded.map.length - 1)];
  const before = original.slice(Math.max(0, start - CONTEXT_CHARS), start).replace(/\s+/g, ' ');
  const after = original.slice(end, end + CONTEXT_CHARS).replace(/\s+/g, ' ');
  const match = original.slice(start, end).replace(/\s+/g, ' ');
  const lead = start > CONTEXT_CHARS ? '…' : '';
  const tail = end + CONTEXT_CHARS < original.length ? '…' : '';
  return `${lead}${before.trimStart()}«${match}»${after.trimEnd()}${tail}`;
}

/** Runs the enabled custom rules; never throws. */
export function runCustomRules(rules: readonly CustomRule[], input: RuleInput): Finding[] {
  if (rules.length === 0) return [];
  const findings: Finding[] = [];
  // Several rules usually read the same field: fold each field's text once per scan.
  const foldedFields = new Map<string, Folded>();
  for (const rule of rules) {
    if (!rule.enabled) continue;
    try {
      const { evidence, personalOnly } = evidenceFor(rule, input, foldedFields);
      if (evidence.length > 0) findings.push(findingFor(rule, evidence, personalOnly));
    } catch (err) {
      console.warn(`[hire-signals] custom rule ${rule.id} failed`, err);
    }
  }
  return findings;
}

/** Up to `limit` matches of a compiled pattern in the folded text, windows without a match skipped by the DFA. */
function patternHits(matcher: RE2JS, folded: string, limit: number, out: Hit[]): void {
  // One DFA pass over the whole field answers most rules (no match); `^` and `$` are its start and end.
  if (!matcher.test(folded)) return;
  let found = 0;
  for (const chunk of chunksOf(folded)) {
    if (!matcher.test(chunk.text)) continue;
    const m = matcher.matcher(chunk.text);
    while (found < limit && m.find()) {
      if (m.end() === m.start()) continue; // an empty match quotes nothing (find() itself moves on)
      const start = chunk.offset + m.start();
      if (!out.some((h) => h.start === start)) {
        out.push({ start, end: chunk.offset + m.end() });
        found++;
      }
    }
    if (found >= limit) return;
  }
}

function evidenceFor(rule: CustomRule, input: RuleInput, foldedFields: Map<string, Folded>): { evidence: string[]; personalOnly: boolean } {
  const check = rule.pattern ? compiledPattern(rule.pattern) : null;
  // A pattern the matcher refuses (e.g. set by an old version or a policy file) is never run.
  const matcher = check && check.ok ? check.matcher : null;
  const evidence: string[] = [];
  let personalOnly = true;
  for (const { field, text, personalEnd } of fieldTexts(input, rule.fields)) {
    let folded = foldedFields.get(field);
    if (!folded) {
      folded = foldText(text);
      foldedFields.set(field, folded);
    }
    const hits: Hit[] = [];
    for (const keyword of rule.keywords) {
      keywordHits(folded.text, keyword, MAX_MATCHES_PER_RULE - evidence.length, hits);
      if (evidence.length + hits.length >= MAX_MATCHES_PER_RULE) break;
    }
    if (matcher && evidence.length + hits.length < MAX_MATCHES_PER_RULE) {
      patternHits(matcher, folded.text, MAX_MATCHES_PER_RULE - evidence.length - hits.length, hits);
    }
    hits.sort((a, b) => a.start - b.start);
    for (const hit of hits) {
      if (folded.map[hit.start] >= personalEnd) personalOnly = false;
      evidence.push(t('custom.evidence', { field: t(`options.field.${field}`), quote: quote(text, folded, hit) }));
    }
    if (evidence.length >= MAX_MATCHES_PER_RULE) break;
  }
  return { evidence: evidence.slice(0, MAX_MATCHES_PER_RULE), personalOnly };
}

function findingFor(rule: CustomRule, evidence: string[], personalOnly: boolean): Finding {
  // Keyed on the name or location, or matched nothing else: capped low (src/settings/fairness-cap.ts).
  const { severity, weight } = personalOnly ? capForFairness({ ...rule, fields: ['name'] }) : capForFairness(rule);
  return {
    ruleId: rule.id,
    severity,
    weight,
    title: rule.name,
    why: rule.note.trim() || t('custom.noNote'),
    evidence,
    sources: [],
    nextStep: t('custom.nextStep'),
    custom: true,
  };
}
