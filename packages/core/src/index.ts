/**
 * `@alliance-panorama/core`: vocabularies, types and pure functions over a panorama dataset (query, facets,
 * search, coverage, localisation, exports). This entry imports zod for types only, so browser bundles
 * that use it contain no zod; use `@alliance-panorama/core/schema` to validate untrusted data, and
 * `@alliance-panorama/core/export` for the exporters (CSV, GeoJSON, language slices), and
 * `@alliance-panorama/core/labels` for the display labels of the vocabularies (kept apart so that a bundle can
 * load them with its translations rather than up front).
 */
export * from './vocabulary.js';
export type * from './types.js';
export * from './query/index.js';
