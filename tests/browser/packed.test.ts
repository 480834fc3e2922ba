import { expect, waitUntil } from '@open-wc/testing';
import { PILLARS, coverage, queryPractices, type Dataset } from '@alliance-panorama/core';
import { listSlice } from '@alliance-panorama/core/export';
import { fr } from '../../packages/widget/src/i18n/fr.js';
import { openFrame, trapErrors, visibleText } from './fixtures/hardening-helpers.js';

// A packed dataset at `src` (ADR 0005), with the built CDN module as a host page loads it: the engine runs in a
// worker, or on the main thread when the page's CSP forbids workers; answers equal `queryPractices` over the
// same data; a failing part is reported and what loaded stays.

type AxeWindow = Window & { axe: { run(context: Element): Promise<{ violations: { id: string }[] }> } };

let reference: Dataset;
before(async () => {
  reference = (await (await fetch('/__fixtures__/dataset')).json()) as Dataset;
});

const count = (root: ShadowRoot) => visibleText(root.querySelector('p.count[role=status]'));
const tabs = (root: ShadowRoot) => [...root.querySelectorAll('[role=tab]')].map((tab) => (tab as HTMLElement).dataset.view);
/** Practices fetched by the page itself (a worker's fetches are not in the page's resource timing). */
const pageFetches = (win: Window, what: string) =>
  (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.name.includes(what)).length;

/** Opens a host page on a packed set and waits for the packed data (three tabs) to be complete. */
async function openPacked(mode: 'worker' | 'no-worker' | 'strict' | 'strict-no-policy', set = 'real') {
  const frame = await openFrame(`/__fixtures__/packed-page/${mode}?set=${set}`);
  const element = frame.contentDocument!.querySelector('alliance-panorama')!;
  await waitUntil(
    () => element.shadowRoot && tabs(element.shadowRoot).length === 3 && element.shadowRoot.querySelector('.cards:not(.skeleton)') && !element.shadowRoot.querySelector('[part=progress]'),
    'the packed data did not finish loading',
    { timeout: 15_000 },
  );
  return { frame, win: frame.contentWindow!, element, root: element.shadowRoot! };
}

async function search(root: ShadowRoot, text: string, expected: number) {
  const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await waitUntil(() => count(root) === fr.results(expected), `count for "${text}" never became ${expected}: ${count(root)}`, { timeout: 5000 });
}

