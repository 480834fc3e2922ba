import type { CSSResult, TemplateResult } from 'lit';
import type { Coverage, DatasetView, Locale, PartialText, PracticeFilters, PracticeResult } from '@alliance-panorama/core';
import type { Catalog } from '../../i18n/index.js';
import type { PanoramaFacet } from '../state.js';

/** What a view of the panorama receives from the element: data, the current filters and ways to act. */
export interface ViewContext {
  /** The data shown (bundled light list or `src` data). */
  readonly data: DatasetView;
  /** Records with every field of the active language (relations, commitments), once loaded. */
  readonly full?: DatasetView;
  /**
   * For packed data, whose practices stay in a worker: the coverage under the current filters, computed there
   * (`undefined` until the first answer). Absent for data on the page: views compute it themselves.
   */
  readonly remoteCoverage?: () => Coverage | undefined;
  /** Result of the current query (first page), with facet counts. */
  readonly result: PracticeResult;
  /** The filters now applied, presets included. */
  readonly filters: PracticeFilters;
  /** The language of the practices' text (the interface language may differ). */
  readonly language: Locale;
  readonly t: Catalog;
  /** Prefix for ids unique to this element. */
  readonly uid: string;
  /** The territories side by side in the compare view. */
  readonly compare: readonly string[];
  /** Territories the user cannot change (a locked `territory` preset). */
  readonly lockedTerritories: readonly string[];
  /** Text in the active language, marked with its own `lang` when it falls back. */
  text(value: PartialText | undefined): TemplateResult;
  /** Adds or removes a territory from the territory filter. */
  toggleTerritory(id: string): void;
  /** Replaces the territory filter, staying in the view. */
  setTerritories(ids: readonly string[]): void;
  /** Sets some facets and shows the list. */
  showInList(filters: Partial<Record<PanoramaFacet, readonly string[]>>): void;
  /** Chooses the compared territories. */
  setCompare(territories: readonly string[]): void;
  /** Opens the detail of a practice. */
  openPractice(id: string): void;
  /** Asks for `full` (the element re-renders when it arrives). */
  requestFull(): void;
}

/** A lazily loaded view: its template and its styles (adopted when the view first loads). */
export interface ViewModule {
  readonly render: (context: ViewContext) => TemplateResult;
  readonly styles: CSSResult;
}

/** The name of a territory in the active language. */
export function territoryName(context: ViewContext, id: string): string {
  const territory = context.data.territories.find((candidate) => candidate.id === id);
  return territory ? territory.name[context.language] || territory.localName : id;
}
