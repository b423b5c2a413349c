import { useRef, useState } from 'preact/hooks';
import { MAX_RESUME_BYTES } from '../../engine/files/read-result';
import type { Settings } from '../../settings/schema';
import { t } from '../../core/i18n';
import { FindingList } from './current-tab';
import type { ResumeOutcome } from './resume-check';
import './resume-drop.css';

const ACCEPT = '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Facts line: what the file says about itself, for the recruiter to weigh. */
function factsLine(o: ResumeOutcome): string | null {
  if (!o.read.ok) return null;
  const f = o.read.facts;
  const unknown = t('resume.unknown');
  return t('resume.facts', { author: f.author ?? unknown, editor: f.lastModifiedBy ?? unknown, tool: f.creatorTool ?? f.producer ?? unknown, created: f.created?.slice(0, 10) ?? unknown });
}

/**
 * Drop or choose a résumé file (PDF, DOCX) and see its findings: its text through the
 * text and contact rules, its properties through the document rules. Shared by the
 * popup and the options page. The reader (and pdf.js) load on the first file, not
 * with the page; the file is read on this computer and never leaves it.
 */
export function ResumeDrop({ settings, id = 'hs-resume', heading = true }: { settings: Settings; id?: string; heading?: boolean }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ResumeOutcome | null>(null);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const check = async (file: File | undefined) => {
    if (!file) return;
    setBusy(file.name);
    setOutcome(null);
    try {
      const { checkResumeFile } = await import('./resume-check');
      setOutcome(await checkResumeFile(file, settings));
    } catch {
      // The reader's chunk failed to load (an extension updated under an open popup): say so, do not break.
      setOutcome({ fileName: file.name, read: { ok: false, problem: 'damaged', format: null }, report: null, note: null, ms: 0 });
    } finally {
      setBusy(null);
      if (input.current) input.current.value = '';
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void check(e.dataTransfer?.files?.[0]);
  };

  const findings = outcome?.report?.findings ?? [];
  // In the options page the section around it is the landmark (and has the heading): a second one would repeat its name.
  const Wrapper = heading ? 'section' : 'div';
  return (
    <Wrapper class="hs-resume" aria-labelledby={heading ? `${id}-h` : undefined} data-testid="resume-drop">
      {heading && <h2 id={`${id}-h`}>{t('resume.heading')}</h2>}
      <div
        class={`hs-resume-zone${over ? ' hs-resume-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <span>{t('resume.drop')} </span>
        <label for={`${id}-file`} class="hs-link">
          {t('resume.choose')}
        </label>
        <input id={`${id}-file`} ref={input} class="hs-resume-input" type="file" accept={ACCEPT} data-testid="resume-input" onChange={(e) => void check((e.target as HTMLInputElement).files?.[0])} />
        <p class="hs-resume-privacy">{t('resume.privacy')}</p>
      </div>
      {busy && (
        <p role="status" data-testid="resume-busy">
          {t('resume.reading', { name: busy })}
        </p>
      )}
      {outcome && (
        <div data-testid="resume-result" data-ok={String(outcome.read.ok)} data-problem={outcome.read.ok ? undefined : outcome.read.problem} data-ms={Math.round(outcome.ms)} aria-live="polite">
          {!outcome.read.ok ? (
            <p class="hs-notice" role="alert" data-testid="resume-problem">
              {outcome.fileName}: {t(`resume.problem.${outcome.read.problem}`, { limit: MAX_RESUME_BYTES / 1024 / 1024 })}
            </p>
          ) : (
            <>
              <p class="hs-kind">{t('resume.checked', { name: outcome.fileName, format: t(`resume.format.${outcome.read.facts.format}`), chars: outcome.read.text.length })}</p>
              <p class="hs-resume-facts" data-testid="resume-facts">
                {factsLine(outcome)}
              </p>
              {outcome.note && (
                <p class="hs-notice" data-testid="resume-note">
                  {outcome.note}
                </p>
              )}
              {findings.length > 0 ? <FindingList findings={findings} label={t('resume.findingsLabel')} /> : <p class="hs-empty">{t('resume.none')}</p>}
            </>
          )}
        </div>
      )}
    </Wrapper>
  );
}
