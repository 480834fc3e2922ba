import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { getIssues } from '@placemarkio/check-geojson';
import Papa from 'papaparse';
import { LOCALES, type Dataset, type DatasetView } from '@alliance-panorama/core';
import { datasetTables, type CsvValue } from '@alliance-panorama/core/export';
import { buildOutputs } from '../src/build.js';
import type { Resource } from '../src/datapackage.js';
import type { TableSchema } from '../src/table-schema.js';

let outDir: string;
let dataset: Dataset;
let files: string[];

const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
const readJson = <T = Record<string, unknown>>(path: string) => JSON.parse(read(path)) as T;
const withoutSchema = ({ $schema: _, ...rest }: Record<string, unknown>) => rest;

/** Every file under `dir`, as paths relative to it. */
function walk(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path, root) : [relative(root, path)];
  });
}

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'alliance-data-'));
  const result = buildOutputs(outDir);
  if (!result.ok) throw new Error(`build failed: ${JSON.stringify(result.issues.slice(0, 5))}`);
  dataset = result.dataset;
  files = result.files;
});

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('datapackage.json', () => {
  const pkg = () => readJson<{ version: string; licenses: Record<string, string>[]; sources: Record<string, string>[]; resources: (Resource & { schema?: TableSchema | string })[] }>('datapackage.json');

  it('carries the version, the CC BY 4.0 licence and the credit to the Alliance Migrations panoramas', () => {
    const descriptor = pkg();
    const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(descriptor.version).toBe(dataset.version);
    expect(descriptor.version).toBe(packageJson.version);
    expect(descriptor.licenses).toEqual([
      expect.objectContaining({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: expect.any(String) }),
    ]);
    expect(descriptor.sources.map((source) => source.path)).toContain('https://alliance-migrations.fr/fr/les-panoramas');
  });

  it('lists files that exist, with their exact size and hash', () => {
    for (const resource of pkg().resources) {
      expect(existsSync(join(outDir, resource.path)), resource.path).toBe(true);
      const bytes = readFileSync(join(outDir, resource.path));
      expect(resource.bytes, resource.path).toBe(bytes.length);
      expect(resource.hash, resource.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      expect(resource).toMatchObject({ encoding: 'utf-8', format: expect.any(String), mediatype: expect.any(String) });
    }
  });

  it('describes every data file that was written, and only those', () => {
    const described = pkg().resources.map((resource) => resource.path).sort();
    const data = walk(outDir).filter((path) => !/\.(js|d\.ts)$/.test(path) && path !== 'datapackage.json').sort();
    expect(described).toEqual(data);
    expect(files).toContain('datapackage.json');
    for (const locale of LOCALES) {
      expect(described).toEqual(expect.arrayContaining([`dataset.${locale}.json`, `list.${locale}.json`]));
    }
    for (const table of Object.keys(datasetTables(dataset))) expect(described).toContain(`csv/${table}.csv`);
  });

  it('gives every CSV a Table Schema whose fields are its header, and every JSON file an existing schema', () => {
    for (const resource of pkg().resources) {
      if (resource.format === 'csv') {
        const schema = resource.schema as TableSchema;
        const header = Papa.parse<string[]>(read(resource.path), { preview: 1 }).data[0];
        expect(schema.fields.map((field) => field.name), resource.path).toEqual(header);
        expect(resource.mediatype).toBe('text/csv');
      } else if (typeof resource.schema === 'string') {
        expect(existsSync(join(outDir, resource.schema)), resource.schema).toBe(true);
      }
    }
    expect(pkg().resources.find((resource) => resource.path === 'dataset.json')?.schema).toBe('dataset.schema.json');
  });
});

describe('JSON files against the published JSON Schemas (ajv, independent of zod)', () => {
  let full: ValidateFunction;
  let view: ValidateFunction;
  const errors = (validate: ValidateFunction) => (validate.errors ?? []).slice(0, 5);

  beforeAll(() => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    full = ajv.compile(readJson('dataset.schema.json'));
    view = ajv.compile(readJson('dataset-view.schema.json'));
  });

  it('validates dataset.json, which points at its schema', () => {
    const data = readJson('dataset.json');
    expect(data.$schema).toBe('./dataset.schema.json');
    expect(full(data), JSON.stringify(errors(full))).toBe(true);
  });

  it('validates every language slice and list file against the one-language schema', () => {
    for (const locale of LOCALES) {
      for (const path of [`dataset.${locale}.json`, `list.${locale}.json`]) {
        expect(view(readJson(path)), `${path}: ${JSON.stringify(errors(view))}`).toBe(true);
      }
    }
  });

  it('rejects broken data (the check is not vacuous)', () => {
    const data = readJson<Dataset>('dataset.json');
    const practice = data.practices[0] as unknown as Record<string, unknown>;
    delete (practice.title as Record<string, unknown>).fr;
    expect(full(data)).toBe(false);
    // A one-language file is not a full dataset.
    expect(full(readJson('dataset.fr.json'))).toBe(false);
    const slice = readJson<{ practices: Record<string, unknown>[] }>('list.fr.json');
    (slice.practices[0] as Record<string, unknown>).primaryPillar = 'nowhere';
    expect(view(slice)).toBe(false);
  });
});

