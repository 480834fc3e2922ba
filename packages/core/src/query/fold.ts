// Folding: search text is folded once per dataset and language, so folding speed decides the index build time.
// One pass over character codes with a lookup table, writing into a typed array, measured fastest here:
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

// Table entries that are not a character code.
const SEPARATOR = 0;
const DROP = 1;
const BREAK = 2; // U+0001 between fields of `foldMany`
const SEVERAL = 0xffff; // a fold into several characters, or into one above ASCII: see `latinSeveral`

let latin: Uint16Array | undefined;
let latinFields: Uint16Array | undefined;
const latinSeveral: string[] = [];
const others = new Map<number, string>();

/** The fold of every code below TABLE_SIZE, built on first use so that importing costs nothing. */
function latinTable(fields: boolean): Uint16Array {
  if (!latin) {
    latin = new Uint16Array(TABLE_SIZE);
    for (let code = 0; code < TABLE_SIZE; code++) {
      const folded = foldSlow(String.fromCharCode(code));
      if (folded === ' ') latin[code] = SEPARATOR;
      else if (folded === '') latin[code] = DROP;
      else if (folded.length === 1 && folded.charCodeAt(0) < 0x80) latin[code] = folded.charCodeAt(0);
      else {
        latin[code] = SEVERAL;
        latinSeveral[code] = folded;
      }
    }
    latinFields = latin.slice();
    latinFields[1] = BREAK;
  }
  return fields ? latinFields! : latin;
}

function foldOther(point: number): string {
  let folded = others.get(point);
  if (folded === undefined) {
    folded = foldSlow(String.fromCodePoint(point));
    if (others.size < 10_000) others.set(point, folded);
  }
  return folded;
}

/** Folded text: its character codes and where each field starts. */
interface Folded {
  /** One byte per code while every code is ASCII, which decodes into a string with one byte per character. */
  readonly codes: Uint8Array | Uint16Array;
  readonly starts: Uint32Array;
}

/** Set when `foldText` gave up because a code above ASCII did not fit its bytes. */
let needsWide = false;

/** 32-bit words per field in the bigram masks of `foldMany`: 256 bits. */
export const MASK_WORDS = 8;
/**
 * Fewest texts for which bigram masks pay: below, a scan of every summary takes well under a millisecond, and
 * the masks would only slow the first search (its code still runs unoptimised, so the pass costs several times
 * what it costs later).
 */
export const MASKED_FROM = 5000;
/** Bit of the bigram mask for two letters in a row. */
export const bigram = (first: number, second: number): number => (first * 31 + second) & 255;

/**
 * Folds `text`: lowercase, no accents or ligatures, every run of punctuation or spaces turned into one space,
 * none at either end of a field. With `fields`, the text is that many fields separated by U+0001: each field
 * is folded alone, is preceded by U+0001 in the result, and `starts` gives where (plus the length at the end).
 * Returns undefined when the text does not hold `fields - 1` separators, or when `wide` is false and a code above
 * ASCII comes (see `needsWide`).
 */
function foldText(text: string, fields?: number, wide = false): Folded | undefined {
  const marked = fields !== undefined;
  const table = latinTable(marked);
  const starts = new Uint32Array((fields ?? 1) + 1);
  // Each character folds into at most one code, except those of SEVERAL, which make room as they need it.
  let out: Uint8Array | Uint16Array = wide ? new Uint16Array(text.length + 8) : new Uint8Array(text.length + 8);
  let length = 0;
  let field = 0;
  needsWide = false;
  if (marked) {
    out[length++] = 1;
    field = length;
  }
  let count = 1;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = code < TABLE_SIZE ? table[code]! : SEVERAL;
    if (folded > BREAK && folded !== SEVERAL) {
      if (space) {
        out[length++] = 32;
        space = false;
      }
      out[length++] = folded;
    } else if (folded === SEPARATOR) space = length > field;
    else if (folded === BREAK) {
      if (count === fields) return undefined;
      starts[count++] = length;
      out[length++] = 1;
      field = length;
      space = false;
    } else if (folded === SEVERAL) {
      let several: string;
      if (code < TABLE_SIZE) several = latinSeveral[code]!;
      else {
        const point = text.codePointAt(i)!;
        if (point > 0xffff) i++;
        several = foldOther(point);
        if (several === '') continue; // a combining accent typed separately: dropped, as if precomposed
        if (several === ' ') {
          space = length > field;
          continue;
        }
      }
      const needed = length + several.length + 2 + (text.length - i);
      if (needed > out.length) {
        const grown = wide ? new Uint16Array(Math.max(out.length * 2, needed)) : new Uint8Array(Math.max(out.length * 2, needed));
        grown.set(out.subarray(0, length));
        out = grown;
      }
      if (space) {
        out[length++] = 32;
        space = false;
      }
      for (let k = 0; k < several.length; k++) {
        const folded = several.charCodeAt(k);
        if (folded > 0x7f && !wide) {
          needsWide = true;
          return undefined;
        }
        out[length++] = folded;
      }
    }
  }
  if (marked && count !== fields) return undefined;
  starts[count] = length;
  return { codes: out.subarray(0, length), starts };
}

