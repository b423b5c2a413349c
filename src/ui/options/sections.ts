import type { FunctionComponent } from 'preact';
import { CustomRulesSection } from './custom-rules-section';
import { DataSection } from './data-section';
import { GuidanceSection } from './guidance-section';
import { PanelSection } from './panel-section';
import { ResumeSection } from './resume-section';
import { RulesSection } from './rules-section';
import type { SectionProps } from './section-props';
import { SitesSection } from './sites-section';
import { TransferSection } from './transfer-section';

export interface OptionsSection {
  /** The section's anchor (`#rules`); its heading is the string `options.<id>.heading`. */
  id: string;
  Body: FunctionComponent<SectionProps>;
}

/**
 * The options page's sections in page order: the page draws the navigation,
 * each section's element, anchor and heading from this list, so a section is
 * named here once.
 */
export const OPTIONS_SECTIONS: readonly OptionsSection[] = [
  { id: 'rules', Body: RulesSection },
  { id: 'custom', Body: CustomRulesSection },
  { id: 'sites', Body: SitesSection },
  { id: 'panel', Body: PanelSection },
  { id: 'data', Body: DataSection },
  { id: 'resume', Body: ResumeSection },
  { id: 'transfer', Body: TransferSection },
  { id: 'guidance', Body: GuidanceSection },
];

export const sectionHeading = (id: string) => `options.${id}.heading`;
