import type { ResumeSeenMessage } from '../core/messages';
import type { SeenMatch } from '../core/rule';
import { encodeSignature } from '../seen/fingerprint';
import { resumeFingerprint, resumeSubject } from '../seen/resume-fingerprint';
import type { SeenStore } from '../seen/seen-storage';
import type { Settings } from '../settings/schema';

export interface ResumeSeenDeps {
  seen: Pick<SeenStore, 'lookupAndRecord'>;
  settings: () => Promise<Settings>;
}

/**
 * A résumé file checked in the popup or the options page joins the seen index,
 * as a viewed profile does (us22-rf-template-reuse, us25j-mit-crosscheck-hr):
 * its fingerprint is matched against the index, then recorded. The text is
 * fingerprinted here and dropped. Off when the user (or policy) switched
 * template reuse off; a broken index answers "no matches".
 */
export async function resumeSeen(msg: ResumeSeenMessage, deps: ResumeSeenDeps): Promise<SeenMatch[]> {
  try {
    const settings = await deps.settings();
    if (!settings.templateReuse.enabled) return [];
    const sig = resumeFingerprint(msg.text, msg.name);
    if (!sig) return [];
    const subject = resumeSubject(msg.name, msg.fileName);
    return await deps.seen.lookupAndRecord({ ...subject, fp: encodeSignature(sig) }, { record: true, retentionDays: settings.retentionDays });
  } catch (err) {
    console.warn('[hire-signals] seen-profiles index unavailable', err);
    return [];
  }
}
