// `npm test`: runs every test of every package: vitest (core, data, tools) in Node, then the widget and
// end-to-end tests in Chromium with @web/test-runner. Prints one closing line, "N passed, N failed", with
// the totals of both runners, and exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

const cache = '.cache';
mkdirSync(cache, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const runners = [];

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function record(name, status, counts) {
  if (!counts) {
    // A runner that crashed before reporting counts as one failure, so the total can never look green.
    counts = { passed: 0, failed: status === 0 ? 0 : 1, skipped: 0 };
  } else if (status !== 0 && counts.failed === 0) {
    counts.failed = 1;
  }
  runners.push({ name, ...counts });
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
}

// 0. Build: the browser tests and the example pages load the built data files and the CDN module.
const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('The build failed; the tests that need it will fail too.');
  record('build', build.status ?? 1, undefined);
}

// 1. Node tests.
const vitestOut = `${cache}/vitest.json`;
rmSync(vitestOut, { force: true });
const vitest = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestOut}`], {
  stdio: 'inherit',
});
const vitestJson = readJson(vitestOut);
record(
  'vitest',
  vitest.status ?? 1,
  vitestJson && {
    passed: vitestJson.numPassedTests,
    // A file that failed to load has no failed test of its own: count it once.
    failed:
      vitestJson.numFailedTests +
      (vitestJson.testResults ?? []).filter(
        (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
      ).length,
    skipped: vitestJson.numPendingTests + vitestJson.numTodoTests,
  },
);

// 2. Browser tests.
if (existsSync('web-test-runner.config.mjs')) {
  const chrome = findChrome();
  const wtrOut = `${cache}/wtr.json`;
  rmSync(wtrOut, { force: true });
  const wtr = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: chrome, WTR_SUMMARY: wtrOut },
  });
  record('web-test-runner', wtr.status ?? 1, readJson(wtrOut));
}

for (const runner of runners) {
  console.log(`${runner.name}: ${runner.passed} passed, ${runner.failed} failed, ${runner.skipped} skipped`);
}
writeFileSync(`${cache}/test-summary.json`, JSON.stringify({ ...totals, runners }, null, 2));
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
