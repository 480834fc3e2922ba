import { fieldTexts, foldMany, foldOne } from './fold.js';

/**
 * Folds text for search: lowercase, no accents or ligatures, and every run of punctuation or spaces turned into
 * one space, with none at either end.
 *
 * @example normalizeText('Liège – Ça « marche »') // 'liege ca marche'
 */
export function normalizeText(text: string): string {
  return foldOne(text);
}

/**
 * Normalises many texts in one pass: much faster than one call each when there are thousands (one string
 * built instead of thousands).
 */
export function normalizeTexts(texts: readonly string[]): string[] {
  return fieldTexts(foldMany(texts));
}

/** Splits a search string into distinct normalised words. */
export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : [...new Set(normalized.split(' '))];
}
