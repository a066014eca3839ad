import { capital } from '../util/text.js';
import type { Indicator, Observation, Period, Polarity } from '../feed/types.js';
import { formatChange, formatValue, roundShown, type FormatOptions } from './format.js';
import { distanceFromRange, polarityLabel } from './polarity.js';

export type Movement = 'up' | 'down' | 'level';
export type Judgement = 'improved' | 'maintained' | 'deteriorated';

export interface Direction {
  /**
   * - `compared`: two figures were compared; `movement` is set, and `judgement` too when there is
   *   a better direction.
   * - `not-comparable`: the producer said the figures are not like for like; no arrow.
   * - `no-comparison`: there is no figure now, or none to compare with.
   */
  status: 'compared' | 'not-comparable' | 'no-comparison';
  movement: Movement | null;
  judgement: Judgement | null;
  current: Observation | undefined;
  previous: Observation | undefined;
  /** current − previous, in the indicator's unit (points for percent). */
  change: number | null;
  /** "vs Mar-13": what the comparison was made against. */
  vs: string;
  /** One word for the tile: "Improved", "Deteriorated", "Up", "Not comparable", "No comparison". */
  label: string;
  /** The whole sentence a screen reader should hear. */
  words: string;
}

/** What direction of travel needs to know of an indicator: polarity may be overridden by a framework node. */
export type DirectionSubject = Pick<Indicator, 'values' | 'unit' | 'decimals' | 'currency' | 'polarity' | 'range' | 'direction'>;

/** The comparison under a direction of travel, without its words: what a roll-up of thousands of indicators counts. */
export type Travel = Pick<Direction, 'status' | 'movement' | 'judgement' | 'current' | 'previous' | 'change'>;

/**
 * Which way an indicator moved at a period (the latest with a figure when not given), and whether
 * that is an improvement given its polarity: the rule directionOfTravel puts into words.
 */
export function travel(indicator: DirectionSubject, periods: readonly Period[], period?: string, polarityOverride?: Polarity): Travel {
  const current = period ? indicator.values.get(period) : indicator.values.latest();
  const previous = current && current.state === 'figure' ? comparisonFor(indicator, periods, current) : undefined;
  if (!current || current.state !== 'figure' || current.notComparable || !previous) {
    const status = current?.state === 'figure' && current.notComparable ? 'not-comparable' : 'no-comparison';
    return { status, movement: null, judgement: null, current, previous, change: null };
  }
  const fmt: FormatOptions = { unit: indicator.unit, decimals: indicator.decimals, currency: indicator.currency };
  const tolerance = indicator.direction?.tolerance ?? 0;
  // Compared as shown, so that two figures printed alike are never called a change.
  const delta = roundShown(current.value!, fmt) - roundShown(previous.value!, fmt);
  const movement: Movement = Math.abs(delta) <= tolerance + 1e-9 ? 'level' : delta > 0 ? 'up' : 'down';
  const polarity = polarityOverride ?? indicator.polarity;
  const judgement = judge(polarity, movement, current.value!, previous.value!, tolerance, indicator.range);
  return { status: 'compared', movement, judgement, current, previous, change: current.value! - previous.value! };
}

/**
 * Direction of travel of an indicator at a period (the latest with a figure when not given):
 * which way the value moved, and whether that is an improvement given its polarity.
 */
