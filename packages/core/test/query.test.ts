import { describe, expect, expectTypeOf, it } from 'vitest';
import { coverage, queryPractices, type PracticeResult, type PracticeView, type Dataset, type DatasetView } from '@alliance-panorama/core';
import { smallDataset } from './fixture.js';

const dataset = smallDataset();
const ids = (result: PracticeResult) => result.items.map((p) => p.id);

describe('queryPractices', () => {
  it('accepts the full dataset where a view is expected', () => {
    expectTypeOf<Dataset>().toMatchTypeOf<DatasetView>();
    expectTypeOf(queryPractices(dataset).items).toEqualTypeOf<readonly PracticeView[]>();
  });

  it('returns every practice in title order without filters', () => {
    const result = queryPractices(dataset, { locale: 'en' });
    expect(result.total).toBe(4);
    expect(ids(result)).toEqual(['liege-cours-francais', 'liege-motion', 'bcn-saier', 'bcn-padro']);
  });

  it.each<[string, Parameters<typeof queryPractices>[1], string[]]>([
    ['a pillar (primary or other)', { pillars: ['local-citizenship'] }, ['bcn-padro', 'liege-motion']],
    ['two pillars (OR within a facet)', { pillars: ['interculturality', 'local-citizenship'] }, ['bcn-padro', 'liege-cours-francais', 'liege-motion']],
    ['a theme', { themes: ['first-reception'] }, ['bcn-saier', 'liege-motion']],
    ['a territory', { territories: ['liege'] }, ['liege-cours-francais', 'liege-motion']],
    ['a country', { countries: ['ES'] }, ['bcn-padro', 'bcn-saier']],
    ['an actor kind', { actorKinds: ['citizen-collective'] }, ['liege-cours-francais', 'liege-motion']],
    ['a relation kind', { relationKinds: ['funding'] }, ['bcn-saier']],
    ['an alliance model', { models: ['authority-led'] }, ['bcn-padro']],
    ['a status', { statuses: ['ended'] }, ['liege-cours-francais']],
    ['AND across facets', { territories: ['barcelona'], pillars: ['local-citizenship'] }, ['bcn-padro']],
    ['a year range overlapping the period', { years: { from: 2020, to: 2020 } }, ['bcn-saier', 'liege-cours-francais', 'liege-motion']],
    ['a year range before an end', { years: { from: 2022 } }, ['bcn-saier', 'liege-motion']],
    ['an empty list (no filter)', { pillars: [] }, ['bcn-padro', 'bcn-saier', 'liege-cours-francais', 'liege-motion']],
  ])('filters by %s', (_name, query, expected) => {
    expect(ids(queryPractices(dataset, { ...query, locale: 'fr' })).sort()).toEqual(expected.sort());
  });

  it.each<[string, string, string, string[]]>([
    ['ignores case and accents', 'LIEGE', 'fr', ['liege-cours-francais', 'liege-motion']],
    ['folds accents in the query too', 'hospitaliere', 'fr', ['liege-motion']],
    ['ANDs its words', 'cours gratuits', 'fr', ['liege-cours-francais']],
    ['finds original names', 'padro', 'en', ['bcn-padro']],
    ['finds actor names', 'ñandu', 'en', ['bcn-saier']],
    ['finds territory names in the active language', 'lieja', 'es', ['liege-cours-francais', 'liege-motion']],
    ['searches the active language only', 'registration', 'fr', []],
    ['matches nothing for an unknown word', 'xylophone', 'fr', []],
  ])('text search %s', (_name, text, locale, expected) => {
    expect(ids(queryPractices(dataset, { text, locale })).sort()).toEqual(expected.sort());
  });

  it('sorts by relevance: a word in the title ranks above a word in the summary', () => {
    const result = queryPractices(dataset, { text: 'motion', locale: 'fr', sort: 'relevance' });
    expect(ids(result)[0]).toBe('liege-motion');
  });

  it.each<[string, Parameters<typeof queryPractices>[1], string[]]>([
    ['title', { sort: 'title', locale: 'fr' }, ['liege-cours-francais', 'bcn-padro', 'liege-motion', 'bcn-saier']],
    ['territory', { sort: 'territory', locale: 'fr' }, ['bcn-padro', 'bcn-saier', 'liege-cours-francais', 'liege-motion']],
    ['start year', { sort: 'start-year' }, ['bcn-saier', 'liege-motion', 'liege-cours-francais', 'bcn-padro']],
    ['start year, newest first', { sort: 'start-year-desc' }, ['liege-cours-francais', 'liege-motion', 'bcn-saier', 'bcn-padro']],
  ])('sorts by %s', (_name, query, expected) => {
    expect(ids(queryPractices(dataset, query))).toEqual(expected);
  });

  it('pages the results', () => {
    const first = queryPractices(dataset, { pageSize: 3, page: 1 });
    const second = queryPractices(dataset, { pageSize: 3, page: 2 });
    expect(first.items).toHaveLength(3);
    expect(second.items).toHaveLength(1);
    expect(first.pageCount).toBe(2);
    expect(new Set([...ids(first), ...ids(second)]).size).toBe(4);
    expect(queryPractices(dataset, { pageSize: 3, page: 9 }).items).toHaveLength(0);
    expect(queryPractices(dataset, { pageSize: Infinity }).items).toHaveLength(4);
  });

  it('counts each facet without its own filter', () => {
    const { facets, total } = queryPractices(dataset, { territories: ['liege'], pillars: ['interculturality'] });
    expect(total).toBe(1);
    // Territory counts apply the pillar filter only: one practice with interculturality, in Liège.
    expect(facets.territories).toEqual({ liege: 1 });
    // Pillar counts apply the territory filter only: the two Liège practices.
    expect(facets.pillars).toEqual({ 'local-citizenship': 1, 'access-to-rights': 1, interculturality: 1 });
    // Other facets apply both filters.
    expect(facets.themes).toEqual({ 'language-learning': 1 });
  });

  it('does not modify the dataset', () => {
    const before = JSON.stringify(dataset);
    queryPractices(dataset, { text: 'ville', sort: 'title', pillars: ['access-to-rights'] });
    coverage(dataset, { text: 'ville' });
    expect(JSON.stringify(dataset)).toBe(before);
  });
});

describe('coverage', () => {
  it('counts territory × pillar and territory × theme', () => {
    const result = coverage(dataset);
    const liege = result.rows.find((row) => row.territory === 'liege')!;
    expect(liege.total).toBe(2);
    expect(liege.pillars).toEqual({ 'local-citizenship': 1, interculturality: 1, 'access-to-rights': 1 });
    expect(liege.primaryPillars).toEqual({ 'local-citizenship': 1, interculturality: 1, 'access-to-rights': 0 });
    expect(liege.themes['language-learning']).toBe(1);
    expect(result.totals.total).toBe(4);
    expect(result.totals.pillars['access-to-rights']).toBe(3);
  });

  it('applies the same filters as queryPractices and keeps empty territories', () => {
    const result = coverage(dataset, { statuses: ['ended'] });
    expect(result.rows.map((row) => [row.territory, row.total])).toEqual([
      ['liege', 1],
      ['barcelona', 0],
    ]);
  });
});
