// Builds the self-contained CDN module: dist/cdn/alliance-panorama.js plus chunks beside it (one per language of
// data, the detail text, and the validator loaded only for `src`). Prints the gzip size of what loads first.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

/** Minifies the CSS inside Lit's css`` templates (esbuild leaves template text alone). Our styles hold no strings. */
const minifyLitCss = {
  name: 'minify-lit-css',
  setup(build) {
    build.onLoad({ filter: /src\/.*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes('css`')) return undefined;
      const contents = source.replace(/css`([^`]*)`/g, (_, text) =>
        `css\`${text
          .replace(/\/\*[^]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{}:;,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim()}\``,
      );
      return { contents, loader: 'ts' };
    });
  },
};

const outdir = 'dist/cdn';
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { 'alliance-panorama': 'src/cdn.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  metafile: true,
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  // Package exports resolve to built files; the source condition is for tests only.
  conditions: ['browser', 'import', 'default'],
  tsconfig: '../../tsconfig.base.json',
  logLevel: 'warning',
  plugins: [minifyLitCss],
});

// The packed-data worker (ADR 0005): one self-contained file beside the chunks, since the client chunk that
// starts it looks for `./packed-worker.js` next to itself. A worker has its own module graph, so sharing chunks
// with the page would save nothing.
await build({
  entryPoints: ['src/packed/packed-worker.ts'],
  outfile: `${outdir}/chunks/packed-worker.js`,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  conditions: ['browser', 'import', 'default'],
  tsconfig: '../../tsconfig.base.json',
  logLevel: 'warning',
});

const entry = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint === 'src/cdn.ts');
const staticImports = (path, seen = new Set()) => {
  if (seen.has(path)) return seen;
  seen.add(path);
  for (const item of result.metafile.outputs[path].imports) if (item.kind === 'import-statement') staticImports(item.path, seen);
  return seen;
};
let total = 0;
for (const path of staticImports(entry[0])) total += gzipSync(readFileSync(path), { level: 9 }).length;
console.log(`CDN module before first render: ${(total / 1024).toFixed(1)} KiB gzip (budget 20 KiB)`);
