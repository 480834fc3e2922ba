import type { SearchText } from './prepare.js';

/** Normalised search words, each also with a leading space to recognise the start of a word. */
export interface SearchWords {
  readonly words: readonly string[];
  readonly starts: readonly string[];
}

/**
 * Marks the practices whose text contains the longest search word, with native `indexOf` scans over one string
 * per language: a rare word or a word that matches nothing costs one pass over the corpus, and only the
 * marked practices are scored.
 */
export function candidates(search: SearchWords, text: SearchText): Uint8Array {
  const marks = new Uint8Array(text.offsets.length - 1);
  const word = search.words.reduce((longest, next) => (next.length > longest.length ? next : longest), '');
  const { corpus, offsets } = text;
  let position = corpus.indexOf(word);
  while (position !== -1) {
    // Binary search for the practice that holds this position.
    let low = 0;
    let high = offsets.length - 2;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (offsets[middle]! <= position) low = middle;
      else high = middle - 1;
    }
    marks[low] = 1;
    position = corpus.indexOf(word, offsets[low + 1]!);
  }
  return marks;
}

/** Prepares normalised words for `scoreText`. */
export function searchWords(words: readonly string[]): SearchWords {
  return { words, starts: words.map((word) => ` ${word}`) };
}

/**
 * Scores practice `index` against search words, or returns 0 when a word is missing.
 * Every word must appear in the title, the names (original name, actors, territory) or the summary.
 * A word in the title weighs most, and a word that starts a word weighs more than one inside a word.
 */
export function scoreText(index: number, search: SearchWords, text: SearchText): number {
  const title = text.titles[index]!;
  const names = text.names[index]!;
  const summary = text.summaries[index]!;
  const { words, starts } = search;
  let score = 0;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (title.includes(word)) score += title.includes(starts[w]!) ? 8 : 5;
    else if (names.includes(word)) score += names.includes(starts[w]!) ? 4 : 3;
    else if (summary.includes(word)) score += summary.includes(starts[w]!) ? 2 : 1;
    else return 0;
  }
  return score;
}
