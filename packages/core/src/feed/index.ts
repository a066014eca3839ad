export * from './schema.js';
export type * from './types.js';
export { parseFeed, DEFAULT_QA_SCALE } from './parse.js';
export { locateJsonError, type JsonErrorLocation } from './json-error.js';
export { markState, EMPTY_SERIES } from './series.js';
export { joinPath } from './problems.js';
export { boundaryEntries, boundaryProblems, BoundaryError, type BoundaryEntry, type BoundaryEntries } from './boundary.js';
export { ID_PATTERN, idFrom } from './ids.js';
export { editDistance } from '../util/text.js';
