import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PILLARS, RELATION_KINDS, STATUSES, THEMES, queryPractices, type DatasetView, type PracticeQuery } from '@alliance-panorama/core';
import { listSlice } from '@alliance-panorama/core/export';
import {
  packDataset,
  readPackedActors,
  readPackedDetail,
  readPackedManifest,
  readPackedPart,
  readPackedText,
  unpackParts,
  type PackedActors,
  type PackedDetail,
  type PackedFiles,
  type PackedPart,
  type PackedText,
} from '@alliance-panorama/core/packed';
import { generateDataset } from '@alliance-panorama/core/testing';
import { smallDataset } from './fixture.js';

const runs = Number(process.env.FC_RUNS ?? 300);
const dataset = generateDataset({ practices: 250, seed: 11 }) as DatasetView;

const contentOf = <T>(files: PackedFiles, path: string) => files.files.find((file) => file.path === path)!.content as T;
const partsOf = (files: PackedFiles) => files.manifest.parts.map((part) => contentOf<PackedPart>(files, part.index));
const textsOf = (files: PackedFiles) => files.manifest.parts.map((part) => contentOf<PackedText>(files, part.text));
const actorsOf = (files: PackedFiles) => contentOf<PackedActors>(files, files.manifest.actors.path);
/** Through JSON, as a browser receives the files. */
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const summary = (view: DatasetView, query: PracticeQuery) => {
  const result = queryPractices(view, { ...query, pageSize: Infinity });
  return { ids: result.items.map((item) => item.id), total: result.total, facets: result.facets };
};

describe('packDataset and unpackParts', () => {
  it('give back the list slice: every query has the same answer, in every language', () => {
    const files = roundTrip(packDataset(dataset, 'fr', { partSize: 64 }));
    expect(files.manifest.parts.map((part) => part.practices)).toEqual([64, 64, 64, 58]);
    const unpacked = unpackParts(files.manifest, actorsOf(files), partsOf(files), textsOf(files));
    const reference = listSlice(dataset, 'fr');
    expect(unpacked.practices).toHaveLength(250);
    for (const query of [{}, { text: 'accueil' }, { text: 'ville droits', pillars: ['access-to-rights'] }, { statuses: ['ended'], sort: 'start-year' }] as PracticeQuery[]) {
      expect(summary(unpacked, { ...query, locale: 'fr' })).toEqual(summary(reference, { ...query, locale: 'fr' }));
    }
  });

  it('match the list slice for any filters and part size (property)', () => {
    const reference = listSlice(dataset, 'en');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.record(
          {
            pillars: fc.subarray([...PILLARS]),
            themes: fc.subarray([...THEMES], { maxLength: 3 }),
            statuses: fc.subarray([...STATUSES]),
            relationKinds: fc.subarray([...RELATION_KINDS], { maxLength: 2 }),
            text: fc.oneof(fc.constant(''), fc.constantFrom('welcome', 'city rights', 'ba', 'zzz'), fc.string({ maxLength: 4 })),
            sort: fc.constantFrom('relevance', 'title', 'territory', 'start-year-desc'),
          },
          { requiredKeys: [] },
        ),
        (partSize, query) => {
          const files = packDataset(dataset, 'en', { partSize });
          const unpacked = unpackParts(files.manifest, actorsOf(files), partsOf(files), textsOf(files));
          expect(summary(unpacked, { ...(query as PracticeQuery), locale: 'en' })).toEqual(summary(reference, { ...(query as PracticeQuery), locale: 'en' }));
        },
      ),
      { numRuns: Math.max(20, Math.floor(runs / 10)) },
    );
  });

  it('search titles and names before the excerpts arrive, and only the parts loaded', () => {
    const files = packDataset(dataset, 'fr', { partSize: 100 });
    const parts = partsOf(files);
    const withoutText = unpackParts(files.manifest, actorsOf(files), parts);
    expect(withoutText.practices.every((practice) => Object.keys(practice.summary).length === 0)).toBe(true);
    const firstOnly = unpackParts(files.manifest, actorsOf(files), [parts[0], undefined, parts[2]]);
    expect(firstOnly.practices.map((practice) => practice.id)).toEqual([...parts[0]!.ids, ...parts[2]!.ids]);
    // A word only in summaries is found once the excerpts are there.
    const reference = listSlice(dataset, 'fr');
    const titleHits = summary(withoutText, { text: 'droits', locale: 'fr' }).total;
    const allHits = summary(reference, { text: 'droits', locale: 'fr' }).total;
    expect(titleHits).toBeGreaterThan(0);
    expect(titleHits).toBeLessThan(allHits);
  });

  it('keeps full records in small detail files, in order, in one language, whatever the part size', () => {
    const small = smallDataset() as DatasetView;
    const files = roundTrip(packDataset(small, 'es', { partSize: 3, detailSize: 2 }));
    expect(readPackedManifest(files.manifest).ok).toBe(true);
    expect(files.manifest.details).toEqual({ size: 2, paths: ['detail/0.json', 'detail/1.json'] });
    const ids = small.practices.slice(2, 4).map((practice) => practice.id);
    const detail = readPackedDetail(contentOf<PackedDetail>(files, files.manifest.details.paths[1]!), ids);
    expect(detail.ok && detail.value.practices.map((practice) => practice.id)).toEqual(ids);
    if (!detail.ok) return;
    const original = small.practices[2]!;
    expect(detail.value.practices[0]!.summary).toEqual({ es: original.summary.es });
    expect(detail.value.practices[0]!.sources).toEqual(original.sources);
    const involved = new Set(small.practices.slice(2, 4).flatMap((practice) => practice.actors.map(({ actor }) => actor)));
    expect(detail.value.actors.map((actor) => actor.id).sort()).toEqual([...involved].sort());
  });

  it('refuses a value outside the vocabularies instead of writing a wrong code', () => {
    const broken = { ...dataset, practices: [{ ...dataset.practices[0]!, primaryPillar: 'nope' }] } as unknown as DatasetView;
    expect(() => packDataset(broken, 'fr')).toThrow(/"nope" is not in the pillars vocabulary/);
  });
});

