/**
 * Query benchmark: `queryPractices` over generated datasets of 1,000, 10,000 and 100,000 practices, and the same
 * text queries answered by MiniSearch and Fuse.js in the same run. Each library builds its index once, then the
 * queries are timed. Timings are reported, never asserted.
 */
import { performance } from 'node:perf_hooks';
import { normalizeText, queryPractices, type DatasetView, type PracticeQuery } from '@alliance-panorama/core';
import { COMMON_WORD, RARE_WORD, generateDataset } from '@alliance-panorama/core/testing';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';

export type Library = 'ours' | 'minisearch' | 'fuse';

export interface Timing {
  median: number;
  p95: number;
  worst: number;
  runs: number;
  results: number;
}
export interface QueryRow {
  practices: number;
  shape: string;
  ours: Timing;
  minisearch?: Timing;
  fuse?: Timing;
  /** Why a library did not run this row. */
  notes: Partial<Record<Library, string>>;
}
export interface BuildRow {
  practices: number;
  library: Library;
  buildMs?: number;
  /** Ours only: the first query (facet index, folded titles) and the search text built by the first text query. */
  parts?: { firstQueryMs: number; searchTextMs: number };
  heapMB?: number;
  skipped?: string;
}

/** The query shapes, in the active language (fr). */
export const SHAPES: Record<string, PracticeQuery> = {
  'common word': { text: COMMON_WORD.fr },
  'rare word': { text: RARE_WORD },
  'two words': { text: `${COMMON_WORD.fr} ville` },
  'no match': { text: 'qwxzv' },
  'facets only': { pillars: ['access-to-rights'], statuses: ['ongoing'], themes: ['health', 'political-commitment'] },
  'text + facets': { text: 'droits', pillars: ['local-citizenship'], relationKinds: ['funding', 'consultation'] },
};

const LOCALE = 'fr';
const PAGE = 24;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const heapUsed = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

/** Times `run` at most `runs` times or until `budgetMs` has been spent (at least once), after `warmup` runs. */
function time(run: () => number, { runs, budgetMs, warmup = 2 }: { runs: number; budgetMs: number; warmup?: number }): Timing {
  let results = 0;
  for (let i = 0; i < warmup; i++) results = run();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < runs && (times.length === 0 || performance.now() - started < budgetMs)) {
    const t0 = performance.now();
    results = run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95), worst: times.at(-1)!, runs: times.length, results };
}

/** One practice as the other libraries index it: the same fields our search reads, in the active language. */
interface Doc {
  id: number;
  title: string;
  names: string;
  summary: string;
  pillars: string[];
  themes: string[];
  statuses: string[];
  relationKinds: string[];
}

function docsOf(dataset: DatasetView): Doc[] {
  const territories = new Map(dataset.territories.map((territory) => [territory.id, territory]));
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  return dataset.practices.map((practice, id) => ({
    id,
    title: practice.title[LOCALE] ?? '',
    names: [
      practice.originalName.text,
      ...practice.actors.map(({ actor }) => actors.get(actor)?.name ?? ''),
      territories.get(practice.territory)?.name[LOCALE] ?? '',
    ].join(' '),
    summary: practice.summary[LOCALE] ?? '',
    pillars: [practice.primaryPillar, ...practice.pillars],
    themes: [...practice.themes],
    statuses: [practice.period.status],
    relationKinds: [...practice.alliance.relationKinds],
  }));
}

/** The facet filters of a shape as a predicate (AND across facets, OR within one), for libraries without facets. */
function predicateOf(query: PracticeQuery): ((doc: Doc) => boolean) | undefined {
  const tests = (['pillars', 'themes', 'statuses', 'relationKinds'] as const)
    .filter((facet) => (query[facet]?.length ?? 0) > 0)
    .map((facet) => {
      const wanted = new Set<string>(query[facet]);
      return (doc: Doc) => doc[facet].some((value) => wanted.has(value));
    });
  return tests.length === 0 ? undefined : (doc) => tests.every((test) => test(doc));
}

/** MiniSearch set up to match our search: case and accents ignored, every word required, prefixes allowed. */
function buildMiniSearch(docs: Doc[]): MiniSearch<Doc> {
  const index = new MiniSearch<Doc>({
    fields: ['title', 'names', 'summary'],
    storeFields: [],
    processTerm: (term) => normalizeText(term) || null,
    searchOptions: { combineWith: 'AND', prefix: true, boost: { title: 3, names: 2 } },
  });
  index.addAll(docs);
  return index;
}

const FUSE_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'names', weight: 2 },
  { name: 'summary', weight: 1 },
];
/** Fuse.js with accents ignored, matches anywhere in a field (not only near its start) and every word required. */
const FUSE_OPTIONS = { keys: FUSE_KEYS, ignoreDiacritics: true, ignoreLocation: true, useExtendedSearch: true, threshold: 0.3 };

export interface QueryOptions {
  sizes?: number[];
  iterations?: number;
  /** Libraries to compare with (default both). */
  compare?: Library[];
  /** Runs Fuse.js at 100,000 practices too (seconds per query). */
  fuseAtLargest?: boolean;
  log?: (line: string) => void;
}

