import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { queryPractices } from '@alliance-panorama/core';
import { list as listEn } from '@alliance-panorama/data/list/en';
import { list as listFr } from '@alliance-panorama/data/list/fr';
import '../src/define.js';
import type { AlliancePanorama } from '../src/panorama/alliance-panorama.js';
import { countText, ready, toggle } from './helpers.js';

describe('interface languages beyond the content languages', () => {
  it('shows a German interface with English content, says so, and marks the content language', async () => {
    const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="de"></alliance-panorama>`);
    const root = await ready(element);
    expect(root.querySelector('label[for$="-q"]')!.textContent).to.not.equal('Search practices');
    const note = root.querySelector('.note')!;
    expect(note.textContent).to.match(/Englisch|englisch/);
    expect(root.querySelector('.cards')!.getAttribute('lang')).to.equal('en');
    const firstTitle = root.querySelector('.card-title button')!.textContent!.trim();
    expect(listEn.practices.some((practice) => practice.title.en === firstTitle)).to.equal(true);
    await expect(element).to.be.accessible();
  });

  for (const [language, content] of [['ca', 'es'], ['it', 'fr'], ['pt', 'es']] as const) {
    it(`${language}: interface strings of its own, content in ${content}`, async () => {
      const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang=${language}></alliance-panorama>`);
      const root = await ready(element);
      expect(root.querySelector('.cards')!.getAttribute('lang')).to.equal(content);
      expect(root.querySelector('.note')).to.not.equal(null);
      await expect(element).to.be.accessible();
    });
  }

  it('shows no note when the interface language has content of its own', async () => {
    const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="es"></alliance-panorama>`);
    const root = await ready(element);
    expect(root.querySelector('.note')).to.equal(null);
  });
});

describe('get the data', () => {
  let captured: Blob[] = [];
  const original = URL.createObjectURL;
  beforeEach(() => {
    captured = [];
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      captured.push(blob as Blob);
      return original.call(URL, blob);
    };
  });
  afterEach(() => {
    URL.createObjectURL = original;
  });

  it('downloads the current selection as CSV and JSON, built in the browser', async () => {
    const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="fr"></alliance-panorama>`);
    const root = await ready(element);
    await toggle(element, 'territories', 'grenoble');
    const expected = queryPractices(listFr, { territories: ['grenoble'], pageSize: Infinity }).items.map((p) => p.id).sort();
    expect(countText(root)).to.match(new RegExp(`^${expected.length} pratiques`));
    const [csvButton, jsonButton] = [...root.querySelectorAll<HTMLButtonElement>('.download button')];
    expect(csvButton!.getAttribute('aria-label')).to.contain(String(expected.length));
    csvButton!.click();
    await waitUntil(() => captured.length === 1, 'no CSV built', { timeout: 5000 });
    const csv = await captured[0]!.text();
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).to.match(/^id,territory,/);
    expect(lines[0]).to.contain('summary_fr');
    expect(lines[0]).to.not.contain('summary_en');
    const ids = lines.slice(1).map((line) => line.split(',')[0]).sort();
    expect(ids).to.deep.equal(expected);
    jsonButton!.click();
    await waitUntil(() => captured.length === 2, 'no JSON built', { timeout: 5000 });
    const json = JSON.parse(await captured[1]!.text());
    expect(json.practices.map((p: { id: string }) => p.id).sort()).to.deep.equal(expected);
    expect(json.territories.map((t: { id: string }) => t.id)).to.deep.equal(['grenoble']);
    expect(json.practices[0].sources.length).to.be.greaterThan(0);
  });
});
