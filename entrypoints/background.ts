import { startBackground } from '../src/background/start-background';

// The service worker: everything it does is in src/background/ (start-background.ts draws the parts).
export default defineBackground(() => {
  startBackground();
});
