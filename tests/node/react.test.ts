// @vitest-environment jsdom
// The React wrapper (`@alliance-panorama/widget/react`) rendered by React DOM: props reach the elements as
// properties, and the `on…` props receive the elements' `alliance-*` events. The elements themselves are tested in
// Chromium (packages/widget/test); here jsdom is enough, since only the wiring between React and the element is
// under test, and React ships as CommonJS, which the browser test server does not convert.
import { createElement, act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  AlliancePanorama,
  AllianceTerritoryCard,
  type AllianceErrorEvent,
  type AllianceFilterChangeEvent,
  type AlliancePanoramaProps,
  type AlliancePracticeOpenEvent,
} from '@alliance-panorama/widget/react';
import { AlliancePanorama as AlliancePanoramaElement, AlliancePracticeOpenEvent as PracticeOpenEvent } from '@alliance-panorama/widget';
import type { AllianceTerritoryCard as AllianceTerritoryCardElement } from '@alliance-panorama/widget';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Node resolves `@lit/react` to its server-rendering build, which never sets properties or listens to events;
// jsdom stands for a browser here, so the test loads the browser build that React apps get from their bundler.
vi.mock('@lit/react', async () => {
  const { createRequire } = await import('node:module');
  const nodeBuild = createRequire(import.meta.url).resolve('@lit/react');
  const browserBuild = nodeBuild.replace(/[/\\]node[/\\](development[/\\])?index\.js$/, '/index.js');
  if (browserBuild === nodeBuild) throw new Error(`unexpected @lit/react entry: ${nodeBuild}`);
  return import(/* @vite-ignore */ browserBuild);
});

// The bundled data modules read the record files through `new URL(…, import.meta.url)`, which Vite rewrites in
// browser-like environments such as jsdom; the widget's loader serves a generated dataset instead (which also
// keeps this test independent of the real records).
vi.mock('../../packages/widget/src/shared/load.ts', async () => {
  const { generateDataset } = await import('@alliance-panorama/core/testing');
  const { languageSlice, listSlice } = await import('@alliance-panorama/core/export');
  const dataset = generateDataset({ practices: 60, seed: 3 });
  type Locale = 'fr' | 'en' | 'es';
  return {
    loadList: async (locale: Locale) => listSlice(dataset, locale),
    loadFull: async (locale: Locale) => languageSlice(dataset, locale),
    loadTerritories: async (locale: Locale) => languageSlice(dataset, locale).territories,
  };
});

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

async function render(element: ReturnType<typeof createElement>): Promise<void> {
  await act(async () => root.render(element));
}

/** Waits until `check` returns a value, flushing React and the element's updates meanwhile. */
async function until<T>(check: () => T | null | undefined | false, what: string, timeout = 10_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
  }
}

