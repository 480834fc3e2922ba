import type { DatasetView } from '../types.js';
import { LOCALES, type Locale } from '../vocabulary.js';

const isLocalizedText = (value: object): value is Record<Locale, string> => {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => (LOCALES as readonly string[]).includes(key));
};

function slice(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((item) => slice(item, locale));
  if (typeof value !== 'object' || value === null) return value;
  if (isLocalizedText(value)) {
    const text = (value as Partial<Record<Locale, string>>)[locale];
    return text === undefined ? {} : { [locale]: text };
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, slice(item, locale)]));
}

/**
 * Keeps one language of every display text: the per-language file the widget loads first.
 * Ids, vocabularies, dates, URLs and original names are kept whole.
 */
export function languageSlice(dataset: DatasetView, locale: Locale): DatasetView {
  return slice(dataset, locale) as DatasetView;
}
