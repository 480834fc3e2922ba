// Browser tests of the widget and the end-to-end tests, in Debian's Chromium (or CHROME_PATH), headless.
// The widget sources are TypeScript with Lit's experimental decorators, compiled on the fly by esbuild.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { CHROMIUM_ARGS } from './scripts/chromium-args.mjs';
import { fixtureMiddleware } from './tests/browser/fixture-server.mjs';
import { forcedColorsPlugin } from './tests/browser/fixtures/forced-colors-plugin.mjs';

/** Counts passed and failed tests for scripts/test.mjs, which prints the closing "N passed, N failed" line. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        for (const child of suite.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load has no results but errors: count it as a failure.
        if (!session.passed && (!session.testResults || session.errors?.length)) counts.failed += session.errors?.length || 1;
      }
      if (process.env.WTR_SUMMARY) writeFileSync(process.env.WTR_SUMMARY, JSON.stringify(counts));
    },
  };
}

export default {
  files: ['packages/widget/test/**/*.test.ts', 'tests/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@alliance-panorama/source', 'browser', 'import', 'default'] },
  concurrency: 1,
  testsFinishTimeout: 180_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [fixtureMiddleware()],
  plugins: [
    forcedColorsPlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
