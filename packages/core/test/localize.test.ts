import { describe, expect, it } from 'vitest';
import { localize, normalizeText, tokenize } from '@alliance-panorama/core';

describe('localize', () => {
  it.each([
    ['the asked language', { fr: 'Santé', en: 'Health', es: 'Salud' }, 'es', undefined, { text: 'Salud', locale: 'es', fallback: false }],
    ['the default fallback', { fr: 'Santé', en: 'Health' }, 'es', undefined, { text: 'Santé', locale: 'fr', fallback: true }],
    ['given fallbacks in order', { fr: 'Santé', en: 'Health' }, 'es', ['en', 'fr'] as const, { text: 'Health', locale: 'en', fallback: true }],
    ['an interface-only language', { fr: 'Santé', es: 'Salud' }, 'ca', undefined, { text: 'Salud', locale: 'es', fallback: true }],
    ['any language left when fallbacks are missing', { en: 'Health' }, 'fr', ['es'] as const, { text: 'Health', locale: 'en', fallback: true }],
    ['nothing at all', undefined, 'fr', undefined, { text: '', locale: 'fr', fallback: true }],
    ['an unknown language', { fr: 'Santé' }, 'xx', undefined, { text: 'Santé', locale: 'fr', fallback: true }],
  ])('returns %s', (_name, text, locale, fallbacks, expected) => {
    expect(localize(text, locale, fallbacks)).toEqual(expected);
  });
});

describe('normalizeText', () => {
  it.each([
    ['Liège', 'liege'],
    ['ÇA « MARCHE »', 'ca marche'],
    ['Straße', 'strasse'],
    ['Œuvre', 'oeuvre'],
    ['habitant·es', 'habitant es'],
    ['  São   Paulo ', 'sao paulo'],
  ])('%s → %s', (input, output) => {
    expect(normalizeText(input)).toBe(output);
  });

  it('tokenizes into distinct words', () => {
    expect(tokenize('Accueil, accueil ÉTÉ')).toEqual(['accueil', 'ete']);
    expect(tokenize(' ,; ')).toEqual([]);
  });
});
