import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LOCALES, type Dataset, type Locale } from '@alliance-panorama/core';
import { datasetTables, languageSlice, tableToCsv, territoriesGeoJson } from '@alliance-panorama/core/export';
import type { LocatedIssue } from './assemble.js';
import { UsageError, displayPath, isRecordsDir, metadataIssue } from './cli-shared.js';
import { RECORDS_DIR, loadRecords } from './load.js';

/** Formats `export` writes. */
export const EXPORT_FORMATS = ['json', 'csv', 'geojson'] as const;
/** One of `EXPORT_FORMATS`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the user asked `export` for, once checked. */
export interface ExportRequest {
  format: ExportFormat;
  lang?: Locale;
  /** A file or directory as typed; absent: standard output (json and geojson only). */
  out?: string;
  /** Absolute path of the records directory. */
  records: string;
}

/** One exported file: its name when written to a directory, and its text. */
interface ExportFile {
  name: string;
  content: string;
}

/** Result of `runExport`: the files written (or the text for the standard output), or the issues of the records. */
export type ExportResult =
  | { ok: true; dataset: Dataset; written: string[]; stdout?: string }
  | { ok: false; issues: LocatedIssue[] };

/** Checks the options of `export` and turns them into a request; throws `UsageError` for anything wrong. */
export function exportRequest(options: { format?: string; lang?: string; out?: string }, positionals: readonly string[]): ExportRequest {
  const { format, lang, out } = options;
  if (format === undefined) throw new UsageError(`export needs --format (${EXPORT_FORMATS.join(', ')})`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}" (expected ${EXPORT_FORMATS.join(', ')})`);
  }
  if (lang !== undefined && !(LOCALES as readonly string[]).includes(lang)) {
    throw new UsageError(`unknown language "${lang}" (expected ${LOCALES.join(', ')})`);
  }
  if (lang !== undefined && format === 'geojson') {
    throw new UsageError('--lang applies to json and csv; the GeoJSON file always has the names in every language');
  }
  if (out === '') throw new UsageError('--out needs a path');
  if (format === 'csv' && out === undefined) throw new UsageError('csv writes one file per table: give the directory with --out <dir>');
  if (positionals.length > 1) throw new UsageError(`export takes at most one records directory, got ${positionals.length} paths`);
  const records = positionals[0] === undefined ? RECORDS_DIR : resolve(positionals[0]);
  if (!isRecordsDir(records)) {
    throw new UsageError(`${positionals[0]}: not a records directory (one holds dataset.json, shared.json and territories/)`);
  }
  return { format: format as ExportFormat, ...(lang ? { lang: lang as Locale } : {}), ...(out !== undefined ? { out } : {}), records };
}

const json = (value: unknown) => `${JSON.stringify(value)}\n`;

/** The files of one format, built with the exporters of `@alliance-panorama/core`. Pure: writes nothing. */
export function exportFiles(dataset: Dataset, format: ExportFormat, lang?: Locale): ExportFile[] {
  switch (format) {
    case 'json':
      return [{ name: lang ? `dataset.${lang}.json` : 'dataset.json', content: json(lang ? languageSlice(dataset, lang) : dataset) }];
    case 'geojson':
      return [{ name: 'territories.geojson', content: json(territoriesGeoJson(dataset)) }];
    case 'csv':
      return Object.entries(datasetTables(dataset, lang ? [lang] : LOCALES)).map(([name, table]) => ({
        name: `${name}.csv`,
        content: tableToCsv(table),
      }));
  }
}

const isDirectory = (path: string) => existsSync(path) && statSync(path).isDirectory();

/**
 * Assembles and validates the records, then writes the requested format: into `out` (a file, or a directory
 * for the default file names) or, for a single file without `out`, returns its text for the standard output.
 */
export function runExport(request: ExportRequest): ExportResult {
  const broken = metadataIssue(request.records);
  if (broken) return { ok: false, issues: [broken] };
  const loaded = loadRecords(request.records);
  if (!loaded.ok) {
    return { ok: false, issues: loaded.issues.map((issue) => ({ ...issue, file: displayPath(join(request.records, issue.file)) })) };
  }
  const files = exportFiles(loaded.dataset, request.format, request.lang);
  if (request.out === undefined) {
    return { ok: true, dataset: loaded.dataset, written: [], stdout: files.map((file) => file.content).join('') };
  }
  const out = resolve(request.out);
  const toDirectory = request.format === 'csv' || isDirectory(out) || /[\\/]$/.test(request.out);
  if (request.format === 'csv' && existsSync(out) && !isDirectory(out)) {
    throw new UsageError(`${request.out}: is a file; csv needs a directory for its ${files.length} tables`);
  }
  const targets = files.map((file) => ({ path: toDirectory ? join(out, file.name) : out, content: file.content }));
  for (const target of targets) {
    mkdirSync(dirname(target.path), { recursive: true });
    writeFileSync(target.path, target.content, 'utf8');
  }
  return { ok: true, dataset: loaded.dataset, written: targets.map((target) => target.path) };
}
