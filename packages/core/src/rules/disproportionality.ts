import type { IndicatorBreakdown, Period } from '../feed/types.js';
import { capital } from '../util/text.js';
import { formatNumber } from './format.js';

/** A 95% interval: the estimate with its lower and upper bounds. */
export interface Interval {
  value: number;
  low: number;
  high: number;
}

/** One group of a breakdown, as counted: in the service, and in the population it is drawn from. */
export interface GroupCount {
  id: string;
  /** As a reader says it: "Black", "White". */
  label: string;
  /** Children of the group in the service; null where unknown; a mark ("c") where suppressed at source. */
  count: number | string | null;
  /** Children of the group in the population (all children, or all pupils); null where unknown. */
  population: number | null;
}

export interface GroupResult {
  id: string;
  label: string;
  /** True when the count is below the threshold or suppressed at source: no figure, share or ratio is shown. */
  suppressed: boolean;
  /** The count as it may be shown: "40", "fewer than 5", "c". */
  countText: string;
  /** The group's share of the children in the service, with its Wilson interval (0 to 1). */
  serviceShare: Interval | null;
  /** The group's share of the population, with its Wilson interval (0 to 1). */
  populationShare: Interval | null;
  /** Service share ÷ population share, with its interval by the log method. */
  ratio: Interval | null;
  /** The group's rate ÷ the reference group's rate, with its interval by the log method. */
  relativeRate: Interval | null;
  /** Whether the relative rate's (else the ratio's) interval lies wholly above or below 1; null when it includes 1 or cannot be said. */
  clear: 'higher' | 'lower' | null;
  /** The finding in words: "Black children are 2.4 times as likely as White children to be looked after (1.6 to 3.6 times)." */
  words: string;
}

export interface Disproportionality {
  groups: GroupResult[];
  /** The reference group, where the feed names one that has figures. */
  reference: GroupResult | undefined;
  /** Children in the service and in the population, over the groups with counts. */
  totals: { service: number; population: number };
}

const Z = 1.959964;

