import { css, html, type TemplateResult } from 'lit';
import { PILLARS, THEMES, THEME_PILLAR, coverage, type Coverage, type PillarId, type TerritoryCoverage, type ThemeId } from '@alliance-panorama/core';
import { label } from '../../i18n/index.js';
import { territoryName, type ViewContext } from './context.js';

/** Styles of the matrix view. */
export const styles = css`
  .matrix-view {
    display: grid;
    gap: 1.5rem;
  }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  .scroll:focus-visible {
    outline: 3px solid var(--_focus);
  }
  table {
    border-collapse: collapse;
    font-size: 0.9375rem;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.5rem;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0;
    text-align: center;
  }
  th {
    padding: 0.35rem 0.5rem;
    font-weight: 600;
  }
  th[scope='row'] {
    text-align: start;
    white-space: nowrap;
  }
  .themes th[scope='col'] {
    writing-mode: vertical-rl;
    transform: rotate(180deg);
    text-align: start;
    max-height: 14rem;
    font-weight: 500;
    font-size: 0.8125rem;
  }
  td button {
    all: unset;
    box-sizing: border-box;
    display: block;
    width: 100%;
    min-width: 2.75rem;
    min-height: 2.75rem;
    line-height: 2.75rem;
    cursor: pointer;
    font-variant-numeric: tabular-nums;
  }
  td button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  td.zero {
    color: var(--_muted);
  }
  /* Five steps of the accent mixed into the background; text switches to the accent text colour on dark steps. */
  .level-1 {
    background: color-mix(in srgb, var(--_accent) 12%, var(--_bg));
  }
  .level-2 {
    background: color-mix(in srgb, var(--_accent) 25%, var(--_bg));
  }
  .level-3 {
    background: color-mix(in srgb, var(--_accent) 40%, var(--_bg));
  }
  .level-4 {
    background: color-mix(in srgb, var(--_accent) 88%, var(--_bg));
    color: var(--_accent-text);
  }
  .level-5 {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .total {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    td[class*='level-'] {
      background: Canvas;
      color: CanvasText;
    }
  }
`;

const level = (count: number, max: number) => (count === 0 ? 0 : Math.min(5, Math.ceil((count / Math.max(1, max)) * 5)));

/**
 * The socle commun as a table: territories × pillars and territories × themes, each cell the number of practices
 * under the current filters, coloured on a scale with the number written in it. A cell shows its practices.
 */
export function render(context: ViewContext): TemplateResult {
  const { data, t, filters, uid } = context;
  const coverageRows = context.remoteCoverage ? context.remoteCoverage() : coverage(data, filters);
  if (!coverageRows) return html`<p class="muted" role="status">${t.loadingView}</p>`;
  const themes = THEMES.filter((theme) => coverageRows.totals.themes[theme] > 0).sort(
    (a, b) => PILLARS.indexOf(THEME_PILLAR[a] ?? 'access-to-rights') - PILLARS.indexOf(THEME_PILLAR[b] ?? 'access-to-rights'),
  );
  return html`<div class="matrix-view">
    ${table(context, coverageRows, 'pillars', PILLARS, t.matrixPillars, `${uid}-pillars-caption`)}
    ${table(context, coverageRows, 'themes', themes, t.matrixThemes, `${uid}-themes-caption`)}
  </div>`;
}

/** One table of the socle commun: a row per territory, a column per pillar or theme, totals on both sides. */
function table(
  context: ViewContext,
  { rows, totals }: Coverage,
  facet: 'pillars' | 'themes',
  columns: readonly (PillarId | ThemeId)[],
  caption: string,
  captionId: string,
): TemplateResult {
  const { t } = context;
  const count = (counts: TerritoryCoverage['pillars'] | TerritoryCoverage['themes'], column: string) =>
    (counts as Readonly<Record<string, number>>)[column] ?? 0;
  const max = Math.max(0, ...rows.flatMap((row) => columns.map((column) => count(row[facet], column))));
  // A wide table scrolls sideways in its own focusable region, so keyboard users can scroll it too.
  return html`<div class="scroll" tabindex="0" role="region" aria-labelledby=${captionId}>
    <table class=${facet}>
      <caption id=${captionId}>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.matrixTerritory}</th>
          ${columns.map((column) => html`<th scope="col">${label(t, facet, column)}</th>`)}
          <th scope="col">${t.matrixTotal}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => {
          const name = territoryName(context, row.territory);
          return html`<tr>
            <th scope="row">${name}</th>
            ${columns.map((column) => {
              const value = count(row[facet], column);
              return html`<td class="level-${level(value, max)} ${value === 0 ? 'zero' : ''}" data-territory=${row.territory} data-column=${column}>
                <button
                  type="button"
                  aria-label=${t.matrixCell(name, label(t, facet, column), value)}
                  @click=${() => context.showInList({ territories: [row.territory], [facet]: [column] })}
                >
                  ${value}
                </button>
              </td>`;
            })}
            <td class="total" data-territory=${row.territory} data-column="total">${row.total}</td>
          </tr>`;
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${t.matrixTotal}</th>
          ${columns.map((column) => html`<td class="total" data-column=${column}>${count(totals[facet], column)}</td>`)}
          <td class="total" data-column="total">${totals.total}</td>
        </tr>
      </tfoot>
    </table>
  </div>`;
}
