/**
 * `@alliance-panorama/core`: vocabularies, types and pure query functions over a panorama dataset.
 * This entry imports zod for types only; use `@alliance-panorama/core/schema` to validate data.
 */
export * from './vocabulary.js';
export type * from './types.js';
