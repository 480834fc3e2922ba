/**
 * A small static server for the browser benchmarks, on 127.0.0.1 and a free port: serves the repository (as
 * `npm start` does), compresses text with gzip as any static host would, and lets the benchmark put generated
 * files at given paths (a dataset for `src`, or a replacement for the bundled list of one language).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.map', '.txt']);

export interface StaticServer {
  /** Origin such as `http://127.0.0.1:41234`. */
  origin: string;
  /** Serves `body` at `path` (absolute URL path) instead of the file, until `clear`. */
  put(path: string, body: string, type?: string): void;
  clear(): void;
  /** Number of requests answered, by path, since the last `clear` (to check that an override was used). */
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startServer(root: string): Promise<StaticServer> {
  const overrides = new Map<string, { body: Buffer; gzip?: Buffer; type: string }>();
  const gzipCache = new Map<string, { mtime: number; body: Buffer }>();
  const hits = new Map<string, number>();

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const send = (status: number, type: string, body: Buffer, gzip?: () => Buffer) => {
      const headers: Record<string, string | number> = { 'content-type': type, 'cache-control': 'no-cache' };
      let payload = body;
      if (gzip && acceptsGzip && body.length > 1024) {
        payload = gzip();
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = payload.length;
      response.writeHead(status, headers);
      response.end(request.method === 'HEAD' ? undefined : payload);
    };

    const override = overrides.get(path);
    if (override) {
      send(200, override.type, override.body, () => (override.gzip ??= gzipSync(override.body, { level: 6 })));
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      send(404, 'text/plain; charset=utf-8', Buffer.from('not found'));
      return;
    }
    const extension = extname(file);
    const type = TYPES[extension] ?? 'application/octet-stream';
    if (!COMPRESSIBLE.has(extension)) {
      response.writeHead(200, { 'content-type': type, 'content-length': statSync(file).size, 'cache-control': 'no-cache' });
      createReadStream(file).pipe(response);
      return;
    }
    const body = readFileSync(file);
    const mtime = statSync(file).mtimeMs;
    send(200, type, body, () => {
      const cached = gzipCache.get(file);
      if (cached && cached.mtime === mtime) return cached.body;
      const compressed = gzipSync(body, { level: 6 });
      gzipCache.set(file, { mtime, body: compressed });
      return compressed;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    put(path, body, type = TYPES[extname(path)] ?? 'application/octet-stream') {
      overrides.set(path, { body: Buffer.from(body), type });
    },
    clear() {
      overrides.clear();
      hits.clear();
    },
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
