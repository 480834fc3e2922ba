import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { coverage } from '@alliance-panorama/core';
import { list as listEn } from '@alliance-panorama/data/list/en';
import '../src/define.js';
import type { AllianceTerritoryCard } from '../src/territory-card/alliance-territory-card.js';

async function cardReady(element: AllianceTerritoryCard): Promise<ShadowRoot> {
  await waitUntil(() => element.shadowRoot?.querySelector('article, [role=alert]'), 'card did not render');
  return element.shadowRoot!;
}

describe('<alliance-territory-card>', () => {
  for (const territory of listEn.territories) {
    it(`shows ${territory.id}: name, session, coverage that matches coverage(), and is accessible`, async () => {
      const element = await fixture<AllianceTerritoryCard>(
        html`<alliance-territory-card lang="en" territory=${territory.id} href="/practices.html"></alliance-territory-card>`,
      );
      const root = await cardReady(element);
      expect(root.querySelector('h2')!.textContent!.trim()).to.equal(territory.name.en);
      expect(root.querySelector('.meta')!.textContent).to.contain(territory.session.replace('-', '/'));
      const row = coverage(listEn, { territories: [territory.id] }).rows.find((r) => r.territory === territory.id)!;
      const numbers = [...root.querySelectorAll('.bar .number')].map((n) => Number(n.textContent));
      expect(numbers).to.deep.equal([row.pillars['local-citizenship'], row.pillars.interculturality, row.pillars['access-to-rights']]);
      expect(root.querySelector<HTMLAnchorElement>('a.see-all')!.textContent).to.contain(String(row.total));
      await expect(element).to.be.accessible();
    });
  }

  it('says so when the territory is unknown', async () => {
    const element = await fixture<AllianceTerritoryCard>(html`<alliance-territory-card lang="en" territory="atlantis"></alliance-territory-card>`);
    const root = await cardReady(element);
    expect(root.querySelector('[role=alert]')!.textContent).to.contain('atlantis');
  });

  it('follows the heading level of the host page', async () => {
    const element = await fixture<AllianceTerritoryCard>(html`<alliance-territory-card lang="fr" territory="grenoble" heading-level="3"></alliance-territory-card>`);
    const root = await cardReady(element);
    expect(root.querySelector('h3.name')).to.not.equal(null);
    expect(root.querySelector('h4')).to.not.equal(null);
  });
});
