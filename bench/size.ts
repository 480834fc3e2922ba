/** Size benchmark: gzip and brotli sizes of bundles and data files. */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

export interface SizeRow {
  name: string;
  raw: number;
  gzip: number;
  brotli: number;
  budget?: number;
}

export function sizesOf(name: string, content: Uint8Array | string, budget?: number): SizeRow {
  const buffer = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
  return {
    name,
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    ...(budget === undefined ? {} : { budget }),
  };
}

/** Bundles a snippet the way a site would (minified ESM, built package output) and measures it. */
export async function bundleSize(name: string, contents: string, budget?: number): Promise<SizeRow & { hasZod: boolean }> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0]!.contents;
  const hasZod = Object.keys(result.metafile.inputs).some((input) => input.includes('node_modules/zod'));
  return { ...sizesOf(name, output, budget), hasZod };
}

export const fileSize = (name: string, path: string, budget?: number) => sizesOf(name, readFileSync(path), budget);
