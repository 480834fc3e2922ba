// The `alliance-panorama` command, run as a user runs it: a child process of the launcher in packages/data/bin,
// which loads the compiled dist/cli.js (built here first, as `npm run build` does).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIssues } from '@placemarkio/check-geojson';
import Papa from 'papaparse';
import { type Dataset } from '@alliance-panorama/core';
import { datasetTables } from '@alliance-panorama/core/export';
import { parseDataset } from '@alliance-panorama/core/schema';
import { readPackedActors, readPackedManifest, readPackedPart, readPackedText, unpackParts, type PackedManifest } from '@alliance-panorama/core/packed';
import { queryPractices } from '@alliance-panorama/core';
import { generateDataset } from '@alliance-panorama/core/testing';
import { loadRecords } from '../../packages/data/src/load.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = join(root, 'packages/data');
const bin = join(dataDir, 'bin/alliance-panorama.mjs');
const records = join(dataDir, 'records');

let work: string;
let dataset: Dataset;

/** Runs the command from `cwd` (default: the repository, so that paths in the temporary directory print whole). */
function run(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

function npm(args: string[], cwd: string) {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/** A copy of the real records in which `edit` changes one territory file. */
function brokenCopy(name: string, territory: string, edit: (file: Record<string, any>) => void): string {
  const dir = join(work, name);
  cpSync(records, dir, { recursive: true });
  const path = join(dir, 'territories', `${territory}.json`);
  const content = JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;
  edit(content);
  writeFileSync(path, JSON.stringify(content, null, 2));
  return dir;
}

beforeAll(() => {
  // The command imports the built core (as it does once published): build it if this checkout has not yet.
  if (!existsSync(join(root, 'packages/core/dist/packed/index.js'))) npm(['run', 'build', '-w', '@alliance-panorama/core'], root);
  npm(['exec', '--', 'tsup'], dataDir);
  work = mkdtempSync(join(tmpdir(), 'alliance-cli-'));
  const loaded = loadRecords();
  if (!loaded.ok) throw new Error('the records of the package are invalid');
  dataset = loaded.dataset;
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the published command', () => {
  it('is the bin of the data package: an executable launcher with a node shebang, shipped in its files', () => {
    const manifest = JSON.parse(readFileSync(join(dataDir, 'package.json'), 'utf8')) as { bin: Record<string, string>; files: string[] };
    expect(join(dataDir, manifest.bin['alliance-panorama']!)).toBe(bin);
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    expect(manifest.files).toEqual(expect.arrayContaining(['bin', 'dist']));
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(dataDir, 'package.json'), 'utf8')) as { version: string };
    const result = run(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });
});

describe('alliance-panorama validate', () => {
  it('accepts the real records directory with a one-line summary', () => {
    const result = run(['validate', records], work);
    expect(result.code, result.output).toBe(0);
    const summary = `${dataset.territories.length} territories, ${dataset.practices.length} practices, ${dataset.actors.length} actors, ${dataset.relations.length} relations`;
    expect(result.stdout.trim().split('\n')).toEqual([`ok: ${records}: ${summary}`]);
  });

  it('accepts each real territory file alone, resolving its references to shared actors', () => {
    for (const name of readdirSync(join(records, 'territories'))) {
      const result = run(['validate', join(records, 'territories', name)]);
      expect(result.code, `${name}: ${result.output}`).toBe(0);
    }
  });

  it('prints paths relative to the working directory when inside it', () => {
    const result = run(['validate', 'packages/data/records/shared.json'], root);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toMatch(/^ok: packages\/data\/records\/shared\.json: no issues/);
  });

  it('names the file, the JSON path and the code of a broken field, and exits with 1', () => {
    const dir = brokenCopy('broken-field', 'grenoble', (file) => {
      file.practices[2].confidence = 'certain';
      file.practices[4].actors[0].actor = 'no-such-actor';
    });
    const result = run(['validate', dir]);
    expect(result.code).toBe(1);
    const file = join(dir, 'territories/grenoble.json');
    expect(result.stdout).toContain(`${file}: practices.2.confidence: invalid_value: must be one of: "confirmed", "reported"`);
    expect(result.stdout).toContain(`${file}: practices.4.actors.0.actor: unknown_reference: no actor has id "no-such-actor"`);
    expect(result.stdout.trim().split('\n').at(-1)).toBe('2 issue(s)');
  });

  it('reports only the issues of the one file it is given, checked with the rest of its directory', () => {
    const dir = brokenCopy('broken-one-file', 'liege', (file) => {
      delete file.practices[0].summary.es;
    });
    const broken = run(['validate', join(dir, 'territories/liege.json')]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`${join(dir, 'territories/liege.json')}: practices.0.summary.es: missing_field:`);

    const other = run(['validate', join(dir, 'territories/lisbon.json')]);
    expect(other.code, other.output).toBe(0);
    expect(other.stdout).toMatch(/^ok: .*lisbon\.json: no issues \(1 issue\(s\) in other files of /);
  });

  it('reports a file that is not valid JSON', () => {
    const dir = join(work, 'not-json');
    cpSync(records, dir, { recursive: true });
    writeFileSync(join(dir, 'territories/berlin.json'), '{ "territory": ');
    const result = run(['validate', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`${join(dir, 'territories/berlin.json')}: \\(root\\): invalid_input: not valid JSON`));
  });

  it('reports a records directory whose metadata file is not valid JSON, for validate and export alike', () => {
    const dir = join(work, 'bad-metadata');
    cpSync(records, dir, { recursive: true });
    writeFileSync(join(dir, 'dataset.json'), '{ "version": ');
    const line = `${join(dir, 'dataset.json')}: (root): invalid_input: not valid JSON`;
    const validated = run(['validate', join(dir, 'territories/berlin.json')]);
    expect(validated.code).toBe(1);
    expect(validated.stdout).toContain(line);
    const exported = run(['export', '--format', 'json', dir]);
    expect(exported.code).toBe(1);
    expect(exported.stderr).toContain(line);
    expect(exported.stdout).toBe('');
  });

  it('checks a territory file kept outside a records directory against the package records', () => {
    const good = join(work, 'palermo.json');
    cpSync(join(records, 'territories/palermo.json'), good);
    expect(run(['validate', good]).code).toBe(0);

    const content = JSON.parse(readFileSync(good, 'utf8')) as Record<string, any>;
    content.actors.push({ ...content.actors[0] });
    const bad = join(work, 'my-palermo.json');
    writeFileSync(bad, JSON.stringify(content));
    const result = run(['validate', bad]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${bad}: actors.${content.actors.length - 1}.id: duplicate_id:`);
  });

  it('validates a full dataset JSON, reporting paths inside it', () => {
    const file = join(work, 'dataset.json');
    writeFileSync(file, JSON.stringify(dataset));
    expect(run(['validate', file]).code).toBe(0);

    writeFileSync(file, JSON.stringify({ ...dataset, practices: [{ ...dataset.practices[0], lastChecked: 'yesterday' }, ...dataset.practices.slice(1)] }));
    const result = run(['validate', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^${file}: practices\\.0\\.lastChecked: invalid_date:`, 'm'));
  });
});

describe('bad arguments exit with 2 and say what is wrong', () => {
  const cases: [string, string[], RegExp][] = [
    ['no command', [], /Usage: alliance-panorama/],
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['validate without a path', ['validate'], /validate needs a path/],
    ['validate with two paths', ['validate', 'a', 'b'], /validate takes one path, got 2/],
    ['a path that does not exist', ['validate', 'no/such/dir'], /no\/such\/dir: no such file or directory/],
    ['a directory that holds no records', ['validate', tmpdir()], /not a records directory/],
    ['an unknown option', ['validate', '--strict', 'x'], /Unknown option '--strict'/],
    ['export without --format', ['export'], /export needs --format/],
    ['an unknown format', ['export', '--format', 'xml'], /unknown format "xml"/],
    ['an unknown language', ['export', '--format', 'json', '--lang', 'de'], /unknown language "de"/],
    ['--lang with geojson', ['export', '--format', 'geojson', '--lang', 'fr'], /--lang applies to json and csv/],
    ['csv without --out', ['export', '--format', 'csv'], /give the directory with --out/],
    ['--format without its value', ['export', '--format'], /argument missing/],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const result = run(args);
      expect(result.code, result.output).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    });
  }

  it('prints the help on --help with exit code 0', () => {
    const result = run(['--help']);
    expect(result.code).toBe(0);
    for (const part of ['validate <file|dir>', '--format json|csv|geojson', '--lang fr|en|es', '--out', 'Exit codes']) {
      expect(result.stdout).toContain(part);
    }
  });
});

