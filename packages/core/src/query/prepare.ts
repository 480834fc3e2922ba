import type { DatasetView, PartialText, PracticeView } from '../types.js';
import { isLocale, localize } from './localize.js';
import { normalizeText } from './normalize.js';
import { MASKED_FROM, fieldTexts, foldMany, type FieldText } from './fold.js';
import { sampleFrequencies } from './search.js';

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
 * The values of one facet, interned: each distinct value gets a small integer in order of first appearance.
 * Among the values of every facet, value `id` of the facet at `slot` in `FACETS` is `id * FACET_COUNT + slot`.
 */
export interface FacetValues {
  readonly values: readonly string[];
  readonly idOf: ReadonlyMap<string, number>;
}

/** Number of facets: value ids across facets interleave by it (see `FacetValues`). */
export const FACET_COUNT = FACETS.length;

/** What every query needs of a dataset, computed once and cached while the dataset lives. */
export interface PreparedDataset {
  readonly practices: readonly PracticeView[];
  readonly facets: Readonly<Record<FacetName, FacetValues>>;
  /** One more than the largest value id, all facets together. */
  readonly valueCount: number;
  /**
   * The facet values of every practice in one flat array, grouped by facet in `FACETS` order: practice `i` has
   * `valueIds[valueStarts[i]]` to `valueIds[valueStarts[i + 1]]`. Filtering and counting then touch typed arrays
   * only, in one loop per practice whatever the number of facets.
   */
  readonly valueStarts: Uint32Array;
  readonly valueIds: Uint16Array | Uint32Array;
  /** Start and end year of each practice; NaN when unknown. */
  readonly startYears: Float64Array;
  readonly endYears: Float64Array;
  /** Position in `dataset.territories` of each practice's territory (the last with its id), or -1. */
  readonly territoryOf: Int32Array;
  /** Positions in `dataset.actors` of each practice's actors (-1 when unknown), from `actorStarts[i]` on. */
  readonly actorOf: Int32Array;
  readonly actorStarts: Uint32Array;
}

/**
 * Normalised search text of one language, built on the first text search, not for the first render. Each field
 * is one string that `indexOf` scans natively, each text in it preceded by U+0001; that character, and the spaces
 * between words, let a scan tell a word start from the character before it. The names of a practice are its own
 * (original name), its territory's and its actors': those of territories and actors are stored once each, not
 * once per practice.
 */
export interface SearchText {
  /** Title of each practice. */
  readonly titles: FieldText;
  /** Original name of each practice, and its territory id when the dataset lacks the territory. */
  readonly names: FieldText;
  /** Names of each territory (in the language, and local), in `dataset.territories` order. */
  readonly territoryNames: FieldText;
  /** Name and short name of each actor, in `dataset.actors` order. */
  readonly actorNames: FieldText;
  /** Summary of each practice. */
  readonly summaries: FieldText;
  readonly territoryOf: Int32Array;
  readonly actorOf: Int32Array;
  readonly actorStarts: Uint32Array;
  /** Sampled character counts of the text (see `sampleFrequencies`). */
  readonly frequency: Uint32Array;
}

/** Sort orders and search text of one language, each computed once per dataset and language, when first needed. */
export interface PreparedLocale {
  /** Normalised title of each practice: what the title order sorts. */
  readonly titles: readonly string[];
  /** Practice indexes in title order, sorted on first use: a first page can be picked without it. */
  readonly byTitle: Uint32Array;
  /** The title order once sorted, else undefined. */
  readonly sortedByTitle: Uint32Array | undefined;
  /** Practice indexes in territory-then-title order. */
  readonly byTerritory: Uint32Array;
  /** Search text (the costly part: folding every summary), built on first use. */
  readonly search: SearchText;
}

const datasets = new WeakMap<DatasetView, PreparedDataset>();
const locales = new WeakMap<DatasetView, Map<string, PreparedLocale>>();

/** The year a date starts with, NaN when there is none. */
function yearOf(date: string | undefined): number {
  if (!date) return Number.NaN;
  // Nearly every date starts with four digits: read them without making a string.
  let year = 0;
  for (let k = 0; k < 4; k++) {
    const digit = date.charCodeAt(k) - 48; // NaN past the end
    if (!(digit >= 0 && digit <= 9)) return Number(date.slice(0, 4));
    year = year * 10 + digit;
  }
  return year;
}

