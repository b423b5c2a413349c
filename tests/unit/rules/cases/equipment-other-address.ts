import rule from '../../../../src/rules/equipment-other-address';
import { textInput } from '../../../../src/core/rule-input';
import { defineCases } from '../cases';
import { NOW, at } from '../fixtures';

const say = (text: string) => textInput(text, 'text', NOW);

export default defineCases(rule, {
  fires: [
    { name: 'laptop host keeps it online', input: say('we will ship the laptop to your house, you just keep it online with teamviewer and get 300$') },
    { name: "friend's address", input: say("Please ship the laptop to my friend's address, I will pick it up there.") },
    { name: 'cannot receive at home', input: say('I cannot receive packages at my home address right now.') },
    { name: 'freight forwarder', input: say('Send the laptop to my freight forwarder in Texas, they handle it.') },
    { name: 'changing delivery address', input: say('I need to change my delivery address again for the equipment.') },
    { name: 'laptop host installs remote access', input: say('just plug in the laptop at your home and install anydesk, thats all, we pay') },
  ],
  quiet: [
    { name: 'keeping a laptop on for an update', input: say('Please keep the laptop turned on overnight so the update can finish.') },
    { name: 'ship features', input: say('Shipped 40 features to production and shipped the mobile app to both stores.') },
    { name: 'logistics software', input: say('Developed software for freight forwarders to track parcels to a different address.') },
    { name: 'own address', input: say('Please send the laptop to the address on my ID.') },
    { name: 'company IT support tool', input: say('Before your first day, please install TeamViewer on the work laptop so IT support can help you.') },
    { name: 'refusing to host', input: say('I will not install AnyDesk on a laptop at my home for someone else, whatever they pay.') },
    { name: 'clean profile', input: at({}) },
  ],
});
