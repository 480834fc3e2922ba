/**
 * Size benchmark: gzip and brotli sizes of the CDN module and its chunks, of the data files, and of bundles a site
 * would make. Shared with tests/node/budgets.test.ts, which enforces the size budgets in CI.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { packDataset } from '@alliance-panorama/core/packed';
import { generateDataset } from '@alliance-panorama/core/testing';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The CDN module that a page loads with one script tag. */
export const CDN_ENTRY = join(ROOT, 'packages/widget/dist/cdn/alliance-panorama.js');
/** The built data files of the data package. */
export const DATA_DIST = join(ROOT, 'packages/data/dist');

/** 1 KiB, the unit of every budget. */
export const KiB = 1024;
/** Size budgets from the design brief (gzip, bytes). */
export const SIZE_BUDGETS = { cdnEntry: 20 * KiB, listPerLanguage: 20 * KiB, packedFirstUseAt10k: 350 * KiB } as const;

export interface SizeRow {
  name: string;
  raw: number;
  gzip: number;
  brotli: number;
  budget?: number;
}

const gzip = (buffer: Buffer) => gzipSync(buffer, { level: 9 }).length;
const brotli = (buffer: Buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * Brotli at quality 11 takes seconds over the data files; the budget test sets this to false (brotli is then
 * reported as 0) since every budget is in gzip.
 */
export const options = { brotli: true };

/** Raw, gzip (level 9) and brotli (quality 11) sizes of some content. */
export function sizesOf(name: string, content: Uint8Array | string, budget?: number): SizeRow {
  const buffer = Buffer.from(content);
  const compressed = options.brotli ? brotli(buffer) : 0;
  return { name, raw: buffer.length, gzip: gzip(buffer), brotli: compressed, ...(budget === undefined ? {} : { budget }) };
}

/** Sizes of a set of files, each compressed on its own (as a server sends them), added up. */
export function sizesOfFiles(name: string, paths: readonly string[], budget?: number): SizeRow & { files: string[] } {
  const row: SizeRow & { files: string[] } = { name, raw: 0, gzip: 0, brotli: 0, files: paths.map((path) => relative(ROOT, path)) };
  for (const path of paths) {
    const one = sizesOf(path, readFileSync(path));
    row.raw += one.raw;
    row.gzip += one.gzip;
    row.brotli += one.brotli;
  }
  return budget === undefined ? row : { ...row, budget };
}

/** Sizes of one file. */
export const fileSize = (name: string, path: string, budget?: number): SizeRow => sizesOf(name, readFileSync(path), budget);

/**
 * Bundles a snippet the way a site would (minified ESM from the built packages, or from the TypeScript sources with
 * `source: true`) and measures it; `hasZod` tells whether any module of zod ended up in the bundle.
 */
export async function bundleSize(
  name: string,
  contents: string,
  { budget, source = false }: { budget?: number; source?: boolean } = {},
): Promise<SizeRow & { hasZod: boolean; inputs: number }> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    conditions: source ? ['@alliance-panorama/source'] : [],
    tsconfig: join(ROOT, 'tsconfig.base.json'),
  });
  const inputs = Object.keys(result.metafile.inputs);
  const hasZod = inputs.some((input) => /(^|\/)node_modules\/zod\//.test(input));
  return { ...sizesOf(name, result.outputFiles[0]!.contents, budget), hasZod, inputs: inputs.length };
}

/** One file of the CDN build and how it is reached. */
export interface CdnChunk extends SizeRow {
  /** Path relative to the repository root. */
  file: string;
  /** Files it imports with `import … from` (loaded with it). */
  staticImports: string[];
  /** Files it imports with `import()` (loaded on demand). */
  dynamicImports: string[];
  /** What it holds, from its source map. */
  sources: string[];
}

/** The CDN module split as a browser loads it. */
export interface CdnSizes {
  /** The entry plus every chunk it imports statically: what loads before the first render. */
  entry: SizeRow & { files: string[] };
  /** Every chunk reached only through `import()`, named by what it holds, with its own size and the size of what it adds when loaded. */
  lazy: (SizeRow & { file: string; sources: string[]; addedFiles: string[]; added: { raw: number; gzip: number; brotli: number } })[];
  chunks: CdnChunk[];
}

const relativeSource = (source: string) =>
  source.includes('node_modules/') ? `node_modules/${source.split('node_modules/').at(-1)}` : source.replace(/^(\.\.\/)+/, '');

function sourcesOf(path: string): string[] {
  const map = `${path}.map`;
  if (!existsSync(map)) return [];
  const { sources = [] } = JSON.parse(readFileSync(map, 'utf8')) as { sources?: string[] };
  return sources.map(relativeSource);
}

