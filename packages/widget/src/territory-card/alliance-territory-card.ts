import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  ACTOR_KIND_SIDE,
  PILLARS,
  coverage,
  localize,
  queryPractices,
  type DatasetView,
  type PartialText,
} from '@alliance-panorama/core';
import { CONTENT_LANGUAGE, LOADING, loadCatalog, resolveLanguage, type Catalog, type UiLanguage } from '../i18n/index.js';
import { formatDate } from '../shared/format.js';
import { label } from '../i18n/index.js';
import { loadList, loadTerritories } from '../shared/load.js';
import { safeUrl } from '../shared/safe-url.js';
import { cardStyles } from './styles.js';

const PILLAR_CLASS = { 'local-citizenship': 'pillar-local-citizenship', interculturality: 'pillar-interculturality', 'access-to-rights': 'pillar-access-to-rights' } as const;

/**
 * A member territory's own card: name, country, Alliance session, practices per pillar, a few practices,
 * partners, political commitments and links, kept in sync with the shared dataset.
 *
 * @summary A territory's card from the Alliance Migrations panorama.
 * @tag alliance-territory-card
 *
 * @csspart card - The card.
 * @csspart coverage - The practices-per-pillar chart.
 *
 * @cssprop --alliance-font - Font family (default: inherited from the page).
 * @cssprop --alliance-accent - Accent colour of links.
 * @cssprop --alliance-surface - Background of the card.
 * @cssprop --alliance-text - Text colour.
 * @cssprop --alliance-border - Border colour.
 * @cssprop --alliance-background - Background colour.
 * @cssprop --alliance-muted - Secondary text colour.
 * @cssprop --alliance-radius - Corner radius.
 * @cssprop --alliance-focus - Colour of the focus ring.
 * @cssprop --alliance-pillar-local-citizenship - Colour of the local-citizenship pillar.
 * @cssprop --alliance-pillar-interculturality - Colour of the interculturality pillar.
 * @cssprop --alliance-pillar-access-to-rights - Colour of the access-to-rights pillar.
 */
export class AllianceTerritoryCard extends LitElement {
  static override styles = cardStyles;

  // Declared without decorators, like <alliance-panorama>: no decorator helpers in the bundle.
  static override properties = {
    territory: { reflect: true },
    lang: { reflect: true },
    href: {},
    practices: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    colorScheme: { attribute: 'color-scheme', reflect: true },
    data: { state: true },
    catalog: { state: true },
    language: { state: true },
  };

  /** Id of the territory, such as `grenoble`. */
  territory = '';
  /**
   * Interface language (`fr`, `en`, `es`, `ca`, `it`, `pt`, `de`; the last four show content in the nearest of the
   * first three); defaults to the nearest `lang` attribute, then French.
   */
  override lang = '';
  /** Link to the page that shows the territory's full panorama. */
  href = '';
  /** Number of practices listed (1 to 10, default 3). */
  practices = 3;
  /** Heading level of the territory name (2 to 6, default 2), to fit the host page's outline. */
  headingLevel = 2;
  /** Colour scheme: `auto`, `light` or `dark`. */
  colorScheme: 'auto' | 'light' | 'dark' = 'auto';

