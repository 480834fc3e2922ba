import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { queryPractices, PILLARS } from '@alliance-panorama/core';
import { list as listFr } from '@alliance-panorama/data/list/fr';
import '../src/define.js';
import type { AlliancePanorama } from '../src/panorama/alliance-panorama.js';
import type { AllianceFilterChangeEvent, AlliancePracticeOpenEvent } from '../src/events/index.js';
import { cardIds, countText, ready, toggle } from './helpers.js';

const total = (query: Parameters<typeof queryPractices>[1]) => queryPractices(listFr, { locale: 'fr', ...query }).total;

describe('<alliance-panorama>', () => {
  it('is accessible with results shown', async () => {
    const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="fr"></alliance-panorama>`);
    await ready(element);
    await expect(element).to.be.accessible();
  });

  it('shows the result count of the whole dataset and at most page-size cards', async () => {
    const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="fr" page-size="5"></alliance-panorama>`);
    const root = await ready(element);
    expect(countText(root)).to.equal(`${listFr.practices.length} pratiques`);
    expect(cardIds(root)).to.have.length(5);
  });

  it('caps page-size at 24 cards per render', async () => {
    const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="fr" page-size="500"></alliance-panorama>`);
    const root = await ready(element);
    expect(cardIds(root).length).to.equal(Math.min(24, listFr.practices.length));
  });

  for (const pillar of PILLARS) {
    it(`filters by the pillar ${pillar} and updates the other facets' counts`, async () => {
      const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="fr"></alliance-panorama>`);
      const root = await ready(element);
      await toggle(element, 'pillars', pillar);
      expect(countText(root)).to.match(new RegExp(`^${total({ pillars: [pillar] })} pratiques?$`));
      const expected = queryPractices(listFr, { pillars: [pillar], locale: 'fr' }).facets.territories;
      for (const input of root.querySelectorAll<HTMLInputElement>('input[data-facet=territories]')) {
        const count = input.nextElementSibling!.querySelector('.facet-count')!.textContent!.trim();
        expect(Number(count), input.dataset.value).to.equal(expected[input.dataset.value!] ?? 0);
      }
    });
  }

  it('combines facets: AND across facets, OR within one', async () => {
    const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="fr"></alliance-panorama>`);
    const root = await ready(element);
    await toggle(element, 'territories', 'grenoble');
    await toggle(element, 'territories', 'liege');
    await toggle(element, 'statuses', 'ongoing');
    const expected = total({ territories: ['grenoble', 'liege'], statuses: ['ongoing'] });
    expect(countText(root)).to.match(new RegExp(`^${expected} pratiques?$`));
  });

  it('searches as the user types, ignoring accents', async () => {
    const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="fr"></alliance-panorama>`);
    const root = await ready(element);
    const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
    input.focus();
    await sendKeys({ type: 'liege' });
    await element.updateComplete;
    const expected = total({ text: 'liège' });
    expect(expected).to.be.greaterThan(0);
    expect(countText(root)).to.match(new RegExp(`^${expected} pratiques?$`));
  });

  it('shows chips for active filters, removes one, and clears all', async () => {
    const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="fr" q="accueil"></alliance-panorama>`);
    const root = await ready(element);
    await toggle(element, 'pillars', 'access-to-rights');
    const chips = () => [...root.querySelectorAll<HTMLButtonElement>('.chips .chip')];
    expect(chips().map((chip) => chip.getAttribute('aria-label'))).to.deep.equal([
      'Retirer le filtre : Accès inconditionnel aux droits',
      'Retirer le filtre : Recherche : « accueil »',
    ]);
    chips()[0]!.click();
    await element.updateComplete;
    expect(chips()).to.have.length(1);
    root.querySelector<HTMLButtonElement>('.chips .link-button')!.click();
    await element.updateComplete;
    expect(chips()).to.have.length(0);
    expect(countText(root)).to.equal(`${listFr.practices.length} pratiques`);
  });

  it('names the filters responsible for an empty result and offers to remove them', async () => {
    const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="fr" q="zzzzqqq"></alliance-panorama>`);
    const root = await ready(element);
    const empty = root.querySelector('.empty')!;
    expect(empty.textContent).to.contain('Aucune pratique');
    const button = empty.querySelector<HTMLButtonElement>('button')!;
    expect(button.textContent).to.contain('zzzzqqq');
    await expect(element).to.be.accessible();
    button.click();
    await element.updateComplete;
    expect(root.querySelector('.empty')).to.equal(null);
  });

  it('pages through results and moves focus to the results heading', async () => {
    const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="fr" page-size="10"></alliance-panorama>`);
    const root = await ready(element);
    const first = cardIds(root);
    const next = [...root.querySelectorAll<HTMLButtonElement>('.pagination button')][1]!;
    next.click();
    await element.updateComplete;
    const second = cardIds(root);
    expect(second).to.have.length(10);
    expect(second.some((id) => first.includes(id))).to.equal(false);
    expect(root.activeElement?.id).to.match(/-results-title$/);
    expect(root.querySelector('.pagination span')!.textContent).to.contain('Page 2 sur');
  });

  it('opens the detail with the keyboard, closes it with Escape and returns focus to the card', async () => {
    const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="fr"></alliance-panorama>`);
    const root = await ready(element);
    const button = root.querySelector<HTMLButtonElement>('.card-title button')!;
    const id = button.dataset.practice!;
    button.focus();
    const opened = oneEvent(element, 'alliance-practice-open') as unknown as Promise<AlliancePracticeOpenEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await opened).practiceId).to.equal(id);
    const dialog = root.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'the dialog did not open');
    expect(dialog.contains(root.activeElement)).to.equal(true);
    await waitUntil(() => dialog.querySelector('.sources'), 'full record did not load');
    expect(dialog.querySelectorAll('.sources a').length).to.be.greaterThan(0);
    for (const link of dialog.querySelectorAll<HTMLAnchorElement>('a[target=_blank]')) {
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.protocol).to.match(/^https?:$/);
    }
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    await aTimeout(0);
    expect(dialog.open).to.equal(false);
    expect(root.activeElement).to.equal(root.querySelector(`button[data-practice="${id}"]`));
  });

  it('fires alliance-filter-change with the applied filters', async () => {
    const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="fr"></alliance-panorama>`);
    await ready(element);
    const event = oneEvent(element, 'alliance-filter-change') as unknown as Promise<AllianceFilterChangeEvent>;
    await toggle(element, 'statuses', 'ongoing');
    const { filters, total: count } = await event;
    expect(filters.statuses).to.deep.equal(['ongoing']);
    expect(count).to.equal(total({ statuses: ['ongoing'] }));
  });

  it('locks presets so that a city page shows only its own practices', async () => {
    const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="fr" territory="liege" lock></alliance-panorama>`);
    const root = await ready(element);
    expect(countText(root)).to.match(new RegExp(`^${total({ territories: ['liege'] })} pratiques?$`));
    expect(root.querySelector('input[data-facet=territories]')).to.equal(null);
    expect(root.querySelector('.chips')).to.equal(null);
  });

  it('keeps filters in the URL with sync-url and restores them in a new element', async () => {
    const before = window.location.href;
    try {
      const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="fr" sync-url></alliance-panorama>`);
      await ready(element);
      await toggle(element, 'pillars', 'local-citizenship');
      await element.updateComplete;
      const params = new URL(window.location.href).searchParams;
      expect(params.get('ap-pillar')).to.equal('local-citizenship');
      const copy = await fixture<AlliancePanorama>(html`<alliance-panorama lang="fr" sync-url></alliance-panorama>`);
      const root = await ready(copy);
      expect(root.querySelector<HTMLInputElement>('input[data-facet=pillars][data-value=local-citizenship]')!.checked).to.equal(true);
      expect(countText(root)).to.match(new RegExp(`^${total({ pillars: ['local-citizenship'] })} pratiques?$`));
    } finally {
      window.history.replaceState(null, '', before);
    }
  });

  it('switches language with the lang attribute', async () => {
    const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="fr"></alliance-panorama>`);
    let root = await ready(element);
    expect(root.querySelector('label[for$="-q"]')!.textContent).to.equal('Rechercher une pratique');
    element.lang = 'en';
    await waitUntil(() => root.querySelector('label[for$="-q"]')!.textContent === 'Search practices', 'did not switch to English');
    root = await ready(element);
    expect(countText(root)).to.match(/practices?$/);
    element.lang = 'es';
    await waitUntil(() => root.querySelector('label[for$="-q"]')!.textContent === 'Buscar una práctica', 'did not switch to Spanish');
  });

  it('takes its language from the page when it has none', async () => {
    const wrapper = await fixture(html`<div lang="es"><alliance-panorama></alliance-panorama></div>`);
    const element = wrapper.querySelector('alliance-panorama')!;
    const root = await ready(element);
    expect(countText(root)).to.match(/prácticas?$/);
  });

  it('is accessible in dark mode', async () => {
    const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="fr" color-scheme="dark"></alliance-panorama>`);
    await ready(element);
    await expect(element).to.be.accessible();
  });
});
