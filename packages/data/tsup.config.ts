import { defineConfig } from 'tsup';

// Compiles the `alliance-panorama` command (src/cli.ts) to dist/cli.js, after scripts/build.ts has written the
// data files: `clean` stays off so that they are kept. `@alliance-panorama/core` stays external (a dependency).
export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  dts: false,
  clean: false,
  sourcemap: false,
  splitting: false,
  outDir: 'dist',
});
