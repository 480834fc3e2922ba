import { css } from 'lit';
import { themeStyles } from '../shared/theme.js';

/** Styles of `<alliance-panorama>`: a single column in narrow containers, facets beside results from 44rem. */
export const panoramaStyles = [
  themeStyles,
  css`
    .base {
      display: grid;
      gap: 1rem;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: start;
    }
    .field {
      display: grid;
      gap: 0.25rem;
    }
    .search-field {
      flex: 1 1 16rem;
    }
    .hint {
      font-size: 0.8125rem;
      color: var(--_muted);
    }
    label {
      font-weight: 600;
    }
    input[type='search'],
    select {
      min-height: 2.75rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_muted);
      border-radius: var(--_radius);
      background: var(--_bg);
      width: 100%;
    }
    button {
      min-height: 2.75rem;
      padding: 0.5rem 0.9rem;
      border: 1px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: var(--_accent);
      cursor: pointer;
    }
    button:disabled {
      opacity: 0.6;
      cursor: not-allowed;
    }
    .layout {
      display: grid;
      gap: 1.5rem;
    }
    .panel-title {
      font-size: 1.125rem;
      line-height: 1.3;
    }
    .filters {
      display: none;
      gap: 1rem;
      padding: 1rem;
      background: var(--_surface);
      border-radius: var(--_radius);
      align-content: start;
    }
    .filters.open {
      display: grid;
    }
    .facet {
      border: 0;
      padding: 0;
      min-width: 0;
    }
    .facet legend {
      font-weight: 700;
      padding: 0;
      margin-bottom: 0.25rem;
    }
    .facet li {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .facet input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0;
      flex: none;
      accent-color: var(--_accent);
    }
    .facet label {
      display: flex;
      flex: 1;
      gap: 0.5rem;
      align-items: center;
      font-weight: 400;
      padding: 0.3rem 0;
      min-height: 2rem;
      cursor: pointer;
    }
    .facet .label {
      flex: 1;
    }
    .facet-count {
      font-variant-numeric: tabular-nums;
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .zero {
      color: var(--_muted);
    }
    .swatch {
      width: 0.75rem;
      height: 0.75rem;
      border-radius: 50%;
      background: currentColor;
      flex: none;
    }
    .results {
      display: grid;
      gap: 1rem;
      align-content: start;
      min-width: 0;
    }
    .count {
      font-weight: 600;
    }
    .note {
      padding: 0.5rem 0.75rem;
      border-left: 0.25rem solid var(--_accent);
      background: var(--_surface);
    }
    .download {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      align-items: center;
      color: var(--_muted);
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .chips ul,
    .empty-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .chips-title {
      font-weight: 600;
    }
    .chip {
      min-height: 2.25rem;
      border-radius: 999px;
      background: var(--_accent);
      color: var(--_accent-text);
      display: inline-flex;
      gap: 0.4rem;
      align-items: center;
    }
    .chip-x {
      font-size: 1.2em;
      line-height: 1;
    }
    .link-button {
      border-color: transparent;
      text-decoration: underline;
    }
    .tabs {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      border-bottom: 2px solid var(--_border);
    }
    .tabs [role='tab'] {
      border: 0;
      border-bottom: 3px solid transparent;
      border-radius: var(--_radius) var(--_radius) 0 0;
      margin-bottom: -2px;
      color: var(--_text);
    }
    .tabs [role='tab'][aria-selected='true'] {
      border-bottom-color: var(--_accent);
      color: var(--_accent);
      font-weight: 700;
    }
    .panel {
      display: grid;
      gap: 1rem;
      min-width: 0;
    }
    .panel:focus-visible {
      outline-offset: 4px;
    }
    .cards {
      display: grid;
      gap: 1rem;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
    }
    /* Cards far from the viewport skip their layout and paint until they come near it, so the first results cost
       one short frame (no long task). "auto" keeps the height of a card once shown. */
    .cards:not(.skeleton) > li {
      content-visibility: auto;
      contain-intrinsic-block-size: auto 20rem;
    }
    /* The first results lay out their first three cards, and the others in the next frame (loadBundled). */
    .first-cards .cards > li:nth-child(n + 4) {
      content-visibility: hidden;
    }
    .card {
      display: grid;
      gap: 0.5rem;
      align-content: start;
      height: 100%;
      padding: 1rem;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .card.placeholder {
      min-height: 12rem;
    }
    /* While loading, the skeleton keeps the panorama about as tall as host pages reserve for it before it is
       defined (40rem in the examples), so that what follows does not move up and down. */
    .cards.skeleton {
      min-height: 37.5rem;
    }
    .card-title {
      font-size: 1.0625rem;
      line-height: 1.35;
    }
    .card-title button {
      all: unset;
      cursor: pointer;
      color: var(--_accent);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    .card-title button:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .card-meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      font-size: 0.875rem;
      color: var(--_muted);
    }
    .model {
      font-style: italic;
    }
    /* Packed data: the excerpt arrives after the card; its room is kept so the card does not grow much then. */
    .card-summary.pending {
      min-height: 4.5em;
    }
    .card-summary {
      font-size: 0.9375rem;
    }
    .empty,
    .error {
      display: grid;
      gap: 0.75rem;
      padding: 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .error {
      border-left: 0.35rem solid var(--_focus);
      justify-items: start;
    }
    .pagination {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
      justify-content: center;
    }
    @container (min-width: 44rem) {
      .filters-toggle {
        display: none;
      }
      .layout {
        grid-template-columns: minmax(13rem, 17rem) 1fr;
      }
      .filters {
        display: grid;
      }
    }
    @media print {
      .toolbar,
      .filters,
      .pagination,
      .chips button,
      dialog {
        display: none !important;
      }
      .layout {
        display: block;
      }
      .cards > li {
        content-visibility: visible;
      }
      .card {
        break-inside: avoid;
        border-color: #000;
        background: none;
      }
      .card-title button {
        color: #000;
        text-decoration: none;
      }
    }
  `,
];
