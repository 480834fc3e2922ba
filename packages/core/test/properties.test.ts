import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FACETS, normalizeText, queryPractices, type PracticeFilters } from '@alliance-panorama/core';
import { parseDataset } from '@alliance-panorama/core/schema';
import { generateDataset } from '@alliance-panorama/core/testing';
import { PILLARS, STATUSES, THEMES, RELATION_KINDS } from '@alliance-panorama/core';

// Property runs: CI can raise them with FC_RUNS (issue 8 asks for at least 10,000 cases per run in total).
const runs = Number(process.env.FC_RUNS ?? 300);
const dataset = generateDataset({ practices: 300, seed: 7 });
// Parsing is the slow part of a property: a smaller dataset keeps hundreds of runs quick on a loaded machine.
const small = generateDataset({ practices: 30, seed: 8 });

const filtersArbitrary: fc.Arbitrary<PracticeFilters> = fc.record(
  {
    pillars: fc.subarray([...PILLARS]),
    themes: fc.subarray([...THEMES], { maxLength: 3 }),
    territories: fc.subarray(dataset.territories.map((t) => t.id), { maxLength: 3 }),
    statuses: fc.subarray([...STATUSES]),
    relationKinds: fc.subarray([...RELATION_KINDS], { maxLength: 3 }),
    text: fc.oneof(fc.constant(''), fc.constantFrom('ville', 'welcome', 'accueil', 'ba', 'zzz'), fc.string({ maxLength: 6 })),
    locale: fc.constantFrom('fr', 'en', 'es', 'ca', 'xx'),
  },
  { requiredKeys: [] },
);

describe('properties', { timeout: 60_000 }, () => {
  it('parseDataset never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true }), (input) => {
        const result = parseDataset(input);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: runs },
    );
  });

  it('parseDataset rejects a valid dataset with any string field replaced by a non-string', () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom('id', 'territory', 'primaryPillar', 'lastChecked'), fc.oneof(fc.integer(), fc.constant(null), fc.boolean()), (index, field, value) => {
        const copy: any = structuredClone(small);
        copy.practices[index % copy.practices.length][field] = value;
        const result = parseDataset(copy);
        expect(result.ok).toBe(false);
      }),
      { numRuns: runs },
    );
  });

  it('the generated dataset is valid for any seed', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 40 }), (seed, practices) => {
        expect(parseDataset(generateDataset({ practices, seed })).ok).toBe(true);
      }),
      { numRuns: Math.max(20, Math.floor(runs / 10)) },
    );
  });

  it('queryPractices returns a subset whose facets agree with the results', () => {
    fc.assert(
      fc.property(filtersArbitrary, (filters) => {
        const result = queryPractices(dataset, { ...filters, pageSize: Infinity });
        const all = new Set(dataset.practices);
        expect(result.items.every((item) => all.has(item as any))).toBe(true);
        expect(new Set(result.items).size).toBe(result.items.length);
        expect(result.total).toBe(result.items.length);
        // With no filter of its own, a facet counts exactly the results; with one, at least the results' values.
        for (const facet of FACETS) {
          const counts = result.facets[facet];
          for (const item of result.items) {
            const territory = dataset.territories.find((t) => t.id === item.territory)!;
            const values: readonly string[] =
              facet === 'pillars' ? [item.primaryPillar, ...item.pillars] : facet === 'themes' ? item.themes : facet === 'territories' ? [item.territory] : facet === 'countries' ? [territory.country] : facet === 'statuses' ? [item.period.status] : facet === 'models' ? [item.alliance.model] : facet === 'relationKinds' ? item.alliance.relationKinds : [];
            for (const value of values) expect(counts[value] ?? 0).toBeGreaterThan(0);
          }
        }
        if (!filters.pillars?.length) {
          const sum = result.items.filter((item) => item.primaryPillar === 'interculturality' || item.pillars.includes('interculturality')).length;
          expect(result.facets.pillars.interculturality ?? 0).toBe(sum);
        }
      }),
      { numRuns: runs },
    );
  });

  it('choosing a facet value gives as many results as its count said', () => {
    fc.assert(
      fc.property(filtersArbitrary, fc.constantFrom(...PILLARS), (filters, pillar) => {
        const before = queryPractices(dataset, { ...filters, pillars: [] });
        const after = queryPractices(dataset, { ...filters, pillars: [pillar] });
        expect(after.total).toBe(before.facets.pillars[pillar] ?? 0);
      }),
      { numRuns: runs },
    );
  });

  it('the order of filter values does not matter', () => {
    fc.assert(
      fc.property(filtersArbitrary, (filters) => {
        const reversed = Object.fromEntries(
          Object.entries(filters).map(([key, value]) => [key, Array.isArray(value) ? [...value].reverse() : value]),
        ) as PracticeFilters;
        const a = queryPractices(dataset, { ...filters, pageSize: Infinity });
        const b = queryPractices(dataset, { ...reversed, pageSize: Infinity });
        expect(b.items.map((p) => p.id)).toEqual(a.items.map((p) => p.id));
        expect(b.facets).toEqual(a.facets);
      }),
      { numRuns: runs },
    );
  });

  it('normalizeText is idempotent and never keeps accents or upper case', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
        expect(once).toBe(once.toLowerCase());
        expect(/\p{M}/u.test(once)).toBe(false);
      }),
      { numRuns: runs },
    );
  });
});