/** Short description of a source file, for naming shared chunks. */
function describeSource(source: string): string {
  if (source.includes('node_modules/zod/')) return 'zod';
  if (source.includes('/decorators/')) return 'lit decorators';
  if (source.includes('lit-html/src/directive')) return 'lit directives';
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(source)) return 'lit';
  if (source.includes('node_modules/')) return source.split('node_modules/')[1]!.split('/')[0]!;
  const core = /core\/src\/(query|export|schema)\//.exec(source);
  if (core) return { query: 'core queries', export: 'core exporters', schema: 'core schemas' }[core[1] as 'query'];
  if (source.endsWith('core/src/vocabulary.ts')) return 'vocabularies';
  if (source.endsWith('core/src/labels.ts')) return 'vocabulary labels';
  return basename(source).replace(/\.(ts|js)$/, '');
}

/** Names a chunk by what it holds (`list.fr`, `catalog.fr`, `detail`, `validator`, …). */
export function chunkName(file: string, sources: readonly string[]): string {
  const base = basename(file, '.js').replace(/-[A-Z0-9]{8}$/, '');
  if (/^(list|dataset|territories)\.[a-z]{2}$/.test(base)) return base;
  if (/^[a-z]{2}$/.test(base)) return `catalog.${base} (interface strings)`;
  if (base === 'detail') return 'detail';
  if (base === 'source') return 'source (src loader)';
  if (base === 'schema') return 'validator (zod schemas, src only)';
  if (base === 'alliance-territory-card') return 'territory card';
  if (base === 'query') return 'query functions (loaded with the first data)';
  if (base === 'client') return 'packed data: client (src of a packed manifest)';
  if (base === 'engine') return 'packed data: engine on the main thread (when no worker)';
  if (sources.some((source) => source.includes('src/panorama/views/'))) return `view: ${base}`;
  if (base === 'chunk') {
    const parts = [...new Set(sources.map(describeSource))];
    return parts.length === 0 ? 'shared: bundler runtime' : `shared: ${parts.join(', ')}`;
  }
  return base;
}

/**
 * Reads the built CDN module and follows its imports (parsed by esbuild, not by pattern), measuring the entry with
 * its static imports (the budget) and each lazily loaded chunk.
 */
export async function cdnSizes(entry = CDN_ENTRY): Promise<CdnSizes> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: join(ROOT, 'node_modules/.cache/bench-graph'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const chunks = new Map<string, CdnChunk>();
  for (const [path, input] of Object.entries(result.metafile.inputs)) {
    const absolute = resolve(ROOT, path);
    chunks.set(path, {
      ...sizesOf(path, readFileSync(absolute)),
      file: path,
      staticImports: input.imports.filter((item) => item.kind === 'import-statement').map((item) => item.path),
      dynamicImports: input.imports.filter((item) => item.kind === 'dynamic-import').map((item) => item.path),
      sources: sourcesOf(absolute),
    });
  }
  const closure = (path: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(path)) return seen;
    seen.add(path);
    for (const next of chunks.get(path)?.staticImports ?? []) closure(next, seen);
    return seen;
  };
  const entryPath = relative(ROOT, entry);
  const entryFiles = closure(entryPath);
  const entryRow = sizesOfFiles('CDN entry + static imports', [...entryFiles].map((path) => resolve(ROOT, path)), SIZE_BUDGETS.cdnEntry);

  const lazyRoots = new Set<string>();
  for (const chunk of chunks.values()) for (const path of chunk.dynamicImports) if (!entryFiles.has(path)) lazyRoots.add(path);
  const lazy = [...lazyRoots].map((path) => {
    const chunk = chunks.get(path)!;
    const addedFiles = [...closure(path)].filter((file) => !entryFiles.has(file));
    const added = sizesOfFiles('', addedFiles.map((file) => resolve(ROOT, file)));
    return {
      name: chunkName(path, chunk.sources),
      file: path,
      raw: chunk.raw,
      gzip: chunk.gzip,
      brotli: chunk.brotli,
      sources: chunk.sources,
      addedFiles,
      added: { raw: added.raw, gzip: added.gzip, brotli: added.brotli },
    };
  });
  lazy.sort((a, b) => a.name.localeCompare(b.name));
  return { entry: entryRow, lazy, chunks: [...chunks.values()] };
}

