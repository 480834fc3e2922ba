import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDataset, type DatasetIssue } from '@alliance-panorama/core/schema';
import type { Dataset } from '@alliance-panorama/core';

/** Collections a record file may hold, in dataset order. */
const COLLECTIONS = ['territories', 'actors', 'practices', 'relations'] as const;
type Collection = (typeof COLLECTIONS)[number];

/** A record file: one territory with its actors, practices and relations, or shared actors and relations. */
interface RecordFile {
  territory?: unknown;
  actors?: unknown[];
  practices?: unknown[];
  relations?: unknown[];
}

/** Where an item of the assembled dataset came from. */
interface Origin {
  file: string;
  /** JSON path of the item inside its file. */
  path: (string | number)[];
}

/** An issue located in the contributor's own file. */
export interface LocatedIssue extends DatasetIssue {
  readonly file: string;
  /** JSON path inside `file`. */
  readonly filePath: readonly (string | number)[];
}

/** Metadata of the published dataset, kept in `records/dataset.json`. */
interface DatasetMeta {
  version: string;
  license: string;
  attribution: string;
  updated: string;
}

/** Lists record files: `records/shared.json` first, then `records/territories/*.json` in name order. */
export function listRecordFiles(recordsDir: string): string[] {
  const territoryDir = join(recordsDir, 'territories');
  const territoryFiles = readdirSync(territoryDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(territoryDir, name));
  return [join(recordsDir, 'shared.json'), ...territoryFiles];
}

/**
 * Reads the editable record files, assembles them into one dataset and validates it with `parseDataset`.
 * Every issue names the file and the JSON path inside it.
 */
export function assemble(recordsDir: string, root = recordsDir):
  | { ok: true; dataset: Dataset }
  | { ok: false; issues: LocatedIssue[] } {
  const meta = JSON.parse(readFileSync(join(recordsDir, 'dataset.json'), 'utf8')) as DatasetMeta;
  const collected: Record<Collection, unknown[]> = { territories: [], actors: [], practices: [], relations: [] };
  const origins: Record<Collection, Origin[]> = { territories: [], actors: [], practices: [], relations: [] };
  const issues: LocatedIssue[] = [];

  for (const file of listRecordFiles(recordsDir)) {
    const name = relative(root, file);
    let content: RecordFile;
    try {
      content = JSON.parse(readFileSync(file, 'utf8')) as RecordFile;
    } catch (error) {
      issues.push({ code: 'invalid_input', path: [], message: `not valid JSON: ${String(error)}`, file: name, filePath: [] });
      continue;
    }
    if (content.territory !== undefined) {
      collected.territories.push(content.territory);
      origins.territories.push({ file: name, path: ['territory'] });
    }
    for (const key of ['actors', 'practices', 'relations'] as const) {
      (content[key] ?? []).forEach((item, index) => {
        collected[key].push(item);
        origins[key].push({ file: name, path: [key, index] });
      });
    }
  }
  if (issues.length > 0) return { ok: false, issues };

  const result = parseDataset({ ...meta, ...collected });
  if (result.ok) return { ok: true, dataset: result.value };
  return {
    ok: false,
    issues: result.issues.map((issue) => {
      const [collection, index, ...rest] = issue.path;
      const origin =
        typeof collection === 'string' && typeof index === 'number'
          ? origins[collection as Collection]?.[index]
          : undefined;
      return origin
        ? { ...issue, file: origin.file, filePath: [...origin.path, ...rest] }
        : { ...issue, file: 'dataset.json', filePath: issue.path };
    }),
  };
}

/** Formats a located issue as one line: `file: path: code: message`. */
export function formatIssue(issue: LocatedIssue): string {
  const path = issue.filePath.length > 0 ? issue.filePath.join('.') : '(root)';
  return `${issue.file}: ${path}: ${issue.code}: ${issue.message}`;
}
