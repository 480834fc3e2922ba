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
import { FACETS, prepareDataset, prepareLocale, type FacetIndex, type FacetName } from './prepare.js';
import { candidates, scoreText, searchWords } from './search.js';

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

interface ActiveFacet {
  readonly facet: FacetIndex;
  readonly name: FacetName;
  readonly selected: Uint8Array;
}

function activeFacets(filters: PracticeFilters, facets: Readonly<Record<FacetName, FacetIndex>>): ActiveFacet[] {
  const active: ActiveFacet[] = [];
  for (const name of FACETS) {
    const chosen = filters[name];
    if (!chosen || chosen.length === 0) continue;
    const facet = facets[name];
    const selected = new Uint8Array(facet.values.length);
    for (const value of chosen) {
      const id = facet.idOf.get(value);
      if (id !== undefined) selected[id] = 1;
    }
    active.push({ facet, name, selected });
  }
  return active;
}

function matchesFacet({ facet, selected }: ActiveFacet, index: number): boolean {
  for (let at = facet.starts[index]!, end = facet.starts[index + 1]!; at < end; at++) {
    if (selected[facet.ids[at]!] === 1) return true;
  }
  return false;
}

function count(facet: FacetIndex, counts: Int32Array, index: number): void {
  for (let at = facet.starts[index]!, end = facet.starts[index + 1]!; at < end; at++) counts[facet.ids[at]!]! += 1;
}

function yearTest(years: PracticeFilters['years']): ((start: number, end: number) => boolean) | undefined {
  if (!years || (years.from === undefined && years.to === undefined)) return undefined;
  const from = years.from ?? Number.NEGATIVE_INFINITY;
  const to = years.to ?? Number.POSITIVE_INFINITY;
  // NaN (unknown start) fails every comparison, so a practice without a start year is left out.
  return (start, end) => start <= to && (Number.isNaN(end) ? Number.POSITIVE_INFINITY : end) >= from;
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
  const prepared = prepareDataset(dataset);
  const text = prepareLocale(dataset, filters.locale ?? 'fr');
  const words = filters.text ? tokenize(filters.text) : [];
  const search = words.length > 0 ? searchWords(words) : undefined;
  const searchText = search ? text.search : undefined;
  const marked = search ? candidates(search, searchText!) : undefined;
  const inYears = yearTest(filters.years);
  const active = activeFacets(filters, prepared.facets);
  const facetList = FACETS.map((name) => prepared.facets[name]);
  const counts = facetList.map((facet) => new Int32Array(facet.values.length));
  const activeSlot = active.map(({ name }) => FACETS.indexOf(name));
  const matches: Match[] = [];
  const sequence = order === 'territory' ? text.byTerritory : text.byTitle;

  for (let s = 0; s < sequence.length; s++) {
    const index = sequence[s]!;
    let score = 1;
    if (marked && (marked[index] === 0 || (score = scoreText(index, search!, searchText!)) === 0)) continue;
    if (inYears && !inYears(prepared.startYears[index]!, prepared.endYears[index]!)) continue;
    // Faceted-search rule: a practice that fails exactly one facet still counts toward that facet's values,
    // so each facet shows what choosing another of its values would give.
    let failed = -1;
    let failures = 0;
    for (let a = 0; a < active.length; a++) {
      if (!matchesFacet(active[a]!, index)) {
        failed = a;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) {
      matches.push({ index, score });
      for (let f = 0; f < facetList.length; f++) count(facetList[f]!, counts[f]!, index);
    } else if (failures === 1) {
      const slot = activeSlot[failed]!;
      count(facetList[slot]!, counts[slot]!, index);
    }
  }

  const facets = Object.fromEntries(
    FACETS.map((name, f) => {
      const values = facetList[f]!.values;
      const result: Record<string, number> = {};
      counts[f]!.forEach((value, id) => {
        if (value > 0) result[values[id]!] = value;
      });
      return [name, result];
    }),
  ) as FacetCounts;
  return { matches, facets };
}

function sortMatches(matches: Match[], sort: Sort, startYears: Float64Array): Match[] {
  switch (sort) {
    case 'relevance': {
      // Scores are small integers: a bucket sort by descending score is linear, and stable, so equal scores
      // keep the title order they arrived in.
      let top = 0;
      for (const match of matches) if (match.score > top) top = match.score;
      if (top <= 1) return matches;
      const buckets: Match[][] = Array.from({ length: top + 1 }, () => []);
      for (const match of matches) buckets[match.score]!.push(match);
      const sorted: Match[] = [];
      for (let score = top; score >= 0; score--) for (const match of buckets[score]!) sorted.push(match);
      return sorted;
    }
    case 'start-year':
    case 'start-year-desc': {
      const direction = sort === 'start-year' ? 1 : -1;
      // Practices without a start year go last in both directions.
      return matches.sort((a, b) => {
        const ya = startYears[a.index]!;
        const yb = startYears[b.index]!;
        if (ya === yb || (Number.isNaN(ya) && Number.isNaN(yb))) return 0;
        if (Number.isNaN(ya)) return 1;
        if (Number.isNaN(yb)) return -1;
        return (ya - yb) * direction;
      });
    }
    default:
      return matches;
  }
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
  const { matches, facets } = matchPractices(dataset, query, sort === 'territory' ? 'territory' : 'title');
  const { practices, startYears } = prepareDataset(dataset);
  const sorted = sortMatches(matches, sort, startYears);

  const pageSize = query.pageSize !== undefined && query.pageSize >= 1 ? Math.floor(query.pageSize) || 1 : DEFAULT_PAGE_SIZE;
  const pageCount = Math.max(1, Math.ceil(sorted.length / pageSize));
  const page = query.page !== undefined && Number.isFinite(query.page) && query.page >= 1 ? Math.floor(query.page) : 1;
  // With pageSize = Infinity, (1 - 1) * Infinity would be NaN.
  const start = page === 1 ? 0 : (page - 1) * pageSize;
  const items = sorted.slice(start, start + pageSize).map((match) => practices[match.index]!);
  return { items, total: sorted.length, page, pageCount, facets };
}
