/**
 * The quick reader's checks: each says only whether a value fits, with no words about why, so that
 * a page whose feed is good loads neither the full checks nor the messages. `quick-shapes.ts` builds the
 * feed's shapes from these; a test keeps every answer the same as valibot's.
 */
export type Check = (x: unknown) => boolean;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Text, matching every pattern given. */
export const S =
  (...patterns: RegExp[]): Check =>
  (x) =>
    typeof x === 'string' && patterns.every((p) => p.test(x));

/** A number: finite, whole, and within the bounds, where asked. */
export const N =
  (finite = false, whole = false, min = -Infinity, max = Infinity): Check =>
  (x) =>
    typeof x === 'number' && !Number.isNaN(x) && (!finite || Number.isFinite(x)) && (!whole || Number.isInteger(x)) && x >= min && x <= max;

export const B: Check = (x) => typeof x === 'boolean';
export const Z: Check = (x) => x === null;
export const U: Check = () => true;

/** One of the values listed. */
export const P =
  (options: readonly unknown[]): Check =>
  (x) =>
    options.includes(x);

/** A list whose every item fits, with as many items as allowed. (A loop, not `every`, which skips holes.) */
export const A =
  (item: Check, min = 0, max = Infinity): Check =>
  (x) => {
    if (!Array.isArray(x) || x.length < min || x.length > max) return false;
    for (let i = 0; i < x.length; i++) if (!item(x[i])) return false;
    return true;
  };

/** An object of text keys whose every value fits. */
export const R =
  (value: Check): Check =>
  (x) =>
    isRecord(x) && Object.values(x).every(value);

/**
 * An object with every required key and no key of its own beyond the optional ones. Stricter than
 * valibot, which drops unknown keys: a feed with one goes to the full reader, which says so. (The
 * keys are listed once, when the shape is made: a large feed's objects are checked by the thousand.)
 */
export const O = (required: Record<string, Check>, optional: Record<string, Check> = {}): Check => {
  const needed = Object.entries(required);
  const allowed = new Map(Object.entries(optional));
  return (x) => {
    if (!isRecord(x)) return false;
    for (const [k, check] of needed) if (!Object.hasOwn(x, k) || !check(x[k])) return false;
    for (const k of Object.keys(x)) {
      if (Object.hasOwn(required, k)) continue;
      const check = allowed.get(k);
      if (!check || (x[k] !== undefined && !check(x[k]))) return false;
    }
    return true;
  };
};

/** Fits one of the checks. */
export const Or =
  (...options: Check[]): Check =>
  (x) =>
    options.some((check) => check(x));
