import rule from '../../../../src/rules/broad-skills-many-recs';
import { defineCases } from '../cases';
import { at } from '../fixtures';

const wide = ['React', 'Java', 'C#', 'Python', 'PHP', 'Swift', 'Flutter', 'Solidity', 'Kubernetes', 'Unity', 'SAP'];
export default defineCases(rule, {
  fires: [{ name: 'senior, 11 tracks, 45 reviews', input: at({ headline: 'Senior Software Architect', skills: wide, reviewCount: 45 }, 'upwork') }],
  quiet: [
    { name: 'wide skills without many reviews', input: at({ headline: 'Senior Software Architect', skills: wide, reviewCount: 4 }, 'upwork') },
    { name: 'many reviews, focused skills', input: at({ headline: 'Senior Software Architect', skills: ['React', 'TypeScript', 'Next.js', 'CSS'], reviewCount: 80 }, 'upwork') },
    { name: 'not claiming seniority', input: at({ headline: 'Developer', skills: wide, reviewCount: 45 }, 'upwork') },
  ],
});
