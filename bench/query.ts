/**
 * Query benchmark: `queryPractices` over generated datasets of 1,000, 10,000 and 100,000 practices.
 * Prints a table and returns the rows; timings are reported, never asserted.
 */
import { performance } from 'node:perf_hooks';
import { queryPractices, type PracticeQuery } from '@alliance-panorama/core';
import { COMMON_WORD, RARE_WORD, generateDataset } from '@alliance-panorama/core/testing';

export interface QueryRow {
  practices: number;
  shape: string;
  median: number;
  p95: number;
  worst: number;
  results: number;
}
export interface BuildRow {
  practices: number;
  buildMs: number;
  heapMB: number;
}

const SHAPES: Record<string, PracticeQuery> = {
  'common word': { text: COMMON_WORD.fr },
  'rare word': { text: RARE_WORD },
  'two words': { text: `${COMMON_WORD.fr} ville` },
  'no match': { text: 'qwxzv' },
  'facets only': { pillars: ['access-to-rights'], statuses: ['ongoing'], themes: ['health', 'political-commitment'] },
  'text + facets': { text: 'droits', pillars: ['local-citizenship'], relationKinds: ['funding', 'consultation'] },
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

export function benchQueries(sizes = [1_000, 10_000, 100_000], iterations = 60): { queries: QueryRow[]; builds: BuildRow[] } {
  const queries: QueryRow[] = [];
  const builds: BuildRow[] = [];
  for (const size of sizes) {
    const dataset = generateDataset({ practices: size, seed: 42 });
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const start = performance.now();
    queryPractices(dataset, { locale: 'fr', pageSize: 1 });
    const buildMs = performance.now() - start;
    globalThis.gc?.();
    builds.push({ practices: size, buildMs, heapMB: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20 });
    const runs = size >= 100_000 ? Math.ceil(iterations / 3) : iterations;
    for (const [shape, query] of Object.entries(SHAPES)) {
      const times: number[] = [];
      let results = 0;
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        results = queryPractices(dataset, { ...query, locale: 'fr' }).total;
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      queries.push({ practices: size, shape, median: percentile(times, 0.5), p95: percentile(times, 0.95), worst: times.at(-1)!, results });
    }
  }
  return { queries, builds };
}
