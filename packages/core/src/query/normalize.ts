// Search text is folded once per dataset and language, so folding speed decides the index build time.
// One pass over character codes with a lookup table, writing into a reused buffer, measured fastest here:
// Unicode-class regular expressions, one callback per accented letter, or string concatenation all cost more.

/** Letters that NFD does not decompose but people type without their diacritic or ligature. */
const FOLDS: Readonly<Record<string, string>> = { ß: 'ss', œ: 'oe', æ: 'ae', ø: 'o', ł: 'l', đ: 'd', ı: 'i', þ: 'th' };
const TABLE_SIZE = 0x250; // Basic Latin to Latin Extended-B: every letter of the territories' languages.
const LETTER = /[\p{L}\p{N}]/u;
const MARK = /^\p{M}$/u;

/** Folds one character the slow, exact way: '' for a combining mark, ' ' for a separator, else its base letters. */
function foldSlow(character: string): string {
  if (MARK.test(character)) return '';
  const base = character.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  const result = FOLDS[base] ?? base;
  return LETTER.test(result) ? result : ' ';
}

const latin: string[] = [];
const others = new Map<number, string>();

function foldCode(point: number): string {
  if (point < TABLE_SIZE) {
    if (latin.length === 0) for (let code = 0; code < TABLE_SIZE; code++) latin.push(foldSlow(String.fromCharCode(code)));
    return latin[point]!;
  }
  let folded = others.get(point);
  if (folded === undefined) {
    folded = foldSlow(String.fromCodePoint(point));
    if (others.size < 10_000) others.set(point, folded);
  }
  return folded;
}

let buffer = new Uint16Array(1024);
const decoder = new TextDecoder('utf-16le');

/**
 * Folds text for search: lowercase, no accents or ligatures, and every run of punctuation or spaces turned into
 * one space, with none at either end.
 *
 * @example normalizeText('Liège – Ça « marche »') // 'liege ca marche'
 */
export function normalizeText(text: string): string {
  return fold(text, false);
}

/**
 * Normalises many texts in one pass: much faster than one call each when there are thousands (one string
 * built instead of thousands). Control character U+0001 in the input would split a text in two, so it is
 * removed first.
 */
export function normalizeTexts(texts: readonly string[]): string[] {
  if (texts.length === 0) return [];
  return fold(texts.map((text) => text.replaceAll('\u0001', ' ')).join('\u0001'), true).split('\u0001');
}

function fold(text: string, keepBreaks: boolean): string {
  if (buffer.length < text.length * 3 + 8) buffer = new Uint16Array(text.length * 3 + 8);
  const out = buffer;
  let length = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) code += 32;
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
        if (space) out[length++] = 32;
        space = false;
        out[length++] = code;
      } else if (code === 1 && keepBreaks) {
        out[length++] = 1;
        space = false;
      } else space = length > 0 && out[length - 1] !== 1;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    const folded = foldCode(point);
    if (folded === '') continue; // a combining accent typed separately: dropped, as if precomposed
    if (folded === ' ') {
      space = length > 0 && out[length - 1] !== 1;
      continue;
    }
    if (space) out[length++] = 32;
    space = false;
    for (let k = 0; k < folded.length; k++) out[length++] = folded.charCodeAt(k);
  }
  const codes = out.subarray(0, length);
  // fromCharCode is fastest for short strings; the decoder avoids argument-count limits on long ones.
  return length <= 2048 ? String.fromCharCode.apply(null, codes as unknown as number[]) : decoder.decode(codes);
}

/** Splits a search string into distinct normalised words. */
export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : [...new Set(normalized.split(' '))];
}
