/**
 * The `alliance-panorama` command of `@alliance-panorama/data`: `validate` checks record files and datasets,
 * naming the file and the JSON path of every issue; `export` writes the dataset as JSON, CSV or GeoJSON; `pack`
 * writes one language in the packed format for large panoramas.
 * Compiled to `dist/cli.js` (tsup.config.ts) and started by `bin/alliance-panorama.mjs`, so it runs from the
 * published package without TypeScript tooling.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCALES } from '@alliance-panorama/core';
import { runExport, exportRequest, EXPORT_FORMATS } from './cli-export.js';
import { EXIT, UsageError, counts, displayPath, issueLines, type Output } from './cli-shared.js';
import { validatePath } from './cli-validate.js';
import { packRequest, runPack } from './cli-pack.js';
import { PACKAGE_VERSION } from './load.js';

/** The text of `alliance-panorama --help`. */
export const HELP = `Usage: alliance-panorama <command> [options]

Checks and exports the records of the Alliance Panorama open dataset (@alliance-panorama/data ${PACKAGE_VERSION}).

Commands:
  validate <file|dir>
      Checks a records directory (records/), one file in it (records/territories/liege.json,
      checked together with the other files it refers to), a record file kept elsewhere (checked with
      this package's records), or a dataset JSON (dist/dataset.json). Prints every issue as
      "file: json.path: code: message" and exits with 1; prints one "ok: …" line and exits with 0
      when there is none.

  export --format ${EXPORT_FORMATS.join('|')} [--lang ${LOCALES.join('|')}] [--out <dir or file>] [<records dir>]
      Writes the dataset assembled from <records dir> (default: this package's records).
      json     the full dataset, or with --lang its texts in one language (dataset[.<lang>].json)
      csv      one RFC 4180 file per table into the --out directory (required); --lang keeps the text
               columns of one language
      geojson  the territories as points (territories.geojson)
      Without --out, json and geojson go to the standard output. An --out that is a directory (or ends
      with "/") receives the file under its default name.

  pack --lang ${LOCALES.join('|')} --out <dir> [--part-size <n>] [<records dir or dataset JSON>]
      Writes one language of the dataset in the packed format for large panoramas (thousands of
      practices): <dir>/index.json (give its URL to <alliance-panorama src>), actors.json, and per
      part of --part-size practices (default 2000) the list columns (parts/), excerpts (text/), and
      full records a hundred at a time (detail/). The input is validated first.

Options:
  -h, --help       shows this help
  -v, --version    prints the version of the package (the version of the data)

Exit codes: 0 done, 1 the records have issues, 2 bad arguments or a path that cannot be read.

Examples:
  npx alliance-panorama validate packages/data/records
  npx alliance-panorama validate packages/data/records/territories/liege.json
  npx alliance-panorama export --format csv --out ./panorama-csv
  npx alliance-panorama export --format json --lang es --out ./dataset.es.json
  npx alliance-panorama pack --lang fr --out ./panorama-fr big-dataset.json
`;

/** Writes to the process's standard output and error. */
export const processOutput: Output = {
  data: (text) => process.stdout.write(text),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

function validate(args: string[], output: Output): number {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
  if (positionals.length === 0) throw new UsageError('validate needs a path: a records directory, a record file or a dataset JSON');
  if (positionals.length > 1) throw new UsageError(`validate takes one path, got ${positionals.length}`);
  const report = validatePath(positionals[0]!);
  if (report.issues.length === 0) {
    output.out(report.summary);
    return EXIT.ok;
  }
  for (const line of issueLines(report.issues)) output.out(line);
  output.out(`${report.issues.length} issue(s)`);
  return EXIT.issues;
}

function exportCommand(args: string[], output: Output): number {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string', short: 'f' }, lang: { type: 'string', short: 'l' }, out: { type: 'string', short: 'o' } },
    allowPositionals: true,
    strict: true,
  });
  const request = exportRequest(values, positionals);
  const result = runExport(request);
  if (!result.ok) {
    for (const line of issueLines(result.issues)) output.err(line);
    output.err(`${result.issues.length} issue(s); nothing was exported`);
    return EXIT.issues;
  }
  if (result.stdout !== undefined) output.data(result.stdout);
  else {
    const what =
      result.written.length === 1
        ? displayPath(result.written[0]!)
        : `${result.written.length} files to ${displayPath(resolve(request.out ?? '.'))}`;
    output.out(`wrote ${what}: version ${result.dataset.version}, ${counts(result.dataset)}`);
  }
  return EXIT.ok;
}

function packCommand(args: string[], output: Output): number {
  const { values, positionals } = parseArgs({
    args,
    options: { lang: { type: 'string', short: 'l' }, out: { type: 'string', short: 'o' }, 'part-size': { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const result = runPack(packRequest(values, positionals));
  if (!result.ok) {
    for (const line of issueLines(result.issues)) output.err(line);
    output.err(`${result.issues.length} issue(s); nothing was packed`);
    return EXIT.issues;
  }
  output.out(`wrote ${displayPath(result.manifest)} and ${result.files - 1} files (${result.parts} part(s)): version ${result.dataset.version}, ${counts(result.dataset)}`);
  return EXIT.ok;
}

/**
 * Runs the command with its arguments (without `node` and the script) and returns the exit code.
 * Never throws for a user mistake: usage errors are printed with a pointer to `--help` (exit code 2).
 *
 * @example process.exitCode = main(process.argv.slice(2));
 */
export function main(argv: readonly string[], output: Output = processOutput): number {
  const [command, ...args] = argv;
  try {
    if (command === undefined) {
      output.err(HELP);
      return EXIT.usage;
    }
    if (command === '-h' || command === '--help' || command === 'help' || args.includes('--help') || args.includes('-h')) {
      output.data(HELP);
      return EXIT.ok;
    }
    if (command === '-v' || command === '--version') {
      output.out(PACKAGE_VERSION);
      return EXIT.ok;
    }
    if (command === 'validate') return validate(args, output);
    if (command === 'export') return exportCommand(args, output);
    if (command === 'pack') return packCommand(args, output);
    throw new UsageError(`unknown command "${command}" (expected validate, export or pack)`);
  } catch (error) {
    // parseArgs reports unknown options and missing values as TypeErrors with an ERR_PARSE_ARGS_* code.
    const code = String((error as { code?: unknown }).code);
    const parseError = error instanceof TypeError && code.startsWith('ERR_PARSE_ARGS');
    // A path that cannot be read or written (EACCES, EISDIR, ENOTDIR…) is the user's to fix, like a bad argument.
    const systemError = error instanceof Error && 'syscall' in error && /^E[A-Z]+$/.test(code);
    if (error instanceof UsageError || parseError || systemError) {
      output.err(`alliance-panorama: ${(error as Error).message}`);
      output.err('Run "alliance-panorama --help" for usage.');
      return EXIT.usage;
    }
    throw error;
  }
}
