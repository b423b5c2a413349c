import rule from '../../../../src/rules/document-author-not-candidate';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { resumeFile } from '../document-fixtures';
import { NOW } from '../fixtures';

const TEXT = 'Alex Morgan\nalex.morgan@example.net\nSoftware engineer with eight years of experience.';

export default defineCases(rule, {
  fires: [
    { name: 'another person is the author', input: resumeFile(TEXT, { author: 'Rowan Castellanos', lastModifiedBy: null }) },
    { name: 'another person saved it last', input: resumeFile(TEXT, { lastModifiedBy: 'Jordan Blake' }) },
    { name: 'author and last editor are both someone else', input: resumeFile(TEXT, { author: 'Sam Okoro', lastModifiedBy: 'Sam Okoro' }) },
  ],
  quiet: [
    { name: 'the candidate wrote and saved it', input: resumeFile(TEXT) },
    { name: 'the author gives an initial and the family name', input: resumeFile(TEXT, { author: 'A. Morgan' }) },
    { name: 'name parts in the other order', input: resumeFile(TEXT, { author: 'Morgan Alex' }) },
    { name: 'a login, not a name', input: resumeFile(TEXT, { author: 'amorgan84', lastModifiedBy: 'owner' }) },
    { name: 'an office default author', input: resumeFile(TEXT, { author: 'Microsoft Office User', lastModifiedBy: 'Windows User' }) },
    { name: 'a résumé builder in the author field', input: resumeFile(TEXT, { author: 'Zety Resume Builder', lastModifiedBy: null }) },
    { name: 'an agency, not a person', input: resumeFile(TEXT, { author: 'Northwind Staffing Ltd', lastModifiedBy: null }) },
    { name: 'no author fields at all', input: resumeFile(TEXT, { author: null, lastModifiedBy: null }) },
    { name: 'the text gives no name to compare with', input: resumeFile(TEXT, { author: 'Jordan Blake', claimedName: null }) },
    { name: 'pasted text, not a file', input: textInput('Written by Jordan Blake for Alex Morgan.', 'text', NOW) },
  ],
});
