import { describe, expect, it } from 'vitest';
import { parseDataset, ISSUE_CODES, type DatasetIssue } from '@alliance-panorama/core/schema';
import { smallDataset } from './fixture.js';

const codes = (issues: readonly DatasetIssue[]) => issues.map((issue) => `${issue.code} ${issue.path.join('.')}`);

function failWith(mutate: (dataset: any) => void): string[] {
  const dataset: any = structuredClone(smallDataset());
  mutate(dataset);
  const result = parseDataset(dataset);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return codes(result.issues);
}

describe('parseDataset', () => {
  it('accepts a valid dataset and returns it typed', () => {
    const result = parseDataset(smallDataset());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.practices.map((p) => p.id)).toEqual(['liege-motion', 'liege-cours-francais', 'bcn-saier', 'bcn-padro']);
  });

  it.each([
    ['null', null, 'received null'],
    ['a number', 42, 'received number'],
    ['a string', 'dataset', 'received string'],
    ['an array', [], 'received array'],
    ['undefined', undefined, 'received undefined'],
  ])('rejects %s at the root with invalid_input', (_name, input, message) => {
    const result = parseDataset(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({ code: 'invalid_input', path: [] });
      expect(result.issues[0]!.message).toContain(message);
    }
  });

  it.each<[string, (d: any) => void, string[]]>([
    ['a missing field', (d) => delete d.practices[0].summary, ['missing_field practices.0.summary']],
    ['a missing language', (d) => delete d.practices[0].title.es, ['missing_field practices.0.title.es']],
    ['an unknown field', (d) => (d.practices[0].summmary = 'x'), ['unknown_field practices.0.summmary']],
    ['an unknown pillar', (d) => (d.practices[0].primaryPillar = 'housing'), ['invalid_value practices.0.primaryPillar']],
    ['a javascript: URL', (d) => (d.practices[0].sources[0].url = 'javascript:alert(1)'), ['invalid_url practices.0.sources.0.url']],
    ['a data: URL', (d) => (d.actors[0].website = 'data:text/html,<script>'), ['invalid_url actors.0.website']],
    ['an impossible date', (d) => (d.practices[0].period.start = '2021-02-30'), ['invalid_date practices.0.period.start']],
    ['a malformed date', (d) => (d.practices[0].lastChecked = '27/11/2026'), ['invalid_date practices.0.lastChecked']],
    ['an empty title', (d) => (d.practices[0].title.fr = '   '), ['too_small practices.0.title.fr']],
    ['no source', (d) => (d.practices[0].sources = []), ['too_small practices.0.sources']],
    ['a bad id', (d) => (d.practices[0].id = 'Not A Slug'), ['invalid_format practices.0.id']],
    ['an unknown territory', (d) => (d.practices[0].territory = 'paris'), ['unknown_reference practices.0.territory']],
    ['an unknown actor', (d) => (d.practices[2].actors[1].actor = 'ghost'), ['unknown_reference practices.2.actors.1.actor', 'alliance_sides practices.2.alliance.model']],
    ['a duplicate practice id', (d) => (d.practices[1].id = 'liege-motion'), ['duplicate_id practices.1.id']],
    ['a duplicate actor id', (d) => d.actors.push({ ...d.actors[0] }), ['duplicate_id actors.4.id']],
    ['a theme outside the pillars', (d) => d.practices[1].themes.push('health'), ['theme_outside_pillars practices.1.themes.1']],
    ['a repeated primary pillar', (d) => d.practices[1].pillars.push('interculturality'), ['repeated_value practices.1.pillars.0']],
    ['a relation to an unknown actor', (d) => (d.relations[0].to = 'ghost'), ['unknown_reference relations.0.to']],
    ['a relation to itself', (d) => (d.relations[0].to = 'bcn-city'), ['self_reference relations.0.to']],
    ['a relation to an unknown practice', (d) => (d.relations[0].practice = 'ghost'), ['unknown_reference relations.0.practice']],
    ['an end before the start', (d) => (d.practices[1].period.end = '2018'), ['inconsistent_period practices.1.period.end']],
    ['an alliance with one side only', (d) => (d.practices[1].alliance.model = 'alliance'), ['alliance_sides practices.1.alliance.model']],
    ['an actor in an unknown territory', (d) => (d.actors[0].territory = 'nowhere'), ['unknown_reference actors.0.territory']],
  ])('reports %s with a code and a path', (_name, mutate, expected) => {
    expect(failWith(mutate)).toEqual(expected);
  });

  it('reports every issue, not only the first', () => {
    const found = failWith((d) => {
      d.practices[0].territory = 'paris';
      d.practices[1].sources = [];
      d.actors[0].website = 'ftp://example.org';
    });
    expect(found).toEqual(
      expect.arrayContaining(['unknown_reference practices.0.territory', 'too_small practices.1.sources', 'invalid_url actors.0.website']),
    );
  });

  it('gives issues as plain data with a stable code', () => {
    const dataset: any = smallDataset();
    dataset.practices[0].confidence = 'maybe';
    const result = parseDataset(dataset);
    expect(result.ok ? [] : result.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid_value",
          "message": "must be one of: "confirmed", "reported"",
          "path": [
            "practices",
            0,
            "confidence",
          ],
        },
      ]
    `);
    if (!result.ok) for (const issue of result.issues) expect(ISSUE_CODES).toContain(issue.code);
  });

  it('rejects oversized collections before reading them', () => {
    const result = parseDataset({ practices: new Array(200_001).fill(0) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(codes(result.issues)).toEqual(['too_big practices']);
  });

  it('caps the number of issues it reports', () => {
    const dataset: any = smallDataset();
    dataset.actors = Array.from({ length: 3000 }, () => ({ id: 'Bad Id' }));
    const result = parseDataset(dataset);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.length).toBe(1001);
      expect(result.issues.at(-1)).toMatchObject({ code: 'too_big', path: [] });
    }
  });

  it('survives inputs whose getters throw', () => {
    const hostile = { get version(): string { throw new Error('boom'); } };
    const result = parseDataset(hostile);
    expect(result.ok).toBe(false);
  });

  it('does not recurse into deeply nested unknown values', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { deep };
    const dataset: any = smallDataset();
    dataset.extra = deep;
    const result = parseDataset(dataset);
    expect(result.ok ? [] : codes(result.issues)).toEqual(['unknown_field extra']);
  });
});
