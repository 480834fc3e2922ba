import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { queryPractices, type DatasetView } from '@alliance-panorama/core';
import { list as listEn } from '@alliance-panorama/data/list/en';
import { list as listEs } from '@alliance-panorama/data/list/es';
import { list as listFr } from '@alliance-panorama/data/list/fr';
import '../../../packages/widget/src/define.js';
import { en } from '../../../packages/widget/src/i18n/en.js';
import { es } from '../../../packages/widget/src/i18n/es.js';
import { fr } from '../../../packages/widget/src/i18n/fr.js';
import type { Catalog } from '../../../packages/widget/src/i18n/index.js';
import { setSourceTimeout } from '../../../packages/widget/src/shared/source.js';
import type { AlliancePanorama } from '../../../packages/widget/src/panorama/alliance-panorama.js';
import type { AllianceErrorEvent, LoadErrorCode } from '../../../packages/widget/src/events/index.js';
import { panoramaReady, trapErrors, visibleText } from '../fixtures/hardening-helpers.js';

// Every way a `src` can fail: the user gets a localized error with a retry button, the page gets no uncaught
// error, and the bundled data stays on screen and usable.

const LANGUAGES = [
  { lang: 'fr', t: fr, list: listFr },
  { lang: 'en', t: en, list: listEn },
  { lang: 'es', t: es, list: listEs },
] as const satisfies readonly { lang: string; t: Catalog; list: DatasetView }[];

/** How long the tests let a silent server hang before the widget gives up (the default is 15 s). */
const SHORT_TIMEOUT_MS = 700;

interface Case {
  readonly name: string;
  readonly src: string;
  readonly code: LoadErrorCode;
  readonly reason: (t: Catalog, issues: number) => string;
  readonly issues?: number;
}

const CASES: readonly Case[] = [
  { name: 'an unreachable host', src: 'http://127.0.0.1:9/dataset.json', code: 'network', reason: (t) => t.errorNetwork },
  { name: 'a 404', src: '/__fixtures__/missing', code: 'http-status', reason: (t) => t.errorStatus(404) },
  { name: 'a 500', src: '/__fixtures__/server-error', code: 'http-status', reason: (t) => t.errorStatus(500) },
  { name: 'a server that never answers', src: '/__fixtures__/never', code: 'timeout', reason: (t) => t.errorTimeout },
  { name: 'a body that stops half-way', src: '/__fixtures__/stall', code: 'timeout', reason: (t) => t.errorTimeout },
  { name: 'HTML served as 200', src: '/__fixtures__/not-json', code: 'not-json', reason: (t) => t.errorNotJson },
  { name: 'truncated JSON', src: '/__fixtures__/truncated-json', code: 'not-json', reason: (t) => t.errorNotJson },
  { name: 'an empty file', src: '/__fixtures__/empty', code: 'not-json', reason: (t) => t.errorNotJson },
  { name: 'a JSON array', src: '/__fixtures__/json-array', code: 'invalid-dataset', reason: (t, n) => t.errorInvalid(n), issues: 1 },
  { name: 'an empty JSON object', src: '/__fixtures__/json-object', code: 'invalid-dataset', reason: (t, n) => t.errorInvalid(n) },
  { name: 'JSON null', src: '/__fixtures__/json-null', code: 'invalid-dataset', reason: (t, n) => t.errorInvalid(n), issues: 1 },
  { name: 'three bad records among good ones', src: '/__fixtures__/some-bad', code: 'invalid-dataset', reason: (t, n) => t.errorInvalid(n), issues: 3 },
  { name: 'a 64 MiB file without Content-Length', src: '/__fixtures__/huge', code: 'too-large', reason: (t) => t.errorTooLarge },
  { name: 'a 64 MiB file announced by Content-Length', src: '/__fixtures__/huge-declared', code: 'too-large', reason: (t) => t.errorTooLarge },
];

/** Creates a panorama with `src`, waiting for the first `alliance-error` event. */
async function failing(lang: string, src: string): Promise<{ element: AlliancePanorama; event: AllianceErrorEvent }> {
  const container = await fixture(html`<div></div>`);
  const element = document.createElement('alliance-panorama');
  element.lang = lang;
  const errored = oneEvent(element, 'alliance-error') as unknown as Promise<AllianceErrorEvent>;
  element.src = src;
  container.append(element);
  return { element, event: await errored };
}

async function streamStats(name: string): Promise<{ total: number; sent: number; closed: boolean }> {
  const stats = await (await fetch('/__fixtures__/huge-stats')).json();
  return stats[name];
}

