// Checks what npm users receive, after `npm run build`: every package is packed (`npm pack`) and checked by
// publint (package.json fields against the packed files) and by Are the Types Wrong (`attw --profile esm-only`:
// each export resolves to JavaScript and to matching types under Node 16+ ESM and bundler resolution).
// Prints one line per package and tool, the tools' own findings when something is wrong, and exits non-zero
// when any check fails. Usage: node scripts/check-packages.mjs [core|data|widget ...]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = fileURLToPath(new URL('..', import.meta.url));
const attwBin = fileURLToPath(new URL('../node_modules/@arethetypeswrong/cli/dist/index.js', import.meta.url));

/** The packages, with the attw entry points that are data files rather than modules. */
const PACKAGES = {
  core: { attwExclude: [] },
  // TypeScript cannot import a .geojson file at all (it is read or fetched as data), so attw reports it as
  // unresolvable in every mode; the JSON files, which TypeScript can import, stay checked.
  data: { attwExclude: ['./territories.geojson'] },
  widget: { attwExclude: [] },
};

/** attw's esm-only profile ignores these resolution modes: CommonJS consumers are not supported (ESM only). */
const IGNORED_RESOLUTIONS = new Set(['node10', 'node16-cjs']);

const selected = process.argv.slice(2);
for (const name of selected) {
  if (!(name in PACKAGES)) {
    console.error(`Unknown package "${name}"; expected one of: ${Object.keys(PACKAGES).join(', ')}.`);
    process.exit(2);
  }
}
const names = selected.length > 0 ? selected : Object.keys(PACKAGES);
let failures = 0;

for (const name of names) {
  const dir = `${root}packages/${name}`;
  const manifest = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  if (!existsSync(`${dir}/dist`)) {
    console.log(`✗ ${manifest.name}: no dist/ folder. Run \`npm run build\` first.`);
    failures++;
    continue;
  }

  // publint: errors and warnings fail; suggestions are printed but do not fail.
  const { messages, pkg } = await publint({ pkgDir: dir, pack: 'npm', level: 'suggestion', strict: false });
  const count = (type) => messages.filter((message) => message.type === type).length;
  const publintFailed = count('error') + count('warning') > 0;
  console.log(
    `${publintFailed ? '✗' : '✓'} ${manifest.name}: publint ${count('error')} errors, ${count('warning')} warnings, ${count('suggestion')} suggestions`,
  );
  for (const message of messages) {
    console.log(`    ${message.type}: ${formatMessage(message, pkg, { color: false }) ?? message.code} (${message.path.join('.')})`);
  }
  if (publintFailed) failures++;

  // attw: packs the directory itself; its exit code follows the profile.
  const args = [attwBin, '--pack', dir, '--profile', 'esm-only', '--format', 'json'];
  if (PACKAGES[name].attwExclude.length > 0) args.push('--exclude-entrypoints', ...PACKAGES[name].attwExclude);
  const attw = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let analysis;
  try {
    analysis = JSON.parse(attw.stdout).analysis;
  } catch {
    console.log(`✗ ${manifest.name}: attw did not run (exit ${attw.status}).\n${attw.stderr}`);
    failures++;
    continue;
  }
  const entrypoints = Object.keys(analysis.entrypoints ?? {});
  const problems = (analysis.problems ?? []).filter((problem) => !IGNORED_RESOLUTIONS.has(problem.resolutionKind));
  const attwFailed = attw.status !== 0 || problems.length > 0;
  console.log(
    `${attwFailed ? '✗' : '✓'} ${manifest.name}: attw (esm-only) ${entrypoints.length} entry points, ${problems.length} problems` +
      ` (${(analysis.problems ?? []).length - problems.length} in ignored CommonJS/node10 resolutions)`,
  );
  for (const problem of problems) {
    console.log(`    ${problem.kind}: ${problem.entrypoint ?? ''} (${problem.resolutionKind ?? 'package'})`);
  }
  if (attwFailed) failures++;
}

console.log(failures === 0 ? 'All packages pass publint and attw.' : `${failures} package check(s) failed.`);
process.exit(failures === 0 ? 0 : 1);