/** What loads before the first results show in one language: the entry, the interface strings, the query functions and the light list. */
export function firstResultsSize(cdn: CdnSizes, language = 'fr'): SizeRow & { files: string[] } {
  const files = new Set(cdn.entry.files);
  for (const chunk of cdn.lazy) {
    if (chunk.name === `list.${language}` || chunk.name.startsWith(`catalog.${language} `) || chunk.name.startsWith('query functions')) {
      for (const file of chunk.addedFiles) files.add(file);
    }
  }
  return sizesOfFiles(`everything before the first results (${language})`, [...files].map((file) => resolve(ROOT, file)));
}

/** Languages that have a built light list (`list.<lang>.js`) in the data package. */
export const dataLanguages = (dir = DATA_DIST): string[] =>
  readdirSync(dir)
    .map((file) => /^list\.([a-z]{2})\.js$/.exec(file)?.[1])
    .filter((lang): lang is string => lang !== undefined)
    .sort();

/** Sizes of each language's data files: the light list (budgeted), the territories, the full text. */
export function dataSizes(dir = DATA_DIST): SizeRow[] {
  const rows: SizeRow[] = [];
  for (const lang of dataLanguages(dir)) {
    rows.push(fileSize(`data: list.${lang}.js`, join(dir, `list.${lang}.js`), SIZE_BUDGETS.listPerLanguage));
    if (existsSync(join(dir, `territories.${lang}.js`))) rows.push(fileSize(`data: territories.${lang}.js`, join(dir, `territories.${lang}.js`)));
    if (existsSync(join(dir, `dataset.${lang}.json`))) rows.push(fileSize(`data: dataset.${lang}.json`, join(dir, `dataset.${lang}.json`)));
  }
  if (existsSync(join(dir, 'dataset.json'))) rows.push(fileSize('data: dataset.json (all languages)', join(dir, 'dataset.json')));
  return rows;
}

/** The two bundles of the core package that tell whether zod stays out of the query functions. */
export const CORE_BUNDLES = {
  queryOnly: "import { queryPractices } from '@alliance-panorama/core'; export const run = (d, q) => queryPractices(d, q);",
  parseDataset: "import { parseDataset } from '@alliance-panorama/core/schema'; export const run = (d) => parseDataset(d);",
} as const;

/** Sizes of a generated dataset in the packed format (ADR 0005), as `alliance-panorama pack` writes it. */
export interface PackedSizeRow {
  practices: number;
  parts: number;
  files: number;
  /** Manifest, actor file and every part: what the widget needs for complete counts and title search. */
  firstUse: SizeRow;
  /** Every excerpt file (card text, and search over summaries). */
  text: SizeRow;
  /** The median detail file (full records of 100 practices): what opening one practice costs. */
  detailMedian: SizeRow;
  /** Every file. */
  all: SizeRow;
  packMs: number;
}

/** Packs generated datasets of each size in French and measures the files (gzip level 9, brotli 11, each file alone). */
export function packedSizes(sizes: readonly number[]): PackedSizeRow[] {
  return sizes.map((practices) => {
    const dataset = generateDataset({ practices, seed: 42 });
    const started = performance.now();
    const { manifest, files } = packDataset(dataset, 'fr');
    const packMs = performance.now() - started;
    const sum = (name: string, rows: SizeRow[]): SizeRow => ({
      name,
      raw: rows.reduce((total, row) => total + row.raw, 0),
      gzip: rows.reduce((total, row) => total + row.gzip, 0),
      brotli: rows.reduce((total, row) => total + row.brotli, 0),
    });
    const firstUse = (path: string) => path === 'index.json' || path === manifest.actors.path || path.startsWith('parts/');
    // Brotli at quality 11 over a hundred megabytes of detail files would take minutes: it is reported for the first
    // use only, the other files in gzip.
    const rows = [{ path: 'index.json', content: manifest }, ...files].map((file) => {
      const text = JSON.stringify(file.content);
      const row = firstUse(file.path) ? sizesOf(file.path, text) : { name: file.path, raw: Buffer.byteLength(text), gzip: gzip(Buffer.from(text)), brotli: 0 };
      return { path: file.path, row };
    });
    const pick = (test: (path: string) => boolean) => rows.filter((item) => test(item.path)).map((item) => item.row);
    const details = pick((path) => path.startsWith('detail/')).sort((a, b) => a.gzip - b.gzip);
    return {
      practices,
      parts: manifest.parts.length,
      files: rows.length,
      firstUse: sum('first use', pick(firstUse)),
      text: sum('excerpts', pick((path) => path.startsWith('text/'))),
      detailMedian: details[Math.floor(details.length / 2)] ?? sizesOf('none', ''),
      all: sum('all', rows.map((item) => item.row)),
      packMs,
    };
  });
}
