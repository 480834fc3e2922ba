import type { DatasetView, PracticeView } from '../types.js';
import type {
  ActorKind,
  AllianceModel,
  PillarId,
  RelationKind,
  Sort,
  Status,
  ThemeId,
} from '../vocabulary.js';
import { tokenize } from './normalize.js';
import { FACET_COUNT, FACETS, prepareDataset, prepareLocale, type FacetName, type PreparedDataset } from './prepare.js';
import { scoreWords } from './search.js';

/** Filters of a practice query: AND across facets, OR within one facet. Empty or missing lists do not filter. */
export interface PracticeFilters {
  readonly pillars?: readonly PillarId[];
  readonly themes?: readonly ThemeId[];
  readonly territories?: readonly string[];
  /** ISO 3166-1 alpha-2 codes. */
  readonly countries?: readonly string[];
  readonly actorKinds?: readonly ActorKind[];
  readonly relationKinds?: readonly RelationKind[];
  readonly models?: readonly AllianceModel[];
  readonly statuses?: readonly Status[];
  /**
   * Keeps practices active at some point in the range (inclusive). A practice without a start year is left
   * out when a range is set, since nothing says it ran then.
   */
  readonly years?: { readonly from?: number; readonly to?: number };
  /** Words that must all appear (case and accents ignored) in the title, summary, original name, actor or territory names. */
  readonly text?: string;
  /** Language of the text searched and of the title order. Defaults to `fr`. */
  readonly locale?: string;
}


/** A practice query: filters, sort and page. */
export interface PracticeQuery extends PracticeFilters {
  readonly sort?: Sort;
  /** 1-based page number. Defaults to 1; out-of-range pages give no items. */
  readonly page?: number;
  /** Items per page. Defaults to 24; `Infinity` returns every match. */
  readonly pageSize?: number;
}

/** Count of matching practices per facet value, each facet ignoring its own filter. */
export type FacetCounts = Readonly<Record<FacetName, Readonly<Record<string, number>>>>;

/** Result of `queryPractices`. */
export interface PracticeResult {
  /** Practices of the requested page, in the requested order. */
  readonly items: readonly PracticeView[];
  /** Number of practices that match every filter. */
  readonly total: number;
  readonly page: number;
  readonly pageCount: number;
  readonly facets: FacetCounts;
}

/** Default number of practices per page: the widget's budget of cards per interaction. */
export const DEFAULT_PAGE_SIZE = 24;

/** A matching practice: its index in `dataset.practices` and its text score (1 without text). */
export interface Match {
  readonly index: number;
  readonly score: number;
}

/** Which facet values are chosen: the facet's bit for each chosen value id, and the bits of every active facet. */
function chosenValues(filters: PracticeFilters, prepared: PreparedDataset): { chosen: Uint8Array; active: number } {
  const chosen = new Uint8Array(prepared.valueCount);
  let active = 0;
  FACETS.forEach((name, slot) => {
    const values = filters[name];
    if (!values || values.length === 0) return;
    // A facet whose chosen values are all unknown is still active: it matches nothing.
    active |= 1 << slot;
    const { idOf } = prepared.facets[name];
    for (const value of values) {
      const id = idOf.get(value);
      if (id !== undefined) chosen[id] = 1 << slot;
    }
  });
  return { chosen, active };
}

function yearTest(years: PracticeFilters['years']): ((start: number, end: number) => boolean) | undefined {
  if (!years || (years.from === undefined && years.to === undefined)) return undefined;
  const from = years.from ?? Number.NEGATIVE_INFINITY;
  const to = years.to ?? Number.POSITIVE_INFINITY;
  // NaN (unknown start) fails every comparison, so a practice without a start year is left out.
  return (start, end) => start <= to && (Number.isNaN(end) ? Number.POSITIVE_INFINITY : end) >= from;
}

/** Matching practices as indexes in `dataset.practices` (in the order asked for), with their text scores. */
interface Matched {
  readonly indexes: Uint32Array;
  /** Text score of each practice (by index), 0 when it lacks a word; undefined without search text. */
  readonly scores: Uint32Array | undefined;
  readonly facets: FacetCounts;
}

/**
 * The filters and facet counts of `matchPractices`, without an object per match. With order `none`, the matches
 * come in dataset order, and the title order need not be sorted yet.
 */
