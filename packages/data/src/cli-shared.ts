import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import type { Dataset } from '@alliance-panorama/core';
import { formatIssue, type LocatedIssue } from './assemble.js';

/** Where the command writes: data and reports to `out`, usage errors to `err`. */
export interface Output {
  /** Writes text to the standard output as it is (exported data). */
  data(text: string): void;
  /** Writes one line to the standard output. */
  out(line: string): void;
  /** Writes one line to the standard error. */
  err(line: string): void;
}

/** Exit codes of the command. */
export const EXIT = { ok: 0, issues: 1, usage: 2 } as const;

/** A mistake in the command line (unknown command or option, missing or unreadable path): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A path as the user should read it: relative to the working directory when inside it, absolute otherwise. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

const isDirectory = (path: string) => existsSync(path) && statSync(path).isDirectory();
const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** Whether `dir` is laid out like `packages/data/records`: `dataset.json`, `shared.json` and `territories/`. */
export function isRecordsDir(dir: string): boolean {
  return isFile(join(dir, 'dataset.json')) && isFile(join(dir, 'shared.json')) && isDirectory(join(dir, 'territories'));
}

/** The records directory that holds `dir`: `dir` itself or its parent (`records/territories`), if any. */
export function findRecordsDir(dir: string): string | undefined {
  return [dir, dirname(dir)].find(isRecordsDir);
}

/** Every issue in the `file: json.path: code: message` form, with `file` as the user should read it. */
export function issueLines(issues: readonly LocatedIssue[]): string[] {
  return issues.map((issue) => formatIssue(issue));
}

/** "8 territories, 80 practices, 180 actors, 157 relations". */
export function counts(dataset: Pick<Dataset, 'territories' | 'practices' | 'actors' | 'relations'>): string {
  const { territories, practices, actors, relations } = dataset;
  return `${territories.length} territories, ${practices.length} practices, ${actors.length} actors, ${relations.length} relations`;
}

/**
 * The issue of a records directory whose `dataset.json` (its metadata) is not valid JSON, which `assemble` reads
 * without a check; undefined when it parses.
 */
export function metadataIssue(recordsDir: string): LocatedIssue | undefined {
  const file = join(recordsDir, 'dataset.json');
  try {
    JSON.parse(readFileSync(file, 'utf8'));
    return undefined;
  } catch (error) {
    return { code: 'invalid_input', path: [], message: `not valid JSON: ${String(error)}`, file: displayPath(file), filePath: [] };
  }
}
