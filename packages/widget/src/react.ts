/**
 * `@alliance-panorama/widget/react`: React components for `<alliance-panorama>` and `<alliance-territory-card>`,
 * made with `@lit/react`. Props set the elements' properties (so `pageSize={6}` is a number, `lock` a boolean) and
 * the `on…` props listen to the `alliance-*` events with their typed event objects. Works with React 18 and 19.
 *
 * Importing this module registers both tags (once, like `@alliance-panorama/widget/define`), so a React app needs no
 * other import. In server rendering, where there is no `customElements` registry, nothing is registered.
 *
 * @example
 * ```tsx
 * import { AlliancePanorama } from '@alliance-panorama/widget/react';
 *
 * <AlliancePanorama lang="en" pillar="access-to-rights" onFilterChange={(event) => console.log(event.total)} />
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { defineOnce } from './define-once.js';
import type { AllianceErrorEvent } from './events/error-event.js';
import type { AllianceFilterChangeEvent } from './events/filter-change-event.js';
import type { AlliancePracticeOpenEvent } from './events/practice-open-event.js';
import { AlliancePanorama as AlliancePanoramaElement } from './panorama/alliance-panorama.js';
import { AllianceTerritoryCard as AllianceTerritoryCardElement } from './territory-card/alliance-territory-card.js';

// The defining calls stay in this module (rather than importing define.ts) so that they live in dist/react.js,
// which `sideEffects` lists, and not in a shared chunk that a bundler could drop.
if (typeof customElements !== 'undefined') {
  defineOnce('alliance-panorama', AlliancePanoramaElement);
  defineOnce('alliance-territory-card', AllianceTerritoryCardElement);
}

/** React props of the panorama's events, each mapped to its `alliance-*` event. */
const panoramaEvents = {
  /** `alliance-filter-change`: the user changed a filter, the search text, the sort or the page. */
  onFilterChange: 'alliance-filter-change' as EventName<AllianceFilterChangeEvent>,
  /** `alliance-practice-open`: the detail view of a practice opened. */
  onPracticeOpen: 'alliance-practice-open' as EventName<AlliancePracticeOpenEvent>,
  /** `alliance-error`: the dataset at `src` could not be used (the bundled data stays on screen). */
  onError: 'alliance-error' as EventName<AllianceErrorEvent>,
};

/**
 * `<alliance-panorama>` as a React component: `lang`, `territory`, `pillar`, `theme`, `q`, `lock`, `src`,
 * `syncUrl`, `colorScheme` and `pageSize` props, and `onFilterChange`, `onPracticeOpen` and `onError` event props.
 */
export const AlliancePanorama = createComponent({
  react: React,
  tagName: 'alliance-panorama',
  elementClass: AlliancePanoramaElement,
  events: panoramaEvents,
  displayName: 'AlliancePanorama',
});

/**
 * `<alliance-territory-card>` as a React component: `territory`, `lang`, `href`, `practices`, `headingLevel` and
 * `colorScheme` props.
 */
export const AllianceTerritoryCard = createComponent({
  react: React,
  tagName: 'alliance-territory-card',
  elementClass: AllianceTerritoryCardElement,
  displayName: 'AllianceTerritoryCard',
});

/** Props of the `AlliancePanorama` React component. */
export type AlliancePanoramaProps = React.ComponentProps<typeof AlliancePanorama>;
/** Props of the `AllianceTerritoryCard` React component. */
export type AllianceTerritoryCardProps = React.ComponentProps<typeof AllianceTerritoryCard>;
export type { AllianceErrorEvent, AllianceFilterChangeEvent, AlliancePracticeOpenEvent };
