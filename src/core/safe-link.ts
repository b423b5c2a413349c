import { parseWebUrl } from './url-kind';

/** A URL seen in profile text that may be shown as a link. */
export interface SafeLink {
  /** The parsed URL (`URL.href`): what the link opens. */
  href: string;
  /** The host as the URL parser reads it: punycode (`xn--…`) for internationalised look-alikes. */
  host: string;
  /** What the link shows: the written URL when it already names the real host, else `href`. */
  label: string;
  /** The exact characters of the text this link stands for. */
  source: string;
}

/**
 * Profile text is hostile input (a look-alike host, credentials that hide the real host, a
 * `javascript:` URL dressed as a link), so a URL from a profile becomes a link only when it is
 * http(s), carries no `user:pass@` part, and its visible text names the host the browser would
 * really open. Anything else stays plain text.
 */
export function safeLink(written: string): SafeLink | null {
  const u = parseWebUrl(written);
  if (!u || u.username !== '' || u.password !== '' || u.hostname === '') return null;
  // `https://Example.com` or a Cyrillic look-alike parse to another spelling: show the parsed one,
  // whose hostname is what the browser resolves (IDN in punycode). A bare trailing slash is kept.
  const same = u.href === written || u.href === `${written}/`;
  return { href: u.href, host: u.hostname, label: same ? written : u.href, source: written };
}

// A URL candidate: a scheme, then characters a URL may hold (RFC 3986 unreserved, reserved and
// `%`) or letters, digits and marks of any script (IDN hosts, paths). Quote marks (" “ ” « »),
// the ellipsis `…`, angle brackets, backslashes and spaces end it: in profile text they surround
// a URL rather than belong to it.
const URL_CANDIDATE = /https?:\/\/[\p{L}\p{N}\p{M}\-._~:/?#[\]@!$&'()*+,;=%]+/giu;

// Written after a URL in prose and almost never the URL's last character.
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '*']);
const CLOSER_OF: Readonly<Record<string, string>> = { ')': '(', ']': '[' };

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/**
 * The candidate without prose punctuation after it: trailing `.,;:!?'*`, and a closing bracket
 * that has no opening partner inside the URL (so `(see https://x.test/a)` loses the `)` while
 * `https://en.wikipedia.org/wiki/Go_(game)` keeps it).
 */
export function trimUrlEnd(candidate: string): string {
  let s = candidate;
  for (;;) {
    const last = s.at(-1);
    if (last === undefined) return s;
    if (TRAILING.has(last)) {
      s = s.slice(0, -1);
      continue;
    }
    const opener = CLOSER_OF[last];
    if (opener && count(s, last) > count(s, opener)) {
      s = s.slice(0, -1);
      continue;
    }
    return s;
  }
}

/**
 * Splits text into plain strings and safe links, losing nothing: joining the strings and each
 * link's `source` gives the text back. A URL that is not safe stays inside the plain text.
 */
export function splitLinks(text: string): Array<string | SafeLink> {
  const parts: Array<string | SafeLink> = [];
  let last = 0;
  for (const m of text.matchAll(URL_CANDIDATE)) {
    const written = trimUrlEnd(m[0]);
    const link = safeLink(written);
    if (!link) continue;
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(link);
    last = m.index + written.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
