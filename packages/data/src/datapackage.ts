import type { Dataset } from '@alliance-panorama/core';
import type { TableSchema } from './table-schema.js';

/** Where the data comes from: the Alliance Migrations' panoramas of inspiring practices. */
export const ORIGIN = {
  title: "Alliance Migrations: les panoramas des pratiques inspirantes (OCU and ANVITA)",
  path: 'https://alliance-migrations.fr/fr/les-panoramas',
} as const;

/** Home of this package. */
export const HOMEPAGE = 'https://github.com/alliance-panorama/alliance-panorama/tree/main/packages/data';

const LICENSES: Record<string, { path: string; title: string }> = {
  'CC-BY-4.0': { path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' },
};

/** A file described by `datapackage.json`, before its size and hash are known. */
export interface ResourceInfo {
  name: string;
  path: string;
  title: string;
  description: string;
  format: 'json' | 'csv' | 'geojson';
  mediatype: string;
  /** A Table Schema for CSV files; the path of a JSON Schema for JSON files. */
  schema?: TableSchema | string;
}

/** A resource of the Data Package, with the size and SHA-256 hash of its file. */
export interface Resource extends ResourceInfo {
  profile: 'tabular-data-resource' | 'data-resource';
  encoding: 'utf-8';
  bytes: number;
  hash: string;
}

/** CSV dialect of every table: RFC 4180 with CRLF line ends and a header row. */
const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };

/** Describes a resource file for `datapackage.json`. */
export function resource(info: ResourceInfo, content: string, hash: string): Resource & Record<string, unknown> {
  const tabular = info.format === 'csv';
  return {
    name: info.name,
    path: info.path,
    profile: tabular ? 'tabular-data-resource' : 'data-resource',
    title: info.title,
    description: info.description,
    format: info.format,
    mediatype: info.mediatype,
    encoding: 'utf-8',
    bytes: Buffer.byteLength(content, 'utf8'),
    hash: `sha256:${hash}`,
    ...(tabular ? { dialect: CSV_DIALECT } : {}),
    ...(info.schema ? { schema: info.schema } : {}),
  };
}

/**
 * The Frictionless Data Package (v1) descriptor of the published files: licence, origin, version and one
 * resource per file.
 */
export function dataPackage(dataset: Dataset, resources: readonly Resource[]): Record<string, unknown> {
  const license = LICENSES[dataset.license];
  if (!license) throw new Error(`datapackage: no licence path and title known for "${dataset.license}"`);
  return {
    profile: 'data-package',
    name: 'alliance-panorama',
    title: 'Alliance Panorama: inspiring practices of local migration governance',
    description:
      'Local practices of migrant reception, participation and access to rights, and the alliances between civil society and local authorities behind them, in the territories studied by the Alliance Migrations. Texts in French, English and Spanish; every record is sourced.',
    version: dataset.version,
    homepage: HOMEPAGE,
    keywords: ['migration', 'local-governance', 'welcoming-cities', 'civil-society', 'open-data'],
    licenses: [{ name: dataset.license, ...license }],
    sources: [ORIGIN],
    contributors: [
      { title: 'Alliance Panorama contributors', path: HOMEPAGE, role: 'author' },
      { title: 'Alliance Migrations (OCU and ANVITA)', path: 'https://alliance-migrations.fr', role: 'contributor' },
    ],
    attribution: dataset.attribution,
    updated: dataset.updated,
    resources,
  };
}
