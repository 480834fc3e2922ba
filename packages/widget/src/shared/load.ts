import type { DatasetView, Locale } from '@alliance-panorama/core';

// Each language is its own chunk: the first render loads the light list of one language only, and the
// full text of that language when a detail view opens.
const LISTS: Record<Locale, () => Promise<DatasetView>> = {
  fr: () => import('@alliance-panorama/data/list/fr').then((module) => module.list),
  en: () => import('@alliance-panorama/data/list/en').then((module) => module.list),
  es: () => import('@alliance-panorama/data/list/es').then((module) => module.list),
};
const FULL: Record<Locale, () => Promise<DatasetView>> = {
  fr: () => import('@alliance-panorama/data/full/fr').then((module) => module.dataset),
  en: () => import('@alliance-panorama/data/full/en').then((module) => module.dataset),
  es: () => import('@alliance-panorama/data/full/es').then((module) => module.dataset),
};

const TERRITORIES: Record<Locale, () => Promise<DatasetView['territories']>> = {
  fr: () => import('@alliance-panorama/data/territories/fr').then((module) => module.territories),
  en: () => import('@alliance-panorama/data/territories/en').then((module) => module.territories),
  es: () => import('@alliance-panorama/data/territories/es').then((module) => module.territories),
};

/** The bundled territories of one language, with presentations and commitments (territory cards). */
export const loadTerritories = (language: Locale): Promise<DatasetView['territories']> => TERRITORIES[language]();
/** The bundled light dataset of one language. */
export const loadList = (language: Locale): Promise<DatasetView> => LISTS[language]();
/** The bundled full dataset of one language (detail views). */
export const loadFull = (language: Locale): Promise<DatasetView> => FULL[language]();

