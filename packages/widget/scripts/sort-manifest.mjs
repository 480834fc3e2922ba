// Sorts the modules of a custom-elements.json by path. The analyzer lists them in the order the file system
// returns them, which differs between machines and copies: sorted, the committed manifest is reproducible.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2] ?? 'custom-elements.json';
const manifest = JSON.parse(readFileSync(file, 'utf8'));
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