export function benchQueries({
  sizes = [1_000, 10_000, 100_000],
  iterations = 60,
  compare = ['minisearch', 'fuse'],
  fuseAtLargest = false,
  log = () => {},
}: QueryOptions = {}): { queries: QueryRow[]; builds: BuildRow[] } {
  const queries: QueryRow[] = [];
  const builds: BuildRow[] = [];
  let fuseMedian10k: number | undefined;
  for (const size of sizes) {
    log(`query: generating ${size.toLocaleString('en')} practices`);
    const dataset = generateDataset({ practices: size, seed: 42 });
    const docs = docsOf(dataset);
    const runs = size >= 100_000 ? Math.ceil(iterations / 3) : iterations;
    const rows = Object.entries(SHAPES).map(([shape, query]): QueryRow & { query: PracticeQuery } => ({
      practices: size,
      shape,
      query,
      ours: undefined as unknown as Timing,
      notes: {},
    }));

    // Each library in turn, with only its own index alive, so that one's heap does not slow another's queries.
    // Ours: the first query on a new dataset builds the facet index and folds the titles of one language; the first
    // text query then folds the names and summaries (the search text). The search index is both.
    let before = heapUsed();
    let start = performance.now();
    queryPractices(dataset, { locale: LOCALE, pageSize: 1 });
    const firstQueryMs = performance.now() - start;
    const textStart = performance.now();
    queryPractices(dataset, { locale: LOCALE, pageSize: 1, text: 'qwxzv' });
    const searchTextMs = performance.now() - textStart;
    builds.push({
      practices: size,
      library: 'ours',
      buildMs: firstQueryMs + searchTextMs,
      parts: { firstQueryMs, searchTextMs },
      heapMB: (heapUsed() - before) / 2 ** 20,
    });
    for (const row of rows) {
      log(`query: ours, ${size.toLocaleString('en')} × ${row.shape}`);
      row.ours = time(() => queryPractices(dataset, { ...row.query, locale: LOCALE }).total, { runs, budgetMs: 10_000 });
    }

    if (compare.includes('minisearch')) {
      log(`query: MiniSearch index at ${size.toLocaleString('en')}`);
      before = heapUsed();
      start = performance.now();
      let index: MiniSearch<Doc> | undefined = buildMiniSearch(docs);
      builds.push({ practices: size, library: 'minisearch', buildMs: performance.now() - start, heapMB: (heapUsed() - before) / 2 ** 20 });
      for (const row of rows) {
        const { text } = row.query;
        if (!text) {
          row.notes.minisearch = 'no text: nothing to compare';
          continue;
        }
        log(`query: MiniSearch, ${size.toLocaleString('en')} × ${row.shape}`);
        const predicate = predicateOf(row.query);
        const filter = predicate ? (result: { id: number }) => predicate(docs[result.id]!) : undefined;
        const engine = index;
        row.minisearch = time(
          () => {
            const results = engine.search(text, filter ? { filter } : {});
            results.slice(0, PAGE);
            return results.length;
          },
          { runs, budgetMs: 10_000 },
        );
      }
      index = undefined;
    }

    if (compare.includes('fuse')) {
      let fuse: Fuse<Doc> | undefined;
      let fuseSkip: string | undefined;
      if (size > 10_000 && !fuseAtLargest) {
        fuseSkip =
          fuseMedian10k === undefined
            ? 'skipped above 10,000 practices (BENCH_FUSE_ALL=1 to run)'
            : `skipped: ${(fuseMedian10k / 1000).toFixed(1)} s per query at 10,000, so about ${((fuseMedian10k * size) / 10_000 / 1000).toFixed(0)} s here (BENCH_FUSE_ALL=1 to run)`;
        builds.push({ practices: size, library: 'fuse', skipped: fuseSkip });
      } else {
        log(`query: Fuse.js index at ${size.toLocaleString('en')}`);
        before = heapUsed();
        start = performance.now();
        const index = Fuse.createIndex(FUSE_KEYS, docs);
        fuse = new Fuse(docs, FUSE_OPTIONS, index);
        builds.push({ practices: size, library: 'fuse', buildMs: performance.now() - start, heapMB: (heapUsed() - before) / 2 ** 20 });
      }
      const fuseTimes: number[] = [];
      for (const row of rows) {
        const { text } = row.query;
        if (!text) {
          row.notes.fuse = 'no text: nothing to compare';
          continue;
        }
        if (!fuse) {
          if (fuseSkip) row.notes.fuse = fuseSkip;
          continue;
        }
        log(`query: Fuse.js, ${size.toLocaleString('en')} × ${row.shape}`);
        const predicate = predicateOf(row.query);
        const engine = fuse;
        // Extended search: space-separated words are all required, each matched fuzzily.
        row.fuse = time(
          () => {
            let results = engine.search(text);
            if (predicate) results = results.filter(({ item }) => predicate(item));
            results.slice(0, PAGE);
            return results.length;
          },
          { runs: size >= 10_000 ? 5 : runs, budgetMs: 6_000, warmup: size >= 10_000 ? 0 : 2 },
        );
        fuseTimes.push(row.fuse.median);
      }
      if (size === 10_000 && fuseTimes.length > 0) fuseMedian10k = fuseTimes.sort((a, b) => a - b)[Math.floor(fuseTimes.length / 2)];
    }
    for (const { query: _query, ...row } of rows) queries.push(row);
  }
  return { queries, builds };
}
