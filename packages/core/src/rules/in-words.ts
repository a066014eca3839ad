import type { Comparator, Indicator, Observation, Period } from '../feed/types.js';
import { formatNumber } from './format.js';

/** How many in every 100, 1,000… a rate of each unit counts. */
const PER: Partial<Record<Indicator['unit'], number>> = { percent: 100, 'per-1000': 1000, 'per-10000': 10000, 'per-100000': 100000 };

/**
 * A share as people say it: "about 6 in every 100", rounded to a whole number of people, counted
 * in a bigger group when the share is too small for one in 100 ("about 1 in every 1,000" for
 * 0.1%). `exact` is true when no rounding was needed ("6 in every 100").
 */
export function inEvery(value: number, per: number): { count: number; of: number; exact: boolean } {
  let of = per;
  // A share under one half of one in the group would round to "0 in every 100": count in a bigger group.
  while (value > 0 && (value * of) / per < 0.5 && of < per * 1000) of *= 10;
  const people = (value * of) / per;
  const count = Math.round(people);
  return { count, of, exact: Math.abs(count - people) < 1e-9 };
}

const about = (n: { exact: boolean }) => (n.exact ? '' : 'about ');
const said = (n: { count: number; of: number; exact: boolean }, every: boolean) =>
  `${about(n)}${formatNumber(n.count, { unit: 'count' })} in ${every ? 'every ' : ''}${formatNumber(n.of, { unit: 'count' })}`;

/**
 * The figure in a sentence a parent can read, for an indicator whose feed says `inWords` and
 * whose unit is a share (percent or a rate per 1,000…): "About 6 in every 100 children in
 * Walsall's schools have an EHC plan. In England it is about 5 in 100." Undefined when it cannot
 * be said (no such words, another unit, or no figure).
 */
export function figureInWords(
  indicator: Pick<Indicator, 'inWords' | 'unit' | 'comparators'>,
  current: Observation | undefined,
  england: Comparator | undefined,
  periods: readonly Period[],
): string | undefined {
  const per = PER[indicator.unit];
  if (!indicator.inWords || !per || current?.state !== 'figure') return undefined;
  const { who, what, things } = indicator.inWords;
  const mine = inEvery(current.value!, per);
  const theirs = england ? indicator.comparators.get(england.id)?.get(periods[current.index]!.id) : undefined;
  // England's figure in the same group as ours, so that the two are read side by side.
  const other = () => {
    const people = (theirs!.value! * mine.of) / per;
    const count = Math.round(people);
    return { count, of: mine.of, exact: Math.abs(count - people) < 1e-9 };
  };
  if (things) {
    // A rate of events, not of people: "There were about 12 suspensions for every 100 children …".
    const sentence = `There were ${about(mine)}${formatNumber(mine.count, { unit: 'count' })} ${things} for every ${formatNumber(mine.of, { unit: 'count' })} ${who}.`;
    if (theirs?.state !== 'figure') return sentence;
    const e = other();
    return `${sentence} In ${england!.name} there were ${about(e)}${formatNumber(e.count, { unit: 'count' })}.`;
  }
  const first = said(mine, true);
  const sentence = `${first[0]!.toUpperCase()}${first.slice(1)} ${who} ${what}.`;
  if (theirs?.state !== 'figure') return sentence;
  return `${sentence} In ${england!.name} it is ${said(other(), false)}.`;
}
