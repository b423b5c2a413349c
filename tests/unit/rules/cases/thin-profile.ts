import rule from '../../../../src/rules/thin-profile';
import { defineCases } from '../cases';
import { at } from '../fixtures';

export default defineCases(rule, {
  fires: [
    { name: 'no photo, no links, no positions', input: at({ photo: false, links: [], positions: [] }) },
    { name: 'no about, headline, links, skills', input: at({ about: null, headline: null, links: [], skills: [] }, 'upwork') },
    {
      name: 'GitHub: no photo, no bio, no links (positions never count there)',
      input: at({ photo: false, about: null, headline: null, links: [], positions: [], skills: [] }, 'github'),
    },
  ],
  quiet: [
    {
      name: 'public LinkedIn: skills and links are not shown by the view, only the photo is missing',
      input: at({ photo: false, links: [], skills: [], missingSections: ['skills', 'links'] }),
    },
    {
      name: 'GitHub: an ordinary developer with a photo, a bio and no website',
      input: at({ photo: true, about: 'I write small tools in Go.', links: [], positions: [], skills: [] }, 'github'),
    },
    {
      name: 'GitHub: bio only, no links (positions and skills do not exist there)',
      input: at({ photo: false, about: 'Backend developer', links: [], positions: [], skills: [] }, 'github'),
    },
    { name: 'full profile', input: at({}) },
    { name: 'two gaps only', input: at({ photo: false, links: [] }) },
    {
      name: 'private view: missing sections are unknown, not empty',
      input: at({ photo: false, links: [], positions: [], skills: [], missingSections: ['links', 'positions', 'skills'] }),
    },
    { name: 'photo unknown counts as nothing', input: at({ photo: null, links: [], skills: [] }) },
  ],
});
