export * from './csv.js';
export * from './tables.js';
export * from './geojson.js';
export * from './language-slice.js';
