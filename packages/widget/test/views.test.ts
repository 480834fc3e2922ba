import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PILLARS, coverage, queryPractices } from '@alliance-panorama/core';
import { list as listFr } from '@alliance-panorama/data/list/fr';
import '../src/define.js';
import type { AlliancePanorama } from '../src/panorama/alliance-panorama.js';
import { countText, ready, toggle } from './helpers.js';

async function openView(view: string, attributes = ''): Promise<[AlliancePanorama, ShadowRoot]> {
  const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="fr"></alliance-panorama>`);
  if (attributes) element.setAttribute('territory', attributes);
  const root = await ready(element);
  root.querySelector<HTMLButtonElement>(`[role=tab][data-view=${view}]`)!.click();
  await waitUntil(() => root.querySelector(`.${view}-view`), `${view} view did not load`, { timeout: 5000 });
  await element.updateComplete;
  return [element, root];
}

describe('views', () => {
  it('tabs follow the ARIA tabs pattern: arrows, Home and End move and select', async () => {
    const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="fr"></alliance-panorama>`);
    const root = await ready(element);
    const tabs = () => [...root.querySelectorAll<HTMLElement>('[role=tab]')];
    expect(tabs().map((tab) => tab.dataset.view)).to.deep.equal(['list', 'map', 'matrix', 'compare', 'alliances']);
    expect(tabs().filter((tab) => tab.tabIndex === 0)).to.have.length(1);
    const panel = root.querySelector('[role=tabpanel]')!;
    tabs()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(root.activeElement?.getAttribute('data-view')).to.equal('map');
    expect(tabs()[1]!.getAttribute('aria-selected')).to.equal('true');
    expect(panel.getAttribute('aria-labelledby')).to.equal(tabs()[1]!.id);
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    expect(root.activeElement?.getAttribute('data-view')).to.equal('alliances');
    await sendKeys({ press: 'Home' });
    await element.updateComplete;
    expect(root.activeElement?.getAttribute('data-view')).to.equal('list');
    await sendKeys({ press: 'ArrowLeft' });
    await element.updateComplete;
    expect(root.activeElement?.getAttribute('data-view')).to.equal('alliances');
  });

  it('the view attribute chooses the first view, and sync-url keeps it', async () => {
    const before = window.location.href;
    try {
      const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="fr" view="matrix" sync-url></alliance-panorama>`);
      const root = await ready(element).catch(() => element.shadowRoot!);
      await waitUntil(() => root.querySelector('.matrix-view'), 'matrix did not load', { timeout: 5000 });
      await element.updateComplete;
      expect(new URL(window.location.href).searchParams.get('ap-view')).to.equal('matrix');
      const copy = await fixture<AlliancePanorama>(html`<alliance-panorama lang="fr" sync-url></alliance-panorama>`);
      await waitUntil(() => copy.shadowRoot?.querySelector('.matrix-view'), 'copy did not restore the matrix view', { timeout: 5000 });
    } finally {
      window.history.replaceState(null, '', before);
    }
  });

  describe('map', () => {
    it('is accessible, and marker counts equal the territory facet of queryPractices', async () => {
      const [element, root] = await openView('map');
      await toggle(element, 'pillars', 'interculturality');
      const expected = queryPractices(listFr, { pillars: ['interculturality'], locale: 'fr' }).facets.territories;
      const markers = [...root.querySelectorAll<SVGGElement>('.marker')];
      expect(markers).to.have.length(listFr.territories.length);
      for (const marker of markers) expect(Number(marker.dataset.count), marker.dataset.territory).to.equal(expected[marker.dataset.territory!] ?? 0);
      await expect(element).to.be.accessible();
    });

    it('a marker filters by territory with Enter, and the list offers the same', async () => {
      const [element, root] = await openView('map');
      const marker = root.querySelector<SVGGElement>('.marker[data-territory=liege]')!;
      marker.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(countText(root)).to.match(new RegExp(`^${queryPractices(listFr, { territories: ['liege'] }).total} pratiques?$`));
      expect(root.querySelector('.territory-list button[data-territory=liege]')!.getAttribute('aria-pressed')).to.equal('true');
      root.querySelector<HTMLButtonElement>('.territory-list button[data-territory=liege]')!.click();
      await element.updateComplete;
      expect(countText(root)).to.equal(`${listFr.practices.length} pratiques`);
    });
  });

  describe('matrix', () => {
    it('is a real table whose cells equal coverage() under the current filters', async () => {
      const [element, root] = await openView('matrix');
      await toggle(element, 'statuses', 'ongoing');
      const { rows } = coverage(listFr, { statuses: ['ongoing'], locale: 'fr' });
      const table = root.querySelector('table.pillars')!;
      expect(table.querySelector('caption')).to.not.equal(null);
      expect(table.querySelectorAll('th[scope=col]').length).to.equal(PILLARS.length + 2);
      expect(table.querySelectorAll('tbody th[scope=row]').length).to.equal(listFr.territories.length);
      for (const row of rows) {
        for (const pillar of PILLARS) {
          const cell = table.querySelector(`td[data-territory="${row.territory}"][data-column="${pillar}"]`)!;
          expect(Number(cell.textContent), `${row.territory} × ${pillar}`).to.equal(row.pillars[pillar]);
        }
        const themeCells = root.querySelectorAll(`table.themes td[data-territory="${row.territory}"]:not(.total)`);
        for (const cell of themeCells) {
          const theme = (cell as HTMLElement).dataset.column as keyof typeof row.themes;
          expect(Number(cell.textContent), `${row.territory} × ${theme}`).to.equal(row.themes[theme]);
        }
      }
      await expect(element).to.be.accessible();
    });

    it('a cell shows its practices in the list', async () => {
      const [element, root] = await openView('matrix');
      root.querySelector<HTMLButtonElement>('table.pillars td[data-territory=grenoble][data-column=local-citizenship] button')!.click();
      await element.updateComplete;
      expect(root.querySelector('[role=tab][aria-selected=true]')!.getAttribute('data-view')).to.equal('list');
      const expected = queryPractices(listFr, { territories: ['grenoble'], pillars: ['local-citizenship'] }).total;
      expect(countText(root)).to.match(new RegExp(`^${expected} pratiques?$`));
    });
  });

  describe('compare', () => {
    it('shows two territories side by side with coverage() numbers, and is accessible', async () => {
      const [element, root] = await openView('compare');
      const selects = root.querySelectorAll<HTMLSelectElement>('.pickers select');
      selects[0]!.value = 'grenoble';
      selects[0]!.dispatchEvent(new Event('change'));
      selects[1]!.value = 'berlin';
      selects[1]!.dispatchEvent(new Event('change'));
      await element.updateComplete;
      const columns = [...root.querySelectorAll<HTMLElement>('.column')];
      expect(columns.map((column) => column.dataset.territory)).to.deep.equal(['grenoble', 'berlin']);
      for (const column of columns) {
        const row = coverage(listFr, { territories: [column.dataset.territory!] }).rows.find((r) => r.territory === column.dataset.territory)!;
        const numbers = [...column.querySelectorAll('.counts')[0]!.querySelectorAll('dd')].map((dd) => Number(dd.textContent));
        expect(numbers).to.deep.equal(PILLARS.map((pillar) => row.pillars[pillar]));
      }
      await waitUntil(() => !root.querySelector('.column [role=status]'), 'commitments did not load', { timeout: 5000 });
      await expect(element).to.be.accessible();
    });
  });

  describe('alliances', () => {
    it('groups the actors of a territory by kind and lists relations, and is accessible', async () => {
      const [element, root] = await openView('alliances');
      const select = root.querySelector<HTMLSelectElement>('.alliances-view select')!;
      select.value = 'barcelona';
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
      const practices = queryPractices(listFr, { territories: ['barcelona'], pageSize: Infinity }).items;
      const actorIds = new Set(practices.flatMap((practice) => practice.actors.map(({ actor }) => actor)));
      const listed = root.querySelectorAll('.kinds li').length;
      expect(listed).to.equal(actorIds.size);
      await waitUntil(() => root.querySelector('.relations .kind, .relations p:not([role=status])'), 'relations did not load', { timeout: 5000 });
      expect(root.querySelectorAll('.relations li').length).to.be.greaterThan(0);
      expect(root.querySelector('svg.graph')!.getAttribute('role')).to.equal('img');
      await expect(element).to.be.accessible();
    });
  });
});
