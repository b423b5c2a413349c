/**
 * Machine-wide browser policy files for the fleet-policy test: written where
 * each browser really reads them, before it starts, and removed afterwards —
 * also when a test fails, and at process exit if the suite is cut short.
 *
 *   Chromium (Debian)  /etc/chromium/policies/managed/<name>.json     {"3rdparty": {"extensions": {<id>: policy}}}
 *   Google Chrome      /etc/opt/chrome/policies/managed/<name>.json   (same shape)
 *   Firefox            /etc/firefox/policies/policies.json            {"policies": {"3rdparty": {"Extensions": {<gecko id>: policy}}}}
 *
 * Debian's firefox-esr reads /etc/firefox/policies/ (its system configuration
 * folder), not /etc/firefox-esr/; without that file it falls back to
 * distribution/policies.json next to the binary (/usr/lib/firefox-esr/distribution/).
 * Firefox reads a single file, so one that is already there is restored byte
 * for byte afterwards. Writing under /etc needs root (CI runs as root).
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BrowserName } from './paths';

export interface InstalledPolicy {
  file: string;
  /** Puts the machine back as it was. Safe to call more than once. */
  remove(): void;
}

function chromiumPolicyDir(): string {
  const binary = process.env.CHROMIUM_PATH ?? '';
  return /google-chrome|\/opt\/google\//.test(binary) ? '/etc/opt/chrome/policies/managed' : '/etc/chromium/policies/managed';
}

export const FIREFOX_POLICY_FILE = '/etc/firefox/policies/policies.json';

/** Where this browser's policy for the test goes. */
export function policyFileFor(browser: BrowserName): string {
  return browser === 'chromium' ? join(chromiumPolicyDir(), 'hire-signals-e2e.json') : FIREFOX_POLICY_FILE;
}

/** Whether this process may write the browsers' policy folders. */
export function canWritePolicies(): boolean {
  return process.getuid?.() === 0;
}

/** Creates the folders of `file` that are missing; returns them, deepest first, for removal. */
function makeFolders(file: string): string[] {
  const created: string[] = [];
  for (let dir = dirname(file); !existsSync(dir); dir = dirname(dir)) created.push(dir);
  mkdirSync(dirname(file), { recursive: true });
  return created;
}

export function installPolicy(browser: BrowserName, extensionId: string, policy: object): InstalledPolicy {
  const file = policyFileFor(browser);
  const original = existsSync(file) ? readFileSync(file) : null;
  const created = makeFolders(file);
  const content =
    browser === 'chromium'
      ? { '3rdparty': { extensions: { [extensionId]: policy } } }
      : { policies: { '3rdparty': { Extensions: { [extensionId]: policy } } } };
  if (browser === 'firefox' && original) {
    // Another policy is in force here already: the test's entry joins it for the run.
    const current = JSON.parse(original.toString('utf8')) as { policies?: Record<string, unknown> };
    const policies = (current.policies ??= {});
    const thirdParty = ((policies['3rdparty'] as Record<string, unknown> | undefined) ??= {});
    thirdParty.Extensions = { ...(thirdParty.Extensions as object | undefined), [extensionId]: policy };
    policies['3rdparty'] = thirdParty;
    writeFileSync(file, JSON.stringify(current, null, 2));
  } else {
    writeFileSync(file, JSON.stringify(content, null, 2));
  }

  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    process.off('exit', remove);
    if (original) writeFileSync(file, original);
    else rmSync(file, { force: true });
    for (const dir of created) {
      try {
        rmdirSync(dir);
      } catch {
        // Not empty: something else was put there meanwhile; leave it.
      }
    }
  };
  process.on('exit', remove);
  return { file, remove };
}
