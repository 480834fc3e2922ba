// `npm run bench`: builds the packages, then measures sizes, query speed, browser timings and Lighthouse (see
// bench/run.ts and docs/benchmarks.md). `--no-build` reuses the last build; `--only=sizes,query` and
// `--skip=lighthouse` (or BENCH_ONLY / BENCH_SKIP) choose the sections.
import { spawnSync } from 'node:child_process';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const args = process.argv.slice(2);
if (!args.includes('--no-build')) run('npm', ['run', 'build', '--silent']);
run('npx', ['tsx', '--expose-gc', 'bench/run.ts', ...args.filter((arg) => arg !== '--no-build')]);
