// Test-only routes of the web-test-runner server, to exercise `src` loading: good and bad datasets, errors,
// slow answers. Everything stays on the test server's own origin.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hardeningFixture, STRICT_CSP, strictCspPaths } from './fixtures/hardening-routes.mjs';
import { packedFixture } from './fixtures/packed-routes.mjs';

const datasetPath = fileURLToPath(new URL('../../packages/data/dist/dataset.json', import.meta.url));

/** A Koa middleware for the test server, answering `/__fixtures__/*` (with real HTTP statuses). */
export function fixtureMiddleware() {
  return async (context, next) => {
    // Pages that must run under the strict policy of docs/security-csp.md get it as a real response header.
    if (strictCspPaths(context.path)) {
      context.set('Content-Security-Policy', STRICT_CSP);
      return next();
    }
    const answer = fixture(context) ?? (await packedFixture(context)) ?? (await hardeningFixture(context));
    if (!answer) return next();
    if (answer.handled) return undefined;
    context.status = answer.status ?? 200;
    context.type = answer.type;
    if (answer.length !== undefined) context.length = answer.length;
    context.body = answer.body;
  };
}

function fixture(context) {
  {
    {
      const path = context.path;
      if (!path.startsWith('/__fixtures__/')) return undefined;
      // No .json extension in these paths: the esbuild plugin would turn .json files into JS modules.
      const name = path.slice('/__fixtures__/'.length);
      const json = (body, status = 200) => ({ body, status, type: 'application/json' });
      switch (name) {
        case 'dataset':
          return json(readFileSync(datasetPath, 'utf8'));
        case 'renamed': {
          // A valid dataset whose first practice has a recognisable title in every language.
          const dataset = JSON.parse(readFileSync(datasetPath, 'utf8'));
          dataset.practices[0].title = { fr: 'Pratique servie par src', en: 'Practice served by src', es: 'Práctica servida por src' };
          return json(JSON.stringify(dataset));
        }
        case 'invalid': {
          const dataset = JSON.parse(readFileSync(datasetPath, 'utf8'));
          dataset.practices[0].sources[0].url = 'javascript:alert(1)';
          return json(JSON.stringify(dataset));
        }
        case 'not-json':
          return { body: '<!doctype html><title>Not found</title><p>Oops', type: 'text/html' };
        case 'empty':
          return json('');
        case 'missing':
          return { status: 404, body: 'Not found', type: 'text/plain' };
        case 'server-error':
          return { status: 500, body: 'Internal error', type: 'text/plain' };
        default:
          return undefined;
      }
    }
  }
}
