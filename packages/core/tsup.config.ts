import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', vocabulary: 'src/vocabulary.ts', labels: 'src/labels.ts', 'export/index': 'src/export/index.ts', 'schema/index': 'src/schema/index.ts', 'testing/index': 'src/testing/index.ts', 'packed/index': 'src/packed/index.ts' },
  format: ['esm'],
  target: 'es2022',
  dts: true,
  clean: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
});
