#!/usr/bin/env node
// The `alliance-panorama` command (`npx alliance-panorama --help`). This launcher stays plain JavaScript so
// that npm can link it before anything is built; the command itself is src/cli.ts, compiled to dist/cli.js.
let cli;
try {
  cli = await import(new URL('../dist/cli.js', import.meta.url).href);
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  // In a clone of the repository, before `npm run build`: say what to do rather than print a stack trace.
  console.error(`alliance-panorama: ${error.message.split('\n')[0]}`);
  console.error('Build the packages first: npm run build');
  process.exit(2);
}
process.exitCode = cli.main(process.argv.slice(2));
