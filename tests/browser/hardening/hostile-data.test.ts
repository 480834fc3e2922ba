import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Dataset } from '@alliance-panorama/core';
import { list as listEn } from '@alliance-panorama/data/list/en';
import '../../../packages/widget/src/define.js';
import { safeUrl } from '../../../packages/widget/src/shared/safe-url.js';
import type { AlliancePanorama } from '../../../packages/widget/src/panorama/alliance-panorama.js';
import type { AllianceTerritoryCard } from '../../../packages/widget/src/territory-card/alliance-territory-card.js';
import { allElements, panoramaReady, trapErrors, trapViolations, visibleText } from '../fixtures/hardening-helpers.js';

// Data that tries to become code. `/__fixtures__/hostile` is the real dataset with every free-text field
// replaced by an entry of the Big List of Naughty Strings or an XSS vector (tests/browser/fixtures/hostile-dataset.mjs).
// Each vector that ran would set `top.__hostile` or call `alert` (trapped below).

declare global {
  interface Window {
    __hostile?: unknown;
  }
}

/** Tags a payload could smuggle in; none of them belongs in the panorama's list and detail views. */
const NEVER_RENDERED = ['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'style', 'form', 'math', 'video', 'audio', 'source', 'template', 'img', 'body', 'textarea'];

const text = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

/** Checks that nothing in the shadow tree came from the data: no handler attributes, no foreign tags, only web links. */
function expectNoInjection(root: ShadowRoot, allowedTags: ReadonlySet<string>, where: string): void {
  for (const element of allElements(root)) {
    const tag = element.localName;
    expect(NEVER_RENDERED, `${where}: <${tag}> in the shadow root`).not.to.include(tag);
    expect(allowedTags.has(tag), `${where}: <${tag}> is not an element the panorama renders`).to.equal(true);
    for (const name of element.getAttributeNames()) {
      expect(name.startsWith('on'), `${where}: attribute ${name} on <${tag}>`).to.equal(false);
    }
    for (const name of ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data']) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      expect(name, `${where}: ${name}="${value}" on <${tag}>`).to.equal('href');
      expect(value, `${where}: link to ${value}`).to.match(/^https?:\/\//);
    }
  }
}

/** True once the first card shows the hostile title of its practice (the bundled data shows first). */
function hostileShown(root: ShadowRoot, data: Dataset): boolean {
  const button = root.querySelector<HTMLButtonElement>('.card-title button');
  const practice = data.practices.find((candidate) => candidate.id === button?.dataset.practice);
  return Boolean(button && practice && visibleText(button) === text(practice.title.en));
}

/** Tag names the panorama renders from the bundled data, with its results and a detail open. */
async function baselineTags(): Promise<Set<string>> {
  const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="en" page-size="24" q="a"></alliance-panorama>`);
  const root = await panoramaReady(element);
  const tags = new Set(allElements(root).map((node) => node.localName));
  root.querySelector<HTMLButtonElement>('.card-title button')!.click();
  const dialog = root.querySelector('dialog')!;
  await waitUntil(() => dialog.open && dialog.querySelector('.sources a'), 'baseline detail did not open');
  for (const node of allElements(root)) tags.add(node.localName);
  dialog.close();
  element.remove();
  return tags;
}

describe('hardening: data that tries to become code', function () {
  this.timeout(60_000);
  let data: Dataset;
  let allowed: Set<string>;
  const alerts: string[] = [];
  const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, print: window.print };
  let errors: ReturnType<typeof trapErrors>;
  let violations: ReturnType<typeof trapViolations>;
  const startUrl = window.location.href;
  const startBase = document.baseURI;

  before(async () => {
    data = await (await fetch('/__fixtures__/hostile')).json();
    allowed = await baselineTags();
    window.alert = (message?: unknown) => void alerts.push(`alert ${String(message)}`);
    window.confirm = (message?: string) => (alerts.push(`confirm ${message}`), false);
    window.prompt = (message?: string) => (alerts.push(`prompt ${message}`), null);
    window.print = () => void alerts.push('print');
  });
  after(() => Object.assign(window, originals));
  beforeEach(() => {
    delete window.__hostile;
    alerts.length = 0;
    errors = trapErrors();
    violations = trapViolations();
  });
  afterEach(() => {
    errors.stop();
    violations.stop();
  });

  function expectNothingRan(): void {
    expect(window.__hostile, 'a payload ran').to.equal(undefined);
    expect(alerts, 'a payload called a dialog function').to.deep.equal([]);
    expect(violations.violations).to.deep.equal([]);
    expect(errors.errors).to.deep.equal([]);
    expect(window.location.href).to.equal(startUrl);
    expect(document.baseURI).to.equal(startBase);
    expect(document.querySelectorAll('body > :not(div, script, iframe, alliance-panorama, alliance-territory-card)')).to.have.length(0);
  }

  it('the hostile dataset is hostile: every practice title holds a vector, most of them markup', () => {
    const bundled = new Map(listEn.practices.map((practice) => [practice.id, practice.title.en]));
    for (const practice of data.practices) expect(practice.title.en).not.to.equal(bundled.get(practice.id));
    const markup = data.practices.filter((practice) => /[<>]|javascript:|\$\{/.test(practice.title.en));
    expect(markup.length).to.be.greaterThan(data.practices.length * 0.75);
    expect(data.actors.filter((actor) => actor.name.includes('<')).length).to.be.greaterThan(10);
  });

  it('the traps work: a payload parsed as markup sets the flag and fails the injection check (canary)', async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    // Parsing markup from data is exactly what the widget must never do; here it proves that the checks would see it.
    shadow.append(document.createRange().createContextualFragment(`<img src=x onerror="top.__hostile='canary'">`));
    await waitUntil(() => window.__hostile === 'canary', 'the canary payload did not run');
    expect(() => expectNoInjection(shadow, allowed, 'canary')).to.throw(/<img>/);
    host.remove();
    delete window.__hostile;
  });

  it('shows every card of every page as literal text, with nothing injected', async () => {
    const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="en" page-size="24" src="/__fixtures__/hostile"></alliance-panorama>`);
    const root = element.shadowRoot!;
    const byId = new Map(data.practices.map((practice) => [practice.id, practice]));
    const territoryName = new Map(data.territories.map((territory) => [territory.id, territory.name.en]));
    // The hostile titles replace the bundled ones once `src` is loaded.
    await waitUntil(() => hostileShown(root, data), 'the hostile data never showed', { timeout: 10_000 });
    const seen = new Set<string>();
    for (let page = 1; ; page++) {
      for (const card of root.querySelectorAll('.card')) {
        const button = card.querySelector<HTMLButtonElement>('.card-title button')!;
        const practice = byId.get(button.dataset.practice!)!;
        seen.add(practice.id);
        expect(visibleText(button), practice.id).to.equal(text(practice.title.en));
        expect(visibleText(card.querySelector('.card-summary')), practice.id).to.equal(text(practice.summary.en));
        expect(visibleText(card.querySelector('.card-meta > span'))).to.equal(text(territoryName.get(practice.territory)));
      }
      expectNoInjection(root, allowed, `page ${page}`);
      const next = root.querySelectorAll<HTMLButtonElement>('.pagination button')[1];
      if (!next || next.disabled) break;
      next.click();
      await element.updateComplete;
    }
    expect(seen.size).to.equal(data.practices.length);
    // Territory names are facet labels too.
    const labels = [...root.querySelectorAll('input[data-facet=territories]')].map((input) => visibleText(input.nextElementSibling!.querySelector('.label')));
    expect(labels).to.have.members(data.territories.map((territory) => text(territory.name.en)));
    expectNothingRan();
  });

  it('opens the detail of every practice: title, actors, alliance, sources and notes as literal text, links only to web URLs', async () => {
    const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="en" page-size="24" src="/__fixtures__/hostile"></alliance-panorama>`);
    const root = element.shadowRoot!;
    const actors = new Map(data.actors.map((actor) => [actor.id, actor]));
    await waitUntil(() => hostileShown(root, data), 'the hostile data never showed', { timeout: 10_000 });
    const dialog = root.querySelector('dialog')!;
    let opened = 0;
    for (let page = 1; ; page++) {
      const ids = [...root.querySelectorAll<HTMLButtonElement>('.card-title button')].map((button) => button.dataset.practice!);
      for (const id of ids) {
        const practice = data.practices.find((candidate) => candidate.id === id)!;
        root.querySelector<HTMLButtonElement>(`.card-title button[data-practice="${id}"]`)!.click();
        await waitUntil(() => dialog.open && dialog.querySelector(".sources"), `the detail of ${id} did not open`);
        opened++;
        expect(visibleText(dialog.querySelector('h2')), id).to.equal(text(practice.title.en));
        const dialogText = visibleText(dialog);
        expect(dialogText).to.contain(text(practice.summary.en));
        expect(dialogText).to.contain(text(practice.alliance.description.en));
        expect(dialogText).to.contain(text(practice.originalName.text));
        if (practice.caveats) expect(dialogText).to.contain(text(practice.caveats.en));
        const actorItems = [...dialog.querySelectorAll('.actors > li')];
        practice.actors.forEach(({ actor }, index) => {
          const name = visibleText(actorItems[index]!.firstElementChild);
          expect(name, `${id} actor ${actor}`).to.equal(text(actors.get(actor)!.name));
        });
        const sourceItems = [...dialog.querySelectorAll('.sources > li')];
        expect(sourceItems).to.have.length(practice.sources.length);
        practice.sources.forEach((source, index) => {
          const item = sourceItems[index]!;
          const link = item.querySelector('a');
          expect(visibleText(link), `${id} source ${index}`).to.equal(text(source.title));
          expect(link!.getAttribute('href')).to.equal(safeUrl(source.url));
          expect(visibleText(item.querySelector('.muted'))).to.contain(text(source.publisher));
        });
        expectNoInjection(root, allowed, `detail of ${id}`);
        dialog.querySelector<HTMLButtonElement>('.close')!.click();
        // The dialog's close event comes a task later; focus back on the card says the panorama handled it.
        await waitUntil(() => !dialog.open && (root.activeElement as HTMLElement | null)?.dataset.practice === id, `the detail of ${id} did not close`);
      }
      const next = root.querySelectorAll<HTMLButtonElement>('.pagination button')[1];
      if (!next || next.disabled) break;
      next.click();
      await element.updateComplete;
    }
    expect(opened).to.equal(data.practices.length);
    expectNothingRan();
  });

  it('shows hostile search text literally, in the field, the chip and its label', async () => {
    const vector = `<img src=x onerror="top.__hostile='search'">`;
    const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="en" src="/__fixtures__/hostile"></alliance-panorama>`);
    const root = await panoramaReady(element);
    const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
    input.focus();
    await sendKeys({ type: vector });
    await element.updateComplete;
    expect(input.value).to.equal(vector);
    const chip = [...root.querySelectorAll('.chips .chip')].at(-1)!;
    expect(visibleText(chip)).to.contain(vector);
    expect(chip.getAttribute('aria-label')).to.contain(vector);
    expectNoInjection(root, allowed, 'search');

    const presetText = '${top.__hostile=1}<script>top.__hostile=2</script>';
    const preset = await fixture<AlliancePanorama>(html`<alliance-panorama lang="en" q=${presetText}></alliance-panorama>`);
    const presetRoot = await panoramaReady(preset);
    expect(visibleText(presetRoot.querySelector('.empty'))).to.contain(presetText);
    expectNoInjection(presetRoot, allowed, 'preset search');
    expectNothingRan();
  });

  it('shows a hostile territory attribute of the card literally', async () => {
    const vector = `"><svg onload="top.__hostile='card'">`;
    const card = await fixture<AllianceTerritoryCard>(html`<alliance-territory-card lang="en" territory=${vector}></alliance-territory-card>`);
    await waitUntil(() => card.shadowRoot?.querySelector('[role=alert]'), 'the card did not render');
    expect(visibleText(card.shadowRoot!.querySelector('[role=alert]'))).to.contain(vector);
    const tags = allElements(card.shadowRoot!).map((node) => node.localName);
    for (const tag of ['svg', 'img', 'script']) expect(tags).not.to.include(tag);
    expectNothingRan();
  });
});

