import { MASK_WORDS, bigram, type FieldText } from './fold.js';
import type { SearchText } from './prepare.js';

// Scanning. Each word is found with native `indexOf` scans over one string per field (titles, names, summaries),
// and scored from where it was found: the practice and field from the offsets, the start of a word from the
// character before it (a space, or the U+0001 before each field).

/** Characters sampled per text to estimate how often each occurs: one in SAMPLE_STEP, SAMPLES at most. */
const SAMPLE_STEP = 31;
const SAMPLES = 8192;
/** Longest pattern handed to `indexOf`: V8 looks for the first character with `memchr` up to this length. */
const PATTERN_LENGTH = 6;
/** Below one candidate text in SPARSE, each is searched alone rather than in one scan of the field. */
const SPARSE = 4;
/** Weight of a word in a title, in names and in a summary, when it starts a word and when it is inside one. */
const TITLE = [8, 5] as const;
const NAMES = [4, 3] as const;
const SUMMARY = [2, 1] as const;

/**
 * Counts a sample of the characters of folded texts (codes modulo 1024), so that a scan can look for the rarest
 * character of a word first: `indexOf` stops at each occurrence of a pattern's first character, so a pattern
 * that starts with a rare character is found many times faster.
 */
export function sampleFrequencies(texts: readonly string[]): Uint32Array {
  const frequency = new Uint32Array(1024);
  for (const text of texts) {
    const step = Math.max(SAMPLE_STEP, Math.floor(text.length / SAMPLES));
    for (let at = 0; at < text.length; at += step) frequency[text.charCodeAt(at) & 1023]! += 1;
  }
  return frequency;
}

/** How often the rarest character of a word occurs in the sample, and where it is in the word. */
function rarest(word: string, frequency: Uint32Array): { at: number; count: number } {
  let at = 0;
  let count = Number.POSITIVE_INFINITY;
  for (let k = 0; k < word.length; k++) {
    const seen = frequency[word.charCodeAt(k) & 1023]!;
    if (seen < count) {
      count = seen;
      at = k;
    }
  }
  return { at, count };
}

