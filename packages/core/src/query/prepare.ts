import type { ActorView, DatasetView, PracticeView, TerritoryView } from '../types.js';
import { localize } from './localize.js';
import { normalizeText, normalizeTexts } from './normalize.js';

/** Facets of the practice query, in display order. */
export const FACETS = [
  'pillars',
  'themes',
  'territories',
  'countries',
  'actorKinds',
  'relationKinds',
  'models',
  'statuses',
] as const;
/** Name of a facet. */
export type FacetName = (typeof FACETS)[number];

/**
 * The values of one facet, interned: each distinct value gets a small integer, and each practice's values are
 * stored as a slice of one flat array (`ids[starts[i]]` to `ids[starts[i + 1]]`). Counting then touches
 * typed arrays only, which keeps a query over 10,000 practices within a few milliseconds.
 */
export interface FacetIndex {
  readonly values: readonly string[];
  readonly idOf: ReadonlyMap<string, number>;
  readonly starts: Uint32Array;
  readonly ids: Uint16Array;
}

/** What every query needs of a dataset, computed once and cached while the dataset lives. */
export interface PreparedDataset {
  readonly practices: readonly PracticeView[];
  readonly facets: Readonly<Record<FacetName, FacetIndex>>;
  /** Start and end year of each practice; NaN when unknown. */
  readonly startYears: Float64Array;
  readonly endYears: Float64Array;
  readonly territoryById: ReadonlyMap<string, TerritoryView>;
  readonly actorById: ReadonlyMap<string, ActorView>;
}

/** Normalised search text of one language: built on the first text search, not for the first render. */
export interface SearchText {
  /** Normalised title of each practice, with a space before it so word starts can be found. */
  readonly titles: readonly string[];
  /** Normalised original name, actor names and territory names of each practice. */
  readonly names: readonly string[];
  /** Normalised summary of each practice. */
  readonly summaries: readonly string[];
  /** Title, names and summary of every practice in one string (practices separated by a newline). */
  readonly corpus: string;
  /** Offset in `corpus` where each practice starts, plus the corpus length at the end. */
  readonly offsets: Uint32Array;
}

/** Sort orders and search text of one language, each computed once per dataset and language, when first needed. */
export interface PreparedLocale {
  /** Practice indexes in title order. */
  readonly byTitle: Uint32Array;
  /** Practice indexes in territory-then-title order. */
  readonly byTerritory: Uint32Array;
  /** Search text (the costly part: folding every summary), built on first use. */
  readonly search: SearchText;
}

const datasets = new WeakMap<DatasetView, PreparedDataset>();
const locales = new WeakMap<DatasetView, Map<string, PreparedLocale>>();

const yearOf = (date: string | undefined): number => (date ? Number(date.slice(0, 4)) : Number.NaN);

/** Builds a facet index incrementally: `start` a practice, `add` its values, and so on. */
class FacetBuilder {
  readonly values: string[] = [];
  readonly idOf = new Map<string, number>();
  readonly starts: number[] = [];
  readonly ids: number[] = [];

  start(): this {
    this.starts.push(this.ids.length);
    return this;
  }

  add(value: string | undefined): this {
    if (value === undefined) return this;
    let id = this.idOf.get(value);
    if (id === undefined) {
      id = this.values.push(value) - 1;
      this.idOf.set(value, id);
    }
    // A practice lists each value once, whatever its data says (actor kinds repeat across actors).
    for (let at = this.starts[this.starts.length - 1]!; at < this.ids.length; at++) if (this.ids[at] === id) return this;
    this.ids.push(id);
    return this;
  }

  addAll(values: readonly string[]): this {
    for (let i = 0; i < values.length; i++) this.add(values[i]);
    return this;
  }

  build(): FacetIndex {
    return {
      values: this.values,
      idOf: this.idOf,
      starts: Uint32Array.from([...this.starts, this.ids.length]),
      ids: Uint16Array.from(this.ids),
    };
  }
}

