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

/** Longest excerpt kept in a list slice, in characters. */
export const EXCERPT_LENGTH = 130;

/** The first sentence of a text, or its first words up to `max` characters followed by an ellipsis. */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const sentence = /^.+?[.!?](?=\s|$)/su.exec(text)?.[0] ?? text;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).trimEnd()}…`;
}

/**
 * The light, one-language file a list view needs on first load (budget: 20 KiB gzip): every id, vocabulary
 * value, title and name, with summaries cut to an excerpt and the detail-only fields emptied (sources,
 * alliance descriptions, caveats, presentations, commitments, actor glosses and websites, relations).
 * A detail view loads the full language slice when it opens.
 */
export function listSlice(dataset: DatasetView, locale: Locale): DatasetView {
  const slim = languageSlice(dataset, locale);
  return {
    ...slim,
    territories: slim.territories.map((territory) => ({
      ...territory,
      presentation: {},
      population: undefined,
      links: territory.links.filter((link) => link.kind === 'panorama' || link.kind === 'alliance').slice(0, 1),
      commitments: [],
    })),
    practices: slim.practices.map((practice) => ({
      ...practice,
      summary: { [locale]: excerpt(practice.summary[locale] ?? '') },
      alliance: { ...practice.alliance, description: {} },
      sources: [],
      caveats: undefined,
    })),
    actors: slim.actors.map(({ gloss: _gloss, website: _website, territory: _territory, ...actor }) => actor),
    relations: [],
  };
}
