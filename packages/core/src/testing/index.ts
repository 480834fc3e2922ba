/** `@alliance-panorama/core/testing`: helpers for tests and benchmarks of code built on the core. */
export * from './generate.js';
