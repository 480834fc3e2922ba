import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { ACTOR_KINDS, ACTOR_KIND_SIDE, queryPractices, type ActorView, type RelationView } from '@alliance-panorama/core';
import { label } from '../../i18n/index.js';
import { safeUrl } from '../../shared/safe-url.js';
import { territoryName, type ViewContext } from './context.js';

/** Styles of the alliances view. */
export const styles = css`
  .alliances-view {
    display: grid;
    gap: 1rem;
  }
  .alliances-view h3 {
    font-size: 1.0625rem;
  }
  .kinds {
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  .kind h4 {
    font-size: 0.9375rem;
    margin: 0 0 0.25rem;
  }
  .plain {
    display: grid;
    gap: 0.25rem;
    padding-left: 1.25rem;
    list-style: disc;
  }
  .relations {
    display: grid;
    gap: 0.75rem;
  }
  .graph {
    width: 100%;
    max-width: 40rem;
    height: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .graph line {
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  .graph .authority {
    fill: var(--_accent);
  }
  .graph .civil-society {
    fill: var(--_p3);
  }
  .graph .other {
    fill: var(--_muted);
  }
  .graph text {
    font-size: 11px;
    fill: var(--_text);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    font-size: 0.875rem;
  }
  .key-authority {
    color: var(--_accent);
  }
  .key-civil-society {
    color: var(--_p3);
  }
  .key-other {
    color: var(--_muted);
  }
  .dot {
    display: inline-block;
    width: 0.7rem;
    height: 0.7rem;
    border-radius: 50%;
    margin-inline-end: 0.35rem;
    background: currentColor;
  }
`;

const SIDE_CLASS = { authority: 'authority', 'civil-society': 'civil-society', other: 'other' } as const;

function drawing(context: ViewContext, actors: readonly ActorView[], relations: readonly RelationView[]): TemplateResult {
  const size = 520;
  const centre = size / 2;
  const ring = size / 2 - 70;
  const position = new Map(
    actors.map((actor, index) => {
      const angle = (2 * Math.PI * index) / actors.length - Math.PI / 2;
      return [actor.id, [centre + ring * Math.cos(angle), centre + ring * Math.sin(angle)] as const];
    }),
  );
  // The lists give the same information: the drawing is one image for sighted users, described in one sentence.
  return html`<svg class="graph" viewBox="0 0 ${size} ${size}" role="img" aria-label=${context.t.alliancesDrawing(actors.length, relations.length)}>
    ${relations.map((relation) => {
      const from = position.get(relation.from);
      const to = position.get(relation.to);
      return from && to ? svg`<line x1=${from[0].toFixed(1)} y1=${from[1].toFixed(1)} x2=${to[0].toFixed(1)} y2=${to[1].toFixed(1)}></line>` : nothing;
    })}
    ${actors.map((actor) => {
      const [x, y] = position.get(actor.id)!;
      const anchor = x < centre - 5 ? 'end' : x > centre + 5 ? 'start' : 'middle';
      const dx = anchor === 'end' ? -10 : anchor === 'start' ? 10 : 0;
      return svg`<circle class=${SIDE_CLASS[ACTOR_KIND_SIDE[actor.kind]]} cx=${x.toFixed(1)} cy=${y.toFixed(1)} r="7"></circle>
        <text x=${(x + dx).toFixed(1)} y=${(y + 4).toFixed(1)} text-anchor=${anchor}>${(actor.shortName ?? actor.name).slice(0, 28)}</text>`;
    })}
  </svg>`;
}

/**
 * The alliance graph of a territory (or of all): the actors of the matching practices grouped by kind, and the
 * relations between them (who funds, who co-constructs, who is consulted), as lists and a small drawing.
 */
