import rule from '../../../../src/rules/document-created-after-claimed-date';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { resumeFile } from '../document-fixtures';
import { NOW } from '../fixtures';

const resume = (dateLine: string) => `Alex Morgan\n${dateLine}\nSoftware engineer with eight years of experience.`;

export default defineCases(rule, {
  fires: [
    { name: 'updated in a month, created a year and a half later', input: resumeFile(resume('Updated: March 2024'), { created: '2025-09-14T03:12:00.000Z' }) },
    { name: 'last updated on a day, created months later', input: resumeFile(resume('Last updated 12 March 2025'), { created: '2026-01-20T08:00:00.000Z' }) },
    { name: 'an ISO revision month', input: resumeFile(resume('Revised 2024-06'), { created: '2025-02-01T00:00:00.000Z' }) },
  ],
  quiet: [
    { name: 'created in the month it claims', input: resumeFile(resume('Updated: February 2026'), { created: '2026-02-20T10:00:00.000Z' }) },
    { name: 'created a few weeks after the claimed month', input: resumeFile(resume('Updated March 2026'), { created: '2026-04-20T10:00:00.000Z' }) },
    { name: 'created before the claimed date', input: resumeFile(resume('Updated: March 2026'), { created: '2025-11-02T10:00:00.000Z' }) },
    { name: 'job dates are no claim about the file', input: resumeFile(resume('Start date: March 2019\nSenior engineer (March 2019 - present)'), { created: '2026-02-20T10:00:00.000Z' }) },
    { name: 'only a year is claimed', input: resumeFile(resume('Updated 2023'), { created: '2026-02-20T10:00:00.000Z' }) },
    { name: 'no creation date in the file', input: resumeFile(resume('Updated: March 2024'), { created: null }) },
    { name: 'pasted text, not a file', input: textInput(resume('Updated: March 2024'), 'text', NOW) },
  ],
});
