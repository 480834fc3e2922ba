import { defineConfig } from 'vitest/config';

// Node-side tests of every package. Browser tests of the widget run in Chromium with @web/test-runner.
const sourceCondition = { conditions: ['@alliance-panorama/source'] };

export default defineConfig({
  resolve: sourceCondition,
  ssr: { resolve: { conditions: ['@alliance-panorama/source'], externalConditions: ['@alliance-panorama/source'] } },
  test: {
    projects: [
      {
        extends: true,
        // Property tests run thousands of cases: generous time limits keep them stable on a busy 2-core machine.
        test: { name: 'core', include: ['packages/core/test/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
      {
        extends: true,
        test: { name: 'data', include: ['packages/data/test/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: { name: 'tools', include: ['tests/node/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
      },
    ],
  },
});