/** Positions by id, the last of equal ids winning (as in a Map built from the list). */
function positions(items: readonly { readonly id: string }[]): Map<string, number> {
  const at = new Map<string, number>();
  for (let index = 0; index < items.length; index++) at.set(items[index]!.id, index);
  return at;
}

// What `readPractice` collects while a dataset is read: interned facet values, each practice's value ids, years,
// territory and actors. Module variables rather than the fields of an object: V8 drops code optimised for an
// object's shape when the next such object gets fields of other types, or when the last one is collected, so
// code optimised while reading one dataset would be lost for the next (about twice slower for 10,000 practices).

/** Value ids by facet; a Map keeps its keys in insertion order, so its keys are the values in order. */
let idOf: Map<string, number>[] = [];
let valueIds = new Uint32Array(0);
let length = 0;
/** Where the values of the current facet of the current practice start. */
let field = 0;
let valueStarts = new Uint32Array(0);
let startYears = new Float64Array(0);
let endYears = new Float64Array(0);
let territoryOf = new Int32Array(0);
let actorStarts = new Uint32Array(0);
let actorOf: number[] = [];
let territories: DatasetView['territories'] = [];
let actors: DatasetView['actors'] = [];
let territoryAt = new Map<string, number>();
let actorAt = new Map<string, number>();
// Value ids of each territory, its country and each actor's kind, interned once each (-1 until then).
let territoryValue = new Int32Array(0);
let countryValue = new Int32Array(0);
let kindValue = new Int32Array(0);

/** Id of a value among the values of every facet; values of a facet are numbered in order of first appearance. */
function intern(slot: number, value: string): number {
  const ids = idOf[slot]!;
  let id = ids.get(value);
  if (id === undefined) {
    id = ids.size * FACET_COUNT + slot;
    ids.set(value, id);
  }
  return id;
}

function add(id: number): void {
  // A practice lists each value once, whatever its data says (actor kinds repeat across actors).
  for (let at = field; at < length; at++) if (valueIds[at] === id) return;
  if (length === valueIds.length) {
    const grown = new Uint32Array(length * 2);
    grown.set(valueIds);
    valueIds = grown;
  }
  valueIds[length++] = id;
}

function addValue(slot: number, value: string | undefined): void {
  if (value === undefined) return;
  // intern(slot, value), written out: this runs before the code is optimised too, once per facet value.
  const ids = idOf[slot]!;
  let id = ids.get(value);
  if (id === undefined) {
    id = ids.size * FACET_COUNT + slot;
    ids.set(value, id);
  }
  add(id);
}

/** Reads one practice: a function called once per practice is optimised early, on a small dataset already. */
function readPractice(practice: PracticeView, index: number): void {
  valueStarts[index] = field = length;
  addValue(0, practice.primaryPillar);
  for (const pillar of practice.pillars) addValue(0, pillar);
  field = length;
  for (const theme of practice.themes) addValue(1, theme);
  const territory = territoryAt.get(practice.territory) ?? -1;
  territoryOf[index] = territory;
  if (territory === -1) addValue(2, practice.territory);
  else {
    if (territoryValue[territory] === -1) territoryValue[territory] = intern(2, practice.territory);
    add(territoryValue[territory]!);
    const { country } = territories[territory]!;
    if (country !== undefined) {
      if (countryValue[territory] === -1) countryValue[territory] = intern(3, country);
      add(countryValue[territory]!);
    }
  }
  field = length;
  actorStarts[index] = actorOf.length;
  for (const { actor: id } of practice.actors) {
    const actor = actorAt.get(id) ?? -1;
    actorOf.push(actor);
    const kind = actor === -1 ? undefined : actors[actor]!.kind;
    if (kind === undefined) continue;
    if (kindValue[actor] === -1) kindValue[actor] = intern(4, kind);
    add(kindValue[actor]!);
  }
  field = length;
  for (const kind of practice.alliance.relationKinds) addValue(5, kind);
  addValue(6, practice.alliance.model);
  addValue(7, practice.period.status);
  startYears[index] = yearOf(practice.period.start);
  endYears[index] = yearOf(practice.period.end);
}

