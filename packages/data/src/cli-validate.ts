import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve, sep } from 'node:path';
import { parseDataset } from '@alliance-panorama/core/schema';
import { assemble, listRecordFiles, type LocatedIssue } from './assemble.js';
import { UsageError, counts, displayPath, findRecordsDir, metadataIssue } from './cli-shared.js';
import { RECORDS_DIR } from './load.js';

/** What `validate` found: the issues (empty when valid) and a one-line summary for the valid case. */
export interface ValidationReport {
  issues: LocatedIssue[];
  summary: string;
}

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;

/** A JSON syntax error stops the assembly before anything else is checked, whichever file it is in. */
const blocksAssembly = (issue: LocatedIssue) => issue.code === 'invalid_input' && issue.filePath.length === 0;

/**
 * Validates a records directory, one file of it, a record file on its own or a full dataset JSON.
 * Issue files are given as the user should read them (relative to the working directory when inside it).
 * Throws `UsageError` for a path that does not exist or cannot be validated.
 */
export function validatePath(input: string): ValidationReport {
  const target = resolve(input);
  let directory: boolean;
  try {
    directory = statSync(target).isDirectory();
  } catch {
    throw new UsageError(`${input}: no such file or directory`);
  }
  if (directory) {
    const recordsDir = findRecordsDir(target);
    if (!recordsDir) {
      throw new UsageError(`${input}: not a records directory (one holds dataset.json, shared.json and territories/)`);
    }
    return validateInRecords(recordsDir, target);
  }
  const recordsDir = findRecordsDir(resolve(target, '..'));
  if (recordsDir && [...listRecordFiles(recordsDir), join(recordsDir, 'dataset.json')].includes(target)) {
    return validateInRecords(recordsDir, target);
  }
  return validateLoneFile(target);
}

/**
 * Assembles the whole records directory (a territory file refers to shared actors, so it cannot be checked
 * alone) and keeps the issues of the files under `target`.
 */
function validateInRecords(recordsDir: string, target: string, display = displayPath): ValidationReport {
  const broken = metadataIssue(recordsDir);
  if (broken) return { issues: [broken], summary: '' };
  const result = assemble(recordsDir, recordsDir);
  const inTarget = (file: string) => file === target || file.startsWith(`${target}${sep}`);
  const issues = result.ok ? [] : result.issues.map((issue) => ({ ...issue, file: join(recordsDir, issue.file) }));
  const shown = issues.filter((issue) => inTarget(issue.file) || blocksAssembly(issue));
  const located = shown.map((issue) => ({ ...issue, file: display(issue.file) }));
  if (located.length > 0) return { issues: located, summary: '' };
  if (!result.ok) {
    const elsewhere = `${issues.length} issue(s) in other files of ${displayPath(recordsDir)}`;
    return { issues: [], summary: `ok: ${display(target)}: no issues (${elsewhere})` };
  }
  const what = target === recordsDir ? counts(result.dataset) : `no issues (checked with every file of ${displayPath(recordsDir)})`;
  return { issues: [], summary: `ok: ${display(target)}: ${what}` };
}

/** A file outside any records directory: a full dataset (`dataset.json`), or a record file checked with this package's records. */
function validateLoneFile(file: string): ValidationReport {
  const text = readFileSync(file, 'utf8');
  const name = displayPath(file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { issues: [{ code: 'invalid_input', path: [], message: `not valid JSON: ${String(error)}`, file: name, filePath: [] }], summary: '' };
  }
  const root = asObject(json);
  if (typeof root?.$schema === 'string' && root.$schema.endsWith('dataset-view.schema.json')) {
    throw new UsageError(`${name}: a one-language file generated from dataset.json; validate dataset.json or the records instead`);
  }
  if (root && 'version' in root && Array.isArray(root.territories)) {
    const result = parseDataset(root);
    if (result.ok) return { issues: [], summary: `ok: ${name}: ${counts(result.value)}` };
    return { issues: result.issues.map((issue) => ({ ...issue, file: name, filePath: issue.path })), summary: '' };
  }
  if (root && ['territory', 'actors', 'practices', 'relations'].some((key) => key in root) && !('version' in root)) {
    return validateWithPackageRecords(file, root);
  }
  return {
    issues: [
      {
        code: 'invalid_input',
        path: [],
        message: 'expected a record file ({ territory, actors, practices, relations }) or a dataset ({ version, territories, … })',
        file: name,
        filePath: [],
      },
    ],
    summary: '',
  };
}

/**
 * Checks a record file kept outside a records directory against this package's own records, in a temporary
 * copy: the file takes the place of the package's file for the same territory (or of `shared.json`).
 * Issues in the package's other files can only come from the new file (duplicate ids), so all are shown.
 */
function validateWithPackageRecords(file: string, content: Json): ValidationReport {
  const copy = mkdtempSync(join(tmpdir(), 'alliance-panorama-validate-'));
  try {
    cpSync(RECORDS_DIR, copy, { recursive: true });
    const territoryId = asObject(content.territory)?.id;
    let place: string;
    if (basename(file) === 'shared.json') place = join(copy, 'shared.json');
    else if (typeof territoryId === 'string' && /^[a-z0-9-]+$/.test(territoryId)) place = join(copy, 'territories', `${territoryId}.json`);
    else place = join(copy, 'territories', `~${basename(file, '.json')}.json`);
    if (existsSync(place)) unlinkSync(place);
    writeFileSync(place, readFileSync(file));
    const display = (path: string) =>
      path === place ? displayPath(file) : `${displayPath(RECORDS_DIR)}${path.slice(copy.length)}`;
    const report = validateInRecords(copy, copy, display);
    return report.issues.length > 0
      ? report
      : { issues: [], summary: `ok: ${displayPath(file)}: no issues (checked with the records of ${displayPath(RECORDS_DIR)})` };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
