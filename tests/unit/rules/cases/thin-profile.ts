import rule from '../../../../src/rules/thin-profile';
import { defineCases } from '../cases';
import { at } from '../fixtures';

export default defineCases(rule, {
  fires: [
    { name: 'no photo, no links, no positions', input: at({ photo: false, links: [], positions: [] }) },
    { name: 'no about, headline, links, skills', input: at({ about: null, headline: null, links: [], skills: [] }, 'upwork') },
  ],
  quiet: [
    { name: 'full profile', input: at({}) },
    { name: 'two gaps only', input: at({ photo: false, links: [] }) },
    {
      name: 'private view: missing sections are unknown, not empty',
      input: at({ photo: false, links: [], positions: [], skills: [], missingSections: ['links', 'positions', 'skills'] }),
    },
    { name: 'photo unknown counts as nothing', input: at({ photo: null, links: [], skills: [] }) },
  ],
});
