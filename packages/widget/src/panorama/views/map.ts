import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { ViewContext } from './context.js';
import { BORDER_PATH, LAND_PATH, MAP_SIZE, projectPoint } from './map-data.js';

/** Styles of the map view. */
export const styles = css`
  .map-view {
    display: grid;
    gap: 1rem;
  }
  .map {
    width: 100%;
    height: auto;
    max-height: 70vh;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_map-sea, color-mix(in srgb, var(--_accent) 12%, var(--_bg)));
  }
  .land {
    fill: var(--_surface);
    stroke: var(--_muted);
    stroke-width: 0.8;
  }
  .borders {
    fill: none;
    stroke: var(--_border);
    stroke-width: 0.6;
  }
  .marker {
    cursor: pointer;
  }
  .marker circle {
    fill: var(--_accent);
    fill-opacity: 0.8;
    stroke: var(--_bg);
    stroke-width: 2;
  }
  .marker.selected circle {
    fill: var(--_focus);
  }
  .marker.empty circle {
    fill: var(--_muted);
    fill-opacity: 0.5;
  }
  .marker text {
    font-size: 15px;
    font-weight: 700;
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .marker:focus {
    outline: none;
  }
  .marker:focus-visible circle {
    stroke: var(--_focus);
    stroke-width: 4;
  }
  .territory-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .territory-list button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  @container (max-width: 30rem) {
    .marker text {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .marker circle {
      fill: CanvasText;
      stroke: Canvas;
    }
    .land {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
`;

/** Marker radius for a count: area proportional to the count, readable at any count. */
const radius = (count: number, max: number) => (count === 0 ? 5 : 7 + 17 * Math.sqrt(count / Math.max(1, max)));

/**
 * Territories on an outline of Europe and the Mediterranean, each marker sized by the practices that match the
 * other filters. Markers and the list under the map both filter by territory.
 */
export function render(context: ViewContext): TemplateResult {
  const { data, result, t, filters } = context;
  const counts = result.facets.territories;
  const selected = new Set(filters.territories ?? []);
  const max = Math.max(0, ...data.territories.map((territory) => counts[territory.id] ?? 0));
  const locked = context.lockedTerritories.length > 0;
  const onKey = (event: KeyboardEvent, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      context.toggleTerritory(id);
    }
  };
  // Larger markers first, so small ones stay on top and clickable.
  const territories = [...data.territories].sort((a, b) => (counts[b.id] ?? 0) - (counts[a.id] ?? 0));
  return html`<div class="map-view">
    <p class="muted">${t.mapHint}</p>
    <svg class="map" viewBox="0 0 ${MAP_SIZE.width} ${MAP_SIZE.height}" role="group" aria-label=${t.mapLabel(data.territories.length)}>
      <path class="land" d=${LAND_PATH}></path>
      <path class="borders" d=${BORDER_PATH}></path>
      ${territories.map((territory) => {
        const [x, y] = projectPoint(territory.coordinates.lon, territory.coordinates.lat);
        const count = counts[territory.id] ?? 0;
        const name = territory.name[context.language] || territory.localName;
        const label = t.mapMarker(territory.name[context.language] || territory.localName, count);
        const r = radius(count, max);
        return svg`<g
          class="marker ${selected.has(territory.id) ? 'selected' : ''} ${count === 0 ? 'empty' : ''}"
          role=${locked ? 'img' : 'button'}
          tabindex=${locked ? '-1' : '0'}
          aria-label=${label}
          aria-pressed=${locked ? nothing : selected.has(territory.id) ? 'true' : 'false'}
          data-territory=${territory.id}
          data-count=${count}
          @click=${() => !locked && context.toggleTerritory(territory.id)}
          @keydown=${(event: KeyboardEvent) => !locked && onKey(event, territory.id)}
        >
          <circle cx=${x.toFixed(1)} cy=${y.toFixed(1)} r=${r.toFixed(1)}></circle>
          <text x=${(x + r + 4).toFixed(1)} y=${(y + 5).toFixed(1)} aria-hidden="true">${name} (${count})</text>
        </g>`;
      })}
    </svg>
    <ul role="list" class="territory-list">
      ${data.territories.map(
        (territory) => html`<li>
          <button
            type="button"
            aria-pressed=${selected.has(territory.id) ? 'true' : 'false'}
            ?disabled=${locked}
            data-territory=${territory.id}
            @click=${() => context.toggleTerritory(territory.id)}
          >
            ${t.mapMarker(territory.name[context.language] || territory.localName, counts[territory.id] ?? 0)}
          </button>
        </li>`,
      )}
    </ul>
  </div>`;
}
