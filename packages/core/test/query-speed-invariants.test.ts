import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FACETS,
  PILLARS,
  RELATION_KINDS,
  SORTS,
  STATUSES,
  THEMES,
  coverage,
  localize,
  matchPractices,
  normalizeText,
  normalizeTexts,
  queryPractices,
  type Dataset,
  type FacetName,
  type PracticeQuery,
  type PracticeView,
} from '@alliance-panorama/core';
import { generateDataset } from '@alliance-panorama/core/testing';
// White-box: the size from which summaries get bigram masks, so that a test reaches that path.
import { MASKED_FROM } from '../src/query/fold.js';

// The query engine scans one folded string per field, scores words from where the scan found them, intersects
// multi-word searches word by word, counts facets over interleaved value ids and sorts titles with a radix sort.
// Each of these is checked here against a naive reference that does everything the obvious way, on datasets
// built to reach the unusual paths: words inside words, in several fields, absent from some, titles sharing
// long prefixes or holding characters beyond ASCII, texts holding U+0001.

const runs = Number(process.env.FC_RUNS ?? 300);

/** Folds one character at a time, the slow way, as the documentation of `normalizeText` describes it. */
function referenceFold(text: string): string {
  const special: Record<string, string> = { ß: 'ss', œ: 'oe', æ: 'ae', ø: 'o', ł: 'l', đ: 'd', ı: 'i', þ: 'th' };
  let out = '';
  let space = false;
  for (const character of text) {
    if (/^\p{M}$/u.test(character)) continue;
    const base = character.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    const folded = special[base] ?? base;
    if (!/[\p{L}\p{N}]/u.test(folded)) {
      space = out !== '';
      continue;
    }
    out += (space ? ' ' : '') + folded;
    space = false;
  }
  return out;
}

/** Each practice as the reference reads it in one language: normalised fields, facet values, years. */
function rowsOf(dataset: Dataset, locale: string) {
  const territories = new Map(dataset.territories.map((territory) => [territory.id, territory]));
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const territoryName = (id: string) => {
    const territory = territories.get(id);
    return territory ? normalizeText(`${localize(territory.name, locale).text} ${territory.localName}`) : undefined;
  };
  const valuesOf = (practice: PracticeView): Record<FacetName, string[]> => ({
    pillars: [practice.primaryPillar, ...practice.pillars],
    themes: [...practice.themes],
    territories: [practice.territory],
    countries: territories.has(practice.territory) ? [territories.get(practice.territory)!.country] : [],
    actorKinds: practice.actors.flatMap(({ actor }) => (actors.has(actor) ? [actors.get(actor)!.kind] : [])),
    relationKinds: [...practice.alliance.relationKinds],
    models: [practice.alliance.model],
    statuses: [practice.period.status],
  });
  return dataset.practices.map((practice, index) => {
    const names = [practice.originalName.text, territoryName(practice.territory) ?? practice.territory];
    for (const { actor } of practice.actors) names.push(`${actors.get(actor)?.name ?? ''} ${actors.get(actor)?.shortName ?? ''}`);
    return {
      practice,
      index,
      title: normalizeText(localize(practice.title, locale).text),
      fields: [localize(practice.title, locale).text, names.join(' '), localize(practice.summary, locale).text].map(normalizeText),
      territory: territoryName(practice.territory) ?? '',
      values: valuesOf(practice),
      year: practice.period.start ? Number(practice.period.start.slice(0, 4)) : Number.NaN,
      end: practice.period.end ? Number(practice.period.end.slice(0, 4)) : Number.NaN,
    };
  });
}

const rowCache = new WeakMap<Dataset, Map<string, ReturnType<typeof rowsOf>>>();
function cachedRows(dataset: Dataset, locale: string) {
  let byLocale = rowCache.get(dataset);
  if (!byLocale) rowCache.set(dataset, (byLocale = new Map()));
  if (!byLocale.has(locale)) byLocale.set(locale, rowsOf(dataset, locale));
  return byLocale.get(locale)!;
}