export function render(context: ViewContext): TemplateResult {
  const { data, t, filters, uid, language } = context;
  if (!context.full) context.requestFull();
  const chosen = filters.territories?.length === 1 ? filters.territories[0]! : '';
  const practices = queryPractices(data, { ...filters, pageSize: Infinity }).items;
  const practiceCount = new Map<string, number>();
  for (const practice of practices) {
    for (const { actor } of practice.actors) practiceCount.set(actor, (practiceCount.get(actor) ?? 0) + 1);
  }
  const source = context.full ?? data;
  const actors = source.actors.filter((actor) => practiceCount.has(actor.id));
  const actorIds = new Set(actors.map((actor) => actor.id));
  const practiceIds = new Set(practices.map((practice) => practice.id));
  const relations = (context.full?.relations ?? []).filter(
    (relation) => actorIds.has(relation.from) && actorIds.has(relation.to) && (!relation.practice || practiceIds.has(relation.practice)),
  );
  const name = (id: string) => {
    const actor = source.actors.find((candidate) => candidate.id === id);
    return actor ? actor.shortName ?? actor.name : id;
  };
  const practiceTitle = (id: string | undefined) => {
    const practice = id ? source.practices.find((candidate) => candidate.id === id) : undefined;
    return practice ? practice.title[language] ?? '' : '';
  };
  const byKind = ACTOR_KINDS.map((kind) => [kind, actors.filter((actor) => actor.kind === kind)] as const).filter(([, list]) => list.length > 0);
  const byRelation = new Map<string, RelationView[]>();
  for (const relation of relations) byRelation.set(relation.kind, [...(byRelation.get(relation.kind) ?? []), relation]);

  return html`<div class="alliances-view">
    <div class="field">
      <label for="${uid}-alliances-territory">${t.alliancesTerritory}</label>
      <select
        id="${uid}-alliances-territory"
        ?disabled=${context.lockedTerritories.length > 0}
        @change=${(event: Event) => {
          const value = (event.target as HTMLSelectElement).value;
          context.setTerritories(value ? [value] : []);
        }}
      >
        <option value="" ?selected=${!chosen}>${t.alliancesAll}</option>
        ${data.territories.map(
          (territory) => html`<option value=${territory.id} ?selected=${chosen === territory.id}>${territoryName(context, territory.id)}</option>`,
        )}
      </select>
    </div>
    <section aria-labelledby="${uid}-actors-title">
      <h3 id="${uid}-actors-title">${t.alliancesActors}</h3>
      <div class="kinds">
        ${byKind.map(
          ([kind, list]) => html`<div class="kind">
            <h4>${label(t, 'actorKinds', kind)} (${list.length})</h4>
            <ul class="plain">
              ${list.map((actor) => {
                const website = safeUrl(actor.website);
                return html`<li>
                  ${website ? html`<a href=${website} rel="noopener noreferrer" target="_blank">${actor.name}</a>` : actor.name}
                  <span class="muted">${t.alliancesInPractices(practiceCount.get(actor.id) ?? 0)}</span>
                </li>`;
              })}
            </ul>
          </div>`,
        )}
      </div>
    </section>
    <section class="relations" aria-labelledby="${uid}-relations-title">
      <h3 id="${uid}-relations-title">${t.alliancesRelations}</h3>
      ${!context.full
        ? html`<p class="muted" role="status">${t.loadingView}</p>`
        : relations.length === 0
          ? html`<p class="muted">${t.alliancesNoRelation}</p>`
          : html`${[...byRelation].map(
                ([kind, list]) => html`<div class="kind">
                  <h4>${label(t, 'relationKinds', kind)} (${list.length})</h4>
                  <ul class="plain">
                    ${list.map(
                      (relation) => html`<li>
                        ${name(relation.from)} → ${name(relation.to)}
                        ${relation.practice ? html`<span class="muted">${t.alliancesFor(practiceTitle(relation.practice))}</span>` : nothing}
                      </li>`,
                    )}
                  </ul>
                </div>`,
              )}
              ${chosen && actors.length <= 40
                ? html`${drawing(context, actors, relations)}
                    <p class="legend" aria-hidden="true">
                      <span class="key-authority"><span class="dot"></span>${t.sideAuthority}</span>
                      <span class="key-civil-society"><span class="dot"></span>${t.sideCivilSociety}</span>
                      <span class="key-other"><span class="dot"></span>${t.sideOther}</span>
                    </p>`
                : nothing}`}
    </section>
  </div>`;
}