  private data?: DatasetView;
  private catalog?: Catalog;
  private language: UiLanguage = 'fr';
  private requested?: UiLanguage;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') || !this.hasUpdated) this.language = resolveLanguage(this, this.lang);
    if (this.language !== this.requested) {
      const language = (this.requested = this.language);
      const content = CONTENT_LANGUAGE[language];
      void Promise.all([loadList(content), loadTerritories(content), loadCatalog(language)]).then(([data, territories, strings]) => {
        if (this.requested !== language) return;
        // The light list has no commitments or presentations: take the territories from their own file.
        this.data = { ...data, territories };
        this.catalog = strings;
      });
    }
  }

  private text(value: PartialText | undefined): TemplateResult {
    const localized = localize(value, CONTENT_LANGUAGE[this.language]);
    return localized.fallback && localized.text ? html`<span lang=${localized.locale}>${localized.text}</span>` : html`${localized.text}`;
  }

  private heading(level: number, content: TemplateResult, className: string): TemplateResult {
    const clamped = Math.min(6, Math.max(2, Math.floor(level) || 2));
    switch (clamped) {
      case 3:
        return html`<h3 class=${className}>${content}</h3>`;
      case 4:
        return html`<h4 class=${className}>${content}</h4>`;
      case 5:
        return html`<h5 class=${className}>${content}</h5>`;
      case 6:
        return html`<h6 class=${className}>${content}</h6>`;
      default:
        return html`<h2 class=${className}>${content}</h2>`;
    }
  }

  override render(): TemplateResult {
    const t = this.catalog;
    const data = this.data;
    if (!data || !t) return html`<div part="card" class="card" aria-busy="true"><p>${LOADING[this.language] ?? LOADING[CONTENT_LANGUAGE[this.language]]}</p></div>`;
    const territory = data.territories.find((candidate) => candidate.id === this.territory);
    if (!territory) return html`<div part="card" class="card" role="alert"><p>${t.cardUnknownTerritory(this.territory)}</p></div>`;

    const row = coverage(data, { territories: [territory.id] }).rows.find((candidate) => candidate.territory === territory.id)!;
    const max = Math.max(1, ...PILLARS.map((pillar) => row.pillars[pillar]));
    const count = Math.min(10, Math.max(1, Math.floor(this.practices) || 3));
    const listed = queryPractices(data, { territories: [territory.id], locale: CONTENT_LANGUAGE[this.language], sort: 'start-year-desc', pageSize: count }).items;
    const partnerIds = new Set(
      data.practices.filter((practice) => practice.territory === territory.id).flatMap((practice) => practice.actors.map(({ actor }) => actor)),
    );
    const partners = data.actors.filter((actor) => partnerIds.has(actor.id) && ACTOR_KIND_SIDE[actor.kind] === 'civil-society').slice(0, 6);
    const commitments = [...territory.commitments].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).slice(0, 4);
    const country = new Intl.DisplayNames([this.language], { type: 'region' }).of(territory.country) ?? territory.country;
    const href = safeUrl(this.href ? new URL(this.href, document.baseURI).href : undefined);
    const panorama = territory.links.find((link) => link.kind === 'panorama') ?? territory.links.find((link) => link.kind === 'alliance');
    const panoramaUrl = safeUrl(panorama?.url);
    const headingLevel = Math.min(6, Math.max(2, Math.floor(this.headingLevel) || 2));

    // Bar widths are set through the \`style\` property (the CSSOM), never a style attribute: a strict
    // Content-Security-Policy (style-src 'self') blocks attributes but allows the CSSOM.
    return html`
      <article part="card" class="card" lang=${this.language}>
        <header>
          ${this.heading(headingLevel, this.text(territory.name), 'name')}
          <p class="meta">${country} · ${t.cardSession(territory.session.replace('-', '/'))}</p>
        </header>
        <section part="coverage">
          ${this.heading(headingLevel + 1, html`${t.cardCoverage}`, 'section-title')}
          <ul class="bars" role="list">
            ${PILLARS.map(
              (pillar) => html`<li class="bar ${PILLAR_CLASS[pillar]}">
                <span>${label(t, 'pillars', pillar)}</span>
                <span class="track" aria-hidden="true"><span class="fill" .style=${`width: ${(row.pillars[pillar] / max) * 100}%`}></span></span>
                <span class="number">${row.pillars[pillar]}</span>
              </li>`,
            )}
          </ul>
        </section>
        <section>
          ${this.heading(headingLevel + 1, html`${t.cardPractices}`, 'section-title')}
          <ul class="list" lang=${CONTENT_LANGUAGE[this.language]}>
            ${listed.map((practice) => html`<li>${this.text(practice.title)}</li>`)}
          </ul>
        </section>
        ${partners.length > 0
          ? html`<section>
              ${this.heading(headingLevel + 1, html`${t.cardPartners}`, 'section-title')}
              <ul class="list">
                ${partners.map((actor) => {
                  const website = safeUrl(actor.website);
                  return html`<li>${website ? html`<a href=${website} rel="noopener noreferrer" target="_blank">${actor.name}</a>` : actor.name}</li>`;
                })}
              </ul>
            </section>`
          : nothing}
        ${commitments.length > 0
          ? html`<section>
              ${this.heading(headingLevel + 1, html`${t.cardCommitments}`, 'section-title')}
              <ul class="list" lang=${CONTENT_LANGUAGE[this.language]}>
                ${commitments.map(
                  (commitment) => html`<li>
                    ${commitment.date ? html`<strong>${formatDate(commitment.date, this.language)}</strong> — ` : nothing}${this.text(commitment.title)}
                  </li>`,
                )}
              </ul>
            </section>`
          : nothing}
        <p class="links">
          ${href ? html`<a class="see-all" href=${href}>${t.cardSeeAll(row.total)}</a>` : nothing}
          ${panoramaUrl ? html`<a href=${panoramaUrl} rel="noopener noreferrer" target="_blank">${t.cardPanorama}</a>` : nothing}
        </p>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alliance-territory-card': AllianceTerritoryCard;
  }
}