/** Returns the cached per-dataset preparation, building it on first use. */
export function prepareDataset(dataset: DatasetView): PreparedDataset {
  const cached = datasets.get(dataset);
  if (cached) return cached;
  const territoryById = new Map(dataset.territories.map((territory) => [territory.id, territory]));
  const actorById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const practices = dataset.practices;
  const b = Object.fromEntries(FACETS.map((facet) => [facet, new FacetBuilder()])) as Record<FacetName, FacetBuilder>;
  const startYears = new Float64Array(practices.length);
  const endYears = new Float64Array(practices.length);
  for (let index = 0; index < practices.length; index++) {
    const practice = practices[index]!;
    b.pillars.start().add(practice.primaryPillar).addAll(practice.pillars);
    b.themes.start().addAll(practice.themes);
    b.territories.start().add(practice.territory);
    b.countries.start().add(territoryById.get(practice.territory)?.country);
    b.actorKinds.start();
    for (const { actor } of practice.actors) b.actorKinds.add(actorById.get(actor)?.kind);
    b.relationKinds.start().addAll(practice.alliance.relationKinds);
    b.models.start().add(practice.alliance.model);
    b.statuses.start().add(practice.period.status);
    startYears[index] = yearOf(practice.period.start);
    endYears[index] = yearOf(practice.period.end);
  }
  const facets = Object.fromEntries(FACETS.map((facet) => [facet, b[facet].build()])) as Record<FacetName, FacetIndex>;
  const prepared: PreparedDataset = { practices, facets, startYears, endYears, territoryById, actorById };
  datasets.set(dataset, prepared);
  return prepared;
}

/** Sorts indexes by precomputed keys (folded text compares like a base-level collation for Latin scripts). */
function orderBy(keys: readonly string[]): Uint32Array {
  // Sorting a plain array of pairs is several times faster than TypedArray#sort with a comparator in V8.
  const pairs = keys.map((key, index) => ({ key, index }));
  pairs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
  const order = new Uint32Array(keys.length);
  for (let i = 0; i < pairs.length; i++) order[i] = pairs[i]!.index;
  return order;
}

/**
 * Returns the cached search text and sort orders of one language, building them on first use: the text of
 * each language is normalised once per dataset, never on every query.
 */
export function prepareLocale(dataset: DatasetView, locale: string): PreparedLocale {
  let byLocale = locales.get(dataset);
  if (!byLocale) locales.set(dataset, (byLocale = new Map()));
  const cached = byLocale.get(locale);
  if (cached) return cached;

  const { practices, territoryById, actorById } = prepareDataset(dataset);
  const territoryNames = new Map<string, string>();
  for (const territory of territoryById.values()) {
    territoryNames.set(territory.id, normalizeText(`${localize(territory.name, locale).text} ${territory.localName}`));
  }
  const titles = normalizeTexts(practices.map((practice) => localize(practice.title, locale).text)).map((title) => ` ${title}`);
  const once = <T>(target: object, key: string, value: T): T => {
    Object.defineProperty(target, key, { value });
    return value;
  };
  const prepared: PreparedLocale = {
    byTitle: orderBy(titles),
    get byTerritory() {
      const keys = practices.map((practice, index) => `${territoryNames.get(practice.territory) ?? ''}\u0000${titles[index]}`);
      return once(this, 'byTerritory', orderBy(keys));
    },
    get search() {
      return once(this, 'search', searchText(practices, titles, locale, territoryNames, actorById));
    },
  };
  byLocale.set(locale, prepared);
  return prepared;
}

function searchText(
  practices: readonly PracticeView[],
  titles: readonly string[],
  locale: string,
  territoryNames: ReadonlyMap<string, string>,
  actorById: ReadonlyMap<string, ActorView>,
): SearchText {
  const actorNames = new Map<string, string>();
  for (const actor of actorById.values()) actorNames.set(actor.id, `${actor.name} ${actor.shortName ?? ''}`);
  const rawNames: string[] = new Array(practices.length);
  const rawSummaries: string[] = new Array(practices.length);
  for (let index = 0; index < practices.length; index++) {
    const practice = practices[index]!;
    rawSummaries[index] = localize(practice.summary, locale).text;
    let name = `${practice.originalName.text} ${territoryNames.get(practice.territory) ?? practice.territory}`;
    for (const { actor } of practice.actors) name += ` ${actorNames.get(actor) ?? ''}`;
    rawNames[index] = name;
  }
  const names = normalizeTexts(rawNames).map((name) => ` ${name}`);
  const summaries = normalizeTexts(rawSummaries).map((summary) => ` ${summary}`);
  const offsets = new Uint32Array(practices.length + 1);
  const parts: string[] = new Array(practices.length);
  let offset = 0;
  for (let index = 0; index < practices.length; index++) {
    offsets[index] = offset;
    parts[index] = `${titles[index]}${names[index]}${summaries[index]}\n`;
    offset += parts[index]!.length;
  }
  offsets[practices.length] = offset;
  return { titles, names, summaries, corpus: parts.join(''), offsets };
}
