/**
 * What the feed reader says about each problem it finds, in words a producer can act on. The
 * reader names a problem by its id and arguments; the words are made here, so that they load only
 * when a feed has a problem. A problem's code is its id up to any "/". The full checks' issues
 * are put in words here too (issuesToProblems).
 */
import { FEED_VERSION, MARKS } from './constants.js';
import type { Issue } from './full-check.js';
import { joinPath, problem } from './problems.js';
import type { Problem, Severity } from './types.js';
import { capital, editDistance } from '../util/text.js';

const SUPPORTED_MAJOR = FEED_VERSION.split('.')[0];

export const MESSAGES = {
  'not-object': (raw: unknown) => `The feed must be a JSON object ({ "version": "${FEED_VERSION}", "title": ..., ... }), not ${describeKind(raw)}.`,
  'version-missing': () => `"version" is missing: add "version": "${FEED_VERSION}" at the top of the feed so the kit knows how to read it.`,
  'version-invalid': (version: unknown) => `"version" must be a format version written like "${FEED_VERSION}", not ${quote(version)}.`,
  'version-future': (version: string) =>
    `This feed is format version ${version}, newer than this copy of Scorecard Kit can read (${SUPPORTED_MAJOR}.x). Update Scorecard Kit, or ask the producer for a version ${SUPPORTED_MAJOR} feed.`,
  'version-old': (version: string) => `Format version ${version} is not one Scorecard Kit has ever written; use "${FEED_VERSION}".`,
  'version-newer': (version: string) =>
    `This feed is format version ${version}; this copy of Scorecard Kit reads ${FEED_VERSION}, so anything newer in it is ignored. Update Scorecard Kit to show all of it.`,
  'unknown-property': (key: string, known: readonly string[]) => {
    const near = nearest(key, known);
    return `"${key}" is not a property the feed format knows, so it is ignored${near ? `; did you mean "${near}"?` : '.'}`;
  },
  'boundary-empty': (id: string) => `Boundary "${id}" has neither "url" nor "data": give one, or maps cannot draw its shapes.`,
  'duplicate-id/indicator': (id: string) => `Indicator id "${id}" is used twice; the second was left out. Give each indicator its own id.`,
  'duplicate-id/item': (what: string, key: string, id: string) =>
    `${capital(what)} ${key} "${id}" is used twice; the second was left out. Give each ${what} its own ${key}.`,
  'duplicate-id/node': (id: string) => `Framework node id "${id}" is used twice; the second (and everything under it) was left out. Give each node its own id.`,
  'unknown-indicator/question': (question: string, ref: string) =>
    `Question "${question}" names indicator "${ref}", which the feed does not have; add it to "indicators" or correct the id.`,
  'unknown-indicator/node': (node: string, ref: string) =>
    `Framework node "${node}" names indicator "${ref}", which the feed does not have; add it to "indicators" or correct the id.`,
  'unknown-question': (node: string, ref: string) =>
    `Framework node "${node}" names question "${ref}", which is not in the feed's "questions"; add it or correct the id.`,
  'nothing-to-show': () =>
    'The feed holds nothing to show: it has no usable indicators, framework or checklists. Add at least one (see the warnings for any that were left out).',
  'periods-unordered': (id: string, end: string, before: string, beforeEnd: string) =>
    `Periods must be listed in order of end date: "${id}" (${end}) comes after "${before}" (${beforeEnd}). They were put in order; list them oldest first.`,
  'unknown-period/named': (what: string, id: string) => `${what} names period "${id}", which is not in the feed's "periods"; add the period or correct the id.`,
  'unknown-period/direction': (label: string, id: string) =>
    `${label} compares with period "${id}", which is not in the feed's "periods"; it is compared with the previous period instead.`,
  'unknown-period/value': (id: string) =>
    `This value is for period "${id}", which is not in the feed's "periods"; add the period or correct the id. The value was left out.`,
  'direction-period-missing': (label: string) =>
    `${label} has direction.compare "period" but no direction.period; it is compared with the previous period instead.`,
  'range-missing': (label: string) =>
    `${label} has polarity "range" but no "range": {"low": ..., "high": ...}; no improvement or deterioration can be judged until it has one.`,
  'range-reversed': (label: string, low: number, high: number) => `${label}: range.low (${low}) is above range.high (${high}); they were swapped.`,
  'in-words-form': (label: string, neither: boolean) =>
    `${label}: inWords needs either "what" (people: "have an EHC plan") or "things" (events: "suspensions") but has ${neither ? 'neither' : 'both'}; no sentence is shown.`,
  'unknown-target': (label: string, target: string) =>
    `${label} judges RAG against target "${target}", but none of its targets has that id or kind; no RAG is given from targets.`,
  'unknown-reference': (label: string, breakdown: string, ref: string) =>
    `${label}: the breakdown "${breakdown}" names "${ref}" as its reference group, but has no such group; it is compared without one.`,
  'invalid/keyed': (what: string, list: string, raw: unknown) =>
    `"${list}" must be an object with one series per ${what} id ({ "id": [...] }), not ${describeKind(raw)}; it was left out.`,
  'unknown-comparator': (key: string, list: string) => unknownKey(key, list),
  'unknown-locality': (key: string, list: string) => unknownKey(key, list),
  'invalid/series': (raw: unknown) =>
    `A series must be a list: of values ({"period": ..., "value": ...}) or of figures in period order, not ${describeKind(raw)}; it was left out.`,
  'series-length': (length: number, periods: number) =>
    `This series has ${length} figure${length === 1 ? '' : 's'} but the feed has ${periods} period${periods === 1 ? '' : 's'}; a compact series needs one figure per period, in order (null for missing). ${length > periods ? 'The extra figures were ignored.' : 'The periods without a figure count as missing.'}`,
  'non-finite/figure': (f: number) =>
    `${quote(f)} is not a finite number (a number too large for JSON, or NaN); it counts as missing. Write the real figure, or null.`,
  'non-finite/value': (f: number) => `${quote(f)} is not a finite number; the value was left out. Write the real figure, or null.`,
  'invalid-figure': (f: unknown) => figureMessage(f),
  'invalid-figure/value': (f: unknown) => `${figureMessage(f)} The value was left out.`,
  'duplicate-period': (id: string) => `A second value for period "${id}" in the same series; the first was kept. Give one value per period.`,
  'limits-reversed': (lower: number, upper: number) => `The lower confidence limit (${lower}) is above the upper (${upper}); both were left out.`,
  'too-deep': (depth: number) => `The framework is nested more than ${depth} levels deep; the levels below were left out.`,
};

