export * from './format.js';
export * from './polarity.js';
export * from './direction.js';
export * from './rag.js';
export * from './rollup.js';
export * from './benchmark.js';
export * from './summary.js';
export * from './legend.js';
