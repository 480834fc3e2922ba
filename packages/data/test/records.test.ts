import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_KIND_SIDE, LOCALES, type Dataset } from '@alliance-panorama/core';
import { parseDataset } from '@alliance-panorama/core/schema';
import { assemble, formatIssue } from '../src/assemble.js';
import { RECORDS_DIR, loadRecords, PACKAGE_VERSION } from '../src/load.js';

/** The eight territories of the Alliance's pilot sessions, one record file each. */
const TERRITORIES = ['barcelona', 'berlin', 'grenoble', 'liege', 'lisbon', 'montreuil', 'palermo', 'pays-viganais'];
const MIN_PRACTICES_PER_TERRITORY = 8;
const MIN_PRACTICES = 70;

const territoryDir = join(RECORDS_DIR, 'territories');
const territoryFiles = readdirSync(territoryDir).filter((name) => name.endsWith('.json')).sort();
const present = territoryFiles.map((name) => basename(name, '.json'));
const missing = TERRITORIES.filter((id) => !present.includes(id));

let dataset: Dataset;

beforeAll(() => {
  const result = assemble(RECORDS_DIR);
  if (!result.ok) throw new Error(`records are invalid:\n${result.issues.map(formatIssue).join('\n')}`);
  dataset = result.dataset;
  if (missing.length > 0) console.info(`territory files not written yet: ${missing.join(', ')}`);
});

const hasEveryLanguage = (text: Readonly<Record<string, string>> | undefined) =>
  text !== undefined && LOCALES.every((locale) => (text[locale] ?? '').trim().length > 0);

describe('the assembled records', () => {
  it('form a dataset that parseDataset accepts after a JSON round trip', () => {
    const published = loadRecords();
    expect(published.ok).toBe(true);
    if (!published.ok) return;
    const reparsed = parseDataset(JSON.parse(JSON.stringify(published.dataset)));
    expect(reparsed.ok ? [] : reparsed.issues).toEqual([]);
    expect(published.dataset.version).toBe(PACKAGE_VERSION);
  });

  it('hold only the eight known territories, one per file named after its id', () => {
    expect(present.filter((id) => !TERRITORIES.includes(id))).toEqual([]);
    for (const name of territoryFiles) {
      const file = JSON.parse(readFileSync(join(territoryDir, name), 'utf8')) as { territory?: { id?: string } };
      expect(file.territory?.id, name).toBe(basename(name, '.json'));
    }
    expect(dataset.territories.map((t) => t.id).sort()).toEqual(present);
  });

  it('keep each practice in the file of its own territory', () => {
    const misplaced: string[] = [];
    for (const name of territoryFiles) {
      const file = JSON.parse(readFileSync(join(territoryDir, name), 'utf8')) as { practices?: { id: string; territory: string }[] };
      for (const practice of file.practices ?? []) {
        if (practice.territory !== basename(name, '.json')) misplaced.push(`${name}: ${practice.id}`);
      }
    }
    expect(misplaced).toEqual([]);
  });

  it(`have at least ${MIN_PRACTICES_PER_TERRITORY} practices in every territory file present`, () => {
    const counts = Object.fromEntries(present.map((id) => [id, dataset.practices.filter((p) => p.territory === id).length]));
    const short = Object.entries(counts).filter(([, count]) => count < MIN_PRACTICES_PER_TERRITORY);
    expect(short, `practices per territory: ${JSON.stringify(counts)}`).toEqual([]);
  });

  it.skipIf(missing.length > 0)(`have at least ${MIN_PRACTICES} practices once all eight territories exist`, () => {
    expect(dataset.practices.length).toBeGreaterThanOrEqual(MIN_PRACTICES);
  });
});

describe('every practice', () => {
  // Each rule collects the offending ids, so a failure lists every practice to fix at once.
  const offenders = (rule: (practice: Dataset['practices'][number]) => boolean) =>
    dataset.practices.filter((practice) => !rule(practice)).map((practice) => practice.id);

  it('cites at least one source', () => {
    expect(offenders((p) => p.sources.length >= 1)).toEqual([]);
  });

  it('has its title, summary and alliance statement in French, English and Spanish', () => {
    expect(offenders((p) => hasEveryLanguage(p.title))).toEqual([]);
    expect(offenders((p) => hasEveryLanguage(p.summary))).toEqual([]);
    expect(offenders((p) => hasEveryLanguage(p.alliance.description))).toEqual([]);
  });

  it('names at least one actor, each with a role', () => {
    expect(offenders((p) => p.actors.length >= 1 && p.actors.every((a) => a.roles.length >= 1))).toEqual([]);
  });

  it('states its alliance model, and an alliance has an authority and a civil-society actor', () => {
    const kinds = new Map(dataset.actors.map((actor) => [actor.id, actor.kind]));
    const sides = (p: Dataset['practices'][number]) =>
      new Set(p.actors.map((a) => { const kind = kinds.get(a.actor); return kind ? ACTOR_KIND_SIDE[kind] : undefined; }));
    expect(offenders((p) => ['alliance', 'civil-society-led', 'authority-led'].includes(p.alliance.model))).toEqual([]);
    expect(
      offenders((p) => p.alliance.model !== 'alliance' || (sides(p).has('authority') && sides(p).has('civil-society'))),
    ).toEqual([]);
  });
});
