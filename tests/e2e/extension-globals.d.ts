// Code passed to `serviceWorker.evaluate()` runs inside the extension, where the
// `chrome` namespace exists; type it with WXT's browser types for the E2E tests.
import type { Browser } from '@wxt-dev/browser';

declare global {
  const chrome: Browser;
}