/** Returns the cached per-dataset preparation, building it on first use. */
export function prepareDataset(dataset: DatasetView): PreparedDataset {
  const cached = datasets.get(dataset);
  if (cached) return cached;
  const { practices } = dataset;
  const n = practices.length;
  idOf = FACETS.map(() => new Map<string, number>());
  valueIds = new Uint32Array(Math.max(64, n * 16));
  length = field = 0;
  valueStarts = new Uint32Array(n + 1);
  startYears = new Float64Array(n);
  endYears = new Float64Array(n);
  territoryOf = new Int32Array(n);
  actorStarts = new Uint32Array(n + 1);
  actorOf = [];
  ({ territories, actors } = dataset);
  territoryAt = positions(territories);
  actorAt = positions(actors);
  territoryValue = new Int32Array(territories.length).fill(-1);
  countryValue = new Int32Array(territories.length).fill(-1);
  kindValue = new Int32Array(actors.length).fill(-1);
  for (let index = 0; index < n; index++) readPractice(practices[index]!, index);
  valueStarts[n] = length;
  actorStarts[n] = actorOf.length;
  const values = idOf.map((ids) => [...ids.keys()]);
  const valueCount = Math.max(0, ...values.map((list) => list.length)) * FACET_COUNT;
  const facets = {} as Record<FacetName, FacetValues>;
  FACETS.forEach((name, slot) => (facets[name] = { values: values[slot]!, idOf: idOf[slot]! }));
  const prepared: PreparedDataset = {
    practices,
    facets,
    valueCount,
    valueStarts,
    valueIds: valueCount <= 0x10000 ? Uint16Array.from(valueIds.subarray(0, length)) : valueIds.slice(0, length),
    startYears,
    endYears,
    territoryOf,
    actorOf: Int32Array.from(actorOf),
    actorStarts,
  };
  // Let go of the dataset and its preparation: the module must not keep them alive.
  idOf = territories = actors = actorOf = [];
  territoryAt = actorAt = new Map();
  valueIds = valueStarts = actorStarts = new Uint32Array(0);
  startYears = endYears = new Float64Array(0);
  territoryOf = territoryValue = countryValue = kindValue = new Int32Array(0);
  datasets.set(dataset, prepared);
  return prepared;
}

/**
 * Rank of each code below 128 in code order, for packing the start of a key into a number: the codes of folded
 * text (U+0000 of the territory keys, space, digits, letters) each have their own rank; any other run of codes
 * shares one, as do all codes from 128 on. Rank 0 is the end of a key.
 */
