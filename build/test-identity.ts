/**
 * A fixed identity for the build the fleet-policy E2E test installs
 * (tests/e2e/policy.test.ts). A browser policy names the extension it
 * configures by id, and the test writes that policy before the browser starts:
 * Chromium derives an unpacked extension's id from its folder's path unless the
 * manifest carries a public `key`, so the test build gets one. Firefox takes
 * the id from `browser_specific_settings.gecko.id`; the test build gets an id
 * of its own there too, so the machine-wide policies.json the test writes
 * while it runs can only ever configure the test build, never a real
 * installation of Hire Signals on the same machine.
 *
 * Only when HIRE_SIGNALS_TEST_IDENTITY=1 is set: store packages (`npm run zip`)
 * and the everyday builds keep the ids the stores and the browsers assign.
 * Only the public half of the key exists; an unpacked extension needs nothing
 * else.
 */
import { createHash } from 'node:crypto';
import type { Wxt } from 'wxt';

export const TEST_IDENTITY_ENV = 'HIRE_SIGNALS_TEST_IDENTITY';

/** SubjectPublicKeyInfo (DER, base64) of an RSA key made for this test only. */
export const TEST_CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAn92geQ0hLk1AhXpbZxApSqEDVeK6P/Z6Kn4o6Bq06Hf4JYpJ2rz/Ko+AG5+COC4NeFhxNNGN5rr+xElL++D+yraAH1QnfJ9KxRMdFt8ycmHMnaskZnJZfu2AHycCd2PXnmz3kz4FXI8aIF5gAkMn11L209kxgH6OV9znAAL7doY0ui0jPZqp8/dN0k0tusoqP03zWnVH4VDVmU07SfaMVDAqO2EXH7Ps18k9Dmtbjwxl/TmUU7frUV+6xoBDicgUj8sS04QFGNKpPmBeaCB27fZJAw7bi0L8CzoB1kSLWCGvp0VV45NXTLnn8UMStX0FAWlcYJjIo0kyzURkqRnKnwIDAQAB';

export const TEST_GECKO_ID = 'hire-signals-e2e@hire-signals.example';

/** Chromium's id for a manifest key: the first 128 bits of its SHA-256, each hex digit written as a–p. */
export function chromeExtensionIdForKey(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + Number.parseInt(d, 16))).join('');
}

type ManifestWithIdentity = {
  key?: string;
  browser_specific_settings?: { gecko?: { id?: string } & Record<string, unknown> } & Record<string, unknown>;
};

/** The manifest with the test identity, or untouched when the variable is not set. */
export function applyTestIdentity(manifest: ManifestWithIdentity, browser: string, env: NodeJS.ProcessEnv = process.env): void {
  if (env[TEST_IDENTITY_ENV] !== '1') return;
  if (browser === 'firefox') {
    const settings = (manifest.browser_specific_settings ??= {});
    settings.gecko = { ...settings.gecko, id: TEST_GECKO_ID };
  } else {
    manifest.key = TEST_CHROME_KEY;
  }
}

/** WXT hooks for wxt.config.ts. */
export const testIdentityHooks = {
  'build:manifestGenerated': (wxt: Wxt, manifest: object) => applyTestIdentity(manifest as ManifestWithIdentity, wxt.config.browser),
};
