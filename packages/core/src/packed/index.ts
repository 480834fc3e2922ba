export * from './format.js';
export * from './pack.js';
export * from './read.js';
export * from './unpack.js';
