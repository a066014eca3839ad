import type { Problem, Severity } from './types.js';

const plainKey = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Appends a key or index to a JSON path: `indicators[3]`, `comparators.england`, `localities["St Mary's"]`. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (plainKey.test(key)) return base ? `${base}.${key}` : key;
  return `${base}[${JSON.stringify(key)}]`;
}

export function problem(severity: Severity, code: string, path: string, message: string): Problem {
  return { severity, code, path, message };
}

/** What to do when a part of the kit loaded on demand (a file beside its script) does not arrive. */
export const FILE_MISSING = "Check the connection, then reload the page. If it goes on, the kit's files may be incomplete: copy all of them together.";
