/**
 * The full reader's checks: each says where a value does not fit and why, and gives the value as
 * it fits (objects keep only the keys their shape knows). `full-shapes.ts` builds the feed's shapes
 * from these, generated from the valibot shapes as `quick-shapes.ts` is, so that the widgets read
 * a feed without valibot in the page: a test keeps every answer, issue and value the same as
 * valibot's. They load only when a feed has a problem.
 */

/** Where a value does not fit, before it is put in words (`messages.ts`). */
export interface Issue {
  /** The keys from the checked value down to the one that does not fit. */
  path: (string | number)[];
  input: unknown;
  /** True when the value is not of the kind asked for (or missing), not only outside a rule. */
  schema: boolean;
  /** The kind asked for, where no words were given: "string", "number", "Object", "Array"… */
  expected?: string;
  /** The schema's words for the rule broken ("must be a whole number"). */
  message?: string;
}

/**
 * Checks `x`, found at `path`, adding an issue for each way it does not fit. Gives whether it is of
 * the kinds asked for (valibot's "typed", which unions go by) and the value as it fits.
 */
export type Full = (x: unknown, path: (string | number)[], out: Issue[]) => [typed: boolean, value: unknown];

/** A rule within a kind, with the words for breaking it. */
export type Rule<T> = [test: (x: T) => boolean, message: string];

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object';

/** A value of one kind, then its rules, each broken rule an issue of its own. */
const kind =
  <T>(is: (x: unknown) => x is T, expected: string, rules: Rule<T>[]): Full =>
  (x, path, out) => {
    if (!is(x)) {
      out.push({ path, input: x, schema: true, expected });
      return [false, x];
    }
    for (const [test, message] of rules) if (!test(x)) out.push({ path, input: x, schema: false, message });
    return [true, x];
  };

export const S = (...rules: [pattern: RegExp, message: string][]): Full =>
  kind(
    (x): x is string => typeof x === 'string',
    'string',
    rules.map(([pattern, message]): Rule<string> => [(x) => pattern.test(x), message]),
  );
export const N = (...rules: Rule<number>[]): Full => kind((x): x is number => typeof x === 'number' && !Number.isNaN(x), 'number', rules);
export const B: Full = kind((x): x is boolean => typeof x === 'boolean', 'boolean', []);
export const Z: Full = kind((x): x is null => x === null, 'null', []);
export const U: Full = (x) => [true, x];

/** One of the values listed; without words of its own, the issue lists them, as valibot's does. */
export const P =
  (options: readonly unknown[], message?: string): Full =>
  (x, path, out) => {
    if (options.includes(x)) return [true, x];
    out.push({ path, input: x, schema: true, ...(message ? { message } : { expected: options.map((o) => JSON.stringify(o)).join(' | ') }) });
    return [false, x];
  };

/** A list whose every item fits, then the rules on its length. */
export const A = (item: Full, ...rules: Rule<number>[]): Full => {
  const list = kind(Array.isArray, 'Array', []);
  return (x, path, out) => {
    if (!list(x, path, out)[0]) return [false, x];
    let typed = true;
    const value = (x as unknown[]).map((each, i) => {
      const [t, v] = item(each, [...path, i], out);
      typed &&= t;
      return v;
    });
    if (typed) for (const [test, message] of rules) if (!test(value.length)) out.push({ path, input: x, schema: false, message });
    return [typed, value];
  };
};

/** What records and objects say of a value that is not an object (arrays are objects, as to valibot). */
const anObject = kind(isObject, 'Object', []);

/** Keys valibot leaves out of a record's value. */
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** An object of text keys whose every value fits. */
export const R =
  (item: Full): Full =>
  (x, path, out) => {
    if (!isObject(x)) return anObject(x, path, out);
    let typed = true;
    const value: Record<string, unknown> = {};
    for (const key in x) {
      if (!Object.hasOwn(x, key) || UNSAFE_KEYS.has(key)) continue;
      const [t, v] = item(x[key], [...path, key], out);
      typed &&= t;
      value[key] = v;
    }
    return [typed, value];
  };

/** A key an object may leave out (or give as undefined). */
export const Q = (check: Full): Full =>
  Object.assign<Full, { optional: true }>((x, path, out) => (x === undefined ? [true, x] : check(x, path, out)), { optional: true });

/**
 * An object with every key not marked optional (Q); its value keeps only the keys listed, in their
 * order, as valibot's does.
 */
export const O =
  (entries: Record<string, Full>): Full =>
  (x, path, out) => {
    if (!isObject(x)) return anObject(x, path, out);
    let typed = true;
    const value: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(entries)) {
      if (key in x) {
        const [t, v] = check(x[key], [...path, key], out);
        typed &&= t;
        value[key] = v;
      } else if (!('optional' in check)) {
        out.push({ path: [...path, key], input: undefined, schema: true, expected: `"${key}"` });
        typed = false;
      }
    }
    return [typed, value];
  };

/**
 * Fits one of the checks. As valibot does: the first that fits whole wins; else, where only one
 * was of the right kinds (or none was, and there is only one), its issues; else one issue, in the
 * union's own words.
 */
export const Or =
  (message: string, ...options: Full[]): Full =>
  (x, path, out) => {
    const typed: Issue[][] = [];
    const untyped: Issue[][] = [];
    for (const option of options) {
      const issues: Issue[] = [];
      const [t, v] = option(x, path, issues);
      if (t && !issues.length) return [true, v];
      (t ? typed : untyped).push(issues);
    }
    const only = typed.length ? (typed.length === 1 ? typed[0] : null) : untyped.length === 1 ? untyped[0] : null;
    if (only) out.push(...only);
    else out.push({ path, input: x, schema: true, message });
    return [typed.length > 0, x];
  };
