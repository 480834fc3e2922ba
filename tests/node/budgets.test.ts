/**
 * Size budgets of the design brief, enforced in CI (sizes only: timings are reported by `npm run bench`, never
 * asserted). Reads the built files; when they are missing, builds them first.
 */
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CDN_ENTRY,
  CORE_BUNDLES,
  DATA_DIST,
  ROOT,
  SIZE_BUDGETS,
  bundleSize,
  cdnSizes,
  dataLanguages,
  fileSize,
  options,
  packedSizes,
  type CdnSizes,
} from '../../bench/size.js';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const CORE_DIST = join(ROOT, 'packages/core/dist/index.js');

let cdn: CdnSizes;

beforeAll(async () => {
  if (!existsSync(CDN_ENTRY) || !existsSync(join(DATA_DIST, 'list.fr.js')) || !existsSync(CORE_DIST)) {
    console.log('budgets: built files missing, running `npm run build`');
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  }
  // Every budget is in gzip; brotli at quality 11 over the data chunks would only add seconds.
  options.brotli = false;
  cdn = await cdnSizes();
}, 300_000);

describe('size budgets (gzip)', () => {
  it(`CDN entry with its static imports is within ${kib(SIZE_BUDGETS.cdnEntry)}`, () => {
    console.log(`budgets: CDN entry + static imports = ${kib(cdn.entry.gzip)} gzip over ${cdn.entry.files.length} files (budget ${kib(SIZE_BUDGETS.cdnEntry)})`);
    expect(cdn.entry.files[0]).toBe('packages/widget/dist/cdn/alliance-panorama.js');
    expect(cdn.entry.gzip, `CDN entry is ${kib(cdn.entry.gzip)} gzip`).toBeGreaterThan(1024);
    expect(cdn.entry.gzip, `CDN entry is ${kib(cdn.entry.gzip)} gzip, over ${kib(SIZE_BUDGETS.cdnEntry)}`).toBeLessThanOrEqual(SIZE_BUDGETS.cdnEntry);
  });

  it('data of each language stays out of the entry (loaded on demand)', () => {
    const lazyNames = cdn.lazy.map((chunk) => chunk.name);
    console.log(`budgets: lazy chunks: ${cdn.lazy.map((chunk) => `${chunk.name} ${kib(chunk.gzip)}`).join(', ')}`);
    for (const lang of dataLanguages()) expect(lazyNames).toContain(`list.${lang}`);
    expect(cdn.entry.files.some((file) => /\/(list|dataset)\.[a-z]{2}-/.test(file))).toBe(false);
  });

  it(`each list.<lang>.js is within ${kib(SIZE_BUDGETS.listPerLanguage)}`, () => {
    const languages = dataLanguages();
    expect(languages).toEqual(expect.arrayContaining(['en', 'es', 'fr']));
    for (const lang of languages) {
      const row = fileSize(`list.${lang}.js`, join(DATA_DIST, `list.${lang}.js`));
      console.log(`budgets: packages/data/dist/list.${lang}.js = ${kib(row.gzip)} gzip (budget ${kib(SIZE_BUDGETS.listPerLanguage)})`);
      expect(row.gzip, `list.${lang}.js is ${kib(row.gzip)} gzip, over ${kib(SIZE_BUDGETS.listPerLanguage)}`).toBeLessThanOrEqual(SIZE_BUDGETS.listPerLanguage);
      // The chunk the CDN module loads for this language holds the same data.
      const chunk = cdn.lazy.find((item) => item.name === `list.${lang}`);
      expect(chunk, `no list.${lang} chunk in the CDN build`).toBeDefined();
      expect(chunk!.gzip, `CDN chunk list.${lang} is ${kib(chunk!.gzip)} gzip`).toBeLessThanOrEqual(SIZE_BUDGETS.listPerLanguage);
    }
  });
});

describe('packed data (ADR 0005)', () => {
  it(`the first use of 10,000 generated practices packed (manifest, actors, parts) is within ${kib(SIZE_BUDGETS.packedFirstUseAt10k)}`, () => {
    const [row] = packedSizes([10_000]);
    console.log(`budgets: packed first use at 10,000 = ${kib(row!.firstUse.gzip)} gzip in ${row!.parts} parts (budget ${kib(SIZE_BUDGETS.packedFirstUseAt10k)})`);
    expect(row!.parts).toBe(5);
    expect(row!.firstUse.gzip).toBeGreaterThan(100 * 1024);
    expect(row!.firstUse.gzip).toBeLessThanOrEqual(SIZE_BUDGETS.packedFirstUseAt10k);
  });

  it.each(['packages/widget/dist/packed-worker.js', 'packages/widget/dist/cdn/chunks/packed-worker.js'])(
    '%s imports nothing (bundlers copy it as a file; the CDN loads it alone)',
    async (file) => {
      const result = await build({ entryPoints: [join(ROOT, file)], bundle: true, write: false, metafile: true, logLevel: 'silent', format: 'esm' });
      expect(Object.keys(result.metafile.inputs)).toEqual([file]);
    },
  );
});

describe('zod stays out of the query functions', () => {
  it('a bundle of only queryPractices from the built core contains no zod', async () => {
    const bundle = await bundleSize('queryPractices', CORE_BUNDLES.queryOnly);
    console.log(`budgets: queryPractices alone = ${kib(bundle.gzip)} gzip, zod inside: ${bundle.hasZod}`);
    expect(bundle.gzip).toBeGreaterThan(500);
    expect(bundle.hasZod).toBe(false);
  });

  it('the same holds for the TypeScript sources', async () => {
    const bundle = await bundleSize('queryPractices (sources)', CORE_BUNDLES.queryOnly, { source: true });
    expect(bundle.inputs).toBeGreaterThan(1);
    expect(bundle.hasZod).toBe(false);
  });

  it('the check sees zod where it is (parseDataset)', async () => {
    const bundle = await bundleSize('parseDataset', CORE_BUNDLES.parseDataset);
    console.log(`budgets: parseDataset = ${kib(bundle.gzip)} gzip, zod inside: ${bundle.hasZod}`);
    expect(bundle.hasZod).toBe(true);
  });
});