/** Everything `queryPractices` answers, computed naively from the documented rules. */
function reference(dataset: Dataset, query: PracticeQuery) {
  const rows = cachedRows(dataset, query.locale ?? 'fr');
  const words = [...new Set(normalizeText(query.text ?? '').split(' ').filter(Boolean))];
  const score = (fields: string[]) => {
    let total = 0;
    for (const word of words) {
      const field = fields.findIndex((text) => text.includes(word));
      if (field === -1) return 0;
      const starts = ` ${fields[field]}`.includes(` ${word}`);
      total += [starts ? 8 : 5, starts ? 4 : 3, starts ? 2 : 1][field]!;
    }
    return words.length === 0 ? 1 : total;
  };
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const byTitle = [...rows].sort((a, b) => compare(a.title, b.title) || a.index - b.index);
  const active = FACETS.filter((facet) => (query[facet]?.length ?? 0) > 0);
  const order = new Map<FacetName, string[]>(FACETS.map((facet) => [facet, [...new Set(rows.flatMap((row) => row.values[facet]))]]));
  const counts = new Map<FacetName, Map<string, number>>(FACETS.map((facet) => [facet, new Map()]));
  const count = (facet: FacetName, values: string[]) => {
    for (const value of new Set(values)) counts.get(facet)!.set(value, (counts.get(facet)!.get(value) ?? 0) + 1);
  };
  const { from = -Infinity, to = Infinity } = query.years ?? {};
  const ranged = query.years !== undefined && (query.years.from !== undefined || query.years.to !== undefined);
  const matches: { row: (typeof rows)[number]; score: number }[] = [];
  for (const row of byTitle) {
    const points = score(row.fields);
    if (points === 0) continue;
    if (ranged && !(row.year <= to && (Number.isNaN(row.end) ? Infinity : row.end) >= from)) continue;
    const failed = active.filter((facet) => !row.values[facet].some((value) => (query[facet] as readonly string[]).includes(value)));
    if (failed.length === 0) {
      matches.push({ row, score: points });
      for (const facet of FACETS) count(facet, row.values[facet]);
    } else if (failed.length === 1) count(failed[0]!, row.values[failed[0]!]);
  }
  const sort = query.sort ?? 'relevance';
  if (sort === 'relevance') matches.sort((a, b) => b.score - a.score);
  if (sort === 'territory') matches.sort((a, b) => compare(`${a.row.territory}\u0000${a.row.title}`, `${b.row.territory}\u0000${b.row.title}`) || a.row.index - b.row.index);
  if (sort === 'start-year' || sort === 'start-year-desc') {
    const direction = sort === 'start-year' ? 1 : -1;
    matches.sort((a, b) => {
      const [ya, yb] = [a.row.year, b.row.year];
      if (Number.isNaN(ya) || Number.isNaN(yb)) return Number(Number.isNaN(ya)) - Number(Number.isNaN(yb));
      return (ya - yb) * direction;
    });
  }
  const pageSize = query.pageSize !== undefined && query.pageSize >= 1 ? Math.floor(query.pageSize) || 1 : 24;
  const page = query.page !== undefined && Number.isFinite(query.page) && query.page >= 1 ? Math.floor(query.page) : 1;
  const start = page === 1 ? 0 : (page - 1) * pageSize;
  // Matches in title order with their scores, as `matchPractices` gives them.
  const scored = byTitle.flatMap((row) => matches.filter((match) => match.row === row).map((match) => ({ index: row.index, score: match.score })));
  const facets = Object.fromEntries(
    FACETS.map((facet) => [facet, Object.fromEntries(order.get(facet)!.filter((value) => counts.get(facet)!.has(value)).map((value) => [value, counts.get(facet)!.get(value)!]))]),
  );
  return {
    ids: matches.slice(start, start + pageSize).map(({ row }) => row.practice.id),
    total: matches.length,
    page,
    pageCount: Math.max(1, Math.ceil(matches.length / pageSize)),
    facets,
    scored,
  };
}

/** The answer of `queryPractices` in the reference's shape, facet keys in their order. */
function answer(dataset: Dataset, query: PracticeQuery) {
  const result = queryPractices(dataset, query);
  return { ids: result.items.map((practice) => practice.id), total: result.total, page: result.page, pageCount: result.pageCount, facets: result.facets };
}

const sameAnswer = (dataset: Dataset, query: PracticeQuery) => {
  const { scored, ...expected } = reference(dataset, query);
  const actual = answer(dataset, query);
  expect(actual).toEqual(expected);
  expect(matchPractices(dataset, query).matches).toEqual(scored);
  for (const facet of FACETS) expect(Object.keys(actual.facets[facet])).toEqual(Object.keys(expected.facets[facet] ?? {}));
};

