import { LOCALES } from '@alliance-panorama/core';
import { type Table } from '@alliance-panorama/core/export';

/** A Table Schema field (Frictionless Data, v1). */
export interface TableField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'date';
  format?: string;
  description?: string;
  constraints?: { required?: boolean; unique?: boolean; pattern?: string; minimum?: number; maximum?: number };
}

/** A Table Schema (Frictionless Data, v1). */
export interface TableSchema {
  fields: TableField[];
  missingValues: string[];
  primaryKey?: string | string[];
  foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
}

const PARTIAL_DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const LIST = 'Several values are separated by " | ".';

/** What is known for sure about a column, by name. Columns not listed are plain strings. */
const COLUMNS: Record<string, Omit<TableField, 'name'>> = {
  id: { type: 'string', description: 'Stable id (kebab-case slug).', constraints: { required: true } },
  territory: { type: 'string', description: 'Id of the territory.' },
  lat: { type: 'number', description: 'Latitude, WGS 84.', constraints: { required: true, minimum: -90, maximum: 90 } },
  lon: { type: 'number', description: 'Longitude, WGS 84.', constraints: { required: true, minimum: -180, maximum: 180 } },
  population: { type: 'integer', description: 'Population figure; see the JSON file for what it counts and its source.' },
  population_year: { type: 'integer', description: 'Year of the population figure.' },
  last_checked: { type: 'date', format: 'default', description: 'Day the record was last checked against its sources.' },
  start: { type: 'string', description: 'Start, as precise as the sources allow (YYYY, YYYY-MM or YYYY-MM-DD).', constraints: { pattern: PARTIAL_DATE } },
  end: { type: 'string', description: 'End (YYYY, YYYY-MM or YYYY-MM-DD); empty when ongoing or unknown.', constraints: { pattern: PARTIAL_DATE } },
  as_of: { type: 'string', description: 'Date of the latest source showing the status (YYYY, YYYY-MM or YYYY-MM-DD).', constraints: { pattern: PARTIAL_DATE } },
  since: { type: 'string', description: 'Since when (YYYY, YYYY-MM or YYYY-MM-DD).', constraints: { pattern: PARTIAL_DATE } },
  until: { type: 'string', description: 'Until when (YYYY, YYYY-MM or YYYY-MM-DD).', constraints: { pattern: PARTIAL_DATE } },
  date: { type: 'string', description: 'Date, as precise as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD).', constraints: { pattern: PARTIAL_DATE } },
  other_pillars: { type: 'string', description: `Pillars other than the primary one. ${LIST}` },
  themes: { type: 'string', description: `Theme ids. ${LIST}` },
  tags: { type: 'string', description: `Method tags. ${LIST}` },
  relation_kinds: { type: 'string', description: `Kinds of relation at work in the alliance. ${LIST}` },
  roles: { type: 'string', description: `Roles of the actor in the practice. ${LIST}` },
  confidence: { type: 'string', description: '"confirmed" by the sources or only "reported".' },
  url: { type: 'string', format: 'uri', description: 'Address of the source (https: or http:).' },
};

/** Foreign keys of each table, by column. */
const REFERENCES: Record<string, Record<string, string>> = {
  practices: { territory: 'territories' },
  'practice-actors': { practice: 'practices', actor: 'actors' },
  actors: { territory: 'territories' },
  relations: { from: 'actors', to: 'actors', practice: 'practices' },
  commitments: { territory: 'territories' },
};

/** Tables whose rows are identified by two columns. */
const COMPOSITE_KEYS: Record<string, string[]> = {
  commitments: ['territory', 'id'],
  'practice-actors': ['practice', 'actor'],
};

const LOCALIZED = new RegExp(`^(.+)_(${LOCALES.join('|')})$`);

function field(table: string, name: string): TableField {
  const known = COLUMNS[name];
  if (known) {
    const isKey = name === 'id' && !COMPOSITE_KEYS[table];
    const constraints = { ...known.constraints, ...(isKey ? { unique: true } : {}) };
    return { name, ...known, ...(Object.keys(constraints).length > 0 ? { constraints } : {}) };
  }
  const localized = LOCALIZED.exec(name);
  if (localized) return { name, type: 'string', description: `${localized[1]} in language "${localized[2]}".` };
  return { name, type: 'string' };
}

/** The Table Schema of one of the tables of `datasetTables`. */
export function tableSchema(name: string, table: Table): TableSchema {
  const fields = table.columns.map((column) => field(name, column));
  const primaryKey = COMPOSITE_KEYS[name] ?? (table.columns.includes('id') ? 'id' : undefined);
  const foreignKeys = Object.entries(REFERENCES[name] ?? {})
    .filter(([column]) => table.columns.includes(column))
    .map(([column, resource]) => ({ fields: column, reference: { resource, fields: 'id' } }));
  return {
    fields,
    missingValues: [''],
    ...(primaryKey ? { primaryKey } : {}),
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
  };
}
