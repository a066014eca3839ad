import type { Comparator, Indicator, Observation, Period, Polarity } from '../feed/types.js';
import { formatChange, formatValue, MARK_WORDS, roundShown, type FormatOptions } from './format.js';

export interface Benchmark {
  comparator: Comparator;
  /** The comparator's figure for the same period, else its latest before it. */
  observation: Observation | undefined;
  /** The authority's value minus the comparator's (points for percent), or null. */
  difference: number | null;
  /** Whether the authority is better than the comparator, by polarity; null when it cannot be said. */
  better: boolean | null;
  /** "England 77.4% (Mar-12)". */
  text: string;
  /** The comparator's figure or mark as printed: "77.4%", "c". */
  figure: string;
  /** The comparator's period when it is not the authority's own (an older figure), else null. */
  earlier: string | null;
  /** The gap in plain words, for the eye: "29.9 points lower", "the same"; null without two figures. */
  gap: string | null;
  /** "29.9 points below England (77.4% in Mar-12): worse, bigger is better". */
  words: string;
}

/** The authority's figure beside each comparator's, in the feed's comparator order. */
export function benchmarks(
  comparators: ReadonlyMap<string, Comparator>,
  indicator: Pick<Indicator, 'comparators' | 'unit' | 'decimals' | 'currency' | 'polarity'>,
  current: Observation | undefined,
  periods: readonly Period[],
  options: { polarity?: Polarity | undefined; authority?: string } = {},
): Benchmark[] {
  const fmt: FormatOptions = { unit: indicator.unit, decimals: indicator.decimals, currency: indicator.currency };
  const polarity = options.polarity ?? indicator.polarity;
  const out: Benchmark[] = [];
  for (const [id, comparator] of comparators) {
    const series = indicator.comparators.get(id);
    if (!series) continue;
    const observation = current ? atOrBefore(series.get.bind(series), periods, current.index) : series.latest();
    const theirs = observation?.state === 'figure' ? observation.value! : null;
    const when = observation ? ` (${observation.period.label})` : '';
    const earlier = observation && observation.period.id !== current?.period.id ? observation.period.label : null;
    if (theirs === null) {
      // A mark is what was published for that period: shown with its meaning, as the authority's own are.
      const mark = observation?.mark;
      const text = mark
        ? `${comparator.name} ${mark} (${MARK_WORDS[mark]}${observation ? `, ${observation.period.label}` : ''})`
        : `${comparator.name} no data`;
      const figure = mark ? `${mark} (${MARK_WORDS[mark]})` : 'no data';
      out.push({ comparator, observation, difference: null, better: null, text, figure, earlier, gap: null, words: `${text}.` });
      continue;
    }
    const figure = formatValue(theirs, fmt);
    const text = `${comparator.name} ${formatValue(theirs, fmt)}${when}`;
    if (!current || current.state !== 'figure') {
      out.push({ comparator, observation, difference: null, better: null, text, figure, earlier, gap: null, words: `${text}.` });
      continue;
    }
    const difference = current.value! - theirs;
    const shown = roundShown(current.value!, fmt) - roundShown(theirs, fmt);
    const better = shown === 0 || polarity === 'none' || polarity === 'range' ? null : polarity === 'bigger-is-better' ? shown > 0 : shown < 0;
    // The gap between the two figures as printed, so that "10.4%" beside "9.8%" reads "0.6 points".
    const size = formatChange(Math.abs(shown), fmt).replace(/^\+/, '');
    const side = shown === 0 ? `The same as ${comparator.name}` : `${size} ${shown > 0 ? 'above' : 'below'} ${comparator.name}`;
    const judgement = better === null ? '' : better ? ': better' : ': worse';
    out.push({
      comparator,
      observation,
      difference,
      better,
      text,
      figure,
      earlier,
      gap: shown === 0 ? 'the same' : `${size} ${shown > 0 ? 'higher' : 'lower'}`,
      words: `${side} (${formatValue(theirs, fmt)}${observation ? ` in ${observation.period.label}` : ''})${judgement}.`,
    });
  }
  return out;
}

function atOrBefore(get: (id: string) => Observation | undefined, periods: readonly Period[], index: number): Observation | undefined {
  for (let i = index; i >= 0; i--) {
    const o = get(periods[i]!.id);
    // A figure, or a mark standing in for one ("x": not available is published, not missing).
    if (o && (o.state !== 'missing' || o.mark)) return o;
  }
  return undefined;
}
