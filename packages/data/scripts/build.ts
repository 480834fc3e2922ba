/**
 * Builds the published files into dist/: assembles and validates records/, then writes the JSON, CSV,
 * GeoJSON, JSON Schema, datapackage.json and the JavaScript modules. On any issue, prints each one as
 * `file: json.path: code: message` and exits with code 1, writing nothing.
 *
 * Options (for tests and experiments): `--records <dir>` reads other record files, `--out <dir>` writes
 * elsewhere than dist/ (without emptying it first).
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatIssue } from '../src/assemble.js';
import { buildOutputs } from '../src/build.js';

const { values } = parseArgs({ options: { records: { type: 'string' }, out: { type: 'string' } } });
const dist = fileURLToPath(new URL('../dist', import.meta.url));
const outDir = values.out ? resolve(values.out) : dist;

// Start from an empty dist/ so that a renamed table or language leaves no stale file behind.
if (outDir === dist) rmSync(dist, { recursive: true, force: true });
const result = buildOutputs(outDir, values.records ? { recordsDir: resolve(values.records) } : {});
if (result.ok) {
  const { territories, practices, actors, relations, version } = result.dataset;
  console.log(
    `built ${result.files.length} files in ${outDir}: version ${version}, ${territories.length} territories, ${practices.length} practices, ${actors.length} actors, ${relations.length} relations`,
  );
} else {
  for (const issue of result.issues) console.error(formatIssue(issue));
  console.error(`${result.issues.length} issue(s); nothing was built`);
  process.exitCode = 1;
}
