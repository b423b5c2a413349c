import rule from '../../../../src/rules/video-avoidance';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

export default defineCases(rule, {
  fires: [
    { name: "can't turn on camera", input: say("Sorry, I can't turn on my camera during interviews.") },
    { name: 'camera broken', input: say('My camera is broken, can we do the interview by chat?') },
    { name: 'prefer text over video', input: say('I prefer chat instead of a video call, my English is better in writing.') },
    { name: 'text-only interview', input: say('Text-only interview please.') },
    { name: 'audio not working (kr22)', input: say('My microphone is not working, so maybe a phone call instead?') },
  ],
  quiet: [
    { name: 'happy to use Zoom', input: say('Happy to jump on a Zoom call any time; camera on is fine.') },
    { name: "doesn't mind camera", input: say("I don't mind to turn on my camera at all.") },
    { name: 'async culture', input: say('I prefer async written communication over meetings and keep a detailed changelog.') },
    { name: 'video product', input: say('Built a WebRTC app where users can not enable video without permission.') },
    { name: 'scheduling', input: say("I can't do a video call today, tomorrow at 10 works.") },
    { name: 'clean profile', input: at({}) },
  ],
});
