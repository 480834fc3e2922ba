/**
 * `@alliance-panorama/core/schema`: the zod schemas, the dataset parser and the JSON Schema.
 * Import this entry only where untrusted data is checked; the query functions live in the main entry
 * and do not load zod.
 */
export * from './common.js';
export * from './vocabulary.js';
export * from './territory.js';
export * from './actor.js';
export * from './relation.js';
export * from './practice.js';
export * from './dataset.js';
export * from './parse.js';
export * from './json-schema.js';
