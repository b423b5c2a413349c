import { defineConfig } from 'vitest/config';

// The built extension on the recreated real captures, in both browsers (see browsers.test.ts).
const browser = (name: 'chromium' | 'firefox') => ({
  extends: true as const,
  test: { name, include: ['tests/tools/real-pages/browsers.test.ts'], env: { E2E_BROWSER: name } },
});

export default defineConfig({
  test: {
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    setupFiles: ['tests/e2e/project-meta.ts'],
    projects: [browser('chromium'), browser('firefox')],
  },
});