/** What the reader adds to a shape's own problems, to say what was left out because of them. */
export const LEFT_OUT = {
  /** "the comparator "england" was left out", naming the item by its key where it has one. */
  item: (what: string, item?: unknown, key = 'id') => `; the ${what}${named(item, key)} was left out`,
  node: (item: unknown) => `; the node${named(item, 'id')} and everything under it were left out`,
};

export type Messages = typeof MESSAGES;
type MessageId = keyof Messages;
/** A problem as the reader names it: its message id and the arguments for its words. */
export type Say = { [K in MessageId]: [K, ...Parameters<Messages[K]>] }[MessageId];
export type LeftOut = { [K in keyof typeof LEFT_OUT]: [K, ...Parameters<(typeof LEFT_OUT)[K]>] }[keyof typeof LEFT_OUT];

export function words([id, ...args]: Say): string {
  return (MESSAGES[id] as (...a: unknown[]) => string)(...args);
}

export function leftOutWords([id, ...args]: LeftOut): string {
  return (LEFT_OUT[id] as (...a: unknown[]) => string)(...args);
}

function named(item: unknown, key: string): string {
  const name = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[key] : undefined;
  return typeof name === 'string' ? ` "${name}"` : '';
}

function unknownKey(key: string, list: string): string {
  return `"${key}" is not one of the feed's ${list}; add it to the top-level "${list}" list or correct the id. Its figures were left out.`;
}

function figureMessage(f: unknown): string {
  const hint = typeof f === 'string' && /^\s*-?[\d,.]+\s*%?\s*$/.test(f) ? ' Write numbers without quotes, commas or %.' : '';
  return `${quote(f)} is not a figure: use a number, null for missing, or one of the marks ${MARKS.map((m) => `"${m}"`).join(', ')}.${hint}`;
}

function describeKind(x: unknown): string {
  if (x === null) return 'null';
  if (x === undefined) return 'nothing';
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'string') return `text (${quote(x)})`;
  return `${typeof x === 'object' ? 'an object' : `a ${typeof x}`}`;
}

/** The known key within two edits of `key`, for "did you mean". */
function nearest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase(), bestD);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best;
}

/** Quotes a value from the feed for a message, shortened so a hostile or huge string stays readable. */
function quote(value: unknown): string {
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

/** Turns the full checks' issues into problems a person can act on, each with its JSON path. */
export function issuesToProblems(issues: readonly Issue[], base: string, severity: Severity, suffix = ''): Problem[] {
  return issues.map((issue) => {
    const path = issue.path.reduce<string>(joinPath, base);
    let message: string;
    if (issue.input === undefined && issue.schema) {
      message = `${lastKey(path)} is missing; add it (the feed format reference says what it holds)`;
    } else if (issue.message) {
      message = `${lastKey(path)} ${issue.message}, not ${quote(issue.input)}`;
    } else {
      message = `${lastKey(path)} must be ${describeExpected(issue.expected)}, not ${quote(issue.input)}`;
    }
    return problem(severity, 'invalid', path, `${message}${suffix}`);
  });
}

function lastKey(path: string): string {
  const m = /(?:\.|^)([^.[\]]+)$|\[(\d+|"(?:[^"\\]|\\.)*")\]$/.exec(path);
  if (!m) return 'the feed';
  return m[1] ? `"${m[1]}"` : `item ${m[2]}`;
}

function describeExpected(expected: string | undefined): string {
  if (!expected) return 'something else';
  return expected
    .replace(/^Object$/, 'an object ({ ... })')
    .replace(/^Array$/, 'a list ([ ... ])')
    .replace(/^string$/, 'text (a string)')
    .replace(/^number$/, 'a number')
    .replace(/^boolean$/, 'true or false');
}