describe('language slices', () => {
  /** Every key of a text object (an object whose keys are all locales) found anywhere in `value`. */
  function textKeys(value: unknown, found = new Set<string>()): Set<string> {
    if (Array.isArray(value)) value.forEach((item) => textKeys(item, found));
    else if (typeof value === 'object' && value !== null) {
      const keys = Object.keys(value);
      if (keys.length > 0 && keys.every((key) => (LOCALES as readonly string[]).includes(key))) keys.forEach((key) => found.add(key));
      else Object.values(value).forEach((item) => textKeys(item, found));
    }
    return found;
  }

  it('contain their own language only, with every record and title kept', () => {
    expect([...textKeys(readJson('dataset.json'))].sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) {
      for (const path of [`dataset.${locale}.json`, `list.${locale}.json`]) {
        const slice = readJson<DatasetView>(path);
        expect([...textKeys(slice)], path).toEqual([locale]);
        expect(slice.practices.map((p) => p.id), path).toEqual(dataset.practices.map((p) => p.id));
        expect(slice.practices.every((p) => (p.title[locale] ?? '').length > 0), path).toBe(true);
        expect(slice.territories.length).toBe(dataset.territories.length);
      }
    }
  });

  it('leave sources and detail texts out of the list files only', () => {
    const list = readJson<DatasetView>('list.en.json');
    const slice = readJson<DatasetView>('dataset.en.json');
    expect(list.practices.every((p) => p.sources.length === 0)).toBe(true);
    expect(slice.practices.every((p) => p.sources.length > 0)).toBe(true);
    expect(read('list.en.json').length).toBeLessThan(read('dataset.en.json').length);
  });
});

describe('territories.geojson', () => {
  it('is valid GeoJSON with [longitude, latitude] points', () => {
    const text = read('territories.geojson');
    expect(getIssues(text)).toEqual([]);
    const collection = JSON.parse(text) as { features: { id: string; geometry: { coordinates: [number, number] } }[] };
    expect(collection.features.map((f) => f.id)).toEqual(dataset.territories.map((t) => t.id));
    for (const territory of dataset.territories) {
      const feature = collection.features.find((f) => f.id === territory.id);
      expect(feature?.geometry.coordinates).toEqual([territory.coordinates.lon, territory.coordinates.lat]);
    }
    const liege = collection.features.find((f) => f.id === 'liege');
    if (liege) {
      const [lon, lat] = liege.geometry.coordinates;
      expect(Math.abs(lon - 5.57)).toBeLessThan(0.05);
      expect(Math.abs(lat - 50.63)).toBeLessThan(0.05);
    }
  });
});

