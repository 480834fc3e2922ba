import type { DatasetView } from '../types.js';
import { PILLARS, THEMES, type PillarId, type ThemeId } from '../vocabulary.js';
import { prepareDataset } from './prepare.js';
import { matchPractices, type PracticeFilters } from './query-practices.js';

/** Counts of one territory in the socle-commun matrix. */
export interface TerritoryCoverage {
  readonly territory: string;
  /** Matching practices of the territory. */
  readonly total: number;
  /** Practices serving each pillar, as primary or other pillar. */
  readonly pillars: Readonly<Record<PillarId, number>>;
  /** Practices whose primary pillar it is. */
  readonly primaryPillars: Readonly<Record<PillarId, number>>;
  readonly themes: Readonly<Record<ThemeId, number>>;
}

/** The socle commun as numbers: territory × pillar and territory × theme under the given filters. */
export interface Coverage {
  /** One row per territory of the dataset, in dataset order, including territories with no match. */
  readonly rows: readonly TerritoryCoverage[];
  /** Column totals over all territories. */
  readonly totals: Omit<TerritoryCoverage, 'territory'>;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

function emptyRow(territory: string) {
  return { territory, total: 0, pillars: zeros(PILLARS), primaryPillars: zeros(PILLARS), themes: zeros(THEMES) };
}

/**
 * Counts matching practices per territory and pillar, and per territory and theme.
 * Takes the same filters as `queryPractices`, so a matrix cell and a result list always agree.
 *
 * @example coverage(dataset, { statuses: ['ongoing'] }).rows.find((row) => row.territory === 'grenoble')?.pillars
 */
export function coverage(dataset: DatasetView, filters: PracticeFilters = {}): Coverage {
  const { practices } = prepareDataset(dataset);
  const rows = new Map(dataset.territories.map((territory) => [territory.id, emptyRow(territory.id)]));
  const totals = emptyRow('');
  for (const { index } of matchPractices(dataset, filters).matches) {
    const practice = practices[index]!;
    const row = rows.get(practice.territory);
    for (const target of row ? [row, totals] : [totals]) {
      target.total += 1;
      target.primaryPillars[practice.primaryPillar] += 1;
      for (const pillar of [practice.primaryPillar, ...practice.pillars]) target.pillars[pillar] += 1;
      for (const theme of practice.themes) target.themes[theme] += 1;
    }
  }
  const { territory: _unused, ...columnTotals } = totals;
  return { rows: [...rows.values()], totals: columnTotals };
}