describe('packed data at src', function () {
  this.timeout(40_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const mode of ['worker', 'no-worker'] as const) {
    it(`${mode}: shows every practice and answers searches as queryPractices does, with the list, map and matrix views`, async () => {
      const { win, root } = await openPacked(mode);
      const errors = trapErrors(win);
      const light = listSlice(reference, 'fr');
      expect(count(root)).to.equal(fr.results(reference.practices.length));
      expect(tabs(root)).to.deep.equal(['list', 'map', 'matrix']);
      for (const text of ['logement', 'droits ville', 'zzzz']) {
        await search(root, text, queryPractices(light, { text, locale: 'fr' }).total);
      }
      // Where the parts were fetched tells where the engine ran.
      if (mode === 'worker') expect(pageFetches(win, '/packed/real/parts/')).to.equal(0);
      else expect(pageFetches(win, '/packed/real/parts/')).to.equal(3);
      errors.stop();
      expect(errors.errors).to.deep.equal([]);
    });
  }

  for (const [mode, policy] of [['strict', true], ['strict-no-policy', false]] as const) {
    it(`strict CSP with Trusted Types, ${policy ? 'allowing' : 'not allowing'} the alliance-panorama policy: same results, ${policy ? 'in a worker, no violation' : 'on the main thread, one violation'}`, async () => {
      const { win, root } = await openPacked(mode);
      const recorded = (win as Window & { recorded: { errors: string[]; violations: string[] } }).recorded;
      await search(root, 'logement', queryPractices(listSlice(reference, 'fr'), { text: 'logement', locale: 'fr' }).total);
      expect(pageFetches(win, '/packed/real/parts/')).to.equal(policy ? 0 : 3);
      // Refused, the policy name is reported once, and nothing else: that is how a host learns to allow it.
      if (policy) expect(recorded.violations).to.deep.equal([]);
      else expect(recorded.violations.map((line) => line.split(' ')[0])).to.deep.equal(['trusted-types']);
      expect(recorded.errors).to.deep.equal([]);
    });
  }

  it('opens a detail with the full record, loaded on demand, and is accessible', async () => {
    const { win, root } = await openPacked('worker');
    const first = root.querySelector<HTMLButtonElement>('.card-title button')!;
    const id = first.dataset.practice!;
    first.click();
    await waitUntil(() => root.querySelector('dialog[open] .detail'), 'the detail did not open', { timeout: 5000 });
    const practice = reference.practices.find((candidate) => candidate.id === id)!;
    const dialog = root.querySelector('dialog')!;
    expect(visibleText(dialog.querySelector('h2'))).to.equal(practice.title.fr);
    expect(dialog.querySelectorAll('a[href]').length).to.be.at.least(practice.sources.length);
    const { violations } = await (win as AxeWindow).axe.run(root.host);
    expect(violations.map((violation) => violation.id)).to.deep.equal([]);
  });

  it('the map view counts the practices of each territory', async () => {
    const { root } = await openPacked('worker');
    root.querySelector<HTMLButtonElement>('[role=tab][data-view=map]')!.click();
    await waitUntil(() => root.querySelector('svg.map'), 'no map', { timeout: 5000 });
    const light = listSlice(reference, 'fr');
    const counts = queryPractices(light, { locale: 'fr' }).facets.territories;
    const marked = Object.values(counts).reduce((sum, value) => sum + value, 0);
    expect(marked).to.equal(reference.practices.length);
    expect(root.querySelector('svg.map')!.getAttribute('aria-label')).to.contain(String(reference.territories.length));
  });

  it('the matrix view shows the coverage computed by the worker, equal to coverage() on the same data', async () => {
    const { root } = await openPacked('worker');
    await search(root, 'logement', queryPractices(listSlice(reference, 'fr'), { text: 'logement', locale: 'fr' }).total);
    root.querySelector<HTMLButtonElement>('[role=tab][data-view=matrix]')!.click();
    await waitUntil(() => root.querySelector('table.pillars td[data-territory]'), 'no matrix', { timeout: 5000 });
    const { rows } = coverage(listSlice(reference, 'fr'), { text: 'logement', locale: 'fr' });
    for (const row of rows) {
      for (const pillar of PILLARS) {
        const cell = root.querySelector(`table.pillars td[data-territory="${row.territory}"][data-column="${pillar}"]`)!;
        expect(Number(cell.textContent), `${row.territory} × ${pillar}`).to.equal(row.pillars[pillar]);
      }
    }
  });

  it('says what is still loading: a search covers titles until the excerpts arrive', async () => {
    const frame = await openFrame('/__fixtures__/packed-page/worker?set=slow-text');
    const element = frame.contentDocument!.querySelector('alliance-panorama')!;
    await waitUntil(() => visibleText(element.shadowRoot?.querySelector('[part=progress]')) === fr.textLoading, 'no note on the summaries', { timeout: 10_000 });
    const root = element.shadowRoot!;
    // Meanwhile the counts are complete (the excerpts take 1.5 s more).
    await waitUntil(() => count(root) === fr.results(reference.practices.length), `count: ${count(root)}`, { timeout: 1000 });
    expect(visibleText(root.querySelector('[part=progress]'))).to.equal(fr.textLoading);
    await waitUntil(() => !root.querySelector('[part=progress]'), 'the note stayed', { timeout: 10_000 });
    await search(root, 'logement', queryPractices(listSlice(reference, 'fr'), { text: 'logement', locale: 'fr' }).total);
  });

  it('a part that fails its check is reported with its path, and what loaded stays', async () => {
    const frame = await openFrame('/__fixtures__/packed-page/worker?set=broken-part');
    const element = frame.contentDocument!.querySelector('alliance-panorama')!;
    const event = new Promise<CustomEvent & { error: { code: string; issues?: { path: unknown[] }[] } }>((resolve) =>
      element.addEventListener('alliance-error', (e) => resolve(e as never), { once: true }),
    );
    const { error } = await event;
    expect(error.code).to.equal('invalid-dataset');
    expect(error.issues![0]!.path).to.deep.equal(['territories', 0]);
    await waitUntil(() => element.shadowRoot?.querySelector('[part=error][role=alert]'), 'no error shown', { timeout: 5000 });
    await waitUntil(() => element.shadowRoot!.querySelector('.cards:not(.skeleton)'), 'nothing kept', { timeout: 5000 });
  });

  it('a missing part is reported as an HTTP error', async () => {
    const frame = await openFrame('/__fixtures__/packed-page/no-worker?set=missing-part');
    const element = frame.contentDocument!.querySelector('alliance-panorama')!;
    const event = await new Promise<{ error: { code: string; status?: number } }>((resolve) =>
      element.addEventListener('alliance-error', (e) => resolve(e as never), { once: true }),
    );
    expect(event.error).to.include({ code: 'http-status', status: 404 });
  });

  it('a missing detail file is reported once, and not asked for again on every render', async () => {
    const { win, element, root } = await openPacked('no-worker', 'missing-detail');
    const errors: { code: string; status?: number }[] = [];
    element.addEventListener('alliance-error', (event) => errors.push((event as Event & { error: { code: string; status?: number } }).error));
    root.querySelector<HTMLButtonElement>('.card-title button')!.click();
    await waitUntil(() => errors.length > 0, 'no error for the missing detail', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(errors).to.deep.equal([{ code: 'http-status', status: 404, message: 'HTTP 404' }]);
    expect(pageFetches(win, '/packed/missing-detail/detail/')).to.equal(1);
    expect(root.querySelector('[part=error][role=alert]')).to.not.equal(null);
  });

  it('6,000 generated practices: complete counts once every part is in', async () => {
    const { root } = await openPacked('worker', 'large');
    expect(count(root)).to.equal(fr.results(6000));
    expect(root.querySelectorAll('.card').length).to.equal(12);
  });
});
