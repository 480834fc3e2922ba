// `npm start`: builds the packages, then serves the repository on http://localhost:8000 (PORT to change) and
// points to the examples. Everything is served from this machine: the widget makes no third-party request.
import { spawn, spawnSync } from 'node:child_process';

const port = process.env.PORT ?? '8000';
if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
console.log(`\nAlliance Panorama examples: http://localhost:${port}/examples/\n`);
const server = spawn('npx', ['sirv', '.', '--port', port, '--host', '127.0.0.1', '--dev', '--quiet'], { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
