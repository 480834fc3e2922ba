import type { PracticeFilters } from '@alliance-panorama/core';

/**
 * Fired by `<alliance-panorama>` when the user changes a filter, the search text or the page.
 * Bubbles and crosses shadow roots, so a host page can listen on `document`.
 */
export class AllianceFilterChangeEvent extends Event {
  static readonly eventName = 'alliance-filter-change' as const;
  /** The filters now applied (presets included). */
  readonly filters: PracticeFilters;
  /** Number of practices that match them. */
  readonly total: number;

  constructor(filters: PracticeFilters, total: number) {
    super(AllianceFilterChangeEvent.eventName, { bubbles: true, composed: true });
    this.filters = filters;
    this.total = total;
  }
}

declare global {
  interface HTMLElementEventMap {
    'alliance-filter-change': AllianceFilterChangeEvent;
  }
}
