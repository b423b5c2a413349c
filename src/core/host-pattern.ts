import { isDnsLabel } from './url-kind';

/**
 * Whether a hostname belongs to a site whose hosts are declared as manifest
 * match patterns (`https://www.linkedin.com/*`, `https://*.indeed.com/*`).
 * The same patterns are the manifest's content-script matches, so the pages
 * a script is injected into and the pages it, the CLI and the popup's lookup
 * call that site's are one list (Dark Reader style: site knowledge is data).
 *
 * Two readings differ from the browser's, both on purpose:
 * - a host and its `www.` form are one site: a pasted `upwork.com/…` link or a
 *   saved page whose canonical link drops the `www.` is still that site's
 *   (the site redirects one to the other; the manifest needs only the one the
 *   browser lands on);
 * - `*.` stands for the domain itself or one DNS label before it (`uk.`,
 *   `profile.`, `resumes.`), never a deeper name or an empty label: that is
 *   where profiles live, and nothing that merely ends in the domain's text
 *   (`evil-linkedin.com`, `linkedin.com.evil.example`) can pass.
 */
export function matchesHostPatterns(patterns: readonly string[], hostname: string): boolean {
  let host = hostname.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  for (const pattern of patterns) {
    const declared = patternHost(pattern);
    if (!declared) continue;
    if (declared.startsWith('*.')) {
      const domain = declared.slice(2);
      if (host === domain || (host.endsWith(`.${domain}`) && isDnsLabel(host.slice(0, -domain.length - 1)))) return true;
    } else if (withoutWww(host) === withoutWww(declared)) {
      return true;
    }
  }
  return false;
}

/** `https://*.indeed.com/*` → `*.indeed.com`; null for anything that is not `<scheme>://<host>/<path>`. */
export function patternHost(pattern: string): string | null {
  const start = pattern.indexOf('://');
  if (start < 0) return null;
  const end = pattern.indexOf('/', start + 3);
  if (end < 0) return null;
  const host = pattern.slice(start + 3, end).toLowerCase();
  return host ? host : null;
}

function withoutWww(host: string): string {
  return host.startsWith('www.') ? host.slice(4) : host;
}
