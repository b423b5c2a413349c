import { defineConfig } from 'vitest/config';

// The real-page check runs apart from the unit suite: it needs the pages that
// recreate.ts rebuilds locally (never committed), so CI has none of them.
//   npx tsx tests/tools/real-pages/recreate.ts && npx vitest run --config tests/tools/real-pages/vitest.config.ts
export default defineConfig({
  test: {
    environment: 'happy-dom',
    include: ['tests/tools/real-pages/**/*.test.ts'],
    // The browser check has its own config (vitest.browsers.config.ts).
    exclude: ['tests/tools/real-pages/browsers.test.ts'],
    testTimeout: 60_000,
  },
});
