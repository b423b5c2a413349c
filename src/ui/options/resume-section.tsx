import { ResumeDrop } from '../popup/resume-drop';
import type { SectionProps } from './section-props';

/** The popup's résumé drop zone on the options page, with the settings in force (user ∪ policy). */
export function ResumeSection({ effective }: SectionProps) {
  return <ResumeDrop settings={effective} id="hs-resume-options" heading={false} />;
}
