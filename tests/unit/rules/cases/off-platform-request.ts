import rule from '../../../../src/rules/off-platform-request';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

export default defineCases(rule, {
  fires: [
    { name: 'continue on Telegram', input: say("Thanks for the invite! Let's continue this conversation on Telegram: @devpro") },
    { name: 'outside the platform', input: say('We can sign the contract outside Upwork, it is cheaper for both of us.') },
    { name: 'avoid fees', input: say('I can work for you directly to avoid the platform fees.') },
    { name: 'bypass account holder', input: say('Now that we trust each other we can work directly without him.') },
    { name: 'messenger invite on a marketplace profile', input: at({ about: 'React developer. Add me on WhatsApp for faster replies.' }, 'fiverr') },
  ],
  quiet: [
    { name: 'Zoom and Slack in a résumé', input: say('Ran daily stand-ups on Zoom and communicated with clients over Slack.') },
    { name: 'messenger app project', input: say('Built a Telegram bot that lets users continue the chat on Telegram.') },
    { name: 'stays on platform', input: say('I never work outside Upwork; all payments go through the platform.') },
    { name: 'past-tense team move', input: say('Moved the team chat to Discord for the open-source community.') },
    { name: 'worked directly with the CTO', input: say('Worked directly with the CTO on the billing service.') },
    { name: 'messenger on a LinkedIn profile', input: at({ about: 'Happy to connect. Reach me on WhatsApp.' }) },
  ],
});
