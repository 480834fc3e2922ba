/**
 * Source entry of `@alliance-panorama/data`, used under the `@alliance-panorama/source` condition in Node
 * (tests, scripts, type-checking): it assembles `records/` at import time, so nothing needs building first.
 * The published entry (`dist/index.js`, written by `scripts/build.ts`) exports the same names with the
 * data inlined.
 */
import type { Dataset } from '@alliance-panorama/core';
import { loadDataset } from './load.js';

/** The whole dataset, every language, validated. */
export const dataset: Dataset = loadDataset();

/** The version of the data (the package version). */
export const version: string = dataset.version;
