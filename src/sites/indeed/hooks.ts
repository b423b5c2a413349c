/**
 * Where Indeed's résumé view keeps each field. Machine hooks first
 * (`data-testid`), then the older public résumé's `rezemp-*` class prefixes,
 * matched as substrings because the suffixes are build hashes
 * (platform-pages.md "Indeed"). Only these stable prefixes are used — never
 * layout classes.
 */
export const INDEED_HOOKS = {
  root: '[data-testid="resume"], [data-testid="CandidateProfile"], [class*="rezemp-ResumeDisplay"]',
  name: '[data-testid="resume-name"], [data-testid="candidate-name"], [class*="rezemp-ResumeDisplayName"], [class*="rezemp-u-h1"]',
  headline: '[data-testid="resume-headline"], [class*="rezemp-ResumeDisplay-headline"]',
  location: '[data-testid="resume-location"], [class*="rezemp-ResumeDisplay-location"]',
  summary: '[data-testid="resume-summary"], [class*="rezemp-ResumeDisplay-summary"]',
  /** Candidates only: an entry is the one holding exactly one title (see `entries` in extract.ts). */
  workItem: '[data-testid="work-experience-item"], [class*="rezemp-WorkExperience"]',
  workTitle: '[data-testid="work-experience-title"], [class*="rezemp-WorkExperience-title"]',
  workCompany: '[data-testid="work-experience-company"], [class*="rezemp-WorkExperience-subtitle"]',
  workLocation: '[data-testid="work-experience-location"], [class*="rezemp-WorkExperience-location"]',
  workDates: '[data-testid="work-experience-dates"], [class*="rezemp-WorkExperience-date"]',
  workDescription: '[data-testid="work-experience-description"], [class*="rezemp-WorkExperience-description"]',
  educationItem: '[data-testid="education-item"], [class*="rezemp-Education"]',
  educationSchool: '[data-testid="education-school"], [class*="rezemp-Education-school"]',
  educationDegree: '[data-testid="education-degree"], [class*="rezemp-Education-degree"]',
  educationDates: '[data-testid="education-dates"], [class*="rezemp-Education-date"]',
  skill: '[data-testid="skill-item"], [class*="rezemp-Skill-name"]',
  language: '[data-testid="language-item"]',
  link: '[data-testid="resume-links"] a[href], [class*="rezemp-Links"] a[href]',
  /** The sign-in form Indeed shows instead of a résumé to logged-out employers. */
  loginForm: 'form[action*="/account/login"], form[action*="/auth"], [data-testid="auth-page"], input[type="password"]',
} as const;