describe('CSV files', () => {
  const cell = (value: CsvValue) =>
    value === null || value === undefined ? '' : Array.isArray(value) ? value.join(' | ') : String(value);

  it('read back with papaparse to the same rows and cells as the JSON', () => {
    for (const [name, table] of Object.entries(datasetTables(dataset))) {
      const text = read(`csv/${name}.csv`);
      const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
      expect(parsed.errors, name).toEqual([]);
      expect(parsed.meta.fields, name).toEqual(table.columns);
      expect(parsed.data.length, name).toBe(table.rows.length);
      parsed.data.forEach((row, index) => {
        const expected = Object.fromEntries(table.columns.map((column) => [column, cell(table.rows[index]?.[column])]));
        expect(row, `${name} row ${index + 1}`).toEqual(expected);
      });
    }
  });

  it('keep commas and quotes of the real texts inside their cells', () => {
    const parsed = Papa.parse<Record<string, string>>(read('csv/practices.csv'), { header: true, skipEmptyLines: true });
    const summaries = parsed.data.map((row) => row.summary_en ?? '');
    expect(summaries.some((text) => text.includes(','))).toBe(true);
    expect(parsed.data.some((row) => Object.values(row).some((text) => text.includes('"')))).toBe(true);
    expect(parsed.data.map((row) => row.id)).toEqual(dataset.practices.map((p) => p.id));
  });

  it('hold only values of the types their Table Schema declares, with unique keys that resolve', () => {
    const resources = readJson<{ resources: (Resource & { schema?: TableSchema })[] }>('datapackage.json').resources;
    const tables = new Map<string, Record<string, string>[]>();
    for (const resource of resources.filter((r) => r.format === 'csv')) {
      tables.set(resource.name, Papa.parse<Record<string, string>>(read(resource.path), { header: true, skipEmptyLines: true }).data);
    }
    const patterns: Record<string, RegExp> = { integer: /^-?\d+$/, number: /^-?\d+(\.\d+)?$/, date: /^\d{4}-\d{2}-\d{2}$/ };
    for (const resource of resources.filter((r) => r.format === 'csv')) {
      const schema = resource.schema as TableSchema;
      const rows = tables.get(resource.name) ?? [];
      for (const field of schema.fields) {
        const pattern = field.constraints?.pattern ? new RegExp(field.constraints.pattern) : patterns[field.type];
        for (const row of rows) {
          const value = row[field.name] ?? '';
          if (field.constraints?.required) expect(value, `${resource.name}.${field.name}`).not.toBe('');
          if (value !== '' && pattern) expect(value, `${resource.name}.${field.name}`).toMatch(pattern);
        }
      }
      const key = [schema.primaryKey ?? []].flat();
      if (key.length > 0) {
        const values = rows.map((row) => key.map((column) => row[column]).join('\u0000'));
        expect(new Set(values).size, `${resource.name} primary key`).toBe(values.length);
      }
      for (const foreignKey of schema.foreignKeys ?? []) {
        const targets = new Set((tables.get(foreignKey.reference.resource) ?? []).map((row) => row[foreignKey.reference.fields]));
        const dangling = rows.map((row) => row[foreignKey.fields] ?? '').filter((value) => value !== '' && !targets.has(value));
        expect(dangling, `${resource.name}.${foreignKey.fields}`).toEqual([]);
      }
    }
  });
});

describe('JavaScript modules and package exports', () => {
  it('export the same data as the JSON files', async () => {
    const index = (await import(pathToFileURL(join(outDir, 'index.js')).href)) as { dataset: Dataset; version: string };
    expect(index.dataset).toEqual(withoutSchema(readJson('dataset.json')));
    expect(index.version).toBe(dataset.version);
    for (const locale of LOCALES) {
      const list = (await import(pathToFileURL(join(outDir, `list.${locale}.js`)).href)) as { list: DatasetView };
      expect(list.list).toEqual(withoutSchema(readJson(`list.${locale}.json`)));
      const full = (await import(pathToFileURL(join(outDir, `dataset.${locale}.js`)).href)) as { dataset: DatasetView };
      expect(full.dataset).toEqual(withoutSchema(readJson(`dataset.${locale}.json`)));
    }
    expect(read('index.d.ts')).toContain("import type { Dataset } from '@alliance-panorama/core'");
  });

  it('map every published export to a file the build writes', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, string | Record<string, unknown>>;
    };
    const targets = Object.entries(manifest.exports).flatMap(([key, value]) =>
      typeof value === 'string' ? [[key, value]] : [[key, value.types], [key, value.default]],
    ) as [string, string][];
    for (const [key, target] of targets) {
      if (key === './package.json') continue;
      expect(target, key).toMatch(/^\.\/dist\//);
      const path = target.slice('./dist/'.length);
      if (path.includes('*')) expect(walk(outDir).some((file) => file.startsWith(path.replace('*', ''))), key).toBe(true);
      else expect(existsSync(join(outDir, path)), key).toBe(true);
    }
  });

  it('resolve, under the source condition, to the same data without a build', async () => {
    const source = await import('@alliance-panorama/data');
    expect(source.dataset).toEqual(dataset);
    const list = await import('@alliance-panorama/data/list/es');
    expect(list.list).toEqual(withoutSchema(readJson('list.es.json')));
  });
});
