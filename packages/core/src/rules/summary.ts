import type { Observation } from '../feed/types.js';
import { formatValue, type FormatOptions } from './format.js';

/**
 * A series in words, for the text that stands beside every chart: how many figures, first and
 * last, lowest and highest. "4 figures from Mar-13 (64.9%) to YTD Jul-13 (47.5%); lowest 47.5% in
 * YTD Jul-13, highest 64.9% in Mar-13."
 */
export function seriesSummary(observations: readonly Observation[], fmt: FormatOptions): string {
  const figures = observations.filter((o) => o.state === 'figure');
  if (figures.length === 0) return 'No figures to show a trend.';
  const v = (o: Observation) => `${formatValue(o.value!, fmt)} in ${o.period.label}`;
  if (figures.length === 1) return `One figure: ${v(figures[0]!)}.`;
  const first = figures[0]!;
  const last = figures[figures.length - 1]!;
  let lo = first;
  let hi = first;
  for (const o of figures) {
    if (o.value! < lo.value!) lo = o;
    if (o.value! > hi.value!) hi = o;
  }
  const gaps = observations.length - figures.length;
  const marks = gaps ? ` ${gaps} ${gaps === 1 ? 'period has' : 'periods have'} no figure.` : '';
  return `${figures.length} figures from ${first.period.label} (${formatValue(first.value!, fmt)}) to ${last.period.label} (${formatValue(last.value!, fmt)}); lowest ${v(lo)}, highest ${v(hi)}.${marks}`;
}
