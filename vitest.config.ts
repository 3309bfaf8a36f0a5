import { defineConfig } from 'vitest/config';

// Three projects, as ENGINEERING.md decides: pure logic, SQL against real databases, pages in Chromium.
export default defineConfig({
  test: {
    // Vitest's default on two cores is one file at a time (cores − 1). Most of a file's time is
    // spent waiting on PostgreSQL, Chromium or a child process, so two at once roughly halves the
    // run; e2e files still run one after another (fileParallelism below), beside the others.
    maxWorkers: 2,
    projects: [
      // Unit tests run beside the integration and e2e projects on two cores; a first PDF render
      // (pdfkit and its fonts loaded lazily) took 5.2 s there, past Vitest's 5 s default.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/build-dist.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
