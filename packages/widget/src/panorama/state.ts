import {
  ACTOR_KINDS,
  ALLIANCE_MODELS,
  PILLARS,
  SORTS,
  STATUSES,
  THEMES,
  type Sort,
} from '@alliance-panorama/core/vocabulary';
import type { PracticeQuery } from '@alliance-panorama/core';

/** Facets the panorama shows, with the vocabulary each accepts (`undefined`: any id, checked against the data). */
export const PANORAMA_FACETS = {
  pillars: PILLARS,
  themes: THEMES,
  territories: undefined,
  actorKinds: ACTOR_KINDS,
  statuses: STATUSES,
  models: ALLIANCE_MODELS,
} as const;
/** A facet of the panorama. */
export type PanoramaFacet = keyof typeof PANORAMA_FACETS;
/** The facets in display order. */
export const FACET_ORDER = Object.keys(PANORAMA_FACETS) as PanoramaFacet[];

/** Views of the panorama, in tab order. */
export const VIEWS = ['list', 'map', 'matrix', 'compare', 'alliances'] as const;
/** A view of the panorama. */
export type View = (typeof VIEWS)[number];

/** What the user chose: one list per facet, the search text, the sort and the page. */
export interface ViewState {
  readonly filters: Readonly<Record<PanoramaFacet, readonly string[]>>;
  readonly text: string;
  readonly sort: Sort;
  readonly page: number;
  readonly view: View;
  /** The two territories side by side in the compare view. */
  readonly compare: readonly string[];
  /** Id of the practice whose detail is open. */
  readonly practice?: string;
}

/** A state with nothing chosen. */
export const EMPTY_STATE: ViewState = {
  filters: { pillars: [], themes: [], territories: [], actorKinds: [], statuses: [], models: [] },
  text: '',
  sort: 'relevance',
  page: 1,
  view: 'list',
  compare: [],
};

/** Splits an attribute value such as `"access-to-rights interculturality"` into known ids; unknown ids are dropped. */
export function parseList(value: string | null | undefined, allowed?: readonly string[]): string[] {
  if (!value) return [];
  const ids = value.split(/[\s,]+/).filter((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id));
  return [...new Set(allowed ? ids.filter((id) => allowed.includes(id)) : ids)];
}

/** The query for `queryPractices`: the user's choices, with locked presets replacing the same facets. */
export function toQuery(
  state: ViewState,
  locked: Partial<Record<PanoramaFacet, readonly string[]>>,
  locale: string,
  pageSize: number,
): PracticeQuery {
  const filters: Record<string, readonly string[]> = {};
  for (const facet of FACET_ORDER) {
    const fixed = locked[facet];
    filters[facet] = fixed && fixed.length > 0 ? fixed : state.filters[facet];
  }
  return { ...filters, text: state.text, locale, sort: state.sort, page: state.page, pageSize };
}

/** Names of the URL parameters; namespaced so they never collide with the host page's own. */
const PARAM: Readonly<Record<PanoramaFacet | 'text' | 'sort' | 'page' | 'practice' | 'view' | 'compare', string>> = {
  pillars: 'ap-pillar',
  themes: 'ap-theme',
  territories: 'ap-territory',
  actorKinds: 'ap-actor',
  statuses: 'ap-status',
  models: 'ap-model',
  text: 'ap-q',
  sort: 'ap-sort',
  page: 'ap-page',
  practice: 'ap-practice',
  view: 'ap-view',
  compare: 'ap-compare',
};

/** Writes the state into URL search parameters, keeping the host page's other parameters. */
export function stateToParams(state: ViewState, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of Object.values(PARAM)) next.delete(name);
  for (const facet of FACET_ORDER) if (state.filters[facet].length > 0) next.set(PARAM[facet], state.filters[facet].join(','));
  if (state.text) next.set(PARAM.text, state.text);
  if (state.sort !== EMPTY_STATE.sort) next.set(PARAM.sort, state.sort);
  if (state.page > 1) next.set(PARAM.page, String(state.page));
  if (state.practice) next.set(PARAM.practice, state.practice);
  if (state.view !== EMPTY_STATE.view) next.set(PARAM.view, state.view);
  if (state.compare.length > 0) next.set(PARAM.compare, state.compare.join(','));
  return next;
}

/** Reads a state from URL search parameters; returns `undefined` when none of ours is present. Invalid values are dropped. */
export function paramsToState(params: URLSearchParams): ViewState | undefined {
  if (!Object.values(PARAM).some((name) => params.has(name))) return undefined;
  const filters = Object.fromEntries(
    FACET_ORDER.map((facet) => [facet, parseList(params.get(PARAM[facet]), PANORAMA_FACETS[facet])]),
  ) as unknown as ViewState['filters'];
  const sort = params.get(PARAM.sort);
  const page = Number(params.get(PARAM.page));
  const practice = parseList(params.get(PARAM.practice))[0];
  const view = params.get(PARAM.view);
  return {
    filters,
    text: (params.get(PARAM.text) ?? '').slice(0, 200),
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : EMPTY_STATE.sort,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : EMPTY_STATE.view,
    compare: parseList(params.get(PARAM.compare)).slice(0, 2),
    ...(practice ? { practice } : {}),
  };
}
