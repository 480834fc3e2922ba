export * from './normalize.js';
export * from './localize.js';
export { FACETS, type FacetName } from './prepare.js';
export * from './query-practices.js';
export * from './coverage.js';
