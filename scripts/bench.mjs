// `npm run bench`: builds the packages, then measures sizes and speeds (see bench/run.ts).
import { spawnSync } from 'node:child_process';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
if (!process.argv.includes('--no-build')) run('npm', ['run', 'build', '--silent']);
run('npx', ['tsx', '--expose-gc', 'bench/run.ts']);
