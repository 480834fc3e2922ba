/**
 * `npm run bench`: sizes, query speed, browser timings and Lighthouse side by side, with the budgets of the design
 * brief, as Markdown tables on stdout and as JSON in bench-results/bench.json (the tables also go to
 * bench-results/bench.md). Progress goes to stderr.
 *
 * Sections: sizes, query, browser, lighthouse. Choose with `BENCH_ONLY=sizes,query` or `BENCH_SKIP=lighthouse`
 * (or `--only=…`, `--skip=…`). `BENCH_SIZES=1000,10000` sets the query sizes; `BENCH_BROWSER_SIZES` the sizes typed into
 * through `src` and a bundled list, `BENCH_PACKED_SIZES` the sizes served packed (empty: none); `BENCH_FUSE_ALL=1` runs Fuse.js at
 * 100,000 practices too. A section that cannot run (no Chromium) prints "skipped: reason" and the others go on.
 * The size budgets are enforced in CI by tests/node/budgets.test.ts; timings are reported, never asserted.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { TYPED, benchBrowser, type BrowserResult } from './browser.js';
import { benchLighthouse, type LighthouseResult } from './lighthouse.js';
import { benchQueries, type BuildRow, type Library, type QueryRow, type Timing } from './query.js';
import { startServer } from './server.js';
import {
  CORE_BUNDLES,
  ROOT,
  SIZE_BUDGETS,
  bundleSize,
  cdnSizes,
  dataSizes,
  fileSize,
  firstResultsSize,
  packedSizes,
  type CdnSizes,
  type PackedSizeRow,
  type SizeRow,
} from './size.js';

const SECTIONS = ['sizes', 'query', 'browser', 'lighthouse'] as const;
type Section = (typeof SECTIONS)[number];

const listFrom = (name: string) => {
  const flag = process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const value = flag ?? process.env[`BENCH_${name.toUpperCase()}`];
  return value ? value.split(',').map((item) => item.trim()).filter(Boolean) : undefined;
};
const only = listFrom('only');
const skip = listFrom('skip') ?? [];
for (const name of [...(only ?? []), ...skip]) {
  if (!(SECTIONS as readonly string[]).includes(name)) {
    console.error(`Unknown section "${name}": choose among ${SECTIONS.join(', ')}.`);
    process.exit(2);
  }
}
const wanted = (section: Section) => (only ? only.includes(section) : true) && !skip.includes(section);

const log = (line: string) => process.stderr.write(`· ${line}\n`);
const out: string[] = [];
const print = (line = '') => {
  out.push(line);
  console.log(line);
};

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number | undefined, digits = 2) => (value === undefined ? '–' : value.toFixed(digits));
const int = (value: number) => value.toLocaleString('en');

// --- Budgets ----------------------------------------------------------------------------------------------------

interface BudgetRow {
  measure: string;
  value?: number;
  shown: string;
  budget: string;
  pass?: boolean;
}
const budgets: BudgetRow[] = [];
const budget = (measure: string, value: number | undefined, shown: string, limit: string, pass: boolean | undefined) =>
  budgets.push({ measure, value, shown, budget: limit, pass: value === undefined ? undefined : pass });
const verdict = (pass: boolean | undefined) => (pass === undefined ? 'not measured' : pass ? 'pass' : '**fail**');

// --- Machine ----------------------------------------------------------------------------------------------------

// CHROME_PATH, when set, is the only candidate (so that a wrong one is reported, not silently replaced).
const chromeCandidates = process.env.CHROME_PATH
  ? [process.env.CHROME_PATH]
  : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const chromePath = chromeCandidates.find((path) => existsSync(path));
const machine = {
  cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  chromium: undefined as string | undefined,
  loadAverageAtStart: os.loadavg().map((value) => Number(value.toFixed(2))),
  loadAverageAtEnd: [] as number[],
  gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function',
};
const skipped: Partial<Record<Section, string>> = {};
const results: {
  sizes?: {
    cdn: CdnSizes;
    firstResults: SizeRow;
    data: SizeRow[];
    core: (SizeRow & { hasZod: boolean })[];
    packed: PackedSizeRow[];
    worker?: SizeRow;
  };
  query?: { builds: BuildRow[]; queries: QueryRow[] };
  browser?: BrowserResult;
  lighthouse?: LighthouseResult;
} = {};

for (const section of SECTIONS) if (!wanted(section)) skipped[section] = 'not selected (BENCH_ONLY / BENCH_SKIP)';

// --- Sizes ------------------------------------------------------------------------------------------------------

if (wanted('sizes')) {
  log('sizes');
  try {
    const cdn = await cdnSizes();
    const firstResults = firstResultsSize(cdn, 'fr');
    const data = dataSizes();
    const core = [
      await bundleSize('core: queryPractices only', CORE_BUNDLES.queryOnly),
      await bundleSize('core/schema: parseDataset', CORE_BUNDLES.parseDataset),
    ];
    const packedAt = process.env.BENCH_PACKED_SIZES?.split(',').map(Number) ?? [10_000, 100_000];
    const worker = join(ROOT, 'packages/widget/dist/cdn/chunks/packed-worker.js');
    results.sizes = {
      cdn,
      firstResults,
      data,
      core,
      packed: packedSizes(packedAt),
      ...(existsSync(worker) ? { worker: fileSize('packed-data worker (chunks/packed-worker.js, self-contained)', worker) } : {}),
    };
  } catch (error) {
    skipped.sizes = `failed: ${String(error).split('\n')[0]} (run \`npm run build\` first?)`;
  }
}

// --- Query ------------------------------------------------------------------------------------------------------

if (wanted('query')) {
  const sizes = process.env.BENCH_SIZES?.split(',').map(Number);
  const compare = (process.env.BENCH_COMPARE?.split(',') as Library[] | undefined) ?? ['minisearch', 'fuse'];
  results.query = benchQueries({ ...(sizes ? { sizes } : {}), compare, fuseAtLargest: process.env.BENCH_FUSE_ALL === '1', log });
}

// --- Browser and Lighthouse ---------------------------------------------------------------------------------------

const needsBrowser = wanted('browser') || wanted('lighthouse');
if (needsBrowser && !chromePath) {
  const reason = `skipped: Chromium not found at ${chromeCandidates.join(' or ')} (set CHROME_PATH, or install Debian's "chromium")`;
  if (wanted('browser')) skipped.browser = reason;
  if (wanted('lighthouse')) skipped.lighthouse = reason;
} else if (needsBrowser && chromePath) {
  const cdnEntry = join(ROOT, 'packages/widget/dist/cdn/alliance-panorama.js');
  if (!existsSync(cdnEntry)) {
    const reason = 'skipped: the CDN module is not built (run `npm run build`)';
    if (wanted('browser')) skipped.browser = reason;
    if (wanted('lighthouse')) skipped.lighthouse = reason;
  } else {
    const server = await startServer(ROOT);
    try {
      if (wanted('browser')) {
        const chunks = join(ROOT, 'packages/widget/dist/cdn/chunks');
        const listChunk = readdirSync(chunks).find((file) => /^list\.fr-[A-Z0-9]+\.js$/.test(file));
        try {
          const list = (value: string | undefined) => (value === undefined ? undefined : value.split(',').filter(Boolean).map(Number));
          const packedSizesEnv = list(process.env.BENCH_PACKED_SIZES);
          const browserSizes = list(process.env.BENCH_BROWSER_SIZES);
          results.browser = await benchBrowser({
            executablePath: chromePath,
            server,
            ...(packedSizesEnv ? { packedSizes: packedSizesEnv } : {}),
            ...(browserSizes ? { sizes: browserSizes } : {}),
            ...(listChunk ? { listChunkPath: `/${relative(ROOT, join(chunks, listChunk))}` } : {}),
            log,
          });
          machine.chromium = results.browser.chromium;
        } catch (error) {
          skipped.browser = `skipped: ${String(error).split('\n')[0]}`;
        }
      }
      if (wanted('lighthouse')) {
        try {
          mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
          results.lighthouse = await benchLighthouse({
            url: `${server.origin}/examples/index.html`,
            chromePath,
            outDir: join(ROOT, 'bench-results'),
            log,
          });
        } catch (error) {
          skipped.lighthouse = `skipped: ${String(error).split('\n')[0]}`;
        }
      }
    } finally {
      await server.close();
    }
  }
}

// --- Budgets from the measures ------------------------------------------------------------------------------------

const sizes = results.sizes;
budget(
  'JS of the CDN embed before first render (entry + static imports), gzip',
  sizes?.cdn.entry.gzip,
  sizes ? kib(sizes.cdn.entry.gzip) : '–',
  '≤ 20 KiB',
  sizes ? sizes.cdn.entry.gzip <= SIZE_BUDGETS.cdnEntry : undefined,
);
for (const row of sizes?.data.filter((item) => item.name.startsWith('data: list.')) ?? []) {
  budget(`bundled dataset for one language (${row.name.slice(6)}), gzip`, row.gzip, kib(row.gzip), '≤ 20 KiB', row.gzip <= SIZE_BUDGETS.listPerLanguage);
}
if (!sizes) budget('bundled dataset for one language (list.<lang>.js), gzip', undefined, '–', '≤ 20 KiB', undefined);
const query10k = results.query?.queries.filter((row) => row.practices === 10_000) ?? [];
const textFacets = query10k.find((row) => row.shape === 'text + facets');
budget('query (text + facets) at 10,000 practices, median', textFacets?.ours.median, `${ms(textFacets?.ours.median)} ms`, '≤ 3 ms', textFacets && textFacets.ours.median <= 3);
budget('query (text + facets) at 10,000 practices, worst', textFacets?.ours.worst, `${ms(textFacets?.ours.worst)} ms`, '≤ 8 ms', textFacets && textFacets.ours.worst <= 8);
const slowest = [...query10k].sort((a, b) => b.ours.median - a.ours.median)[0];
budget(
  `slowest query shape at 10,000 (${slowest?.shape ?? '–'}), median / worst`,
  slowest?.ours.median,
  slowest ? `${ms(slowest.ours.median)} / ${ms(slowest.ours.worst)} ms` : '–',
  '≤ 3 / ≤ 8 ms',
  slowest && slowest.ours.median <= 3 && slowest.ours.worst <= 8,
);
const build10k = results.query?.builds.find((row) => row.practices === 10_000 && row.library === 'ours');
budget(
  'search index build at 10,000 practices (first query + search text of the first text query)',
  build10k?.buildMs,
  build10k?.parts ? `${ms(build10k.buildMs, 1)} ms (${ms(build10k.parts.firstQueryMs, 1)} + ${ms(build10k.parts.searchTextMs, 1)})` : '–',
  '≤ 25 ms',
  build10k?.buildMs !== undefined && build10k.buildMs <= 25,
);
const typing = results.browser?.keystrokes.filter((row) => !row.error) ?? [];
const maxCards = typing.length ? Math.max(...typing.map((row) => row.maxCards)) : undefined;
budget('cards rendered per interaction (most in the DOM after a keystroke)', maxCards, String(maxCards ?? '–'), '≤ 24', maxCards !== undefined && maxCards <= 24);
for (const row of results.browser?.keystrokes.filter((item) => item.practices === 1_000 && item.cpu === 4) ?? []) {
  budget(
    `keystroke → results painted, 1,000 practices, 4× CPU, median (${row.data.startsWith('src') ? 'src' : 'bundled list'})`,
    row.median,
    row.error ? row.error : `${ms(row.median, 1)} ms (worst ${ms(row.worst, 1)})`,
    '≤ 100 ms',
    row.median !== undefined && row.median <= 100,
  );
}
if (!results.browser) budget('keystroke → results painted, 1,000 practices, 4× CPU', undefined, '–', '≤ 100 ms', undefined);
const packed10k = sizes?.packed.find((row) => row.practices === 10_000);
budget(
  'data for first use, 10,000 practices packed (manifest, actors, parts), gzip',
  packed10k?.firstUse.gzip,
  packed10k ? kib(packed10k.firstUse.gzip) : '–',
  '≤ 350 KiB',
  packed10k ? packed10k.firstUse.gzip <= SIZE_BUDGETS.packedFirstUseAt10k : undefined,
);
for (const practices of [10_000, 100_000]) {
  const row = results.browser?.keystrokes.find((item) => item.practices === practices && item.cpu === 4 && item.data.startsWith('src: packed'));
  budget(
    `keystroke → results painted, ${int(practices)} practices packed (worker), 4× CPU, median`,
    row?.median,
    row ? (row.error ?? `${ms(row.median, 1)} ms (worst ${ms(row.worst, 1)})`) : '–',
    practices === 10_000 ? '≤ 100 ms' : 'measured',
    practices === 10_000 ? row?.median !== undefined && row.median <= 100 : row?.median !== undefined ? true : undefined,
  );
}
const lh = results.lighthouse;
budget('Lighthouse (mobile) performance', lh?.performance, String(lh?.performance ?? '–'), '≥ 98', lh?.performance !== undefined && lh.performance >= 98);
budget('Lighthouse accessibility', lh?.accessibility, String(lh?.accessibility ?? '–'), '100', lh?.accessibility === 100);
budget('Lighthouse CLS', lh?.cls, lh?.cls === undefined ? '–' : lh.cls.toFixed(3), '≤ 0.01', lh?.cls !== undefined && lh.cls <= 0.01);
budget('Lighthouse TBT', lh?.tbt, lh?.tbt === undefined ? '–' : `${lh.tbt.toFixed(0)} ms`, '0 ms', lh?.tbt !== undefined && Math.round(lh.tbt) === 0);

// --- Tables -------------------------------------------------------------------------------------------------------

machine.loadAverageAtEnd = os.loadavg().map((value) => Number(value.toFixed(2)));

print(`# npm run bench, ${new Date().toISOString()}`);
print();
print(
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}` +
    `${machine.chromium ? `, Chromium ${machine.chromium}` : ''}; load average (1/5/15 min) at start ${machine.loadAverageAtStart.join(' / ')}, at end ${machine.loadAverageAtEnd.join(' / ')}` +
    `${machine.gcExposed ? '' : ' (run with --expose-gc for heap figures)'}`,
);
for (const [section, reason] of Object.entries(skipped)) print(`- ${section}: ${reason}`);

print('\n## Budgets\n');
print('| measure | value | budget | verdict |');
print('| --- | ---: | ---: | --- |');
for (const row of budgets) print(`| ${row.measure} | ${row.shown} | ${row.budget} | ${verdict(row.pass)} |`);

if (sizes) {
  print('\n## Sizes: CDN module (packages/widget/dist/cdn), each file compressed on its own\n');
  print('| what | raw | gzip | brotli | added when loaded (gzip, with its own static imports) |');
  print('| --- | ---: | ---: | ---: | ---: |');
  const { entry, lazy } = sizes.cdn;
  print(`| **${entry.name}** (${entry.files.length} files), budget 20 KiB | ${kib(entry.raw)} | **${kib(entry.gzip)}** | ${kib(entry.brotli)} | – |`);
  for (const row of lazy) print(`| lazy: ${row.name} | ${kib(row.raw)} | ${kib(row.gzip)} | ${kib(row.brotli)} | ${kib(row.added.gzip)} |`);
  const first = sizes.firstResults;
  print(`| ${first.name} | ${kib(first.raw)} | ${kib(first.gzip)} | ${kib(first.brotli)} | – |`);
  print('\n## Sizes: data files (packages/data/dist)\n');
  print('| file | raw | gzip | brotli | budget (gzip) |');
  print('| --- | ---: | ---: | ---: | ---: |');
  for (const row of sizes.data) print(`| ${row.name.slice(6)} | ${kib(row.raw)} | ${kib(row.gzip)} | ${kib(row.brotli)} | ${row.budget ? kib(row.budget) : '–'} |`);
  print('\n## Sizes: bundles a site would make from the built packages (esbuild, minified)\n');
  print('| bundle | raw | gzip | brotli | zod inside |');
  print('| --- | ---: | ---: | ---: | --- |');
  for (const row of sizes.core) print(`| ${row.name} | ${kib(row.raw)} | ${kib(row.gzip)} | ${kib(row.brotli)} | ${row.hasZod ? 'yes' : 'no'} |`);
  print('\n## Sizes: packed data (ADR 0005), generated practices in French, each file compressed on its own\n');
  print('"first use": manifest, actor file and every part, what complete counts and title search need (budget at 10,000: 350 KiB gzip);');
  print('excerpts load next; a detail file holds the full records of 100 practices and loads when one of them is opened.');
  if (sizes.worker) print(`The worker that loads them: ${kib(sizes.worker.raw)} raw, ${kib(sizes.worker.gzip)} gzip, ${kib(sizes.worker.brotli)} brotli.`);
  print('\n| practices | parts | files | first use gzip (brotli) | excerpts gzip | one detail file gzip | all files gzip (raw) | pack (ms) |');
  print('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of sizes.packed) {
    print(
      `| ${int(row.practices)} | ${row.parts} | ${row.files} | ${kib(row.firstUse.gzip)} (${kib(row.firstUse.brotli)}) | ${kib(row.text.gzip)} | ` +
        `${kib(row.detailMedian.gzip)} | ${kib(row.all.gzip)} (${kib(row.all.raw)}) | ${ms(row.packMs, 0)} |`,
    );
  }
}

if (results.query) {
  const { builds, queries } = results.query;
  print('\n## Index build (once per dataset; ours: facet index and folded titles on the first query, then names and summaries on the first text query)\n');
  print('| practices | ours (ms) | ours heap (MiB) | MiniSearch (ms) | MiniSearch heap (MiB) | Fuse.js (ms) | Fuse.js heap (MiB) | ours: first query + search text (ms) |');
  print('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const size of [...new Set(builds.map((row) => row.practices))]) {
    const cell = (library: Library) => {
      const row = builds.find((item) => item.practices === size && item.library === library);
      if (!row) return ['–', '–'];
      if (row.skipped) return ['skipped', '–'];
      return [ms(row.buildMs, 1), ms(row.heapMB, 1)];
    };
    const parts = builds.find((item) => item.practices === size && item.library === 'ours')?.parts;
    const split = parts ? `${ms(parts.firstQueryMs, 1)} + ${ms(parts.searchTextMs, 1)}` : '–';
    print(`| ${int(size)} | ${cell('ours').join(' | ')} | ${cell('minisearch').join(' | ')} | ${cell('fuse').join(' | ')} | ${split} |`);
  }
  print('\n## queryPractices (locale fr, facet counts for 8 facets, sorted, first page of 24) against MiniSearch and Fuse.js\n');
  print('Ratios are the other library\'s median over ours (×2.0 = twice as slow as ours). MiniSearch and Fuse.js only search');
  print('(and filter by a predicate for "text + facets"); they compute no facet counts. Budget at 10,000: median ≤ 3 ms, worst ≤ 8 ms.\n');
  print('| practices | query | ours median | p95 | worst | results | MiniSearch median (ratio) | results | Fuse.js median (ratio), runs | results |');
  print('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const other = (row: QueryRow, library: 'minisearch' | 'fuse', timing: Timing | undefined) => {
    if (!timing) return [row.notes[library] ?? '–', '–'];
    const ratio = timing.median / row.ours.median;
    const runs = library === 'fuse' ? `, ${timing.runs} runs` : '';
    return [`${ms(timing.median, timing.median >= 100 ? 0 : 2)} ms (×${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)})${runs}`, String(timing.results)];
  };
  for (const row of queries) {
    const mark = row.practices === 10_000 ? (row.ours.median <= 3 && row.ours.worst <= 8 ? ' ✓' : ' ✗') : '';
    print(
      `| ${int(row.practices)} | ${row.shape} | ${ms(row.ours.median)} ms${mark} | ${ms(row.ours.p95)} | ${ms(row.ours.worst)} | ${row.ours.results} | ` +
        `${other(row, 'minisearch', row.minisearch).join(' | ')} | ${other(row, 'fuse', row.fuse).join(' | ')} |`,
    );
  }
}

if (results.browser) {
  const { loads, keystrokes, blankHeapMB } = results.browser;
  print(`\n## Browser: examples/index.html (headless Chromium ${results.browser.chromium}, 1280×900, median of runs)\n`);
  print('"results painted": cards in the DOM, then two animation frames. Long tasks and blocking time are counted up to it.');
  print(`JS heap after a forced GC, CDP Runtime.getHeapUsage; an empty page uses ${ms(blankHeapMB, 1)} MiB.\n`);
  print('| CPU | runs | FCP (ms) | results painted (ms) | LCP (ms) | long tasks | long-task time (ms) | blocking > 50 ms (ms) | JS heap (MiB) |');
  print('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of loads) {
    print(
      `| ${row.cpu}× | ${row.runs}${row.error ? ` (${row.error})` : ''} | ${ms(row.fcp, 0)} | ${ms(row.resultsPainted, 0)} | ${ms(row.lcp, 0)} | ` +
        `${row.longTasks} | ${ms(row.longTaskMs, 0)} | ${ms(row.blockingMs, 0)} | ${ms(row.heapMB, 1)} |`,
    );
  }
  print('\n## Browser: keystroke → results painted in the search box\n');
  const keys = TYPED.reduce((sum, text) => sum + 2 * text.length, 0);
  print(`Typing ${TYPED.map((text) => `"${text}"`).join(' then ')} letter by letter, erasing each (${keys} keys); measured from the keydown`);
  print('event (CDP Input.dispatchKeyEvent) to two animation frames after the result count changed, over the keys that changed it');
  print('(so up to one frame, 16.7 ms, more than the paint itself). Budget: median ≤ 100 ms at 1,000 practices and 4× CPU.\n');
  print('"all counted": from navigation to the count showing every practice; "load": until then and, for packed data, every');
  print('excerpt in (no progress note). The JS heap is the page\'s: a worker\'s heap is its own and not included.\n');
  print('| practices | data | CPU | median (ms) | p95 (ms) | worst (ms) | keys measured / typed | most cards | long tasks while typing | blocking (ms) | all counted (ms) | load (ms) | JS heap (MiB) |');
  print('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of keystrokes) {
    if (row.error) {
      print(`| ${int(row.practices)} | ${row.data} | ${row.cpu}× | ${row.error} | | | | | | | | | |`);
      continue;
    }
    print(
      `| ${int(row.practices)} | ${row.data} | ${row.cpu}× | ${ms(row.median, 1)} | ${ms(row.p95, 1)} | ${ms(row.worst, 1)} | ${row.samples} / ${row.typed} | ` +
        `${row.maxCards} | ${row.longTasks} | ${ms(row.blockingMs, 0)} | ${ms(row.completeMs, 0)} | ${ms(row.loadMs, 0)} | ${ms(row.heapMB, 1)} |`,
    );
  }
}

if (lh) {
  print(`\n## Lighthouse ${lh.version} (mobile preset: simulated slow 4G, 4× CPU) on examples/index.html\n`);
  print('| performance | accessibility | FCP (ms) | LCP (ms) | TBT (ms) | CLS | Speed Index (ms) |');
  print('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  print(`| ${lh.performance ?? '–'} | ${lh.accessibility ?? '–'} | ${ms(lh.fcp, 0)} | ${ms(lh.lcp, 0)} | ${ms(lh.tbt, 0)} | ${lh.cls?.toFixed(3) ?? '–'} | ${ms(lh.speedIndex, 0)} |`);
  if (lh.failedAccessibility.length) print(`\nFailed accessibility audits: ${lh.failedAccessibility.join(', ')}.`);
  if (lh.runtimeError) print(`\nLighthouse runtime error: ${lh.runtimeError}`);
  print(`\nFull report: ${relative(ROOT, lh.report)}`);
}

mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results/bench.md'), `${out.join('\n')}\n`);
writeFileSync(
  join(ROOT, 'bench-results/bench.json'),
  JSON.stringify({ date: new Date().toISOString(), machine, skipped, budgets, ...results }, null, 2),
);
log('wrote bench-results/bench.json and bench-results/bench.md');