/** The Wilson score interval for `x` of `n` (Wilson 1927): good for small counts and shares near 0 or 1. */
export function wilson(x: number, n: number): Interval {
  const p = x / n;
  const z2 = Z * Z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * The ratio of two proportions, a/n1 ÷ b/n2, with its interval by the log method (Katz et al.
 * 1978): the standard error of its logarithm is √(1/a − 1/n1 + 1/b − 1/n2). Null when a count is 0,
 * where the log method gives no interval.
 */
export function ratioOfProportions(a: number, n1: number, b: number, n2: number): Interval | null {
  if (a <= 0 || b <= 0 || n1 <= 0 || n2 <= 0) return null;
  const value = a / n1 / (b / n2);
  const se = Math.sqrt(1 / a - 1 / n1 + 1 / b - 1 / n2);
  return { value, low: Math.exp(Math.log(value) - Z * se), high: Math.exp(Math.log(value) + Z * se) };
}

/** "2.4", "0.96": a ratio to one decimal place, or two below 1 so that 0.96 is not shown as 1.0. */
const times = (r: number) => formatNumber(r, { unit: 'count', decimals: r < 1 ? 2 : 1 });

/**
 * Who is over- or under-represented in a service: for each group, its share of the children in the
 * service beside its share of the population, the disproportionality ratio (the first ÷ the second)
 * and the relative rate against the reference group, each with a 95% interval. A count below
 * `threshold` (5 by default) is never shown, nor anything worked out from it. Words are given only
 * where the interval excludes 1; otherwise "no clear difference".
 *
 * `service` names what the count is of, for the words: "looked after", "on a child protection plan".
 */
export function disproportionality(
  groups: readonly GroupCount[],
  options: { reference?: string | undefined; threshold?: number; service: string; who?: string },
): Disproportionality {
  const threshold = options.threshold ?? 5;
  const who = options.who ?? 'children';
  const known = groups.filter((g) => typeof g.count === 'number' && g.population !== null && g.population > 0);
  const service = known.reduce((a, g) => a + (g.count as number), 0);
  const population = known.reduce((a, g) => a + g.population!, 0);
  const shown = (g: GroupCount) => typeof g.count === 'number' && g.count >= threshold && g.population !== null && g.population > 0;
  const ref = groups.find((g) => g.id === options.reference && shown(g));

  const results = groups.map((g): GroupResult => {
    const base = { id: g.id, label: g.label };
    if (typeof g.count === 'string' || (typeof g.count === 'number' && g.count < threshold)) {
      const countText = typeof g.count === 'string' ? g.count : `fewer than ${threshold}`;
      return {
        ...base,
        suppressed: true,
        countText,
        serviceShare: null,
        populationShare: g.population && population ? wilson(g.population, population) : null,
        ratio: null,
        relativeRate: null,
        clear: null,
        words: `${capital(g.label)} ${who}: ${countText === 'c' ? 'the figure is suppressed at source' : `${countText}, too few to compare`}.`,
      };
    }
    if (g.count === null || g.population === null || g.population <= 0) {
      return {
        ...base,
        suppressed: false,
        countText: g.count === null ? 'no figure' : formatNumber(g.count, { unit: 'count' }),
        serviceShare: null,
        populationShare: null,
        ratio: null,
        relativeRate: null,
        clear: null,
        words: `${capital(g.label)} ${who}: no figures to compare.`,
      };
    }
    const count = g.count;
    const ratio = ratioOfProportions(count, service, g.population, population);
    const relativeRate = ref && ref.id !== g.id ? ratioOfProportions(count, g.population, ref.count as number, ref.population!) : null;
    // The reference group is what the others are judged against, not judged itself.
    const judged = ref?.id === g.id ? null : (relativeRate ?? ratio);
    const clear = judged ? (judged.low > 1 ? 'higher' : judged.high < 1 ? 'lower' : null) : null;
    return {
      ...base,
      suppressed: false,
      countText: formatNumber(count, { unit: 'count' }),
      serviceShare: wilson(count, service),
      populationShare: wilson(g.population, population),
      ratio,
      relativeRate,
      clear,
      words: sentence(g, ref, relativeRate, ratio, clear, who, options.service),
    };
  });
  return { groups: results, reference: results.find((r) => r.id === ref?.id), totals: { service, population } };
}

function sentence(
  g: GroupCount,
  ref: GroupCount | undefined,
  rr: Interval | null,
  ratio: Interval | null,
  clear: GroupResult['clear'],
  who: string,
  service: string,
): string {
  const name = `${capital(g.label)} ${who}`;
  if (ref && ref.id === g.id) return `${name} are the group the others are compared with.`;
  if (!clear)
    return ref
      ? `${name}: no clear difference from ${ref.label} ${who} in how likely they are to be ${service}.`
      : `${name}: no clear difference between their share of ${who} ${service} and their share of all ${who}.`;
  const r = (rr ?? ratio)!;
  const range = `(${times(r.low)} to ${times(r.high)} times)`;
  return rr
    ? `${name} are ${times(r.value)} times as likely as ${ref!.label} ${who} to be ${service} ${range}.`
    : `${name} are ${clear === 'higher' ? 'over' : 'under'}-represented: their share of ${who} ${service} is ${times(r.value)} times their share of all ${who} ${range}.`;
}

/** A population given only as a share (percent) is taken as exact: counted as if in a billion, so that its side adds nothing to an interval. */
const EXACT = 1e9;

/**
 * A breakdown's counts for a period, ready for `disproportionality`: the period asked for when the
 * breakdown has counts then, else its latest period with counts.
 */
export function breakdownCounts(
  b: IndicatorBreakdown,
  periods: readonly Period[],
  period?: string | undefined,
): { period: Period | undefined; groups: GroupCount[] } {
  const has = (id: string) => b.groups.some((g) => g.values.get(id) !== undefined);
  const chosen = period !== undefined && has(period) ? periods.find((p) => p.id === period) : [...periods].reverse().find((p) => has(p.id));
  if (!chosen) return { period: undefined, groups: b.groups.map((g) => ({ id: g.id, label: g.label, count: null, population: null })) };
  return {
    period: chosen,
    groups: b.groups.map((g) => {
      const o = g.values.get(chosen.id);
      const pop = g.populationCounts?.get(chosen.id);
      const population = pop?.state === 'figure' ? pop.value! : g.populationShare !== undefined ? (g.populationShare / 100) * EXACT : null;
      return { id: g.id, label: g.label, count: o?.state === 'figure' ? o.value! : (o?.mark ?? null), population };
    }),
  };
}
