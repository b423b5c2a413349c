import rule from '../../../../src/rules/sanctioned-entity-name';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at, position } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

export default defineCases(rule, {
  fires: [
    { name: 'employer in pasted text', input: say('2019–2022 Software Engineer, Yanbian Silverstar Network Technology Co., Ltd.') },
    { name: 'employer on a profile', input: at({ positions: [position({ title: 'Developer', company: 'Volasys Silver Star', start: '2018-01', end: '2020-01' })] }) },
    { name: 'a common name looked up directly (asks to confirm the place)', input: textInput('Fortuna LLC', 'company', NOW) },
  ],
  quiet: [
    { name: 'silver star elsewhere', input: say('Won the Silver Star award for the best hackathon project.') },
    { name: 'common name alone', input: say('Worked for Fortuna LLC, a bakery chain in Ohio.') },
    { name: 'common name with a place in the text (not distinctive)', input: say('Contractor for Fortuna LLC, Moscow, Russia (2023).') },
    { name: 'clean profile', input: at({}) },
  ],
});
