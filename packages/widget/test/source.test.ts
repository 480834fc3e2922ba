import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { list as listFr } from '@alliance-panorama/data/list/fr';
import '../src/define.js';
import type { AlliancePanorama } from '../src/panorama/alliance-panorama.js';
import type { AllianceErrorEvent } from '../src/events/index.js';
import { countText, ready } from './helpers.js';

describe('<alliance-panorama src>', () => {
  it('shows a valid dataset from src', async () => {
    const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="en" q="served by src" src="/__fixtures__/renamed"></alliance-panorama>`);
    const root = element.shadowRoot!;
    await waitUntil(() => root.querySelector('.card-title')?.textContent?.includes('Practice served by src'), 'src data not shown', { timeout: 5000 });
    expect(root.querySelectorAll('.card-title')).to.have.length(1);
    expect(root.querySelector('[part=error]')).to.equal(null);
  });

  for (const [name, file, message] of [
    ['a 404', 'missing', 'HTTP 404'],
    ['a server error', 'server-error', 'HTTP 500'],
    ['HTML served as 200', 'not-json', 'not valid JSON'],
    ['an empty file', 'empty', 'not valid JSON'],
    ['a dataset with a javascript: URL', 'invalid', 'does not follow the dataset schema'],
    ['an unreachable host', 'http://127.0.0.1:9/none.json', 'could not be reached'],
  ] as const) {
    it(`shows a readable error for ${name}, keeps the bundled data and fires alliance-error`, async () => {
      const src = file.startsWith('http') ? file : `/__fixtures__/${file}`;
      const container = await fixture(html`<div></div>`);
      const element = document.createElement('alliance-panorama');
      element.lang = 'en';
      const errored = oneEvent(element, 'alliance-error') as unknown as Promise<AllianceErrorEvent>;
      element.src = src;
      container.append(element);
      const event = await errored;
      expect(event.error.code).to.be.a('string');
      const root = await ready(element);
      await waitUntil(() => root.querySelector('[part=error]'), 'no error state');
      const error = root.querySelector('[part=error]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain(message);
      expect(error.querySelector('button')!.textContent).to.equal('Try again');
      expect(countText(root)).to.equal(`${listFr.practices.length} practices`);
      await expect(element).to.be.accessible();
    });
  }

  it('reports schema issues with codes and paths in the error event', async () => {
    const container = await fixture(html`<div></div>`);
    const element = document.createElement('alliance-panorama');
    const errored = oneEvent(element, 'alliance-error') as unknown as Promise<AllianceErrorEvent>;
    element.src = '/__fixtures__/invalid';
    container.append(element);
    const { error } = await errored;
    expect(error.code).to.equal('invalid-dataset');
    expect(error.issues?.[0]).to.include({ code: 'invalid_url' });
    expect(error.issues?.[0]?.path).to.deep.equal(['practices', 0, 'sources', 0, 'url']);
  });
});