describe('alliance-panorama export', () => {
  it('writes one CSV file per table that parses back to the same rows', () => {
    const out = join(work, 'csv');
    const result = run(['export', '--format', 'csv', '--out', out]);
    expect(result.code, result.output).toBe(0);
    const tables = datasetTables(dataset);
    expect(readdirSync(out).sort()).toEqual(Object.keys(tables).map((name) => `${name}.csv`).sort());
    for (const [name, table] of Object.entries(tables)) {
      const parsed = Papa.parse<Record<string, string>>(readFileSync(join(out, `${name}.csv`), 'utf8'), { header: true, skipEmptyLines: true });
      expect(parsed.errors, name).toEqual([]);
      expect(parsed.meta.fields, name).toEqual(table.columns);
      expect(parsed.data.length, name).toBe(table.rows.length);
    }
  });

  it('keeps the text columns of one language with --lang', () => {
    const out = join(work, 'csv-es');
    expect(run(['export', '--format', 'csv', '--lang', 'es', '--out', out]).code).toBe(0);
    const header = Papa.parse<string[]>(readFileSync(join(out, 'practices.csv'), 'utf8'), { preview: 1 }).data[0]!;
    expect(header).toContain('title_es');
    expect(header.filter((column) => /_(fr|en)$/.test(column))).toEqual([]);
  });

  it('writes valid GeoJSON with one point per territory into a directory', () => {
    const out = join(work, 'geo');
    const result = run(['export', '--format', 'geojson', '--out', `${out}/`]);
    expect(result.code, result.output).toBe(0);
    const text = readFileSync(join(out, 'territories.geojson'), 'utf8');
    expect(getIssues(text)).toEqual([]);
    const geojson = JSON.parse(text) as { type: string; features: { id: string }[] };
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.map((feature) => feature.id)).toEqual(dataset.territories.map((territory) => territory.id));
  });

  it('writes the full dataset as JSON that parses and validates', () => {
    const out = join(work, 'full.json');
    expect(run(['export', '--format', 'json', '--out', out]).code).toBe(0);
    const parsed = parseDataset(JSON.parse(readFileSync(out, 'utf8')));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.value).toEqual(dataset);
  });

  it('writes a one-language slice with --lang, to the standard output without --out', () => {
    const result = run(['export', '--format', 'json', '--lang', 'es']);
    expect(result.code, result.stderr).toBe(0);
    const slice = JSON.parse(result.stdout) as Dataset;
    expect(slice.practices).toHaveLength(dataset.practices.length);
    expect(Object.keys(slice.practices[0]!.title)).toEqual(['es']);
    expect(slice.practices[0]!.title.es).toBe(dataset.practices[0]!.title.es);
  });

  it('exports nothing from broken records and names the issue', () => {
    const dir = brokenCopy('broken-export', 'montreuil', (file) => {
      file.territory.country = 'France';
    });
    const out = join(work, 'not-written');
    const result = run(['export', '--format', 'csv', '--out', out, dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'territories/montreuil.json')}: territory.country:`);
    expect(existsSync(out)).toBe(false);
  });
});

describe('alliance-panorama pack', () => {
  const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;

  it('packs the real records in one language: every file passes its check, and the parts give back every practice', () => {
    const out = join(work, 'packed-fr');
    const result = run(['pack', '--lang', 'fr', '--out', out, '--part-size', '30']);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toMatch(/^wrote .*index\.json and \d+ files \(3 part\(s\)\): version /);
    const manifest = readPackedManifest(readJson(join(out, 'index.json')));
    expect(manifest.ok).toBe(true);
    if (!manifest.ok) return;
    const m: PackedManifest = manifest.value;
    expect(m.practices).toBe(dataset.practices.length);
    const actors = readPackedActors(readJson(join(out, m.actors.path)), m);
    const parts = m.parts.map((files, index) => readPackedPart(readJson(join(out, files.index)), m, index));
    const texts = m.parts.map((files, index) => readPackedText(readJson(join(out, files.text)), m, index));
    expect([actors, ...parts, ...texts].every((file) => file.ok)).toBe(true);
    if (!actors.ok) return;
    const view = unpackParts(m, actors.value, parts.map((part) => (part.ok ? part.value : undefined)), texts.map((text) => (text.ok ? text.value : undefined)));
    const ids = queryPractices(view, { pageSize: Infinity, sort: 'title', locale: 'fr' }).items.map((practice) => practice.id).sort();
    expect(ids).toEqual(dataset.practices.map((practice) => practice.id).sort());
    expect(readdirSync(join(out, 'detail'))).toHaveLength(m.details.paths.length);
  });

  it('packs a dataset JSON file, and refuses an invalid one with its issues, writing nothing', () => {
    const file = join(work, 'generated.json');
    writeFileSync(file, JSON.stringify(generateDataset({ practices: 120, seed: 5 })));
    const out = join(work, 'packed-generated');
    const ok = run(['pack', '--lang', 'en', '--out', out, file]);
    expect(ok.code, ok.output).toBe(0);
    expect((readJson(join(out, 'index.json')) as PackedManifest).parts.map((part) => part.practices)).toEqual([120]);

    const bad = join(work, 'bad.json');
    const broken = generateDataset({ practices: 3, seed: 5 });
    (broken.practices[1] as { primaryPillar: string }).primaryPillar = 'nope';
    writeFileSync(bad, JSON.stringify(broken));
    const refused = run(['pack', '--lang', 'en', '--out', join(work, 'packed-bad'), bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('practices.1.primaryPillar');
    expect(existsSync(join(work, 'packed-bad'))).toBe(false);
  });

  it.each([
    [['pack', '--out', 'x'], /pack needs --lang/],
    [['pack', '--lang', 'de', '--out', 'x'], /pack needs --lang/],
    [['pack', '--lang', 'fr'], /pack needs --out/],
    [['pack', '--lang', 'fr', '--out', 'x', '--part-size', '0'], /--part-size must be/],
    [['pack', '--lang', 'fr', '--out', 'x', 'missing.json'], /no such file/],
  ])('explains a wrong call %j (exit code 2)', (args, message) => {
    const result = run(args, work);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
