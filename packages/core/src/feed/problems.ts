import type * as v from 'valibot';
import type { Problem, Severity } from './types.js';

const plainKey = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Appends a key or index to a JSON path: `indicators[3]`, `comparators.england`, `localities["St Mary's"]`. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (plainKey.test(key)) return base ? `${base}.${key}` : key;
  return `${base}[${JSON.stringify(key)}]`;
}

/** Quotes a value from the feed for a message, shortened so a hostile or huge string stays readable. */
export function quote(value: unknown): string {
  let s: string;
  if (typeof value === 'string') s = JSON.stringify(value);
  else if (value === undefined) s = 'nothing';
  else if (typeof value === 'number' && !Number.isFinite(value)) s = String(value);
  else {
    try {
      s = JSON.stringify(value) ?? String(value);
    } catch {
      s = String(value);
    }
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

export function problem(severity: Severity, code: string, path: string, message: string): Problem {
  return { severity, code, path, message };
}

/** Turns valibot's issues into problems a person can act on, each with its JSON path. */
export function issuesToProblems(issues: readonly v.BaseIssue<unknown>[], base: string, severity: Severity, suffix = ''): Problem[] {
  return issues.map((issue) => {
    let path = base;
    for (const item of issue.path ?? []) {
      const key = (item as { key?: unknown }).key;
      if (typeof key === 'number' || typeof key === 'string') path = joinPath(path, key);
    }
    let message: string;
    if (issue.input === undefined && issue.kind === 'schema') {
      message = `${lastKey(path)} is missing; add it (the feed format reference says what it holds)`;
    } else if (!issue.message.startsWith('Invalid ')) {
      message = `${lastKey(path)} ${issue.message}, not ${quote(issue.input)}`;
    } else if (issue.kind === 'schema') {
      message = `${lastKey(path)} must be ${describeExpected(issue.expected)}, not ${quote(issue.input)}`;
    } else {
      message = `${lastKey(path)}: ${issue.message}`;
    }
    return problem(severity, 'invalid', path, `${message}${suffix}`);
  });
}

function lastKey(path: string): string {
  const m = /(?:\.|^)([^.[\]]+)$|\[(\d+|"(?:[^"\\]|\\.)*")\]$/.exec(path);
  if (!m) return 'the feed';
  return m[1] ? `"${m[1]}"` : `item ${m[2]}`;
}

function describeExpected(expected: string | null): string {
  if (!expected) return 'something else';
  return expected
    .replace(/^Object$/, 'an object ({ ... })')
    .replace(/^Array$/, 'a list ([ ... ])')
    .replace(/^string$/, 'text (a string)')
    .replace(/^number$/, 'a number')
    .replace(/^boolean$/, 'true or false');
}
