export * from './schema.js';
export type * from './types.js';
export { parseFeed, DEFAULT_QA_SCALE } from './parse.js';
export { locateJsonError, type JsonErrorLocation } from './json-error.js';
export { markState, EMPTY_SERIES } from './series.js';
export { joinPath } from './problems.js';
