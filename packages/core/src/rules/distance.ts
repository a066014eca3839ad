import type { Indicator, Observation, Period, Polarity, Target } from '../feed/types.js';
import { formatValue, roundShown, type FormatOptions } from './format.js';
import { targetsAt } from './rag.js';

/** How far an indicator has come from its baseline towards the target of the year in force. */
export interface Distance {
  baseline: Observation;
  current: Observation;
  /** The year target in force at the current period (Year 1, 2, 3… or any named year), else none. */
  target: Target | undefined;
  /** The share of the way from the baseline to the target, as printed figures give it (1 = there); null without a target or a way to go. */
  share: number | null;
  /** "From 22.1% at the 2019/20 baseline to 18.4% now. Year 2 target 17.0%: 73% of the way." */
  words: string;
}

const YEARLY = /^year-/;

/**
 * Distance travelled (the outcomes framework's "baseline … to track progress"): from the figure at
 * the indicator's `baseline` period to the current one, and the share of the way to the year
 * target in force, worked on the figures as printed. For a band (smaller or bigger is not better:
 * "10–15% is ideal"), the way is to the nearer end of the band, and a figure inside it is there.
 */
export function distanceTravelled(
  ind: Pick<Indicator, 'baseline' | 'values' | 'targets' | 'unit' | 'decimals' | 'currency' | 'polarity'>,
  periods: readonly Period[],
  current: Observation | undefined,
  options: { polarity?: Polarity | undefined } = {},
): Distance | undefined {
  const baseline = ind.baseline ? ind.values.get(ind.baseline) : undefined;
  if (!baseline || baseline.state !== 'figure' || !current || current.state !== 'figure' || current.index <= baseline.index) return undefined;
  const fmt: FormatOptions = { unit: ind.unit, decimals: ind.decimals, currency: ind.currency };
  const b = roundShown(baseline.value!, fmt);
  const c = roundShown(current.value!, fmt);
  const from = `From ${formatValue(baseline.value!, fmt)} at the ${baseline.period.label} baseline to ${formatValue(current.value!, fmt)} in ${current.period.label}.`;
  const target = targetsAt(ind, periods, current.period).find((t) => YEARLY.test(t.kind));
  if (!target) return { baseline, current, target, share: null, words: from };
  const polarity = options.polarity ?? ind.polarity;
  const t = roundShown(target.value, fmt);
  const upper = target.upper === undefined ? undefined : roundShown(target.upper, fmt);
  const aim = upper === undefined ? formatValue(target.value, fmt) : `${formatValue(target.value, fmt)}–${formatValue(target.upper!, fmt)}`;
  let share: number | null;
  if (upper !== undefined) {
    // A band: inside it is there; outside, the way is to its nearer end.
    const end = c > upper ? upper : c < t ? t : null;
    share = end === null ? 1 : b === end ? null : (b - c) / (b - end);
  } else if (polarity === 'smaller-is-better' || polarity === 'bigger-is-better') {
    share = b === t ? null : (c - b) / (t - b);
  } else {
    share = null;
  }
  const how =
    share === null
      ? ''
      : share >= 1
        ? upper !== undefined && c >= t && c <= upper
          ? ': within the band.'
          : ': met.'
        : share < 0
          ? ': further from it than at the baseline.'
          : `: ${Math.min(99, Math.round(share * 100))}% of the way.`;
  return { baseline, current, target, share, words: `${from} ${target.label} ${aim}${how || '.'}` };
}