function match(dataset: DatasetView, filters: PracticeFilters, order: 'title' | 'territory' | 'none', words: readonly string[]): Matched {
  const prepared = prepareDataset(dataset);
  const text = prepareLocale(dataset, filters.locale ?? 'fr');
  const scores = words.length > 0 ? scoreWords(words, text.search) : undefined;
  const inYears = yearTest(filters.years);
  const { chosen, active } = chosenValues(filters, prepared);
  const { valueStarts, valueIds, startYears, endYears } = prepared;
  const counts = new Int32Array(prepared.valueCount);
  // A text query while the title order is not sorted yet finds its matches in dataset order, and puts only them
  // in title order when they are few (see `inTitleOrder`): a first search need not sort every title.
  const deferred = order === 'title' && scores !== undefined && !text.sortedByTitle;
  const sequence = order === 'territory' ? text.byTerritory : order === 'title' && !deferred ? text.byTitle : undefined;
  const indexes = new Uint32Array(prepared.practices.length);
  let found = 0;

  for (let s = 0; s < indexes.length; s++) {
    const index = sequence ? sequence[s]! : s;
    if (scores && scores[index] === 0) continue;
    if (inYears && !inYears(startYears[index]!, endYears[index]!)) continue;
    const first = valueStarts[index]!;
    const end = valueStarts[index + 1]!;
    if (active !== 0) {
      let met = 0;
      for (let at = first; at < end; at++) met |= chosen[valueIds[at]!]!;
      const missed = active & ~met;
      if (missed !== 0) {
        // Faceted-search rule: a practice that fails exactly one facet still counts toward that facet's values,
        // so each facet shows what choosing another of its values would give.
        if ((missed & (missed - 1)) === 0) {
          for (let at = first; at < end; at++) if (1 << valueIds[at]! % FACET_COUNT === missed) counts[valueIds[at]!]! += 1;
        }
        continue;
      }
    }
    indexes[found++] = index;
    for (let at = first; at < end; at++) counts[valueIds[at]!]! += 1;
  }

  const facets = {} as Record<FacetName, Record<string, number>>;
  FACETS.forEach((name, slot) => {
    const { values } = prepared.facets[name];
    const result: Record<string, number> = {};
    for (let id = 0; id < values.length; id++) {
      const count = counts[id * FACET_COUNT + slot]!;
      if (count > 0) result[values[id]!] = count;
    }
    facets[name] = result;
  });
  const matched = indexes.subarray(0, found);
  return { indexes: deferred ? inTitleOrder(matched, text.titles, () => text.byTitle) : matched, scores, facets };
}

/** Most matches sorted alone by title; more wait for the title order of every practice (sorted once, then kept). */
const FEW_MATCHES = 512;

/** Indexes in increasing order put in title order (title, then index), as if taken from the sorted title order. */
function inTitleOrder(indexes: Uint32Array, titles: readonly string[], byTitle: () => Uint32Array): Uint32Array {
  if (indexes.length <= FEW_MATCHES) {
    return indexes.sort((a, b) => {
      const ta = titles[a]!;
      const tb = titles[b]!;
      return ta < tb ? -1 : ta > tb ? 1 : a - b;
    });
  }
  const kept = new Uint8Array(titles.length);
  for (let m = 0; m < indexes.length; m++) kept[indexes[m]!] = 1;
  const order = byTitle();
  let found = 0;
  for (let s = 0; s < order.length; s++) if (kept[order[s]!] === 1) indexes[found++] = order[s]!;
  return indexes;
}

/**
 * Runs the filters over a dataset and returns the matches (in the language's title or territory order,
 * not yet sorted by score) with facet counts. Shared by `queryPractices` and `coverage`.
 */
export function matchPractices(
  dataset: DatasetView,
  filters: PracticeFilters,
  order: 'title' | 'territory' = 'title',
): { matches: Match[]; facets: FacetCounts } {
  const { indexes, scores, facets } = match(dataset, filters, order, filters.text ? tokenize(filters.text) : []);
  const matches = Array.from(indexes, (index): Match => ({ index, score: scores ? scores[index]! : 1 }));
  return { matches, facets };
}

