/**
 * Extra hosts (an ATS such as a Greenhouse or Lever job board) the user adds
 * in the options page. Only a bare https host name is accepted: the permission
 * request is for `https://<host>/*`, never a wildcard or a path.
 */
const HOST = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** `https://Jobs.Example.com/path` → `jobs.example.com`; `null` for anything that is not a plain host name. */
export function normaliseHost(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s || s.length > 300) return null;
  if (s.startsWith('http://')) return null;
  s = s.replace(/^https:\/\//, '');
  s = s.replace(/[/?#].*$/, '');
  if (s.includes('*') || s.includes('@') || s.includes(':')) return null;
  s = s.replace(/\.$/, '');
  return HOST.test(s) ? s : null;
}

export function originPatternFor(host: string): string {
  return `https://${host}/*`;
}