describe('AlliancePanorama (React)', () => {
  it('registers the tag and sets the element properties from props, with their types', async () => {
    await render(createElement(AlliancePanorama, { lang: 'en', territory: 'territory-0', pillar: 'access-to-rights', lock: true, pageSize: 6, syncUrl: false }));
    const element = container.querySelector('alliance-panorama')!;
    expect(customElements.get('alliance-panorama')).toBe(AlliancePanoramaElement);
    expect(element).toBeInstanceOf(AlliancePanoramaElement);
    expect(element.lang).toBe('en');
    expect(element.territory).toBe('territory-0');
    expect(element.pillar).toBe('access-to-rights');
    expect(element.lock).toBe(true);
    // A property, not an attribute: a number reaches the element as a number.
    expect(element.pageSize).toBe(6);
    expect(element.hasAttribute('page-size')).toBe(false);

    await render(createElement(AlliancePanorama, { lang: 'en', territory: 'territory-1', lock: false, pageSize: 3 }));
    expect(element.territory).toBe('territory-1');
    expect(element.lock).toBe(false);
    expect(element.pageSize).toBe(3);
  });

  it('calls onFilterChange with the element’s event when the user checks a facet', async () => {
    const onFilterChange = vi.fn<(event: AllianceFilterChangeEvent) => void>();
    await render(createElement(AlliancePanorama, { lang: 'en', onFilterChange }));
    const element = container.querySelector('alliance-panorama')!;
    const checkbox = await until(
      () => element.shadowRoot?.querySelector<HTMLInputElement>('input[data-facet="pillars"][data-value="access-to-rights"]'),
      'the pillar facet',
    );
    expect(onFilterChange).not.toHaveBeenCalled();
    await act(async () => checkbox.click());
    await until(() => onFilterChange.mock.calls.length > 0, 'alliance-filter-change');
    const event = onFilterChange.mock.calls.at(-1)![0];
    expect(event.type).toBe('alliance-filter-change');
    expect(event.target).toBe(element);
    expect(event.filters.pillars).toEqual(['access-to-rights']);
    expect(event.total).toBeGreaterThan(0);
  });

  it('calls onError when the dataset at src cannot be loaded', async () => {
    const onError = vi.fn<(event: AllianceErrorEvent) => void>();
    // Port 9 on the loopback interface: refused at once, no request leaves the machine.
    await render(createElement(AlliancePanorama, { lang: 'en', src: 'http://127.0.0.1:9/dataset.json', onError }));
    await until(() => onError.mock.calls.length > 0, 'alliance-error');
    const event = onError.mock.calls[0]![0];
    expect(event.type).toBe('alliance-error');
    expect(event.error.code).toBe('network');
  });

  it('routes onPracticeOpen to alliance-practice-open, and follows a changed handler', async () => {
    const first = vi.fn<(event: AlliancePracticeOpenEvent) => void>();
    const second = vi.fn<(event: AlliancePracticeOpenEvent) => void>();
    const props: AlliancePanoramaProps = { lang: 'fr', onPracticeOpen: first };
    await render(createElement(AlliancePanorama, props));
    const element = container.querySelector('alliance-panorama')!;

    element.dispatchEvent(new PracticeOpenEvent('practice-a'));
    expect(first).toHaveBeenCalledTimes(1);
    expect(first.mock.calls[0]![0].practiceId).toBe('practice-a');

    await render(createElement(AlliancePanorama, { ...props, onPracticeOpen: second }));
    element.dispatchEvent(new PracticeOpenEvent('practice-b'));
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    expect(second.mock.calls[0]![0].practiceId).toBe('practice-b');
  });
});

describe('the wrapper types (checked by `npm run typecheck`)', () => {
  it('types props after the element properties and event props after the event classes', () => {
    expectTypeOf<AlliancePanoramaProps['pageSize']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<AlliancePanoramaProps['lock']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<AlliancePanoramaProps['colorScheme']>().toEqualTypeOf<'auto' | 'light' | 'dark' | undefined>();
    expectTypeOf<NonNullable<AlliancePanoramaProps['onFilterChange']>>().parameter(0).toEqualTypeOf<AllianceFilterChangeEvent>();
    expectTypeOf<NonNullable<AlliancePanoramaProps['onPracticeOpen']>>().parameter(0).toEqualTypeOf<AlliancePracticeOpenEvent>();
    expectTypeOf<NonNullable<AlliancePanoramaProps['onError']>>().parameter(0).toEqualTypeOf<AllianceErrorEvent>();
    // @ts-expect-error: page-size is a number property, not a string attribute
    const wrong: AlliancePanoramaProps = { pageSize: '6' };
    expect(wrong.pageSize).toBe('6');
  });
});

describe('AllianceTerritoryCard (React)', () => {
  it('sets the card’s properties and renders the territory with the requested heading level', async () => {
    await render(createElement(AllianceTerritoryCard, { territory: 'territory-2', lang: 'en', headingLevel: 3, practices: 2 }));
    const element = container.querySelector('alliance-territory-card') as AllianceTerritoryCardElement;
    expect(element.territory).toBe('territory-2');
    expect(element.headingLevel).toBe(3);
    expect(element.practices).toBe(2);
    const heading = await until(() => element.shadowRoot?.querySelector('h3.name'), 'the card heading');
    const { generateDataset } = await import('@alliance-panorama/core/testing');
    const territory = generateDataset({ practices: 60, seed: 3 }).territories.find((candidate) => candidate.id === 'territory-2')!;
    expect(heading.textContent?.trim()).toBe(territory.name.en);
  });
});
