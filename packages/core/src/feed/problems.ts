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