describe('hardening: failing networks for src', function () {
  this.timeout(20_000);
  let previousTimeout: number;
  let trap: ReturnType<typeof trapErrors>;

  beforeEach(() => {
    previousTimeout = setSourceTimeout(SHORT_TIMEOUT_MS);
    trap = trapErrors();
  });
  afterEach(() => {
    setSourceTimeout(previousTimeout);
    trap.stop();
  });

  CASES.forEach((testCase, index) => {
    const { lang, t, list } = LANGUAGES[index % LANGUAGES.length]!;
    it(`${testCase.name}: a ${lang} error with a retry button, no uncaught error, bundled data usable`, async () => {
      const { element, event } = await failing(lang, testCase.src);
      expect(event.error.code).to.equal(testCase.code);
      const issues = event.error.issues?.length ?? 0;
      if (testCase.issues !== undefined) expect(issues).to.equal(testCase.issues);

      const root = await panoramaReady(element);
      await waitUntil(() => root.querySelector('[part=error]'), 'no error state');
      const error = root.querySelector('[part=error]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      const text = visibleText(error);
      expect(text).to.contain(t.errorTitle);
      expect(text).to.contain(testCase.reason(t, issues));
      expect(text).to.contain(t.errorKept);
      const retry = error.querySelector('button')!;
      expect(visibleText(retry)).to.equal(t.retry);

      // The bundled data is on screen and a facet still filters it.
      const count = () => visibleText(root.querySelector('[role=status]'));
      expect(count()).to.equal(t.results(list.practices.length));
      const checkbox = root.querySelector<HTMLInputElement>('input[data-facet=statuses][data-value=ongoing]')!;
      checkbox.click();
      await element.updateComplete;
      const expected = queryPractices(list, { statuses: ['ongoing'], locale: lang }).total;
      expect(expected).to.be.lessThan(list.practices.length);
      expect(count()).to.equal(t.results(expected));

      // Retrying fails the same way, and says so again.
      const again = oneEvent(element, 'alliance-error') as unknown as Promise<AllianceErrorEvent>;
      retry.click();
      expect((await again).error.code).to.equal(testCase.code);
      await waitUntil(() => root.querySelector('[part=error]'), 'no error state after retry');
      expect(trap.errors).to.deep.equal([]);
    });
  });

  it('stops reading a file without Content-Length soon after 8 MiB', async () => {
    await failing('en', '/__fixtures__/huge');
    const stats = await streamStats('huge');
    console.log(`oversized src without Content-Length: the server produced ${stats.sent} of ${stats.total} bytes`);
    // The server produced what the network buffers took, far less than the 64 MiB on offer.
    expect(stats.sent).to.be.greaterThan(8 * 1024 * 1024);
    expect(stats.sent).to.be.lessThan(32 * 1024 * 1024);
    await waitUntil(async () => (await streamStats('huge')).closed, 'the connection stayed open', { timeout: 5000 });
  });

  it('refuses a file announced as too large without reading it, and closes the connection', async () => {
    await failing('en', '/__fixtures__/huge-declared');
    await waitUntil(async () => (await streamStats('huge-declared')).closed, 'the connection stayed open', { timeout: 5000 });
    const stats = await streamStats('huge-declared');
    console.log(`oversized src with Content-Length: the server produced ${stats.sent} of ${stats.total} bytes`);
    // Only what the browser's network buffers took before the cancel (about 6.5 MB here).
    expect(stats.sent).to.be.lessThan(32 * 1024 * 1024);
  });

  it('waits for a slow trickle that completes, and shows its data', async () => {
    setSourceTimeout(15_000);
    const errors: AllianceErrorEvent[] = [];
    const element = await fixture<AlliancePanorama>(
      html`<alliance-panorama lang="en" q="served slowly" src="/__fixtures__/trickle" @alliance-error=${(event: AllianceErrorEvent) => errors.push(event)}></alliance-panorama>`,
    );
    const root = element.shadowRoot!;
    // Meanwhile the bundled data is usable.
    await panoramaReady(element);
    expect(root.querySelector('.card-title')).to.equal(null);
    await waitUntil(() => root.querySelector('.card-title')?.textContent?.includes('Practice served slowly'), 'the slow data never showed', { timeout: 12_000 });
    expect(root.querySelectorAll('.card-title')).to.have.length(1);
    expect(root.querySelector('[part=error]')).to.equal(null);
    expect(errors).to.deep.equal([]);
    expect(trap.errors).to.deep.equal([]);
  });

  it('abandons a hanging load without an error when src changes or the element leaves the page', async () => {
    setSourceTimeout(2000);
    const errors: AllianceErrorEvent[] = [];
    const element = await fixture<AlliancePanorama>(
      html`<alliance-panorama lang="en" q="served by src" src="/__fixtures__/never" @alliance-error=${(event: AllianceErrorEvent) => errors.push(event)}></alliance-panorama>`,
    );
    element.src = '/__fixtures__/renamed';
    const root = element.shadowRoot!;
    await waitUntil(() => root.querySelector('.card-title')?.textContent?.includes('Practice served by src'), 'the second src never showed');
    const other = document.createElement('alliance-panorama');
    other.addEventListener('alliance-error', (event) => errors.push(event));
    other.src = '/__fixtures__/never';
    document.body.append(other);
    await panoramaReady(other);
    other.remove();
    // Past the timeout of both hanging loads: neither may report anything.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(errors.map((event) => event.error.code)).to.deep.equal([]);
    expect(root.querySelector('[part=error]')).to.equal(null);
    expect(trap.errors).to.deep.equal([]);
  });
});
