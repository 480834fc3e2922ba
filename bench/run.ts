/**
 * `npm run bench`: sizes and query speed side by side, as a table on stdout and JSON in bench-results/.
 * Budgets are printed next to the measures; the size budgets are enforced in CI by tests/node/budgets.test.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { benchQueries } from './query.js';
import { bundleSize, type SizeRow } from './size.js';

const KiB = 1024;
const kb = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;
const ms = (value: number) => value.toFixed(2);

const sizes: (SizeRow & { hasZod?: boolean })[] = [];
sizes.push(
  await bundleSize(
    'core: queryPractices only',
    "import { queryPractices } from '@alliance-panorama/core'; export const run = (d, q) => queryPractices(d, q);",
  ),
);
sizes.push(
  await bundleSize(
    'core/schema: parseDataset',
    "import { parseDataset } from '@alliance-panorama/core/schema'; export const run = (d) => parseDataset(d);",
  ),
);

console.log('\nSizes (minified ESM, built packages)');
console.log('| bundle or file | raw | gzip | brotli | budget (gzip) | zod inside |');
console.log('| --- | ---: | ---: | ---: | ---: | --- |');
for (const row of sizes) {
  console.log(`| ${row.name} | ${kb(row.raw)} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${row.budget ? kb(row.budget) : '–'} | ${row.hasZod === undefined ? '–' : row.hasZod ? 'yes' : 'no'} |`);
}

const sizesArg = process.env.BENCH_SIZES?.split(',').map(Number);
const { queries, builds } = benchQueries(sizesArg);
console.log('\nIndex build (first query on a new dataset: facet values, normalised text and sort orders of one language)');
console.log('| practices | build (ms) | heap (MiB) |');
console.log('| ---: | ---: | ---: |');
for (const row of builds) console.log(`| ${row.practices.toLocaleString('en')} | ${ms(row.buildMs)} | ${row.heapMB.toFixed(1)} |`);
console.log('\nqueryPractices (locale fr, facets computed, first page of 24)');
console.log('| practices | query | median (ms) | p95 (ms) | worst (ms) | results |');
console.log('| ---: | --- | ---: | ---: | ---: | ---: |');
for (const row of queries) {
  console.log(`| ${row.practices.toLocaleString('en')} | ${row.shape} | ${ms(row.median)} | ${ms(row.p95)} | ${ms(row.worst)} | ${row.results} |`);
}
console.log(`\nMachine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`);
console.log('Targets at 10,000 practices: median ≤ 3 ms, worst ≤ 8 ms, build ≤ 25 ms.');

mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/bench.json',
  JSON.stringify({ date: new Date().toISOString(), machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, node: process.version }, sizes, builds, queries }, null, 2),
);
