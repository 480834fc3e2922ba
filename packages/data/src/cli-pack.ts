import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LOCALES, type Dataset, type Locale } from '@alliance-panorama/core';
import { DEFAULT_PART_SIZE, packDataset } from '@alliance-panorama/core/packed';
import { parseDataset } from '@alliance-panorama/core/schema';
import type { LocatedIssue } from './assemble.js';
import { UsageError, displayPath, isRecordsDir, metadataIssue } from './cli-shared.js';
import { RECORDS_DIR, loadRecords } from './load.js';

/** What the user asked `pack` for, once checked. */
export interface PackRequest {
  lang: Locale;
  /** Directory that receives `index.json` and the part files. */
  out: string;
  partSize: number;
  /** A records directory or a dataset JSON file (absolute). */
  input: string;
}

/** Result of `runPack`. */
export type PackResult =
  | { ok: true; dataset: Dataset; manifest: string; files: number; parts: number }
  | { ok: false; issues: LocatedIssue[] };

/** Checks the options of `pack`; throws `UsageError` for anything wrong. */
export function packRequest(options: { lang?: string; out?: string; 'part-size'?: string }, positionals: readonly string[]): PackRequest {
  const { lang, out } = options;
  if (lang === undefined || !(LOCALES as readonly string[]).includes(lang)) {
    throw new UsageError(`pack needs --lang (${LOCALES.join(', ')}): a packed dataset holds one language`);
  }
  if (!out) throw new UsageError('pack needs --out <dir>: it writes index.json and the part files there');
  const partSize = options['part-size'] === undefined ? DEFAULT_PART_SIZE : Number(options['part-size']);
  if (!Number.isInteger(partSize) || partSize < 1 || partSize > 50_000) throw new UsageError('--part-size must be a whole number from 1 to 50000');
  if (positionals.length > 1) throw new UsageError(`pack takes at most one input, got ${positionals.length} paths`);
  const input = positionals[0] === undefined ? RECORDS_DIR : resolve(positionals[0]);
  if (!existsSync(input)) throw new UsageError(`${positionals[0]}: no such file or directory`);
  if (statSync(input).isDirectory() && !isRecordsDir(input)) {
    throw new UsageError(`${positionals[0]}: not a records directory (one holds dataset.json, shared.json and territories/)`);
  }
  return { lang: lang as Locale, out: resolve(out), partSize, input };
}

function loadInput(input: string): { ok: true; dataset: Dataset } | { ok: false; issues: LocatedIssue[] } {
  if (statSync(input).isDirectory()) {
    const broken = metadataIssue(input);
    if (broken) return { ok: false, issues: [broken] };
    const loaded = loadRecords(input);
    return loaded.ok ? loaded : { ok: false, issues: loaded.issues.map((issue) => ({ ...issue, file: displayPath(join(input, issue.file)) })) };
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(input, 'utf8'));
  } catch (error) {
    return { ok: false, issues: [{ file: displayPath(input), filePath: [], code: 'invalid_input', path: [], message: `not JSON: ${(error as Error).message}` }] };
  }
  const parsed = parseDataset(json);
  return parsed.ok
    ? { ok: true, dataset: parsed.value }
    : { ok: false, issues: parsed.issues.map((issue) => ({ ...issue, file: displayPath(input), filePath: issue.path })) };
}

/** Validates the input, then writes its packed form (ADR 0005) into `out`: `index.json`, `actors.json`, `parts/`, `text/`, `detail/`. */
export function runPack(request: PackRequest): PackResult {
  const loaded = loadInput(request.input);
  if (!loaded.ok) return loaded;
  const { manifest, files } = packDataset(loaded.dataset, request.lang, { partSize: request.partSize });
  const manifestPath = join(request.out, 'index.json');
  for (const file of [...files, { path: 'index.json', content: manifest }]) {
    const target = join(request.out, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, JSON.stringify(file.content), 'utf8');
  }
  return { ok: true, dataset: loaded.dataset, manifest: manifestPath, files: files.length + 1, parts: manifest.parts.length };
}
