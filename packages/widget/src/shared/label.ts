import type { Catalog } from '../i18n/index.js';

/** The label of a vocabulary value in the catalog's language, or the id itself for an unknown value. */
export function label(t: Catalog, vocabulary: keyof Catalog['vocabulary'] | string, id: string): string {
  return (t.vocabulary as Readonly<Record<string, Readonly<Record<string, string>>>>)[vocabulary]?.[id] ?? id;
}
