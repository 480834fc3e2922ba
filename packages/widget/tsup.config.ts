import { defineConfig, type Options } from 'tsup';

// The npm build keeps lit, React, @lit/react and our packages external: the site's bundler deduplicates them.
const shared = {
  format: ['esm'],
  target: 'es2022',
  clean: false,
  external: ['lit', /^lit\//, /^@alliance-panorama\//, 'react', /^react\//, '@lit/react'],
  outDir: 'dist',
} satisfies Options;

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', define: 'src/define.ts', react: 'src/react.ts' },
    dts: true,
    sourcemap: true,
    splitting: true,
    treeshake: true,
  },
  // The packed-data worker (ADR 0005), self-contained: the client finds it with `new URL('./packed-worker.js',
  // import.meta.url)`, which bundlers copy as a file without bundling it, so it must not import anything.
  {
    entry: { 'packed-worker': 'src/packed/packed-worker.ts' },
    format: ['esm'],
    target: 'es2022',
    outDir: 'dist',
    clean: false,
    noExternal: [/./],
    splitting: false,
    minify: true,
    sourcemap: true,
  },
  // Types only, for code that imports the self-contained CDN module (dist/cdn/alliance-panorama.js, built by
  // scripts/build-cdn.mjs). A build of its own keeps its declarations out of the chunks of the other entries.
  { ...shared, entry: { cdn: 'src/cdn.ts' }, dts: { only: true } },
]);
