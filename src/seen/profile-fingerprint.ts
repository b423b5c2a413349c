import { fingerprint, type Signature } from './fingerprint';
import type { ProfileSnapshot } from '../core/snapshot';

/** Long-form text of a profile: about/overview and the position descriptions. */
export function longFormText(p: ProfileSnapshot): string {
  return [p.about, ...p.positions.map((x) => x.description)].filter(Boolean).join('\n');
}

/** The profile's fingerprint; its own name is left out so a swapped name does not hide reuse. */
export function profileFingerprint(p: ProfileSnapshot): Signature | null {
  return fingerprint(longFormText(p), p.name ? [p.name] : []);
}
