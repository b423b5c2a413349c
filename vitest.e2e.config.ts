import { defineConfig } from 'vitest/config';

const BROWSER_FILES = ['tests/e2e/**/*.test.ts'];
const PACKAGE_FILES = ['tests/e2e/packages/**/*.test.ts'];

/** A project that runs every browser test file in one browser (the harness reads E2E_BROWSER). */
const browserProject = (name: 'chromium' | 'firefox') => ({
  extends: true as const,
  test: { name, include: BROWSER_FILES, exclude: PACKAGE_FILES, env: { E2E_BROWSER: name } },
});

// E2E: the built extension in real Chromium (playwright-core) and real Firefox ESR
// (puppeteer-core over WebDriver BiDi), the same files in each; plus the store
// packages (zip, sources rebuild, web-ext lint), which need no browser.
// One file at a time across all projects (two cores; each file starts its own browser).
export default defineConfig({
  test: {
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'test-results/e2e.json' }]],
    setupFiles: ['tests/e2e/project-meta.ts'],
    projects: [browserProject('chromium'), browserProject('firefox'), { extends: true as const, test: { name: 'packages', include: PACKAGE_FILES } }],
  },
});