/** Sorts matching indexes; each order is stable, so ties keep the title (or territory) order. */
function sortMatches(indexes: Uint32Array, scores: Uint32Array | undefined, sort: Sort, startYears: Float64Array): Uint32Array {
  switch (sort) {
    case 'relevance': {
      if (!scores) return indexes;
      // Scores are small integers: a counting sort by descending score is linear, and stable.
      let top = 0;
      for (let m = 0; m < indexes.length; m++) if (scores[indexes[m]!]! > top) top = scores[indexes[m]!]!;
      if (top <= 1) return indexes;
      const next = new Uint32Array(top + 2);
      for (let m = 0; m < indexes.length; m++) next[top - scores[indexes[m]!]! + 1]! += 1;
      for (let score = 1; score <= top + 1; score++) next[score]! += next[score - 1]!;
      const sorted = new Uint32Array(indexes.length);
      for (let m = 0; m < indexes.length; m++) sorted[next[top - scores[indexes[m]!]!]!++] = indexes[m]!;
      return sorted;
    }
    case 'start-year':
    case 'start-year-desc': {
      const direction = sort === 'start-year' ? 1 : -1;
      // Practices without a start year go last in both directions.
      const sorted = Array.from(indexes).sort((a, b) => {
        const ya = startYears[a]!;
        const yb = startYears[b]!;
        if (ya === yb || (Number.isNaN(ya) && Number.isNaN(yb))) return 0;
        if (Number.isNaN(ya)) return 1;
        if (Number.isNaN(yb)) return -1;
        return (ya - yb) * direction;
      });
      return Uint32Array.from(sorted);
    }
    default:
      return indexes;
  }
}

/** Longest first part of the title order (up to the end of the page asked for) picked without sorting it all. */
const PICK_LIMIT = 256;

/**
 * The first `count` of `indexes` (in increasing order) in title order, by insertion into a short sorted list:
 * one comparison with the last of the list for most practices, where sorting every title costs several
 * milliseconds at 10,000.
 */
function pickByTitle(indexes: Uint32Array, titles: readonly string[], count: number): Uint32Array {
  const first = new Uint32Array(Math.min(count, indexes.length));
  let size = 0;
  for (let m = 0; m < indexes.length; m++) {
    const index = indexes[m]!;
    const title = titles[index]!;
    // Equal titles keep increasing index order, as in the sorted title order: a later index goes after.
    if (size === first.length) {
      if (title >= titles[first[size - 1]!]!) continue;
      size--;
    }
    let low = 0;
    let high = size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (titles[first[middle]!]! <= title) low = middle + 1;
      else high = middle;
    }
    first.copyWithin(low + 1, low, size);
    first[low] = index;
    size++;
  }
  return first;
}

/**
 * Filters, searches, sorts and pages the practices of a dataset, with facet counts that follow the
 * faceted-search rule (each facet applies every other active filter but not its own).
 * Pure: the dataset is never modified, and the same query always gives the same result.
 *
 * @example
 * const { items, total, facets } = queryPractices(dataset, { pillars: ['access-to-rights'], text: 'logement', locale: 'fr' });
 */
export function queryPractices(dataset: DatasetView, query: PracticeQuery = {}): PracticeResult {
  const sort = query.sort ?? 'relevance';
  const pageSize = query.pageSize !== undefined && query.pageSize >= 1 ? Math.floor(query.pageSize) || 1 : DEFAULT_PAGE_SIZE;
  const page = query.page !== undefined && Number.isFinite(query.page) && query.page >= 1 ? Math.floor(query.page) : 1;
  // With pageSize = Infinity, (1 - 1) * Infinity would be NaN.
  const start = page === 1 ? 0 : (page - 1) * pageSize;
  const words = query.text ? tokenize(query.text) : [];
  const locale = prepareLocale(dataset, query.locale ?? 'fr');
  // Without words, relevance is the title order: a first page of it can be picked before any sort (the first
  // query on a dataset, typically), and the sort waits for a query that needs it.
  const pick = words.length === 0 && sort !== 'territory' && sort !== 'start-year' && sort !== 'start-year-desc' && !locale.sortedByTitle && start + pageSize <= PICK_LIMIT;
  const order = pick ? 'none' : sort === 'territory' ? 'territory' : 'title';
  const { indexes, scores, facets } = match(dataset, query, order, words);
  const { practices, startYears } = prepareDataset(dataset);
  const sorted = pick ? pickByTitle(indexes, locale.titles, start + pageSize) : sortMatches(indexes, scores, sort, startYears);
  const total = indexes.length;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const items = Array.from(sorted.subarray(start, start + pageSize), (index) => practices[index]!);
  return { items, total, page, pageCount, facets };
}
