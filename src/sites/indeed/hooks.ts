/**
 * Where Indeed's résumé view keeps each field. Machine hooks first
 * (`data-testid`), then the older public résumé's `rezemp-*` class prefixes,
 * matched as substrings because the suffixes are build hashes
 * (platform-pages.md "Indeed"), then the public résumé of about 2012–2017:
 * `div#resume_body` with ids for the person (`#resume-contact`, `#headline`,
 * `#headline_location`, which also carry schema.org `itemprop`s) and
 * `work-experience-section` / `education-section` entries with `work_*` /
 * `edu_*` parts, as a real capture of that layout shows
 * (tests/tools/real-pages/sources.json). Only these stable hooks are used —
 * never layout classes.
 */
export const INDEED_HOOKS = {
  root: '[data-testid="resume"], [data-testid="CandidateProfile"], [class*="rezemp-ResumeDisplay"], #resume_body',
  name: '[data-testid="resume-name"], [data-testid="candidate-name"], [class*="rezemp-ResumeDisplayName"], [class*="rezemp-u-h1"], #resume-contact',
  headline: '[data-testid="resume-headline"], [class*="rezemp-ResumeDisplay-headline"], #headline',
  location: '[data-testid="resume-location"], [class*="rezemp-ResumeDisplay-location"], #headline_location',
  summary: '[data-testid="resume-summary"], [class*="rezemp-ResumeDisplay-summary"]',
  /** Candidates only: an entry is the one holding exactly one title (see `entries` in extract.ts). */
  workItem: '[data-testid="work-experience-item"], [class*="rezemp-WorkExperience"], .work-experience-section',
  workTitle: '[data-testid="work-experience-title"], [class*="rezemp-WorkExperience-title"], .work_title',
  workCompany: '[data-testid="work-experience-company"], [class*="rezemp-WorkExperience-subtitle"], .work_company > span',
  workLocation: '[data-testid="work-experience-location"], [class*="rezemp-WorkExperience-location"], .work_company > div:last-child',
  workDates: '[data-testid="work-experience-dates"], [class*="rezemp-WorkExperience-date"]',
  workDescription: '[data-testid="work-experience-description"], [class*="rezemp-WorkExperience-description"], .work_description',
  educationItem: '[data-testid="education-item"], [class*="rezemp-Education"], .education-section',
  educationSchool: '[data-testid="education-school"], [class*="rezemp-Education-school"], .edu_school [itemprop="name"], .edu_school > span',
  educationDegree: '[data-testid="education-degree"], [class*="rezemp-Education-degree"], .edu_title',
  educationDates: '[data-testid="education-dates"], [class*="rezemp-Education-date"], .edu_dates',
  skill: '[data-testid="skill-item"], [class*="rezemp-Skill-name"], .skill-text',
  language: '[data-testid="language-item"]',
  link: '[data-testid="resume-links"] a[href], [class*="rezemp-Links"] a[href]',
  /** The sign-in form Indeed shows instead of a résumé to logged-out employers. */
  loginForm: 'form[action*="/account/login"], form[action*="/auth"], [data-testid="auth-page"], input[type="password"]',
} as const;