const ascii = new TextDecoder();
const utf16 = new TextDecoder('utf-16le');

/** The folded text as a string: one byte per character when it is all ASCII, which `indexOf` scans faster. */
function foldedString({ codes }: Folded): string {
  // fromCharCode is fastest for short strings; the decoders avoid argument-count limits on long ones.
  if (codes.length <= 2048) return String.fromCharCode.apply(null, codes as unknown as number[]);
  return codes instanceof Uint8Array ? ascii.decode(codes) : utf16.decode(codes);
}

/** Folds one text (see `normalizeText`). */
export function foldOne(text: string): string {
  const folded = foldText(text) ?? foldText(text, undefined, true)!;
  return foldedString(folded);
}

/** Folded texts in one string, each preceded by U+0001, and where each starts (plus the length at the end). */
export interface FieldText {
  readonly text: string;
  readonly starts: Uint32Array;
  /**
   * For each text, MASK_WORDS words of bits, one set for each pair of letters in a row it holds (see `bigram`):
   * a text whose mask lacks a bit of a word's pairs cannot hold the word, so no scan needs to look at it.
   */
  readonly masks?: Uint32Array;
}

/**
 * Folds many texts into one string. Joining them first and folding the whole in one pass is much faster than
 * one pass per text: the join copies natively, even texts built by concatenation, which a pass would first
 * have to flatten one call at a time.
 */
export function foldMany(texts: readonly string[], masked = false): FieldText {
  if (texts.length === 0) return { text: '', starts: new Uint32Array(1) };
  const fields = texts.length;
  let joined = texts.join('\u0001');
  let folded = foldText(joined, fields);
  if (!folded && needsWide) folded = foldText(joined, fields, true);
  if (!folded) {
    // A text holds U+0001 itself: it is a separator like any control character, so it can become a space.
    joined = texts.map((text) => text.replaceAll('\u0001', ' ')).join('\u0001');
    folded = foldText(joined, fields) ?? foldText(joined, fields, true)!;
  }
  const text = foldedString(folded);
  return masked ? { text, starts: folded.starts, masks: bigramMasks(folded) } : { text, starts: folded.starts };
}

/**
 * The bigram masks of folded fields: for each field, MASK_WORDS words with the bit of each pair of letters in a
 * row it holds. A pass of its own rather than a part of the folding, which it would slow on small datasets too.
 * One loop over every code, each U+0001 starting the next field: a loop per field ran about twice slower once
 * optimised (14 ms against 7 for the summaries of 10,000 generated practices).
 */
function bigramMasks({ codes, starts }: Folded): Uint32Array {
  const masks = new Uint32Array((starts.length - 1) * MASK_WORDS);
  // codes[0] is the U+0001 before the first field, and folding leaves no other U+0001 than those between fields.
  let base = -MASK_WORDS;
  let last = 32;
  for (let at = 0; at < codes.length; at++) {
    const code = codes[at]!;
    if (code === 1) {
      base += MASK_WORDS;
      last = 32;
      continue;
    }
    if (code !== 32 && last !== 32) {
      const pair = bigram(last, code);
      masks[base + (pair >>> 5)]! |= 1 << (pair & 31);
    }
    last = code;
  }
  return masks;
}

/** The texts of a `foldMany` result, one string each. */
export function fieldTexts({ text, starts }: FieldText): string[] {
  const texts: string[] = new Array(starts.length - 1);
  for (let i = 0; i < texts.length; i++) texts[i] = text.slice(starts[i]! + 1, starts[i + 1]);
  return texts;
}
