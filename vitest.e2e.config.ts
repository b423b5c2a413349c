import { defineConfig } from 'vitest/config';

// E2E: the built extension in real Chromium (playwright-core), one file at a time
// (two cores; each file starts its own browser).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'test-results/e2e.json' }]],
  },
});
