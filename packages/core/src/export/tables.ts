import type { DatasetView, PartialText } from '../types.js';
import { LOCALES } from '../vocabulary.js';
import { toCsv, type CsvValue } from './csv.js';

type Row = Record<string, CsvValue>;

/** Spreads a text into one column per language: `title_fr`, `title_en`, `title_es`. */
function texts(prefix: string, text: PartialText | undefined, locales: readonly string[]): Row {
  return Object.fromEntries(locales.map((locale) => [`${prefix}_${locale}`, text?.[locale as keyof PartialText]]));
}

/** A flat table: its column names and its rows. */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly Row[];
}

const table = (rows: Row[], columns?: string[]): Table => ({ columns: columns ?? Object.keys(rows[0] ?? {}), rows });

/**
 * Flattens a dataset into one table per entity, the shape of the published CSV files. Lists become
 * " | "-separated cells; sources get a table of their own keyed by the record they support.
 */
export function datasetTables(dataset: DatasetView, locales: readonly string[] = LOCALES): Record<string, Table> {
  const territories = dataset.territories.map((t) => ({
    id: t.id,
    local_name: t.localName,
    ...texts('name', t.name, locales),
    country: t.country,
    kind: t.kind,
    lat: t.coordinates.lat,
    lon: t.coordinates.lon,
    population: t.population?.value,
    population_year: t.population?.year,
    session: t.session,
    ...texts('presentation', t.presentation, locales),
    wikidata: t.wikidata,
    last_checked: t.lastChecked,
  }));
  const practices = dataset.practices.map((p) => ({
    id: p.id,
    territory: p.territory,
    original_name: p.originalName.text,
    original_lang: p.originalName.lang,
    ...texts('title', p.title, locales),
    ...texts('summary', p.summary, locales),
    primary_pillar: p.primaryPillar,
    other_pillars: p.pillars,
    themes: p.themes,
    tags: p.tags ?? [],
    alliance_model: p.alliance.model,
    relation_kinds: p.alliance.relationKinds,
    ...texts('alliance', p.alliance.description, locales),
    start: p.period.start,
    end: p.period.end,
    status: p.period.status,
    as_of: p.period.asOf,
    confidence: p.confidence,
    ...texts('caveats', p.caveats, locales),
    last_checked: p.lastChecked,
  }));
  const practiceActors = dataset.practices.flatMap((p) =>
    p.actors.map((a) => ({ practice: p.id, actor: a.actor, roles: a.roles })),
  );
  const actors = dataset.actors.map((a) => ({
    id: a.id,
    name: a.name,
    short_name: a.shortName,
    kind: a.kind,
    territory: a.territory,
    website: a.website,
  }));
  const relations = dataset.relations.map((r) => ({
    id: r.id,
    from: r.from,
    to: r.to,
    kind: r.kind,
    practice: r.practice,
    since: r.since,
    until: r.until,
    formalisation: r.formalisation,
  }));
  const commitments = dataset.territories.flatMap((t) =>
    t.commitments.map((c) => ({
      territory: t.id,
      id: c.id,
      kind: c.kind,
      date: c.date,
      ...texts('title', c.title, locales),
      confidence: c.confidence,
    })),
  );
  const sourceColumns = ['record_type', 'record_id', 'url', 'title', 'publisher', 'date', 'language', 'note'];
  const sources = [
    ...dataset.practices.flatMap((p) => p.sources.map((s) => ({ record_type: 'practice', record_id: p.id, ...s }))),
    ...dataset.territories.flatMap((t) =>
      t.commitments.flatMap((c) =>
        c.sources.map((s) => ({ record_type: 'commitment', record_id: `${t.id}/${c.id}`, ...s })),
      ),
    ),
    ...dataset.relations.flatMap((r) => r.sources.map((s) => ({ record_type: 'relation', record_id: r.id, ...s }))),
  ];
  return {
    territories: table(territories),
    practices: table(practices),
    'practice-actors': table(practiceActors, ['practice', 'actor', 'roles']),
    actors: table(actors, ['id', 'name', 'short_name', 'kind', 'territory', 'website']),
    relations: table(relations, ['id', 'from', 'to', 'kind', 'practice', 'since', 'until', 'formalisation']),
    commitments: table(commitments),
    sources: table(sources, sourceColumns),
  };
}

/** Encodes one table as CSV. */
export function tableToCsv({ columns, rows }: Table): string {
  return toCsv(columns, rows);
}
