import { defineConfig } from 'vitest/config';

// LZ_TEST_REPORT=<file> adds a JSON report, which .ci/run sums into its closing "N passed, N failed" line.
const report = process.env.LZ_TEST_REPORT;

export default defineConfig({
  test: {
    include: ['{api,graph,tests}/**/*.test.ts', 'web/src/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    // PGlite takes seconds to start and seeding demo data longer: generous hooks, normal tests.
    testTimeout: 30_000,
    hookTimeout: 180_000,
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
  },
});
