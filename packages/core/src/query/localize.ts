import { LOCALES, type Locale } from '../vocabulary.js';
import type { PartialText } from '../types.js';

/** The text chosen for a reader, the language it is in, and whether that is not the language asked for. */
export interface Localized {
  readonly text: string;
  readonly locale: Locale;
  readonly fallback: boolean;
}

/**
 * Fallback order per requested language. Interface languages without content of their own (Catalan,
 * Portuguese, Italian, German) fall back to the nearest content language first.
 */
export const DEFAULT_FALLBACKS: Readonly<Record<string, readonly Locale[]>> = {
  fr: ['en', 'es'],
  en: ['fr', 'es'],
  es: ['fr', 'en'],
  ca: ['es', 'fr', 'en'],
  pt: ['es', 'fr', 'en'],
  it: ['fr', 'es', 'en'],
  de: ['en', 'fr', 'es'],
};

/** True when `value` is one of the dataset's content languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the text in `locale`, else in the first available fallback, and says which was used so the
 * interface can mark a fallback visibly (for example with a `lang` attribute and a note).
 *
 * @example
 * localize({ fr: 'Santé', en: 'Health' }, 'es') // { text: 'Santé', locale: 'fr', fallback: true }
 */
export function localize(
  text: PartialText | undefined,
  locale: string,
  fallbacks: readonly Locale[] = Object.hasOwn(DEFAULT_FALLBACKS, locale) ? DEFAULT_FALLBACKS[locale]! : LOCALES,
): Localized {
  if (text) {
    if (isLocale(locale)) {
      const own = text[locale];
      if (own) return { text: own, locale, fallback: false };
    }
    for (const candidate of [...fallbacks, ...LOCALES]) {
      const value = text[candidate];
      if (value) return { text: value, locale: candidate, fallback: true };
    }
  }
  return { text: '', locale: isLocale(locale) ? locale : 'fr', fallback: true };
}
