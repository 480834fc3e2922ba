export * from './filter-change-event.js';
export * from './practice-open-event.js';
export * from './error-event.js';
