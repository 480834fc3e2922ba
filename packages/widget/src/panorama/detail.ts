import { css, html, nothing, type TemplateResult } from 'lit';
import { localize, type DatasetView, type PartialText, type PracticeView } from '@alliance-panorama/core';
import type { Catalog, UiLanguage } from '../i18n/index.js';
import { formatDate } from '../shared/format.js';
import { label } from '../i18n/index.js';
import { safeUrl } from '../shared/safe-url.js';

/** Styles of the detail dialog, adopted when the first detail opens. */
export const detailStyles = css`
    dialog {
      width: min(46rem, calc(100vw - 1rem));
      max-height: calc(100vh - 2rem);
      padding: 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: var(--_text);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.55);
    }
    .detail {
      display: grid;
      gap: 0.75rem;
      padding: 1.25rem;
    }
    .detail-header {
      display: flex;
      gap: 1rem;
      align-items: start;
      justify-content: space-between;
    }
    .detail h2 {
      font-size: 1.35rem;
      line-height: 1.3;
    }
    .detail h3 {
      font-size: 1rem;
      margin-top: 0.5rem;
    }
    .actors,
    .sources {
      display: grid;
      gap: 0.35rem;
      padding-left: 1.25rem;
      list-style: disc;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
    }
    .facts dt {
      font-weight: 600;
    }
    @container (max-width: 30rem) {
      .facts {
        grid-template-columns: 1fr;
      }
      .detail {
        padding: 1rem;
      }
    }
`;

/** What the detail view needs. */
export interface DetailContext {
  readonly practice: PracticeView;
  readonly data: DatasetView;
  /** False while only the light list is loaded: the full text is on its way. */
  readonly complete: boolean;
  readonly language: UiLanguage;
  /** The language the practice's text is in. */
  readonly content: string;
  readonly t: Catalog;
  readonly titleId: string;
  readonly text: (value: PartialText | undefined) => TemplateResult;
  readonly onClose: () => void;
}

function period({ practice, t, language }: DetailContext): string {
  const { start, end } = practice.period;
  const from = formatDate(start, language);
  const to = formatDate(end, language);
  if (from && to) return t.between(from, to);
  if (from) return t.since(from);
  if (to) return t.until(to);
  return t.dates;
}

/** The content of the detail dialog: summary, actors and roles, alliance, period, sources, confidence. */
export function renderDetail(context: DetailContext): TemplateResult {
  const { practice, data, complete, language, t, titleId, text } = context;
  const territory = data.territories.find((candidate) => candidate.id === practice.territory);
  const caveats = localize(practice.caveats, language).text;
  return html`
    <article class="detail" lang=${context.content}>
      <header class="detail-header">
        <h2 id=${titleId}>${text(practice.title)}</h2>
        <button type="button" class="close" @click=${context.onClose}>${t.close}</button>
      </header>
      <p class="card-meta">
        ${territory ? text(territory.name) : practice.territory}
        <span class="model model-${practice.alliance.model}">${label(t, 'models', practice.alliance.model)}</span>
      </p>
      ${complete ? html`<p>${text(practice.summary)}</p>` : html`<p>${text(practice.summary)}</p><p class="muted" role="status">${t.loadingDetail}</p>`}
      <ul role="list" class="tags" aria-label=${t.cardPillars}>
        ${[practice.primaryPillar, ...practice.pillars].map(
          (pillar) => html`<li class="tag pillar-tag pillar-${pillar}">${label(t, 'pillars', pillar)}</li>`,
        )}
        ${practice.themes.map((theme) => html`<li class="tag">${label(t, 'themes', theme)}</li>`)}
      </ul>
      <h3>${t.actors}</h3>
      <ul class="actors">
        ${practice.actors.map(({ actor, roles }) => {
          const record = data.actors.find((candidate) => candidate.id === actor);
          const website = safeUrl(record?.website);
          const name = record?.name ?? actor;
          return html`<li>
            ${website
              ? html`<a href=${website} rel="noopener noreferrer" target="_blank">${name}</a>`
              : html`<span>${name}</span>`}
            <span class="muted">
              (${record ? label(t, 'actorKinds', record.kind) : ''}) —
              ${roles.map((role) => label(t, 'roles', role)).join(', ')}</span
            >
          </li>`;
        })}
      </ul>
      <h3>${t.alliance}</h3>
      <p>
        <strong>${label(t, 'models', practice.alliance.model)}</strong>
        ${practice.alliance.relationKinds.length > 0
          ? html` — ${practice.alliance.relationKinds.map((kind) => label(t, 'relationKinds', kind)).join(', ')}`
          : nothing}
      </p>
      ${complete ? html`<p>${text(practice.alliance.description)}</p>` : nothing}
      <dl class="facts">
        <dt>${t.originalName}</dt>
        <dd lang=${practice.originalName.lang}>${practice.originalName.text}</dd>
        <dt>${t.period}</dt>
        <dd>
          ${period(context)} ·
          ${t.statusAsOf(label(t, 'statuses', practice.period.status), formatDate(practice.period.asOf, language))}
        </dd>
        <dt>${t.confidence}</dt>
        <dd>${label(t, 'confidence', practice.confidence)}</dd>
      </dl>
      ${complete && caveats ? html`<h3>${t.caveats}</h3><p>${text(practice.caveats)}</p>` : nothing}
      ${complete
        ? html`<h3>${t.sources}</h3>
            <ul class="sources">
              ${practice.sources.map((source) => {
                const url = safeUrl(source.url);
                return html`<li>
                  ${url ? html`<a href=${url} rel="noopener noreferrer" target="_blank" hreflang=${source.language}>${source.title}</a>` : source.title}
                  <span class="muted">— ${source.publisher}${source.date ? `, ${formatDate(source.date, language)}` : ''}</span>
                </li>`;
              })}
            </ul>`
        : nothing}
      <p class="muted">${t.lastChecked(formatDate(practice.lastChecked, language))}</p>
    </article>
  `;
}