describe('readPacked*', () => {
  const files = roundTrip(packDataset(dataset, 'fr', { partSize: 100 }));
  const part = contentOf<PackedPart>(files, 'parts/0.json');

  it('accept what packDataset writes', () => {
    expect(readPackedManifest(files.manifest).ok).toBe(true);
    expect(readPackedActors(actorsOf(files), files.manifest).ok).toBe(true);
    files.manifest.parts.forEach((entry, index) => {
      expect(readPackedPart(contentOf(files, entry.index), files.manifest, index).ok).toBe(true);
      expect(readPackedText(contentOf(files, entry.text), files.manifest, index).ok).toBe(true);
    });
  });

  it.each([
    ['not an object', [], 'invalid_type', []],
    ['another format', { ...files.manifest, format: 'x' }, 'invalid_value', ['format']],
    ['a later version', { ...files.manifest, version: 2 }, 'invalid_value', ['version']],
    ['an unknown language', { ...files.manifest, locale: 'de' }, 'invalid_value', ['locale']],
    ['an unknown field', { ...files.manifest, extra: 1 }, 'unknown_field', ['extra']],
    ['a part on another host', { ...files.manifest, parts: [{ ...files.manifest.parts[0], index: 'https://evil.example/p.json' }, ...files.manifest.parts.slice(1)] }, 'invalid_url', ['parts', 0, 'index']],
    ['a part above the folder', { ...files.manifest, parts: [{ ...files.manifest.parts[0], text: '../secret.json' }, ...files.manifest.parts.slice(1)] }, 'invalid_url', ['parts', 0, 'text']],
    ['a root path', { ...files.manifest, details: { ...files.manifest.details, paths: ['/x.json', ...files.manifest.details.paths.slice(1)] } }, 'invalid_url', ['details', 'paths', 0]],
    ['an actor file elsewhere', { ...files.manifest, actors: { path: '//evil.example/a.json', count: 1 } }, 'invalid_url', ['actors', 'path']],
    ['detail paths that do not cover the practices', { ...files.manifest, details: { size: 100, paths: ['detail/0.json'] } }, 'invalid_value', ['details', 'paths']],
    ['a wrong total', { ...files.manifest, practices: 3 }, 'invalid_value', ['practices']],
  ])('reject a manifest with %s, with a path and a code', (_name, input, code, path) => {
    const result = readPackedManifest(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual(expect.objectContaining({ code, path }));
  });

  it.each([
    ['a short column', { ...part, titles: part.titles.slice(1) }, 'invalid_value', ['titles']],
    ['a territory out of range', { ...part, territories: [999, ...part.territories.slice(1)] }, 'unknown_reference', ['territories', 0]],
    ['a negative code', { ...part, models: [-1, ...part.models.slice(1)] }, 'unknown_reference', ['models', 0]],
    ['a practice without pillar', { ...part, pillars: [[], ...part.pillars.slice(1)] }, 'too_small', ['pillars', 0]],
    ['an actor slot out of range', { ...part, actors: [[files.manifest.actors.count], ...part.actors.slice(1)] }, 'unknown_reference', ['actors', 0, 0]],
    ['a number as a title', { ...part, titles: [1, ...part.titles.slice(1)] }, 'invalid_type', ['titles', 0]],
    ['a missing column', { ...part, statuses: undefined }, 'missing_field', ['statuses']],
    ['a huge string', { ...part, titles: ['x'.repeat(5000), ...part.titles.slice(1)] }, 'too_big', ['titles', 0]],
  ])('reject a part with %s, with a path and a code', (_name, input, code, path) => {
    const result = readPackedPart(input, files.manifest, 0);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual(expect.objectContaining({ code, path }));
  });

  it('reject actors or excerpts of the wrong length and a detail that is not the part’s', () => {
    const actors = readPackedActors({ ...actorsOf(files), kinds: actorsOf(files).kinds.slice(1) }, files.manifest);
    expect(!actors.ok && actors.issues[0]!.path).toEqual(['kinds']);
    const text = readPackedText({ ...contentOf<PackedText>(files, 'text/0.json'), excerpts: ['a'] }, files.manifest, 0);
    expect(!text.ok && text.issues[0]!.path).toEqual(['excerpts']);
    const detail = contentOf<PackedDetail>(files, 'detail/0.json');
    const detailIds = part.ids.slice(0, files.manifest.details.size);
    const swapped = readPackedDetail({ ...detail, practices: [...detail.practices].reverse() }, detailIds);
    expect(!swapped.ok && swapped.issues[0]).toMatchObject({ code: 'invalid_value', path: ['practices', 0, 'id'] });
    const badRoles = readPackedDetail(
      { ...detail, practices: [{ ...detail.practices[0], actors: [{ actor: 'a', roles: 'x' }] }, ...detail.practices.slice(1)] },
      detailIds,
    );
    expect(badRoles.ok).toBe(false);
  });

  it('never throw, whatever they are given (property)', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3 }), (input) => {
        expect(typeof readPackedManifest(input).ok).toBe('boolean');
        expect(typeof readPackedPart(input, files.manifest, 0).ok).toBe('boolean');
        expect(typeof readPackedText(input, files.manifest, 0).ok).toBe('boolean');
        expect(typeof readPackedActors(input, files.manifest).ok).toBe('boolean');
        expect(typeof readPackedDetail(input, part.ids.slice(0, 100)).ok).toBe('boolean');
      }),
      { numRuns: runs },
    );
  });
});
