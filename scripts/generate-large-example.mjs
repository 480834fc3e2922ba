// Writes examples/generated/packed-10000/: 10,000 generated practices (synthetic text, made up by
// `generateDataset`) in the packed format, for examples/large.html, the scale demonstration. Run by `npm run build`
// after the packages (it imports the built core); the folder is git-ignored and rewritten only when missing.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packDataset } from '@alliance-panorama/core/packed';
import { generateDataset } from '@alliance-panorama/core/testing';

const out = fileURLToPath(new URL('../examples/generated/packed-10000/', import.meta.url));
if (existsSync(join(out, 'index.json')) && !process.argv.includes('--force')) process.exit(0);
rmSync(out, { recursive: true, force: true });
const { manifest, files } = packDataset(generateDataset({ practices: 10_000, seed: 42 }), 'fr');
for (const file of [...files, { path: 'index.json', content: manifest }]) {
  const target = join(out, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify(file.content));
}
console.log(`examples/generated/packed-10000: ${files.length + 1} files for examples/large.html`);
