import { css } from 'lit';
import { themeStyles } from '../shared/theme.js';

/** Styles of `<alliance-territory-card>`. */
export const cardStyles = [
  themeStyles,
  css`
    .card {
      display: grid;
      gap: 0.9rem;
      padding: 1.25rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      max-width: 48rem;
    }
    .name {
      font-size: 1.4rem;
      line-height: 1.25;
    }
    .meta {
      color: var(--_muted);
    }
    h3 {
      font-size: 1rem;
    }
    .bars {
      display: grid;
      gap: 0.4rem;
    }
    .bar {
      display: grid;
      grid-template-columns: minmax(8rem, 14rem) 1fr 2.5rem;
      gap: 0.5rem;
      align-items: center;
    }
    .track {
      height: 0.75rem;
      border-radius: 999px;
      background: var(--_bg);
      border: 1px solid var(--_border);
      overflow: hidden;
    }
    .fill {
      display: block;
      height: 100%;
      background: currentColor;
    }
    .number {
      text-align: end;
      font-variant-numeric: tabular-nums;
      color: var(--_text);
    }
    .list {
      display: grid;
      gap: 0.3rem;
      padding-left: 1.25rem;
      list-style: disc;
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.25rem;
    }
    .see-all {
      font-weight: 700;
    }
    @container (max-width: 26rem) {
      .bar {
        grid-template-columns: 1fr 2.5rem;
      }
      .track {
        grid-column: 1 / -1;
        grid-row: 2;
      }
    }
    @media (forced-colors: active) {
      .fill {
        forced-color-adjust: none;
        background: CanvasText;
      }
    }
  `,
];
