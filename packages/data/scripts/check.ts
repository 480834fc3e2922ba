/** Validates the record files and prints every issue with its file and path. Exit code 1 on any issue. */
import { fileURLToPath } from 'node:url';
import { assemble, formatIssue } from '../src/assemble.js';

const records = fileURLToPath(new URL('../records', import.meta.url));
const result = assemble(records);
if (result.ok) {
  const { territories, practices, actors, relations } = result.dataset;
  console.log(`ok: ${territories.length} territories, ${practices.length} practices, ${actors.length} actors, ${relations.length} relations`);
} else {
  // `npm run check -- grenoble` shows only the issues of files whose name contains "grenoble".
  const only = process.argv[2];
  const shown = only ? result.issues.filter((issue) => issue.file.includes(only)) : result.issues;
  for (const issue of shown) console.error(formatIssue(issue));
  console.error(`${shown.length} issue(s)${only ? ` in files matching "${only}" (${result.issues.length} in all)` : ''}`);
  process.exitCode = 1;
}