const RANKS = new Uint8Array(129);
/** Whether a rank is shared by several codes: packing stops after it, and equal packs are compared in full. */
const SHARED = new Uint8Array(64);
{
  const own = (code: number) => code === 0 || code === 32 || (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
  let rank = 0;
  for (let code = 0; code <= 128; code++) {
    if (own(code) || own(code - 1)) rank++;
    RANKS[code] = rank;
    SHARED[rank] = own(code) ? 0 : 1;
  }
}
const BASE = RANKS[128]! + 1;
const PACKED = 5; // characters per pack: BASE ** PACKED * 2 ** INDEX_BITS stays below 2 ** 53
const INDEX_BITS = 25;
const INDEX_SCALE = 2 ** INDEX_BITS;
/** Groups this small are sorted by comparing their keys. */
const SMALL = 16;

/** The characters of `key` from `depth` on, as a number that orders like them; sets `packEnd` (see below). */
function pack(key: string, depth: number): number {
  let packed = 0;
  let k = 0;
  packEnd = 0;
  for (; k < PACKED && depth + k < key.length; k++) {
    const code = key.charCodeAt(depth + k);
    const rank = RANKS[code < 128 ? code : 128]!;
    packed = packed * BASE + rank;
    if (SHARED[rank] === 1) {
      packEnd = 2;
      k++;
      break;
    }
  }
  if (k < PACKED && packEnd === 0) packEnd = 1;
  for (; k < PACKED; k++) packed *= BASE;
  return packed;
}
/** 0: the pack holds PACKED characters exactly; 1: the key ended; 2: it holds a shared rank. */
let packEnd = 0;

/** Compares two indexes by key, then by index, as every title or territory order does. */
const compareKeys = (keys: readonly string[]) => (a: number, b: number) => {
  const ka = keys[a]!;
  const kb = keys[b]!;
  return ka < kb ? -1 : ka > kb ? 1 : a - b;
};

/**
 * Sorts `order[from..to)`, indexes in increasing order whose keys agree before `depth`, by key then index: a
 * most-significant-digit radix sort whose digits are packs of characters, each level sorted natively as numbers.
 */
function sortRange(keys: readonly string[], order: Uint32Array, from: number, to: number, depth: number): void {
  if (to - from <= SMALL) {
    const part = Array.from(order.subarray(from, to)).sort(compareKeys(keys));
    order.set(part, from);
    return;
  }
  const sorted = new Float64Array(to - from);
  for (let m = 0; m < sorted.length; m++) sorted[m] = pack(keys[order[from + m]!]!, depth) * INDEX_SCALE + order[from + m]!;
  // Indexes are below INDEX_SCALE, so equal packs keep increasing index order.
  sorted.sort();
  let m = 0;
  while (m < sorted.length) {
    const prefix = Math.floor(sorted[m]! / INDEX_SCALE);
    let end = m + 1;
    while (end < sorted.length && Math.floor(sorted[end]! / INDEX_SCALE) === prefix) end++;
    for (let k = m; k < end; k++) order[from + k] = sorted[k]! % INDEX_SCALE;
    if (end - m > 1) {
      pack(keys[order[from + m]!]!, depth);
      // Keys that ended within the pack are equal; those that hold a shared rank are compared in full.
      if (packEnd === 0) sortRange(keys, order, from + m, from + end, depth + PACKED);
      else if (packEnd === 2) order.set(Array.from(order.subarray(from + m, from + end)).sort(compareKeys(keys)), from + m);
    }
    m = end;
  }
}

/** Sorts indexes by precomputed keys (folded text compares like a base-level collation for Latin scripts). */
function orderBy(keys: readonly string[]): Uint32Array {
  const order = new Uint32Array(keys.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  if (keys.length >= INDEX_SCALE) return Uint32Array.from(Array.from(order).sort(compareKeys(keys)));
  sortRange(keys, order, 0, keys.length, 0);
  return order;
}

/** `localize(practice[field], locale).text` of every practice, without a result object when the language has it. */
function localizedAll(practices: readonly PracticeView[], field: 'title' | 'summary', locale: string): string[] {
  const own = isLocale(locale) ? locale : undefined;
  const texts: string[] = new Array(practices.length);
  for (let index = 0; index < practices.length; index++) {
    const text: PartialText | undefined = practices[index]![field];
    texts[index] = (own !== undefined && text?.[own]) || localize(text, locale).text;
  }
  return texts;
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

  const prepared = prepareDataset(dataset);
  const { practices } = prepared;
  const territoryNames = dataset.territories.map((territory) => normalizeText(`${localize(territory.name, locale).text} ${territory.localName}`));
  const titleText = foldMany(localizedAll(practices, 'title', locale));
  const titles = fieldTexts(titleText);
  const once = <T>(target: object, key: string, value: T): T => {
    Object.defineProperty(target, key, { value });
    return value;
  };
  let sortedByTitle: Uint32Array | undefined;
  const result: PreparedLocale = {
    titles,
    get byTitle() {
      return (sortedByTitle ??= orderBy(titles));
    },
    get sortedByTitle() {
      return sortedByTitle;
    },
    get byTerritory() {
      const keys = titles.map((title, index) => `${territoryNames[prepared.territoryOf[index]!] ?? ''}\u0000${title}`);
      return once(this, 'byTerritory', orderBy(keys));
    },
    get search() {
      return once(this, 'search', searchText(dataset, prepared, titleText, territoryNames, locale));
    },
  };
  byLocale.set(locale, result);
  return result;
}

/** Folds the search text of one language (see `SearchText`); the titles are folded already, for the title order. */
function searchText(
  dataset: DatasetView,
  prepared: PreparedDataset,
  titles: FieldText,
  territoryNames: readonly string[],
  locale: string,
): SearchText {
  const { practices } = dataset;
  // A practice whose territory the dataset lacks is found by its territory id instead.
  const names = foldMany(
    practices.map((practice, index) => (prepared.territoryOf[index] === -1 ? `${practice.originalName.text} ${practice.territory}` : practice.originalName.text)),
  );
  const actorNames = foldMany(dataset.actors.map((actor) => `${actor.name} ${actor.shortName ?? ''}`));
  const summaries = foldMany(
    localizedAll(practices, 'summary', locale),
    practices.length >= MASKED_FROM,
  );
  return {
    titles,
    names,
    territoryNames: foldMany(territoryNames),
    actorNames,
    summaries,
    territoryOf: prepared.territoryOf,
    actorOf: prepared.actorOf,
    actorStarts: prepared.actorStarts,
    frequency: sampleFrequencies([titles.text, names.text, actorNames.text, summaries.text]),
  };
}