/** Index of the last practice in `[low, n)` whose field starts at or before `position`. */
function practiceAt(starts: Uint32Array, position: number, low: number): number {
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (starts[middle]! <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Where `word` next occurs in `text` from `from` on, or -1, found by looking for `pattern` at `shift` in it. */
function findWord(text: string, word: string, pattern: string, shift: number, from: number): number {
  let hit = text.indexOf(pattern, from + shift);
  if (pattern.length !== word.length) while (hit !== -1 && !text.startsWith(word, hit - shift)) hit = text.indexOf(pattern, hit + 1);
  return hit === -1 ? -1 : hit - shift;
}

/** Set by `weigh`: the occurrence its search stopped at past the field, -1 when none, -2 when it stopped inside. */
let stoppedAt = -2;

/**
 * The weight of a field of `text` that ends at `end` and holds `word` first at `at`: `strong` when the word starts
 * a word there or further in the field, else `weak`.
 */
function weigh(text: string, word: string, pattern: string, shift: number, at: number, end: number, strong: number, weak: number): number {
  while (text.charCodeAt(at - 1) > 32) {
    at = findWord(text, word, pattern, shift, at + 1);
    if (at === -1 || at >= end) {
      stoppedAt = at;
      return weak;
    }
  }
  stoppedAt = -2;
  return strong;
}

/** Whether the bigram mask of text `index` holds every bit of `pairs`. */
function holds(masks: Uint32Array, index: number, pairs: readonly number[]): boolean {
  const base = index * MASK_WORDS;
  for (let k = 0; k < pairs.length; k++) if ((masks[base + (pairs[k]! >>> 5)]! & (1 << (pairs[k]! & 31))) === 0) return false;
  return true;
}

/**
 * Gives the practices of `list` (every practice when undefined) that hold `word` in one field, and none yet in
 * a better one, the weight of that field in `weights`.
 */
function scoreField(
  word: string,
  shift: number,
  { text, starts, masks }: FieldText,
  [strong, weak]: readonly [number, number],
  list: Uint32Array | undefined,
  count: number,
  weights: Uint8Array,
): void {
  // Look for a piece of the word that starts with its rarest character, and check the whole word around it.
  const pattern = word.slice(shift, shift + PATTERN_LENGTH);
  if (masks && word.length > 1) {
    // Only the texts whose mask holds every pair of letters of the word can hold it.
    const pairs: number[] = [];
    for (let k = 1; k < word.length; k++) pairs.push(bigram(word.charCodeAt(k - 1), word.charCodeAt(k)));
    const candidates = new Uint32Array(count);
    let found = 0;
    for (let c = 0; c < count; c++) {
      const index = list ? list[c]! : c;
      if (weights[index] === 0 && holds(masks, index, pairs)) candidates[found++] = index;
    }
    if (found * SPARSE < starts.length) {
      // Few: search each text alone, so that no scan runs on past it through texts that cannot hold the word.
      for (let c = 0; c < found; c++) {
        const index = candidates[c]!;
        const own = text.slice(starts[index], starts[index + 1]);
        const at = findWord(own, word, pattern, shift, 0);
        if (at !== -1) weights[index] = weigh(own, word, pattern, shift, at, own.length, strong, weak);
      }
      return;
    }
    list = candidates;
    count = found;
  }

  let next = -2; // where the word occurs next: -1 nowhere after, -2 not known yet
  for (let c = 0; c < count; c++) {
    let index = list ? list[c]! : c;
    if (weights[index] !== 0) continue;
    if (next !== -1 && next < starts[index]!) next = findWord(text, word, pattern, shift, starts[index]!);
    if (next === -1) return;
    if (next >= starts[index + 1]!) {
      if (list) continue;
      // Every practice before the one holding `next` lacks the word here.
      c = index = practiceAt(starts, next, index + 1);
      if (weights[index] !== 0) continue;
    }
    weights[index] = weigh(text, word, pattern, shift, next, starts[index + 1]!, strong, weak);
    // The next occurrence is known when the search above ran past this practice.
    next = stoppedAt;
  }
}

/**
 * Gives the practices of `list` that hold `word` in their names, and not in their title, the weight of the names
 * in `weights`. A practice's names are its own, its territory's and its actors', so the best of the three counts.
 */
function scoreNames(word: string, shift: number, search: SearchText, list: Uint32Array | undefined, count: number, weights: Uint8Array): void {
  scoreField(word, shift, search.names, NAMES, list, count, weights);
  const territories = new Uint8Array(search.territoryNames.starts.length - 1);
  scoreField(word, shift, search.territoryNames, NAMES, undefined, territories.length, territories);
  const actors = new Uint8Array(search.actorNames.starts.length - 1);
  scoreField(word, shift, search.actorNames, NAMES, undefined, actors.length, actors);
  const none = (found: Uint8Array) => found.indexOf(NAMES[0]) === -1 && found.indexOf(NAMES[1]) === -1;
  if (none(territories) && none(actors)) return;
  const { territoryOf, actorOf, actorStarts } = search;
  for (let c = 0; c < count; c++) {
    const index = list ? list[c]! : c;
    let best = weights[index]!;
    if (best >= NAMES[0]) continue; // in the title, or at a word start in its own names already
    if (territoryOf[index] !== -1 && territories[territoryOf[index]!]! > best) best = territories[territoryOf[index]!]!;
    for (let at = actorStarts[index]!; at < actorStarts[index + 1]!; at++) if (actorOf[at] !== -1 && actors[actorOf[at]!]! > best) best = actors[actorOf[at]!]!;
    weights[index] = best;
  }
}

/**
 * Scores every practice against search words, 0 when a word is missing. Every word must appear in the title,
 * the names (original name, actors, territory) or the summary; each adds the weight of the first of these fields
 * that holds it: 8 in the title (5 inside a word), 4 in the names (3 inside a word), 2 in the summary (1 inside
 * a word). The longest word is scanned first, each other word only over the practices that hold the words
 * before it.
 */
export function scoreWords(words: readonly string[], search: SearchText): Uint32Array {
  const n = search.titles.starts.length - 1;
  const order = words
    .map((word) => ({ word, rarest: rarest(word, search.frequency) }))
    .sort((a, b) => b.word.length - a.word.length || a.rarest.count - b.rarest.count);
  const scores = new Uint32Array(n);
  let list: Uint32Array | undefined;
  let count = n;
  for (const { word, rarest } of order) {
    const weights = new Uint8Array(n);
    scoreField(word, rarest.at, search.titles, TITLE, list, count, weights);
    scoreNames(word, rarest.at, search, list, count, weights);
    scoreField(word, rarest.at, search.summaries, SUMMARY, list, count, weights);
    const kept = new Uint32Array(count);
    let found = 0;
    for (let c = 0; c < count; c++) {
      const index = list ? list[c]! : c;
      if (weights[index] === 0) continue;
      scores[index]! += weights[index]!;
      kept[found++] = index;
    }
    list = kept;
    count = found;
    if (count === 0) break;
  }
  if (order.length > 1) {
    // Practices that lacked a later word still hold the weights of the earlier ones.
    const matched = new Uint32Array(n);
    for (let c = 0; c < count; c++) matched[list![c]!] = scores[list![c]!]!;
    return matched;
  }
  return scores;
}