describe('hardening: hostile data in every view', function () {
  this.timeout(60_000);
  const startUrl = window.location.href;

  it('map, matrix, compare and alliances show hostile names as text, run nothing and inject nothing', async () => {
    delete window.__hostile;
    const errors = trapErrors();
    const violations = trapViolations();
    try {
      const data: Dataset = await (await fetch('/__fixtures__/hostile')).json();
      const element = await fixture<AlliancePanorama>(html`<alliance-panorama lang="en" src="/__fixtures__/hostile"></alliance-panorama>`);
      const root = element.shadowRoot!;
      await waitUntil(() => hostileShown(root, data), 'the hostile data never showed', { timeout: 10_000 });
      for (const view of ['map', 'matrix', 'compare', 'alliances']) {
        root.querySelector<HTMLButtonElement>(`[role=tab][data-view=${view}]`)!.click();
        await waitUntil(() => root.querySelector(`.${view}-view`), `${view} did not load`, { timeout: 10_000 });
        if (view === 'alliances') {
          const select = root.querySelector<HTMLSelectElement>('.alliances-view select')!;
          select.value = data.territories[0]!.id;
          select.dispatchEvent(new Event('change'));
          await waitUntil(() => root.querySelector('.relations .kind, .relations p:not([role=status])'), 'relations did not load', { timeout: 10_000 });
        }
        await element.updateComplete;
        for (const node of allElements(root)) {
          expect(NEVER_RENDERED, `${view}: <${node.localName}>`).not.to.include(node.localName);
          for (const name of node.getAttributeNames()) expect(name.startsWith('on'), `${view}: ${name} on <${node.localName}>`).to.equal(false);
          const href = node.getAttribute('href');
          if (href !== null) expect(href, `${view}: link`).to.match(/^https?:\/\//);
        }
        // Territory names from the hostile data appear as text in the view (map list, matrix rows, compare, alliances).
        const shown = visibleText(root.querySelector(`.${view}-view`));
        expect(data.territories.some((territory) => shown.includes(text(territory.name.en))), `${view} shows hostile names`).to.equal(true);
      }
      expect(window.__hostile, 'a payload ran').to.equal(undefined);
      expect(violations.violations).to.deep.equal([]);
      expect(errors.errors).to.deep.equal([]);
    } finally {
      errors.stop();
      violations.stop();
      window.history.replaceState(null, '', startUrl);
    }
  });
});
