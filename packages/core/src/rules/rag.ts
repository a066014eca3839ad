import type { Indicator, Observation, Period, Polarity, RagStatus, Target } from '../feed/types.js';
import { formatChange, formatValue, roundShown, type FormatOptions } from './format.js';
import { distanceFromRange } from './polarity.js';

export interface Rag {
  status: RagStatus | null;
  /** `explicit`: set by the producer; `target`: judged against a target; `none`: no RAG. */
  basis: 'explicit' | 'target' | 'none';
  target: Target | undefined;
  /** Why, in words: "Below the minimum standard of 80%". Never only a colour. */
  reason: string;
}

export type RagSubject = Pick<Indicator, 'unit' | 'decimals' | 'currency' | 'polarity' | 'range' | 'targets' | 'rag'>;

/** The targets that hold at a period: those whose from/to (when given) cover it. */
export function targetsAt(indicator: Pick<Indicator, 'targets'>, periods: readonly Period[], period: Period): Target[] {
  const pos = (id: string | undefined, fallback: number) => (id === undefined ? fallback : periods.findIndex((p) => p.id === id));
  const at = periods.findIndex((p) => p.id === period.id);
  return (indicator.targets ?? []).filter((t) => pos(t.from, -Infinity) <= at && at <= pos(t.to, Infinity));
}

/** The target RAG is judged against at a period: by id, else by kind; the minimum standard when none is chosen, else the year target in force. */
export function targetFor(indicator: Pick<Indicator, 'targets' | 'rag'>, periods: readonly Period[], period: Period): Target | undefined {
  if (!indicator.targets?.length) return undefined;
  const wanted = indicator.rag?.target ?? 'minimum-standard';
  const candidates = targetsAt(indicator, periods, period);
  return (
    candidates.find((t) => t.id === wanted) ??
    candidates.find((t) => t.kind === wanted) ??
    // With no target chosen and no minimum standard, the year target in force (Year 1, 2, 3…).
    (indicator.rag?.target === undefined ? candidates.find((t) => t.kind.startsWith('year-')) : undefined)
  );
}

/**
 * RAG of an observation: an explicit status on the value wins; otherwise it is judged against the
 * indicator's chosen target (its `rag.target`, else its minimum standard) with the tolerance
 * (within it: amber); otherwise there is no RAG. The reason is always given in words.
 */
export function ragStatus(
  indicator: RagSubject,
  periods: readonly Period[],
  observation: Observation | undefined,
  options: { polarity?: Polarity | undefined; quiet?: boolean } = {},
): Rag {
  if (observation?.rag) {
    return {
      status: observation.rag,
      basis: 'explicit',
      target: undefined,
      reason: observation.ragReason ?? `${capitalRag(observation.rag)}, as set by the producer of the figures`,
    };
  }
  if (!observation) return { status: null, basis: 'none', target: undefined, reason: 'No figure, so no RAG' };
  const target = targetFor(indicator, periods, observation.period);
  if (!target) return { status: null, basis: 'none', target: undefined, reason: 'No target set, so no RAG' };
  if (observation.state !== 'figure') {
    return { status: null, basis: 'none', target, reason: `No figure for ${observation.period.label}, so no RAG` };
  }
  const fmt: FormatOptions = { unit: indicator.unit, decimals: indicator.decimals, currency: indicator.currency };
  const value = observation.value!;
  const tolerance = indicator.rag?.tolerance ?? 0;
  const polarity = options.polarity ?? indicator.polarity;
  const name = target.label.charAt(0).toLowerCase() + target.label.slice(1);
  // A roll-up needs only the status: the words are not built.
  const of = options.quiet ? '' : `the ${name} of ${formatValue(target.value, fmt)}`;
  const shown = (x: number) => roundShown(x, fmt);

  let shortfall: number;
  let word: string;
  if (target.upper !== undefined) {
    // A band ("10–15% is considered ideal"): inside it is met, whichever way the indicator is better.
    const band = `the ${name} of ${formatValue(target.value, fmt)}–${formatValue(target.upper, fmt)}`;
    const v = shown(value);
    const gap = v < shown(target.value) ? shown(target.value) - v : v > shown(target.upper) ? v - shown(target.upper) : 0;
    if (gap === 0) return { status: 'green', basis: 'target', target, reason: options.quiet ? '' : `Within ${band}` };
    if (gap <= tolerance + 1e-9) {
      return {
        status: 'amber',
        basis: 'target',
        target,
        reason: options.quiet ? '' : `Outside ${band} by ${formatChange(gap, fmt).replace(/^\+/, '')}, within the tolerance`,
      };
    }
    return { status: 'red', basis: 'target', target, reason: options.quiet ? '' : `Outside ${band}` };
  }
  if (polarity === 'bigger-is-better') {
    shortfall = shown(target.value) - shown(value);
    word = 'Below';
  } else if (polarity === 'smaller-is-better') {
    shortfall = shown(value) - shown(target.value);
    word = 'Above';
  } else if (polarity === 'range' && indicator.range) {
    shortfall = distanceFromRange(value, indicator.range);
    word = 'Outside';
  } else {
    return { status: null, basis: 'none', target, reason: 'Neither bigger nor smaller is better, so no RAG' };
  }
  if (shortfall <= 0) {
    const met = polarity === 'range' ? `Within the best range` : `Met ${of}`;
    return { status: 'green', basis: 'target', target, reason: met };
  }
  if (shortfall <= tolerance + 1e-9) {
    return {
      status: 'amber',
      basis: 'target',
      target,
      reason: `${word} ${of} by ${formatChange(shortfall, fmt).replace(/^\+/, '')}, within the tolerance of ${formatChange(tolerance, fmt).replace(/^\+/, '')}`,
    };
  }
  return { status: 'red', basis: 'target', target, reason: polarity === 'range' ? `Outside the best range` : `${word} ${of}` };
}

function capitalRag(s: RagStatus): string {
  return { red: 'Red', amber: 'Amber', green: 'Green' }[s];
}