/** Pieces of text that make words occur inside other words, at word starts, in several fields, or not at all. */
const PIECES = ['ba', 'ce', 'di', 'la', 'mé', 'ville', 'Ville', 'villeba', 'baville', 'ÉCOLE', 'ecole', 'ß', 'œuvre', 'ð', '한', 'x', 'zz', '·', '-', "l'", 'e\u0301', '\u0001'];
const textArbitrary = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom('', ' ', ', ')), { maxLength: 8 }).map((pairs) => pairs.map(([piece, gap]) => piece + gap).join(''));

/** A generated dataset whose texts are replaced by texts built from PIECES, so that words overlap in every way. */
function unusualDataset(texts: string[], practices: number, seed: number): Dataset {
  const dataset = generateDataset({ practices, seed });
  let next = 0;
  const take = () => texts[next++ % texts.length]!;
  for (const practice of dataset.practices) {
    (practice as { title: unknown }).title = { fr: take() || 'a', en: take() || 'b', es: take() || 'c' };
    (practice as { summary: unknown }).summary = { fr: take() || 'd', en: take() || 'e', es: take() || 'f' };
    (practice.originalName as { text: string }).text = take() || 'g';
  }
  for (const actor of dataset.actors) (actor as { name: string }).name = take() || 'h';
  return dataset;
}

const queryArbitrary = (words: fc.Arbitrary<string>): fc.Arbitrary<PracticeQuery> =>
  fc.record(
    {
      text: words,
      locale: fc.constantFrom('fr', 'en', 'es', 'ca', 'xx'),
      sort: fc.constantFrom(...SORTS),
      page: fc.integer({ min: 1, max: 3 }),
      pageSize: fc.constantFrom(5, 24, Infinity),
      pillars: fc.subarray([...PILLARS], { maxLength: 2 }),
      themes: fc.subarray([...THEMES], { maxLength: 3 }),
      statuses: fc.subarray([...STATUSES], { maxLength: 2 }),
      relationKinds: fc.subarray([...RELATION_KINDS], { maxLength: 2 }),
      territories: fc.subarray(['territory-0', 'territory-1', 'territory-3', 'nowhere'], { maxLength: 2 }),
      years: fc.option(fc.record({ from: fc.integer({ min: 1990, max: 2030 }), to: fc.integer({ min: 1990, max: 2030 }) }, { requiredKeys: [] }), { nil: undefined }),
    },
    { requiredKeys: [] },
  );

