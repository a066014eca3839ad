import type { FigureState, Mark, Observation, Period, Series, ValueDetails } from './types.js';

/** A figure as stored: a number, null (missing) or a mark. `undefined` means nothing was written. */
export type StoredFigure = number | null | Mark | undefined;

export function markState(mark: Mark): FigureState {
  switch (mark) {
    case 'z':
      return 'not-applicable';
    case 'x':
      return 'missing';
    default:
      return 'suppressed';
  }
}

/**
 * A series kept as figures aligned with the feed's periods, with observations made only when
 * asked for: a large feed's locality series are mostly never read, so indexing them costs one
 * array each rather than an object per figure.
 */
export class AlignedSeries implements Series {
  #counted = -1;

  constructor(
    private readonly periods: readonly Period[],
    private readonly periodIndex: ReadonlyMap<string, number>,
    private readonly figures: readonly StoredFigure[],
    private readonly details: readonly (ValueDetails | undefined)[] | null,
  ) {}

  get count(): number {
    if (this.#counted < 0) {
      let n = 0;
      for (const f of this.figures) if (typeof f === 'number') n++;
      this.#counted = n;
    }
    return this.#counted;
  }

  get(periodId: string): Observation | undefined {
    const i = this.periodIndex.get(periodId);
    return i === undefined ? undefined : this.#at(i);
  }

  observations(): Observation[] {
    const out: Observation[] = [];
    for (let i = 0; i < this.periods.length; i++) {
      const o = this.#at(i);
      if (o) out.push(o);
    }
    return out;
  }

  latest(): Observation | undefined {
    for (let i = this.periods.length - 1; i >= 0; i--) {
      if (typeof this.figures[i] === 'number') return this.#at(i);
    }
    return undefined;
  }

  #at(i: number): Observation | undefined {
    const f = this.figures[i];
    const d = this.details?.[i];
    if (f === undefined && !d) return undefined;
    const period = this.periods[i]!;
    // Literals of one shape, spread only when there are details: roll-ups of thousands of
    // indicators make an observation per indicator and period.
    const o: Observation =
      typeof f === 'number'
        ? { period, index: i, value: f, mark: null, state: 'figure' }
        : f === null || f === undefined
          ? { period, index: i, value: null, mark: null, state: 'missing' }
          : { period, index: i, value: null, mark: f, state: markState(f) };
    return d ? { ...d, ...o } : o;
  }
}

export const EMPTY_SERIES: Series = {
  count: 0,
  get: () => undefined,
  observations: () => [],
  latest: () => undefined,
};
