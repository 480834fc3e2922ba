import { defineConfig } from 'tsup';

// The npm build keeps lit and our packages external: the site's bundler deduplicates them.
export default defineConfig({
  entry: { index: 'src/index.ts', define: 'src/define.ts' },
  format: ['esm'],
  target: 'es2022',
  dts: true,
  clean: false,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  external: ['lit', /^lit\//, /^@alliance-panorama\//],
  outDir: 'dist',
});
