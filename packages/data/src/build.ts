import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LOCALES, type Dataset } from '@alliance-panorama/core';
import { datasetTables, languageSlice, listSlice, tableToCsv, territoriesGeoJson } from '@alliance-panorama/core/export';
import { datasetJsonSchema } from '@alliance-panorama/core/schema';
import type { LocatedIssue } from './assemble.js';
import { dataPackage, resource, type Resource, type ResourceInfo } from './datapackage.js';
import { RECORDS_DIR, loadRecords } from './load.js';
import {
  indexModule,
  indexTypes,
  languageModule,
  languageTypes,
  listModule,
  listTypes,
  territoriesModule,
  territoriesTypes,
} from './modules.js';
import { tableSchema } from './table-schema.js';
import { datasetViewJsonSchema } from './view-schema.js';

/** One generated file: its path inside the output directory and its text. */
export interface OutputFile {
  path: string;
  content: string;
  /** How `datapackage.json` describes it; absent for the JavaScript modules. */
  resource?: ResourceInfo;
}

const json = (value: unknown) => `${JSON.stringify(value)}\n`;
const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const LANGUAGE_NAMES: Record<string, string> = { fr: 'French', en: 'English', es: 'Spanish' };

/** Every published file for a validated dataset, `datapackage.json` last. Pure: writes nothing. */
export function renderOutputs(dataset: Dataset): OutputFile[] {
  const files: OutputFile[] = [];
  const schema = datasetJsonSchema();
  files.push({
    path: 'dataset.json',
    content: json({ $schema: './dataset.schema.json', ...dataset }),
    resource: {
      name: 'dataset',
      path: 'dataset.json',
      title: 'Full dataset',
      description: 'Territories, actors, practices and relations with every text in French, English and Spanish.',
      format: 'json',
      mediatype: 'application/json',
      schema: 'dataset.schema.json',
    },
  });
  for (const locale of LOCALES) {
    const language = LANGUAGE_NAMES[locale] ?? locale;
    const slice = languageSlice(dataset, locale);
    files.push({
      path: `dataset.${locale}.json`,
      content: json({ $schema: './dataset-view.schema.json', ...slice }),
      resource: {
        name: `dataset-${locale}`,
        path: `dataset.${locale}.json`,
        title: `Full dataset in ${language}`,
        description: `The full dataset with its display texts in ${language} only.`,
        format: 'json',
        mediatype: 'application/json',
        schema: 'dataset-view.schema.json',
      },
    });
    files.push({ path: `dataset.${locale}.js`, content: languageModule(slice, locale) });
    files.push({ path: `dataset.${locale}.d.ts`, content: languageTypes(locale) });
    // The territory card shows commitments but not their sources: the full files keep them.
    const cardTerritories = slice.territories.map((territory) => ({
      ...territory,
      commitments: territory.commitments.map((commitment) => ({ ...commitment, sources: [] })),
    }));
    files.push({ path: `territories.${locale}.js`, content: territoriesModule(cardTerritories, locale) });
    files.push({ path: `territories.${locale}.d.ts`, content: territoriesTypes(locale) });
  }
  for (const locale of LOCALES) {
    const language = LANGUAGE_NAMES[locale] ?? locale;
    const list = listSlice(dataset, locale);
    files.push({
      path: `list.${locale}.json`,
      content: json({ $schema: './dataset-view.schema.json', ...list }),
      resource: {
        name: `list-${locale}`,
        path: `list.${locale}.json`,
        title: `List view in ${language}`,
        description: `The light file a list view loads first: texts in ${language}, summaries cut to an excerpt, no sources or detail texts.`,
        format: 'json',
        mediatype: 'application/json',
        schema: 'dataset-view.schema.json',
      },
    });
    files.push({ path: `list.${locale}.js`, content: listModule(list, locale) });
    files.push({ path: `list.${locale}.d.ts`, content: listTypes(locale) });
  }
  for (const [name, table] of Object.entries(datasetTables(dataset))) {
    files.push({
      path: `csv/${name}.csv`,
      content: tableToCsv(table),
      resource: {
        name,
        path: `csv/${name}.csv`,
        title: `Table of ${name.replace('-', ' ')}`,
        description: `One row per item of ${name.replace('-', ' ')}; texts in one column per language.`,
        format: 'csv',
        mediatype: 'text/csv',
        schema: tableSchema(name, table),
      },
    });
  }
  files.push({
    path: 'territories.geojson',
    content: json(territoriesGeoJson(dataset)),
    resource: {
      name: 'territories-geojson',
      path: 'territories.geojson',
      title: 'Territories (GeoJSON)',
      description: 'One point per territory (RFC 7946, WGS 84 longitude and latitude) with names and practice counts.',
      format: 'geojson',
      mediatype: 'application/geo+json',
    },
  });
  files.push({
    path: 'dataset.schema.json',
    content: pretty(schema),
    resource: {
      name: 'dataset-schema',
      path: 'dataset.schema.json',
      title: 'JSON Schema of the dataset',
      description: 'JSON Schema (draft 2020-12) of dataset.json, generated from the zod schemas of @alliance-panorama/core.',
      format: 'json',
      mediatype: 'application/schema+json',
    },
  });
  files.push({
    path: 'dataset-view.schema.json',
    content: pretty(datasetViewJsonSchema(schema)),
    resource: {
      name: 'dataset-view-schema',
      path: 'dataset-view.schema.json',
      title: 'JSON Schema of the one-language files',
      description: 'JSON Schema of dataset.<lang>.json and list.<lang>.json: the dataset schema with texts in one language.',
      format: 'json',
      mediatype: 'application/schema+json',
    },
  });
  files.push({ path: 'index.js', content: indexModule(dataset) });
  files.push({ path: 'index.d.ts', content: indexTypes() });

  const resources: Resource[] = files.flatMap((file) =>
    file.resource
      ? [resource(file.resource, file.content, createHash('sha256').update(file.content, 'utf8').digest('hex'))]
      : [],
  );
  files.push({ path: 'datapackage.json', content: pretty(dataPackage(dataset, resources)) });
  return files;
}

/** Result of `buildOutputs`: the files written, or the issues that stopped the build (nothing is written then). */
export type BuildResult =
  | { ok: true; dataset: Dataset; files: string[] }
  | { ok: false; issues: LocatedIssue[] };

/**
 * Assembles and validates the records, then writes every published file into `outDir` (created if needed;
 * files already there are overwritten, others are left alone).
 *
 * @example const result = buildOutputs('/tmp/out'); if (!result.ok) console.error(result.issues);
 */
export function buildOutputs(outDir: string, options: { recordsDir?: string } = {}): BuildResult {
  const loaded = loadRecords(options.recordsDir ?? RECORDS_DIR);
  if (!loaded.ok) return loaded;
  const files = renderOutputs(loaded.dataset);
  for (const file of files) {
    const target = join(outDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content, 'utf8');
  }
  return { ok: true, dataset: loaded.dataset, files: files.map((file) => file.path) };
}
