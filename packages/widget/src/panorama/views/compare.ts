import { css, html, nothing, type TemplateResult } from 'lit';
import {
  ALLIANCE_MODELS,
  PILLARS,
  coverage,
  queryPractices,
  type PracticeView,
  type TerritoryView,
} from '@alliance-panorama/core';
import { formatDate } from '../../shared/format.js';
import { label } from '../../i18n/index.js';
import type { ViewContext } from './context.js';

/** Styles of the compare view. */
export const styles = css`
  .compare-view {
    display: grid;
    gap: 1rem;
  }
  .pickers {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
  }
  .pickers .field {
    flex: 1 1 12rem;
  }
  .columns {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
  }
  .column {
    display: grid;
    gap: 0.75rem;
    align-content: start;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .column h3 {
    font-size: 1.125rem;
  }
  .column h4 {
    font-size: 0.9375rem;
    margin: 0;
  }
  .counts {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.2rem 0.75rem;
  }
  .counts dd {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
    text-align: end;
  }
  .plain {
    display: grid;
    gap: 0.25rem;
    padding-left: 1.25rem;
    list-style: disc;
  }
  .link {
    all: unset;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
  }
  .link:focus-visible {
    outline: 3px solid var(--_focus);
  }
`;

function counts(entries: readonly [string, number][]): TemplateResult {
  return html`<dl class="counts">
    ${entries.map(([name, count]) => html`<dt>${name}</dt><dd>${count}</dd>`)}
  </dl>`;
}

function column(context: ViewContext, territory: TerritoryView, full: TerritoryView | undefined): TemplateResult {
  const { t, data, filters, language } = context;
  const scope = { ...filters, territories: [territory.id] };
  const row = coverage(data, scope).rows.find((candidate) => candidate.territory === territory.id)!;
  const practices: readonly PracticeView[] = queryPractices(data, { ...scope, pageSize: Infinity, sort: 'title' }).items;
  const models = ALLIANCE_MODELS.map((model) => [label(t, 'models', model), practices.filter((p) => p.alliance.model === model).length] as [string, number]);
  const relationCounts = new Map<string, number>();
  for (const practice of practices) {
    for (const kind of practice.alliance.relationKinds) relationCounts.set(kind, (relationCounts.get(kind) ?? 0) + 1);
  }
  const relations = [...relationCounts].sort((a, b) => b[1] - a[1]).map(([kind, count]) => [label(t, 'relationKinds', kind), count] as [string, number]);
  const themes = Object.entries(row.themes)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([theme, count]) => [label(t, 'themes', theme), count] as [string, number]);
  const commitments = full ? [...full.commitments].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).slice(0, 4) : [];
  return html`<section class="column" data-territory=${territory.id} aria-labelledby="${context.uid}-compare-${territory.id}">
    <h3 id="${context.uid}-compare-${territory.id}">${context.text(territory.name)}</h3>
    <p class="muted">${t.results(row.total)}</p>
    <h4>${t.cardCoverage}</h4>
    ${counts(PILLARS.map((pillar) => [label(t, 'pillars', pillar), row.pillars[pillar]]))}
    <h4>${t.compareModels}</h4>
    ${counts(models)}
    <h4>${t.compareRelations}</h4>
    ${relations.length > 0 ? counts(relations) : html`<p class="muted">${t.compareNone}</p>`}
    <h4>${t.compareThemes}</h4>
    ${themes.length > 0 ? counts(themes) : html`<p class="muted">${t.compareNone}</p>`}
    <h4>${t.compareCommitments}</h4>
    ${full
      ? commitments.length > 0
        ? html`<ul class="plain">
            ${commitments.map(
              (commitment) => html`<li>${commitment.date ? `${formatDate(commitment.date, language)} — ` : ''}${context.text(commitment.title)}</li>`,
            )}
          </ul>`
        : html`<p class="muted">${t.compareNone}</p>`
      : html`<p class="muted" role="status">${t.loadingView}</p>`}
    <h4>${t.comparePractices}</h4>
    ${practices.length > 0
      ? html`<ul class="plain">
          ${practices.slice(0, 4).map(
            (practice) => html`<li>
              <button type="button" class="link" data-practice=${practice.id} aria-haspopup="dialog" @click=${() => context.openPractice(practice.id)}>
                ${context.text(practice.title)}
              </button>
            </li>`,
          )}
        </ul>`
      : html`<p class="muted">${t.compareNone}</p>`}
  </section>`;
}

/** Two territories side by side: pillar coverage, alliance models, relation kinds, themes, commitments, practices. */
export function render(context: ViewContext): TemplateResult {
  const { data, t, uid } = context;
  if (!context.full) context.requestFull();
  const ids = data.territories.map((territory) => territory.id);
  const chosen = [context.compare[0] ?? ids[0], context.compare[1] ?? ids[1]].filter((id): id is string => Boolean(id));
  const picker = (index: 0 | 1, title: string) => html`<div class="field">
    <label for="${uid}-compare-${index}">${title}</label>
    <select
      id="${uid}-compare-${index}"
      @change=${(event: Event) => {
        // Read both pickers: the other one may have changed since this template was made.
        const pickers = (event.target as HTMLElement).closest('.pickers')!.querySelectorAll('select');
        context.setCompare([...pickers].map((select) => select.value));
      }}
    >
      ${data.territories.map(
        (territory) => html`<option value=${territory.id} ?selected=${chosen[index] === territory.id}>
          ${territory.name[context.language] || territory.localName}
        </option>`,
      )}
    </select>
  </div>`;
  return html`<div class="compare-view">
    <div class="pickers">${picker(0, t.compareFirst)} ${picker(1, t.compareSecond)}</div>
    <div class="columns">
      ${chosen.map((id) => {
        const territory = data.territories.find((candidate) => candidate.id === id);
        const full = context.full?.territories.find((candidate) => candidate.id === id);
        return territory ? column(context, territory, full) : nothing;
      })}
    </div>
  </div>`;
}
