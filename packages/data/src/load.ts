import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '@alliance-panorama/core';
import { assemble, formatIssue, type LocatedIssue } from './assemble.js';

/** The editable record files of this package. */
export const RECORDS_DIR = fileURLToPath(new URL('../records', import.meta.url));

/** The version of this package, which is also the version of the data it publishes. */
export const PACKAGE_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** The published form of a dataset: records as assembled, stamped with the package version. */
export function publish(dataset: Dataset, version = PACKAGE_VERSION): Dataset {
  // The package version (bumped by changesets) is the data version users see on npm; `records/dataset.json`
  // may lag behind it, so the published files take the package's version.
  return { ...dataset, version };
}

/**
 * Assembles and validates the record files, stamped with the package version.
 * Returns every located issue instead when a record is broken.
 */
export function loadRecords(
  recordsDir = RECORDS_DIR,
): { ok: true; dataset: Dataset } | { ok: false; issues: LocatedIssue[] } {
  const result = assemble(recordsDir);
  return result.ok ? { ok: true, dataset: publish(result.dataset) } : result;
}

let cached: Dataset | undefined;

/** The published dataset assembled from `records/` (once per process). Throws, listing every issue, when a record is broken. */
export function loadDataset(): Dataset {
  if (cached) return cached;
  const result = loadRecords();
  if (!result.ok) {
    throw new Error(`@alliance-panorama/data: the records are invalid:\n${result.issues.map(formatIssue).join('\n')}`);
  }
  cached = result.dataset;
  return cached;
}
