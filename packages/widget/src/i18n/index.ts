import type { Locale } from '@alliance-panorama/core';
import type { Catalog } from './en.js';

export type { Catalog } from './en.js';

/** Interface languages of the widget: the content languages, then the languages of the territories. */
export const UI_LANGUAGES = ['fr', 'en', 'es', 'ca', 'it', 'pt', 'de'] as const;
/** An interface language. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * The content language shown with each interface language. Practices are written in French, English and
 * Spanish; the other interface languages show the nearest of them and say so (the same order as core's
 * `DEFAULT_FALLBACKS`).
 */
export const CONTENT_LANGUAGE: Readonly<Record<UiLanguage, Locale>> = {
  fr: 'fr',
  en: 'en',
  es: 'es',
  ca: 'es',
  it: 'fr',
  pt: 'es',
  de: 'en',
};

// One chunk per language: a page loads the strings of its own language only.
const CATALOGS: Readonly<Record<UiLanguage, () => Promise<Catalog>>> = {
  fr: () => import('./fr.js').then((module) => module.fr),
  en: () => import('./en.js').then((module) => module.en),
  es: () => import('./es.js').then((module) => module.es),
  ca: () => import('./ca.js').then((module) => module.ca),
  it: () => import('./it.js').then((module) => module.it),
  pt: () => import('./pt.js').then((module) => module.pt),
  de: () => import('./de.js').then((module) => module.de),
};
const loaded = new Map<UiLanguage, Promise<Catalog>>();

/** Loads the catalog of a language (once per page). */
export function loadCatalog(language: UiLanguage): Promise<Catalog> {
  let promise = loaded.get(language);
  if (!promise) loaded.set(language, (promise = CATALOGS[language]()));
  return promise;
}

/**
 * The one string shown before the catalog arrives, in the content languages (other interface languages show the
 * content language's, for the fraction of a second before their catalog arrives).
 */
export const LOADING: Readonly<Partial<Record<UiLanguage, string>>> = {
  fr: 'Chargement des pratiques…',
  en: 'Loading practices…',
  es: 'Cargando las prácticas…',
};

/**
 * The interface language of an element: its own `lang` value if supported, else the nearest ancestor's
 * `lang` (across shadow roots), else French. Region subtags are ignored (`fr-BE` → `fr`).
 */
export function resolveLanguage(element: Element, explicit?: string | null): UiLanguage {
  const pick = (value: string | null | undefined) => {
    const base = value?.trim().toLowerCase().split(/[-_]/)[0];
    return (UI_LANGUAGES as readonly string[]).includes(base ?? '') ? (base as UiLanguage) : undefined;
  };
  const own = pick(explicit);
  if (own) return own;
  let node: Element | null = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host ?? null);
  while (node) {
    if (node.hasAttribute('lang')) {
      const found = pick(node.getAttribute('lang'));
      if (found) return found;
      // A declared but unsupported language ends the search: the content language is not ours, use French.
      return 'fr';
    }
    node = node.parentElement ?? (((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null);
  }
  return 'fr';
}

/** The label of a vocabulary value in the catalog's language, or the id itself for an unknown value. */
export function label(t: Catalog, vocabulary: keyof Catalog['vocabulary'] | string, id: string): string {
  return (t.vocabulary as Readonly<Record<string, Readonly<Record<string, string>>>>)[vocabulary]?.[id] ?? id;
}