export function directionOfTravel(
  indicator: DirectionSubject,
  periods: readonly Period[],
  options: { period?: string | undefined; polarity?: Polarity | undefined } = {},
): Direction {
  const t = travel(indicator, periods, options.period, options.polarity);
  const { current, previous, movement, judgement, change } = t;
  const fmt: FormatOptions = { unit: indicator.unit, decimals: indicator.decimals, currency: indicator.currency };
  const vs = previous ? `vs ${previous.period.label}` : basisWords(indicator, periods, current);
  const none = (label: string, words: string): Direction => ({ ...t, vs, label, words });

  if (!current || current.state !== 'figure') {
    return none('No comparison', `No figure${current ? ` for ${current.period.label}` : ''}, so no direction of travel.`);
  }
  if (current.notComparable) {
    return none('Not comparable', `Not comparable with ${previous?.period.label ?? 'the period before'}: ${current.notComparable}`);
  }
  if (!previous || !movement) {
    const basis = indicator.direction?.compare ?? 'previous';
    return none(
      'No comparison',
      `${formatValue(current.value!, fmt)} in ${current.period.label}; no earlier figure ${basis === 'year-ago' ? 'a year before ' : ''}to compare with.`,
    );
  }

  const label = judgement ? capital(judgement) : movement === 'level' ? 'No change' : capital(movement);
  const from = `from ${formatValue(previous.value!, fmt)} in ${previous.period.label} to ${formatValue(current.value!, fmt)} in ${current.period.label}`;
  const delta = roundShown(current.value!, fmt) - roundShown(previous.value!, fmt);
  const moved =
    movement === 'level'
      ? delta === 0
        ? `No change ${from}`
        : `Little change (${formatChange(change!, fmt)}) ${from}`
      : `${movement === 'up' ? 'Up' : 'Down'} ${from}`;
  const pl = polarityLabel(options.polarity ?? indicator.polarity, indicator.range, indicator.unit, indicator.decimals);
  const words = judgement ? `${moved}: ${judgement}, ${pl.words}` : `${moved}.`;
  return { ...t, vs, label, words };
}

function judge(
  polarity: Polarity,
  movement: Movement,
  now: number,
  before: number,
  tolerance: number,
  range: { low: number; high: number } | undefined,
): Judgement | null {
  switch (polarity) {
    case 'bigger-is-better':
      return movement === 'level' ? 'maintained' : movement === 'up' ? 'improved' : 'deteriorated';
    case 'smaller-is-better':
      return movement === 'level' ? 'maintained' : movement === 'down' ? 'improved' : 'deteriorated';
    case 'range': {
      if (!range) return null;
      const d = distanceFromRange(now, range) - distanceFromRange(before, range);
      if (Math.abs(d) <= tolerance + 1e-9) return 'maintained';
      return d < 0 ? 'improved' : 'deteriorated';
    }
    default:
      return null;
  }
}

/** The observation the current one is compared with, following the indicator's direction setting. */
export function comparisonFor(indicator: DirectionSubject, periods: readonly Period[], current: Observation): Observation | undefined {
  const d = indicator.direction;
  if (d?.compare === 'period' && d.period) {
    const o = indicator.values.get(d.period);
    // At or before the fixed period itself (a board looking back), the previous figure is used.
    if (o && o.index < current.index) return o.state === 'figure' ? o : undefined;
  }
  if (d?.compare === 'year-ago') {
    const target = yearBefore(current.period.end);
    const p = periods.find((q) => q.end === target && q.kind === current.period.kind) ?? periods.find((q) => q.end === target);
    const o = p ? indicator.values.get(p.id) : undefined;
    return o && o.state === 'figure' ? o : undefined;
  }
  for (let i = current.index - 1; i >= 0; i--) {
    const o = indicator.values.get(periods[i]!.id);
    if (o && o.state === 'figure') return o;
  }
  return undefined;
}

function basisWords(indicator: DirectionSubject, periods: readonly Period[], current: Observation | undefined): string {
  const d = indicator.direction;
  const fixed = d?.compare === 'period' && d.period ? periods.findIndex((q) => q.id === d.period) : -1;
  if (d?.compare === 'period' && d.period && (!current || fixed < current.index)) {
    const p = periods.find((q) => q.id === d.period);
    return `vs ${p?.label ?? d.period}`;
  }
  if (d?.compare === 'year-ago') {
    if (!current) return 'vs a year before';
    const target = yearBefore(current.period.end);
    return `vs ${periods.find((q) => q.end === target)?.label ?? 'a year before'}`;
  }
  return 'vs previous period';
}

/** The same calendar date a year before (29 Feb becomes 28 Feb; month ends stay month ends). */
function yearBefore(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  const wasLast = d === new Date(Date.UTC(y, m, 0)).getUTCDate();
  const day = wasLast ? lastDay : Math.min(d, lastDay);
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
