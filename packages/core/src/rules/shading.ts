import type { MapShading, Polarity } from '../feed/types.js';
import { formatChange, formatNumber, formatValue, roundShown, type FormatOptions } from './format.js';

/**
 * Which swatch a class is drawn with. Sequential classes run light to dark with the value
 * ("seq-1" lightest); diverging classes are named by what they mean, so a palette can make
 * "better" always the same hue whatever the indicator's polarity.
 */
export type ShadeKey =
  | `seq-${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`
  | 'much-better'
  | 'better'
  | 'similar'
  | 'worse'
  | 'much-worse'
  | 'much-lower'
  | 'lower'
  | 'higher'
  | 'much-higher';

export interface ShadeClass {
  shade: ShadeKey;
  /** The class in the legend's words: "15.0 to under 20.0", "Better than Walsall (more than 2.0 below)". */
  label: string;
}

export interface Shading {
  scheme: 'sequential' | 'diverging';
  /** From the lowest values to the highest. */
  classes: ShadeClass[];
  /** The class index of a value (rounded as it is shown, so a figure never sits in two classes). */
  classOf(value: number): number;
  /** What the shades mean, in words, including which way is better. */
  note: string;
}

export interface ShadingOptions {
  polarity: Polarity;
  fmt: FormatOptions;
  map?: MapShading | undefined;
  /** For a diverging scheme: the value areas are compared with, and its name. */
  centre?: { value: number; name: string } | undefined;
}

const DEFAULT_CLASSES = 5;

/**
 * How a map shades an indicator's areas: sequential classes at the quantiles of the values (or at
 * the feed's breaks), or diverging either side of a centre value with "better" and "worse" in
 * words when the indicator has a polarity. A diverging scheme without a centre falls back to
 * sequential and says why in `note`.
 */
export function shading(values: readonly number[], o: ShadingOptions): Shading {
  if (o.map?.scheme === 'diverging') {
    if (o.centre) return diverging(o.centre, o);
    const seq = sequential(values, { ...o, map: { ...o.map, breaks: undefined } });
    return { ...seq, note: `No figure to compare the areas with, so they are shaded by value. ${seq.note}` };
  }
  return sequential(values, o);
}

/** Thresholds at the quantiles of the values (R-7, as spreadsheets and d3 compute them), leaving out any that would make an empty class. */
export function quantileBreaks(values: readonly number[], classes: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const out: number[] = [];
  for (let i = 1; i < classes; i++) {
    const h = (sorted.length - 1) * (i / classes);
    const lo = Math.floor(h);
    const q = sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (h - lo);
    // A break at the lowest value, or at the one before, would make a class nothing can fall in.
    if (q > (out.length ? out[out.length - 1]! : sorted[0]!)) out.push(q);
  }
  return out;
}

/** Areas a class should hold on average: with fewer, a class is one area wide ("13.9% to under 14.0%"). */
const AREAS_PER_CLASS = 3;

function sequential(values: readonly number[], o: ShadingOptions): Shading {
  const fmt = o.fmt;
  // Nothing to shade: no class, and the note says so instead of an "All areas" swatch.
  if (values.length === 0) return { scheme: 'sequential', classes: [], classOf: () => -1, note: 'No area has a figure to shade.' };
  const given = o.map?.breaks;
  // The default number of classes shrinks with the areas; a number the feed or page sets is kept.
  const wanted = o.map?.classes ?? Math.min(DEFAULT_CLASSES, Math.max(2, Math.floor(values.length / AREAS_PER_CLASS)));
  const raw = given
    ? [...given].sort((a, b) => a - b)
    : quantileBreaks(
        values.map((v) => roundShown(v, fmt)),
        wanted,
      );
  const breaks = raw.map((b) => roundShown(b, fmt)).filter((b, i, all) => i === 0 || b > all[i - 1]!);
  const n = breaks.length + 1;
  const classes: ShadeClass[] = [];
  for (let i = 0; i < n; i++) {
    const label =
      n === 1
        ? 'All areas'
        : i === 0
          ? `Under ${formatValue(breaks[0]!, fmt)}`
          : i === n - 1
            ? `${formatValue(breaks[i - 1]!, fmt)} or more`
            : `${formatValue(breaks[i - 1]!, fmt)} to under ${formatValue(breaks[i]!, fmt)}`;
    classes.push({ shade: `seq-${i + 1}` as ShadeKey, label });
  }
  const classOf = (value: number) => {
    const v = roundShown(value, fmt);
    let i = 0;
    while (i < breaks.length && v >= breaks[i]!) i++;
    return i;
  };
  const how = given ? "at the feed's breaks" : 'in groups of about equal size';
  const better =
    o.polarity === 'bigger-is-better'
      ? ' Bigger is better: the darkest shade is the best.'
      : o.polarity === 'smaller-is-better'
        ? ' Smaller is better: the lightest shade is the best.'
        : '';
  return { scheme: 'sequential', classes, classOf, note: `Lighter shades are lower values, darker are higher, ${how}.${better}` };
}

function diverging(centre: { value: number; name: string }, o: ShadingOptions): Shading {
  const fmt = o.fmt;
  const c = roundShown(centre.value, fmt);
  const scale = Math.abs(c) || 1;
  const [near, far] = o.map?.breaks?.length ? [o.map.breaks[0]!, o.map.breaks[1] ?? o.map.breaks[0]! * 4] : [scale * 0.05, scale * 0.2];
  const judged = o.polarity === 'bigger-is-better' || o.polarity === 'smaller-is-better';
  const lowIsBetter = o.polarity === 'smaller-is-better';
  const nearText = formatChange(near, fmt).replace(/^\+/, '');
  const farText = formatChange(far, fmt).replace(/^\+/, '');
  // "3.5 to 14.0 points", the unit said once.
  const between = `${fmt.unit === 'money' ? nearText : formatNumber(near, fmt)} to ${farText}`;
  const word = (low: boolean, much: boolean): ShadeKey => {
    if (!judged) return low ? (much ? 'much-lower' : 'lower') : much ? 'much-higher' : 'higher';
    const good = low === lowIsBetter;
    return good ? (much ? 'much-better' : 'better') : much ? 'much-worse' : 'worse';
  };
  const say = (k: ShadeKey) => k.replace('much-', 'much ').replace(/^./, (ch) => ch.toUpperCase());
  const classes: ShadeClass[] = [
    { shade: word(true, true), label: `${say(word(true, true))} than ${centre.name} (more than ${farText} below)` },
    { shade: word(true, false), label: `${say(word(true, false))} than ${centre.name} (${between} below)` },
    { shade: 'similar', label: `Similar to ${centre.name} (within ${nearText})` },
    { shade: word(false, false), label: `${say(word(false, false))} than ${centre.name} (${between} above)` },
    { shade: word(false, true), label: `${say(word(false, true))} than ${centre.name} (more than ${farText} above)` },
  ];
  const classOf = (value: number) => {
    const d = roundShown(value, fmt) - c;
    const a = Math.abs(d);
    // A small epsilon so that a difference printed as exactly the break counts as inside it.
    const eps = 1e-9 * scale;
    if (a <= near + eps) return 2;
    if (a <= far + eps) return d < 0 ? 1 : 3;
    return d < 0 ? 0 : 4;
  };
  const better = judged ? ` ${lowIsBetter ? 'Smaller' : 'Bigger'} is better.` : ' This indicator has no better direction.';
  return { scheme: 'diverging', classes, classOf, note: `Areas compared with ${centre.name} (${formatValue(c, fmt)}).${better}` };
}
