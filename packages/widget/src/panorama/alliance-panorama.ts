import { LitElement, html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { DatasetView, PartialText, PracticeResult, PracticeView } from '@alliance-panorama/core';
import { PILLARS, THEMES } from '@alliance-panorama/core/vocabulary';
import { AllianceErrorEvent, type LoadError } from '../events/error-event.js';
import { AllianceFilterChangeEvent } from '../events/filter-change-event.js';
import { AlliancePracticeOpenEvent } from '../events/practice-open-event.js';
import { CONTENT_LANGUAGE, LOADING, loadCatalog, resolveLanguage, type Catalog, type UiLanguage } from '../i18n/index.js';
import { loadFull, loadList } from '../shared/load.js';
import { label } from '../i18n/index.js';
import {
  EMPTY_STATE,
  FACET_ORDER,
  PANORAMA_FACETS,
  paramsToState,
  parseList,
  stateToParams,
  toQuery,
  VIEWS,
  type PanoramaFacet,
  type View,
  type ViewState,
} from './state.js';
import type { ViewContext, ViewModule } from './views/context.js';
import { panoramaStyles } from './styles.js';

const FACET_TITLES: Readonly<Record<PanoramaFacet, keyof Catalog>> = {
  pillars: 'facetPillars',
  themes: 'facetThemes',
  territories: 'facetTerritories',
  actorKinds: 'facetActorKinds',
  statuses: 'facetStatuses',
  models: 'facetModels',
};
// Each view beyond the list is its own chunk, loaded when its tab is first chosen.
const VIEW_LOADERS: Readonly<Record<Exclude<View, 'list'>, () => Promise<ViewModule>>> = {
  map: () => import('./views/map.js'),
  matrix: () => import('./views/matrix.js'),
  compare: () => import('./views/compare.js'),
  alliances: () => import('./views/alliances.js'),
};
const VIEW_TITLES: Readonly<Record<View, keyof Catalog>> = {
  list: 'viewList',
  map: 'viewMap',
  matrix: 'viewMatrix',
  compare: 'viewCompare',
  alliances: 'viewAlliances',
};
const DEFAULT_PAGE_SIZE = 12;
const MAX_PAGE_SIZE = 24;
let instances = 0;

/**
 * A filterable panorama of the inspiring practices collected by the Alliance Migrations: facets with counts,
 * search, active-filter chips, result cards, pages and an accessible detail dialog.
 *
 * @summary Embeddable, filterable panorama of local migration-governance practices.
 * @tag alliance-panorama
 *
 * @fires {AllianceFilterChangeEvent} alliance-filter-change - The user changed a filter, the search text, the sort or the page.
 * @fires {AlliancePracticeOpenEvent} alliance-practice-open - The detail view of a practice opened.
 * @fires {AllianceErrorEvent} alliance-error - The dataset at `src` could not be used; the bundled data stays on screen.
 *
 * @csspart base - The outer wrapper.
 * @csspart search - The search field.
 * @csspart filters - The facet panel.
 * @csspart chips - The list of active filters.
 * @csspart card - Each result card.
 * @csspart pagination - The page navigation.
 * @csspart dialog - The detail dialog.
 * @csspart error - The error message shown when `src` fails.
 * @csspart tabs - The tabs that switch between views (list, map, matrix, compare, alliances).
 *
 * @cssprop --alliance-font - Font family (default: inherited from the page).
 * @cssprop --alliance-accent - Accent colour of buttons, links and chips.
 * @cssprop --alliance-accent-text - Text colour on accent-coloured backgrounds.
 * @cssprop --alliance-background - Background colour.
 * @cssprop --alliance-surface - Background of cards and panels.
 * @cssprop --alliance-text - Text colour.
 * @cssprop --alliance-muted - Secondary text colour.
 * @cssprop --alliance-border - Border colour.
 * @cssprop --alliance-radius - Corner radius.
 * @cssprop --alliance-focus - Colour of the focus ring.
 * @cssprop --alliance-pillar-local-citizenship - Colour of the local-citizenship pillar.
 * @cssprop --alliance-pillar-interculturality - Colour of the interculturality pillar.
 * @cssprop --alliance-pillar-access-to-rights - Colour of the access-to-rights pillar.
 */
export class AlliancePanorama extends LitElement {
  static override styles = panoramaStyles;

  // Declared without decorators: the decorator helpers would add to the code that every page loads first.
  static override properties = {
    lang: { reflect: true },
    territory: {},
    pillar: {},
    theme: {},
    q: {},
    lock: { type: Boolean, reflect: true },
    src: {},
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    colorScheme: { attribute: 'color-scheme', reflect: true },
    view: {},
    pageSize: { type: Number, attribute: 'page-size' },
    ui: { state: true },
    list: { state: true },
    full: { state: true },
    loadError: { state: true },
    filtersOpen: { state: true },
    language: { state: true },
    views: { state: true },
    downloads: { state: true },
    detail: { state: true },
    catalog: { state: true },
  };

  /**
   * Interface language: `fr`, `en`, `es` (also the languages of the practices), or `ca`, `it`, `pt`, `de` (the
   * practices then show in the nearest of the three, with a note saying so). Defaults to the nearest `lang`
   * attribute, then French.
   */
  override lang = '';
  /** Preset territories: space-separated ids such as `grenoble liege`. */
  territory = '';
  /** Preset pillars: space-separated ids such as `access-to-rights`. */
  pillar = '';
  /** Preset themes: space-separated ids such as `shelter-housing health`. */
  theme = '';
  /** Preset search text. */
  q = '';
  /** Locks the presets (`territory`, `pillar`, `theme`): their facets are hidden and cannot be cleared, so a city page shows only its own practices. */
  lock = false;
  /** URL of a dataset to show instead of the bundled one. It is checked with `parseDataset`; on failure an error is shown and the bundled data is kept. */
  src = '';
  /** Keeps filters, page and open practice in `ap-*` URL parameters so that links restore the view. */
  syncUrl = false;
  /** Colour scheme: `auto` (follows the system), `light` or `dark`. */
  colorScheme: 'auto' | 'light' | 'dark' = 'auto';
  /** View shown first: `list` (default), `map`, `matrix` (the socle commun), `compare` or `alliances`. */
  view: View = 'list';
  /** Cards per page, from 1 to 24 (default 12). */
  pageSize: number = DEFAULT_PAGE_SIZE;

  private ui: ViewState = EMPTY_STATE;
  private list?: DatasetView;
  private full?: DatasetView;
  private loadError?: LoadError;
  private filtersOpen = false;
  private language: UiLanguage = 'fr';
  private views: Partial<Record<View, ViewModule>> = {};
  /** "Get the data": loaded once the first results are on screen, since the first render does not need it. */
  private downloads?: typeof import('./download.js');
  /** The detail renderer, loaded with the first detail opened. */
  private detail?: typeof import('./detail.js').renderDetail;
  private catalog?: Catalog;

  private result?: PracticeResult;
  private readonly uid = `ap${++instances}`;
  private requestedLanguage?: UiLanguage;
  private sourceData?: DatasetView;
  /** A packed dataset at `src` (ADR 0005): its practices stay in the engine, which answers the queries. */
  private remote?: import('../packed/client.js').PackedClient;
  private sourceController?: AbortController;
  private returnFocusTo?: string;

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) {
      window.addEventListener('popstate', this.onPopState);
      this.readUrl();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.sourceController?.abort();
    this.remote?.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') || !this.hasUpdated) this.language = resolveLanguage(this, this.lang);
    if ((changed.has('pillar') || changed.has('theme') || changed.has('territory') || changed.has('q') || changed.has('view')) && !this.urlState) {
      this.ui = this.presetState();
    }
    if (this.ui.view !== 'list' && !this.views[this.ui.view]) void this.loadView(this.ui.view);
    if (this.language !== this.requestedLanguage) void this.loadBundled(this.language);
    if (changed.has('src') && this.src) void this.loadFromSource();
    const data = this.sourceData ?? this.list;
    const queryPractices = this.core?.queryPractices;
    if (!data || !queryPractices) return;
    // Opening a detail, toggling the filter panel or loading a view also update the element: run the query only
    // when its data or its inputs changed.
    const query = toQuery(this.ui, this.locked, this.content, this.clampedPageSize);
    const key = JSON.stringify(query);
    if (data !== this.queried?.data || key !== this.queried.key) {
      // Packed data is answered later by its engine (packedResult); other data at once.
      if (this.remote) this.remote.ask(query, key);
      else this.result = queryPractices(data, query);
      this.queried = { data, key };
    }
  }

  /** What the current `result` was computed from. */
  private queried?: { readonly data: DatasetView; readonly key: string };

  protected override firstUpdated(): void {
    // Not part of the first render's task: fetched from the next one, beside the data.
    setTimeout(() => void import('./download.js').then((module) => (this.downloads = module)));
  }

  protected override updated(changed: PropertyValues<this>): void {
    const practice = this.ui.practice;
    if (practice && !this.detail) void this.loadDetail();
    if (this.isConnected && this.dialog && practice && this.detail && !this.dialog.open && this.detailSource(practice)?.practices.some((p) => p.id === practice)) {
      this.dialog.showModal();
    }
    if ((changed as Map<PropertyKey, unknown>).has('ui') && this.syncUrl) {
      // Typing rewrites the URL at most every 300 ms; any other change (a filter, a page, a view) at once.
      const before = (changed as Map<PropertyKey, unknown>).get('ui') as ViewState | undefined;
      if (before && before.text !== this.ui.text) this.scheduleUrl();
      else this.writeUrl();
    }
  }

  private urlState = false;

  /** The language the practices are shown in. */
  private get content() {
    return CONTENT_LANGUAGE[this.language];
  }

  /** The interface strings; only read once `catalog` is loaded (render checks it first). */
  private get t(): Catalog {
    return this.catalog!;
  }

  private get clampedPageSize(): number {
    const size = Math.floor(Number(this.pageSize));
    return Number.isFinite(size) && size >= 1 ? Math.min(size, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  }

  private get locked(): Partial<Record<PanoramaFacet, readonly string[]>> {
    if (!this.lock) return {};
    return {
      territories: parseList(this.territory),
      pillars: parseList(this.pillar, PILLARS),
      themes: parseList(this.theme, THEMES),
    };
  }

  /** The data shown: `src` data when it loaded, else the bundled list of the language. */
  private get dataView(): DatasetView | undefined {
    return this.sourceData ?? this.list;
  }

  private presetState(): ViewState {
    return {
      ...EMPTY_STATE,
      filters: {
        ...EMPTY_STATE.filters,
        territories: parseList(this.territory),
        pillars: parseList(this.pillar, PILLARS),
        themes: parseList(this.theme, THEMES),
      },
      text: this.q,
      view: (VIEWS as readonly string[]).includes(this.view) ? this.view : 'list',
    };
  }

  private async loadView(view: View): Promise<void> {
    if (view === 'list' || this.views[view]) return;
    const module = await VIEW_LOADERS[view]();
    this.adoptStyles(module.styles);
    this.views = { ...this.views, [view]: module };
  }

  /** Adds the styles of a lazily loaded part. Adopted stylesheets go through the CSSOM, which a strict CSP allows. */
  private adoptStyles(styles: CSSResult): void {
    const sheet = styles.styleSheet;
    if (this.shadowRoot && sheet && !this.shadowRoot.adoptedStyleSheets.includes(sheet)) {
      this.shadowRoot.adoptedStyleSheets = [...this.shadowRoot.adoptedStyleSheets, sheet];
    }
  }

  private fullRequested = false;
  /** Words for a load error, loaded with the `src` code (pages without `src` never need them). */
  private describeError?: (error: LoadError, t: Catalog) => string;

  private requestFull(): void {
    if (this.fullRequested || this.sourceData || this.full) return;
    this.fullRequested = true;
    // Called while rendering a view: load after this update.
    queueMicrotask(() => {
      const language = this.language;
      void loadFull(CONTENT_LANGUAGE[language]).then((full) => {
        this.fullRequested = false;
        if (this.language === language) this.full = full;
      });
    });
  }

  /** The query functions: loaded beside the first data, as they are needed only once data is there (CDN budget). */
  private core?: typeof import('../shared/query.js');

  private async loadBundled(language: UiLanguage): Promise<void> {
    this.requestedLanguage = language;
    this.full = undefined;
    // The first render is spread over short tasks, none long (Lighthouse's Total Blocking Time): the imports start
    // after the skeleton's task, then the shell, the first query, the facets and the cards each render in a task of
    // their own, and each is laid out in a frame of its own.
    const first = !this.catalog;
    const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
    const afterFrame = () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 100); // a hidden page gets no frame
        globalThis.requestAnimationFrame?.(() => {
          clearTimeout(timer);
          setTimeout(resolve);
        });
      });
    if (first) await nextTask();
    const [list, strings] = await Promise.all([
      loadList(CONTENT_LANGUAGE[language]),
      loadCatalog(language),
      this.loadQuery(),
    ]);
    if (this.requestedLanguage !== language) return;
    if (!first) {
      this.list = list;
      this.catalog = strings;
      return;
    }
    await nextTask(); // the task that evaluated the last chunk ends here
    if (this.requestedLanguage !== language) return;
    this.catalog = strings;
    await afterFrame();
    if (this.requestedLanguage !== language) return;
    const core = this.core;
    if (!core || this.sourceData) {
      this.list = list;
      return;
    }
    // The first run of the query code costs more than the query (compilation): a run on three practices pays it in a
    // task of its own (without it, the first query is a 71 ms long task at 4× CPU, measured).
    core.queryPractices({ ...list, practices: list.practices.slice(0, 3) }, toQuery(this.ui, this.locked, this.content, 3));
    await nextTask();
    if (this.requestedLanguage !== language) return;
    // Data from `src` arrived meanwhile: it is what the element shows now.
    if (this.sourceData) {
      this.list = list;
      return;
    }
    // The first query (it prepares the search index), whose result willUpdate then keeps (same data, same query).
    const query = toQuery(this.ui, this.locked, this.content, this.clampedPageSize);
    const result = core.queryPractices(list, query);
    // The facets and the count come first: a result whose items are still to come shows the skeleton (render).
    const counts: PracticeResult = { ...result, items: [] };
    this.result = counts;
    this.queried = { data: list, key: JSON.stringify(query) };
    await nextTask();
    if (this.requestedLanguage !== language) return;
    this.list = list;
    await afterFrame();
    // Then the cards, unless a new query (typing, new data) replaced the result meanwhile.
    if (this.result !== counts || this.sourceData) return;
    this.result = result;
    this.requestUpdate();
    await this.updateComplete;
    // The first three cards are laid out in this frame, the others in the next one (styles.ts: .first-cards).
    const panel = this.renderRoot.querySelector('.panel');
    panel?.classList.add('first-cards');
    await afterFrame();
    panel?.classList.remove('first-cards');
  }

  private async loadFromSource(): Promise<void> {
    this.sourceController?.abort();
    const controller = (this.sourceController = new AbortController());
    this.loadError = undefined;
    const [{ loadSource, describeError }] = await Promise.all([import('../shared/source.js'), this.loadQuery()]);
    this.describeError = describeError;
    const result = await loadSource(this.src, document.baseURI, controller.signal);
    if (controller.signal.aborted) return;
    this.remote?.close();
    this.remote = undefined;
    if (result.ok && result.packed) {
      const { PackedClient } = await import('../packed/client.js');
      const remote = await PackedClient.open(result.packed, result.url, this);
      if (controller.signal.aborted) return remote.close();
      this.remote = remote;
      this.result = undefined;
    }
    if (result.ok) {
      this.sourceData = this.remote?.shell ?? result.dataset!;
      this.requestUpdate();
    } else {
      this.sourceData = undefined;
      this.loadFailed(result.error);
    }
  }

  private async loadQuery(): Promise<void> {
    this.core ??= await import('../shared/query.js');
  }

  /** @internal The packed engine's answer to the query on screen. */
  packedResult(result: PracticeResult): void {
    this.result = result;
    this.requestUpdate();
  }

  /** @internal A load failed (`src`, a packed part or detail file): say so, keep what is on screen. */
  loadFailed(error: LoadError): void {
    this.loadError = error;
    this.requestUpdate();
    /** @internal Documented by the class's `@fires` tags. */
    this.dispatchEvent(new AllianceErrorEvent(error));
  }

  private async loadDetail(): Promise<void> {
    if (!this.detail) {
      const module = await import('./detail.js');
      this.adoptStyles(module.detailStyles);
      this.detail = module.renderDetail;
    }
    if (this.sourceData || this.full) return;
    const language = this.language;
    const full = await loadFull(CONTENT_LANGUAGE[language]);
    if (this.language === language) this.full = full;
  }

  // --- URL state -------------------------------------------------------------------------------------------

  private readUrl(): void {
    const fromUrl = paramsToState(new URLSearchParams(window.location.search));
    this.urlState = fromUrl !== undefined;
    if (fromUrl) this.ui = fromUrl;
  }

  private urlTimer?: ReturnType<typeof setTimeout>;
  private urlWritten = -1e9;

  /**
   * Writes the URL now, or at most every 300 ms while it keeps changing (typing): `history.replaceState` costs
   * several milliseconds per call in Chromium, too much for every keystroke.
   */
  private scheduleUrl(): void {
    const wait = this.urlWritten + 300 - performance.now();
    if (this.urlTimer !== undefined) return;
    if (wait <= 0) return this.writeUrl();
    this.urlTimer = setTimeout(() => {
      this.urlTimer = undefined;
      if (this.isConnected) this.writeUrl();
    }, wait);
  }

  private writeUrl(): void {
    this.urlWritten = performance.now();
    const url = new URL(window.location.href);
    url.search = stateToParams(this.ui, url.searchParams).toString();
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }

  private readonly onPopState = () => this.readUrl();

  // --- Rendering ---------------------------------------------------------------------------------------------

  override render(): TemplateResult {
    if (!this.catalog) {
      return html`<div part="base" class="base" aria-busy="true">
        <p class="count" role="status" aria-live="polite">${LOADING[this.language] ?? LOADING[CONTENT_LANGUAGE[this.language]]}</p>
        ${this.renderSkeleton()}
      </div>`;
    }
    const t = this.t;
    const result = this.dataView ? this.result : undefined;
    // While the first results come in steps (loadBundled), a result has its counts before its items.
    const itemsToCome = result !== undefined && result.total > 0 && result.items.length === 0 && result.page <= result.pageCount;
    return html`
      <div part="base" class="base">
        <div class="toolbar">
          <div class="field search-field">
            <label for="${this.uid}-q">${t.search}</label>
            <input
              id="${this.uid}-q"
              part="search"
              type="search"
              autocomplete="off"
              aria-describedby="${this.uid}-q-hint"
              .value=${this.ui.text}
              @input=${this.onSearch}
            />
            <span id="${this.uid}-q-hint" class="hint">${t.searchHint}</span>
          </div>
          <div class="field">
            <label for="${this.uid}-sort">${t.sort}</label>
            <select id="${this.uid}-sort" @change=${this.onSort}>
              ${(
                [
                  ['relevance', t.sortRelevance],
                  ['title', t.sortTitle],
                  ['territory', t.sortTerritory],
                  ['start-year-desc', t.sortNewest],
                ] as const
              ).map(([value, label]) => html`<option value=${value} ?selected=${this.ui.sort === value}>${label}</option>`)}
            </select>
          </div>
          <button
            class="filters-toggle"
            type="button"
            aria-expanded=${this.filtersOpen ? 'true' : 'false'}
            aria-controls="${this.uid}-filters"
            @click=${() => (this.filtersOpen = !this.filtersOpen)}
          >
            ${t.showFilters}
          </button>
        </div>
        <div class="layout">
          <section
            id="${this.uid}-filters"
            part="filters"
            class="filters ${this.filtersOpen ? 'open' : ''}"
            aria-labelledby="${this.uid}-filters-title"
          >
            <h2 id="${this.uid}-filters-title" class="panel-title">${t.filters}</h2>
            ${result
              ? // Typing re-renders the element before its results change (packed data answers later): the facets
                // are rendered again only when what they show changes.
                guard([result, this.ui.filters, this.catalog, this.content, this.lock, this.territory, this.pillar, this.theme], () =>
                  FACET_ORDER.filter((facet) => !this.locked[facet]?.length).map((facet) => this.renderFacet(facet, result)),
                )
              : nothing}
          </section>
          <section class="results" aria-labelledby="${this.uid}-results-title" aria-busy=${this.remote?.busy ? 'true' : 'false'}>
            <h2 id="${this.uid}-results-title" class="panel-title" tabindex="-1">${t.resultsHeading}</h2>
            <p class="count" role="status" aria-live="polite">${result ? t.results(result.total) : t.loading}</p>
            ${this.content !== this.language ? html`<p class="note">${t.contentLanguage(t.languages[this.content])}</p>` : nothing}
            ${this.remote?.status(t)}
            ${this.renderError()} ${result ? this.renderChips() : nothing} ${this.renderTabs()}
            <div
              role="tabpanel"
              id="${this.uid}-panel"
              class="panel"
              aria-labelledby="${this.uid}-tab-${this.shownView}"
              tabindex=${this.shownView === 'list' ? '-1' : '0'}
            >
              ${result && !itemsToCome ? this.renderView(result) : this.renderSkeleton()}
            </div>
          </section>
        </div>
        <dialog
          part="dialog"
          aria-labelledby="${this.uid}-detail-title"
          @close=${this.onDialogClose}
          @click=${this.onDialogClick}
        >
          ${this.renderDialogContent()}
        </dialog>
      </div>
    `;
  }

  /** The views offered: all of them, or those a packed dataset supports. */
  private get viewList(): readonly View[] {
    return this.remote?.views ?? VIEWS;
  }

  /** The view shown: the one asked for when offered, else the list. */
  private get shownView(): View {
    return this.viewList.includes(this.ui.view) ? this.ui.view : 'list';
  }

  private renderTabs(): TemplateResult {
    const current = this.shownView;
    return html`<div role="tablist" part="tabs" class="tabs" aria-label=${this.t.views} @keydown=${this.onTabKey}>
      ${this.viewList.map(
        (view) => html`<button
          type="button"
          role="tab"
          id="${this.uid}-tab-${view}"
          data-view=${view}
          aria-selected=${view === current ? 'true' : 'false'}
          aria-controls="${this.uid}-panel"
          tabindex=${view === current ? '0' : '-1'}
          @click=${() => this.selectView(view)}
        >
          ${this.t[VIEW_TITLES[view]] as string}
        </button>`,
      )}
    </div>`;
  }

  private renderView(result: PracticeResult): TemplateResult {
    const view = this.shownView;
    if (view === 'list') {
      return html`${result.total === 0 ? this.renderEmpty() : guard([result, this.catalog, this.dataView], () => this.renderCards(result))}
      ${result.pageCount > 1 ? this.renderPagination(result) : nothing}
      ${result.total > 0 && this.downloads && !this.remote ? this.downloads.renderDownload(this.t, result.total, (format) => void this.download(format)) : nothing}`;
    }
    const module = this.views[view];
    if (!module) return html`<p class="muted">${this.t.loadingView}</p>`;
    return module.render(this.viewContext(result));
  }

  private viewContext(result: PracticeResult): ViewContext {
    const full = this.sourceData ?? this.full;
    const remote = this.remote;
    const filters = toQuery(this.ui, this.locked, this.content, this.clampedPageSize);
    return {
      data: this.dataView!,
      ...(full ? { full } : {}),
      ...(remote ? { remoteCoverage: () => remote.coverageFor(filters, JSON.stringify(filters)) } : {}),
      result,
      filters,
      language: this.content,
      t: this.t,
      uid: this.uid,
      compare: this.ui.compare,
      lockedTerritories: this.locked.territories ?? [],
      text: (value) => this.text(value),
      toggleTerritory: (id) => {
        const current = this.ui.filters.territories;
        const territories = current.includes(id) ? current.filter((value) => value !== id) : [...current, id];
        this.setView({ ...this.ui, filters: { ...this.ui.filters, territories }, page: 1 });
      },
      setTerritories: (territories) => this.setView({ ...this.ui, filters: { ...this.ui.filters, territories }, page: 1 }),
      showInList: (filters) => this.setView({ ...this.ui, filters: { ...this.ui.filters, ...filters }, page: 1, view: 'list' }),
      setCompare: (territories) => this.setView({ ...this.ui, compare: territories.slice(0, 2) }, false),
      openPractice: (id) => this.openPractice(id),
      requestFull: () => this.requestFull(),
    };
  }

  /** Builds the current selection as a file, in the browser, with the full text of the content language. */
  private async download(format: 'csv' | 'json'): Promise<void> {
    await this.downloads?.downloadQuery(
      this.sourceData ?? this.full ?? (await loadFull(this.content)),
      toQuery(this.ui, this.locked, this.content, Infinity),
      format,
    );
  }

  private selectView(view: View): void {
    if (view === this.ui.view) return;
    this.setView({ ...this.ui, view }, false);
    void this.loadView(view);
  }

  private readonly onTabKey = (event: KeyboardEvent) => {
    const views = this.viewList;
    const index = views.indexOf(this.shownView);
    const next =
      event.key === 'ArrowRight' ? (index + 1) % views.length
      : event.key === 'ArrowLeft' ? (index + views.length - 1) % views.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? views.length - 1
      : -1;
    if (next < 0) return;
    event.preventDefault();
    this.selectView(views[next]!);
    void this.updateComplete.then(() => this.shadowRoot?.getElementById(`${this.uid}-tab-${views[next]}`)?.focus());
  };

  private text(text: PartialText | undefined): TemplateResult {
    const localized = this.core!.localize(text, this.content);
    return localized.fallback && localized.text
      ? html`<span lang=${localized.locale}>${localized.text}</span>`
      : html`${localized.text}`;
  }

  private facetLabel(facet: PanoramaFacet, id: string): string {
    if (facet === 'territories') {
      const territory = this.dataView?.territories.find((candidate) => candidate.id === id);
      return territory ? this.core!.localize(territory.name, this.content).text || territory.localName : id;
    }
    return label(this.t, facet, id);
  }

  private facetValues(facet: PanoramaFacet, result: PracticeResult): string[] {
    const counts = result.facets[facet];
    const selected = this.ui.filters[facet];
    const vocabulary = PANORAMA_FACETS[facet];
    const all = vocabulary ? [...vocabulary] : (this.dataView?.territories.map((territory) => territory.id) ?? []);
    // Long facets list only values that would give results, plus those already chosen.
    const compact = facet === 'themes' || facet === 'actorKinds';
    return all.filter((id) => !compact || (counts[id] ?? 0) > 0 || selected.includes(id));
  }

  private renderFacet(facet: PanoramaFacet, result: PracticeResult): TemplateResult {
    const counts = result.facets[facet];
    const selected = this.ui.filters[facet];
    const values = this.facetValues(facet, result);
    return html`
      <fieldset class="facet facet-${facet}">
        <legend>${this.t[FACET_TITLES[facet]] as string}</legend>
        <ul role="list">
          ${values.map((id) => {
            const inputId = `${this.uid}-${facet}-${id}`;
            const count = counts[id] ?? 0;
            return html`<li>
              <input
                type="checkbox"
                id=${inputId}
                .checked=${selected.includes(id)}
                data-facet=${facet}
                data-value=${id}
                @change=${this.onFacetChange}
              />
              <label for=${inputId} class=${count === 0 ? 'zero' : ''}>
                ${facet === 'pillars' ? html`<span class="swatch pillar-${id}" aria-hidden="true"></span>` : nothing}
                <span class="label">${this.facetLabel(facet, id)}</span>
                <span class="facet-count">${count}</span>
              </label>
            </li>`;
          })}
        </ul>
      </fieldset>
    `;
  }

  private activeChips(): { facet: PanoramaFacet | 'text'; id: string; label: string }[] {
    const chips: { facet: PanoramaFacet | 'text'; id: string; label: string }[] = [];
    for (const facet of FACET_ORDER) {
      if (this.locked[facet]?.length) continue;
      for (const id of this.ui.filters[facet]) chips.push({ facet, id, label: this.facetLabel(facet, id) });
    }
    if (this.ui.text.trim()) chips.push({ facet: 'text', id: this.ui.text, label: this.t.searchChip(this.ui.text.trim()) });
    return chips;
  }

  private renderChips(): TemplateResult | typeof nothing {
    const chips = this.activeChips();
    if (chips.length === 0) return nothing;
    return html`
      <div class="chips" part="chips">
        <span class="chips-title" id="${this.uid}-chips-title">${this.t.activeFilters}</span>
        <ul role="list" aria-labelledby="${this.uid}-chips-title">
          ${chips.map(
            (chip) => html`<li>
              <button
                type="button"
                class="chip"
                aria-label=${this.t.removeFilter(chip.label)}
                @click=${() => this.removeChip(chip.facet, chip.id)}
              >
                <span>${chip.label}</span><span aria-hidden="true" class="chip-x">×</span>
              </button>
            </li>`,
          )}
        </ul>
        <button type="button" class="link-button" @click=${this.clearAll}>${this.t.clearAll}</button>
      </div>
    `;
  }

  private renderEmpty(): TemplateResult {
    const chips = this.activeChips();
    return html`
      <div class="empty">
        <p><strong>${this.t.emptyTitle}</strong></p>
        ${chips.length > 0
          ? html`<p>${this.t.emptyHint}</p>
              <ul role="list" class="empty-actions">
                ${chips.map(
                  (chip) => html`<li>
                    <button type="button" class="chip" @click=${() => this.removeChip(chip.facet, chip.id)}>
                      ${this.t.removeFilter(chip.label)}
                    </button>
                  </li>`,
                )}
              </ul>`
          : nothing}
      </div>
    `;
  }

  private renderSkeleton(): TemplateResult {
    return html`<ul role="list" class="cards skeleton" aria-hidden="true">
      ${[0, 1, 2].map(() => html`<li class="card placeholder"></li>`)}
    </ul>`;
  }

  private renderCards(result: PracticeResult): TemplateResult {
    const data = this.dataView!;
    return html`<ul role="list" class="cards" lang=${this.content}>
      ${result.items.map((practice) => this.renderCard(practice, data))}
    </ul>`;
  }

  private renderCard(practice: PracticeView, data: DatasetView): TemplateResult {
    const territory = data.territories.find((candidate) => candidate.id === practice.territory);
    const pillars = [practice.primaryPillar, ...practice.pillars];
    return html`<li>
      <article part="card" class="card" aria-labelledby="${this.uid}-card-${practice.id}">
        <h3 class="card-title">
          <button
            type="button"
            id="${this.uid}-card-${practice.id}"
            data-practice=${practice.id}
            aria-haspopup="dialog"
            @click=${() => this.openPractice(practice.id)}
          >
            ${this.text(practice.title)}
          </button>
        </h3>
        <p class="card-meta">
          <span>${territory ? this.text(territory.name) : practice.territory}</span>
          <span class="model model-${practice.alliance.model}">${label(this.t, 'models', practice.alliance.model)}</span>
        </p>
        <p class="card-summary ${Object.keys(practice.summary).length ? '' : 'pending'}">${this.text(practice.summary)}</p>
        <ul role="list" class="tags" aria-label=${this.t.cardPillars}>
          ${pillars.map(
            (pillar) => html`<li class="tag pillar-tag pillar-${pillar}">${label(this.t, 'pillars', pillar)}</li>`,
          )}
        </ul>
        <ul role="list" class="tags" aria-label=${this.t.cardThemes}>
          ${practice.themes.slice(0, 4).map((theme) => html`<li class="tag">${label(this.t, 'themes', theme)}</li>`)}
        </ul>
      </article>
    </li>`;
  }

  private renderPagination(result: PracticeResult): TemplateResult {
    const { page, pageCount } = result;
    return html`<nav part="pagination" class="pagination" aria-label=${this.t.pagination}>
      <button type="button" ?disabled=${page <= 1} @click=${() => this.goToPage(page - 1)}>${this.t.previousPage}</button>
      <span>${this.t.pageOf(Math.min(page, pageCount), pageCount)}</span>
      <button type="button" ?disabled=${page >= pageCount} @click=${() => this.goToPage(page + 1)}>${this.t.nextPage}</button>
    </nav>`;
  }

  private renderError(): TemplateResult | typeof nothing {
    const error = this.loadError;
    if (!error) return nothing;
    const t = this.t;
    return html`<div part="error" class="error" role="alert">
      <p><strong>${t.errorTitle}</strong> ${this.describeError?.(error, t)} ${t.errorKept}</p>
      <button type="button" @click=${() => void this.loadFromSource()}>${t.retry}</button>
    </div>`;
  }

  /** The records the detail of practice `id` comes from (for a packed dataset, asked for when first needed). */
  private detailSource(id: string): DatasetView | undefined {
    return this.remote ? this.remote.detailView(id) : (this.sourceData ?? this.full ?? this.list);
  }

  private renderDialogContent(): TemplateResult | typeof nothing {
    const id = this.ui.practice;
    const source = id ? this.detailSource(id) : undefined;
    const practice = id ? source?.practices.find((candidate) => candidate.id === id) : undefined;
    if (!practice || !source || !this.detail) return nothing;
    return this.detail({
      practice,
      data: source,
      complete: Boolean(this.remote ?? this.sourceData ?? this.full),
      language: this.language,
      content: this.content,
      t: this.t,
      titleId: `${this.uid}-detail-title`,
      text: (value) => this.text(value),
      onClose: () => this.dialog?.close(),
    });
  }

  // --- Event handlers -----------------------------------------------------------------------------------------

  private setView(next: ViewState, notify = true): void {
    this.ui = next;
    if (!notify) return;
    this.updateComplete.then(() => {
      const query = toQuery(this.ui, this.locked, this.content, this.clampedPageSize);
      /** @internal Documented by the class's `@fires` tags. */
      this.dispatchEvent(new AllianceFilterChangeEvent(query, this.result?.total ?? 0));
    });
  }

  private onSearch(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.setView({ ...this.ui, text, page: 1 });
  }

  private onSort(event: Event): void {
    const sort = (event.target as HTMLSelectElement).value as ViewState['sort'];
    this.setView({ ...this.ui, sort, page: 1 });
  }

  private onFacetChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const facet = input.dataset.facet as PanoramaFacet;
    const value = input.dataset.value!;
    const current = this.ui.filters[facet];
    const values = input.checked ? [...current, value] : current.filter((id) => id !== value);
    this.setView({ ...this.ui, filters: { ...this.ui.filters, [facet]: values }, page: 1 });
  }

  private removeChip(facet: PanoramaFacet | 'text', id: string): void {
    if (facet === 'text') this.setView({ ...this.ui, text: '', page: 1 });
    else this.setView({ ...this.ui, filters: { ...this.ui.filters, [facet]: this.ui.filters[facet].filter((v) => v !== id) }, page: 1 });
    // The chip that had focus is gone: keep keyboard users in the results.
    void this.updateComplete.then(() => this.focusResultsTitle());
  }

  private readonly clearAll = () => {
    this.setView({ ...EMPTY_STATE, sort: this.ui.sort });
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLInputElement>('input[type=search]')?.focus());
  };

  private goToPage(page: number): void {
    this.setView({ ...this.ui, page });
    void this.updateComplete.then(() => this.focusResultsTitle());
  }

  private focusResultsTitle(): void {
    this.shadowRoot?.getElementById(`${this.uid}-results-title`)?.focus();
  }

  private openPractice(id: string): void {
    this.returnFocusTo = id;
    this.ui = { ...this.ui, practice: id };
    void this.loadDetail();
    /** @internal Documented by the class's `@fires` tags. */
    this.dispatchEvent(new AlliancePracticeOpenEvent(id));
  }

  private onDialogClose(): void {
    // The close event comes a task later: if another practice opened meanwhile, it is not this one's to clear.
    if (this.dialog?.open) return;
    const id = this.returnFocusTo ?? this.ui.practice;
    this.ui = { ...this.ui, practice: undefined };
    this.returnFocusTo = undefined;
    void this.updateComplete.then(() => {
      this.shadowRoot?.querySelector<HTMLButtonElement>(`button[data-practice="${CSS.escape(id ?? '')}"]`)?.focus();
    });
  }

  private onDialogClick(event: MouseEvent): void {
    // A click on the backdrop (the dialog element itself, outside its content) closes it, as users expect.
    if (event.target === this.dialog) this.dialog?.close();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alliance-panorama': AlliancePanorama;
  }
}