describe('query engine against a naive reference', { timeout: 120_000 }, () => {
  const generated = generateDataset({ practices: 400, seed: 11 });
  const words = ['accueil', 'ville', 'droits', 'ba', 'a', 'e', 'vil', 'zéphyrine', 'qwxzv', 'sante', 'territory', 'welcome', 'acogida', 'dibafo'];
  const text = fc.oneof(
    fc.constant(''),
    fc.constantFrom(...words),
    // Several words: the intersection path, with the longest first, missing words and words inside words.
    fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 4 }).map((list) => list.join(' ')),
  );

  it('gives the same page, total, scores order and facet counts on a generated dataset', () => {
    fc.assert(fc.property(queryArbitrary(text), (query) => sameAnswer(generated, query)), { numRuns: runs });
  });

  it('gives the same answers when words overlap in every way, in unusual scripts and with U+0001 in texts', () => {
    fc.assert(
      fc.property(fc.array(textArbitrary, { minLength: 5, maxLength: 40 }), fc.integer({ min: 1, max: 60 }), queryArbitrary(textArbitrary), (texts, practices, query) => {
        sameAnswer(unusualDataset(texts, practices, practices), query);
      }),
      { numRuns: runs },
    );
  });

  it('gives the same answers over enough practices for the summaries to get bigram masks', () => {
    // Texts from PIECES (words inside words, ß, œ, Hangul, U+0001) and from the generator, in one language.
    const large = unusualDataset(fc.sample(textArbitrary, { numRuns: 300, seed: 5 }), MASKED_FROM + 200, 9);
    const plain = generateDataset({ practices: MASKED_FROM + 200, seed: 12 });
    fc.assert(
      fc.property(fc.boolean(), fc.oneof(queryArbitrary(textArbitrary), queryArbitrary(text)), (unusual, query) =>
        sameAnswer(unusual ? large : plain, { ...query, locale: 'fr' }),
      ),
      { numRuns: Math.max(40, Math.floor(runs / 3)) },
    );
  });

  it('gives the first pages of a dataset whose title order is not sorted yet like the reference', () => {
    // The first query on a dataset picks its page from the matches; later ones read the sorted title order.
    fc.assert(
      fc.property(queryArbitrary(fc.constantFrom('', '!!', ' ')), fc.constantFrom(1, 5, 24, 100), (query, pageSize) => {
        const fresh = { ...generated };
        sameAnswer(fresh, { ...query, pageSize, page: Math.min(query.page ?? 1, 3) });
      }),
      { numRuns: Math.max(30, Math.floor(runs / 3)) },
    );
  });

  it('sorts titles that share long prefixes, repeat, or hold characters beyond ASCII like the reference', () => {
    const letters = ['a', 'b', ' ', 'é', 'ð', '1', 'ß', '한', 'z', 'aaaaa'];
    const title = fc.array(fc.constantFrom(...letters), { maxLength: 14 }).map((list) => list.join(''));
    fc.assert(
      fc.property(fc.array(title, { minLength: 20, maxLength: 150 }), fc.constantFrom('title', 'territory', 'relevance'), (titles, sort) => {
        const dataset = unusualDataset(titles, titles.length, 5);
        sameAnswer(dataset, { sort, pageSize: Infinity, locale: 'fr' });
      }),
      { numRuns: Math.max(30, Math.floor(runs / 3)) },
    );
  });

  it('folds text like the one-character-at-a-time definition, in one text or many', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(textArbitrary, fc.string({ unit: 'grapheme-composite', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 6 }), (texts) => {
        expect(texts.map(normalizeText)).toEqual(texts.map(referenceFold));
        expect(normalizeTexts(texts)).toEqual(texts.map(referenceFold));
      }),
      { numRuns: runs },
    );
  });

  it('finds words on both sides of a U+0001 inside a summary', () => {
    const dataset = generateDataset({ practices: 20, seed: 3 });
    (dataset.practices[4]!.summary as { fr: string }).fr = 'avant\u0001après';
    for (const word of ['avant', 'apres']) expect(answer(dataset, { text: word, locale: 'fr' }).ids).toEqual([dataset.practices[4]!.id]);
    expect(answer(dataset, { text: 'avantapres', locale: 'fr' }).ids).toEqual([]);
  });

  it('agrees with coverage on the number of matches', () => {
    fc.assert(
      fc.property(queryArbitrary(text), (query) => {
        expect(coverage(generated, query).totals.total).toBe(queryPractices(generated, query).total);
      }),
      { numRuns: Math.max(30, Math.floor(runs / 3)) },
    );
  });

  it('a first text query on a dataset not yet sorted by title gives what it gives once sorted, under and over 512 matches', () => {
    // The first search puts only its matches in title order when they are few, and sorts every title otherwise.
    const sorted = generateDataset({ practices: 3000, seed: 21 });
    // Over 512 matches: this sorts every title of the twin once, so its later queries read the sorted order.
    queryPractices(sorted, { text: 'accueil', locale: 'fr', pageSize: 1 });
    const cases: PracticeQuery[] = [
      { text: 'zéphyrine', locale: 'fr' },
      { text: 'accueil', locale: 'fr', pageSize: Infinity },
      { text: 'ville', locale: 'fr', sort: 'title' },
      { text: 'accueil droits', locale: 'fr', pillars: ['interculturality'], pageSize: Infinity },
    ];
    const totals = cases.map((query) => {
      const fresh = generateDataset({ practices: 3000, seed: 21 });
      const first = queryPractices(fresh, query);
      const again = queryPractices(sorted, query);
      expect(first.items.map((item) => item.id)).toEqual(again.items.map((item) => item.id));
      expect(first.facets).toEqual(again.facets);
      return first.total;
    });
    expect(totals[0]).toBeLessThanOrEqual(512);
    expect(totals[1]).toBeGreaterThan(512);
  });
});
