import type { Polarity, Unit } from '../feed/types.js';
import { formatNumber, formatValue } from './format.js';

export interface PolarityLabel {
  /** The printed mark: "BB", "SB", "Range" or "" for none. */
  code: string;
  /** In words: "bigger is better", "best within 10–15%". */
  words: string;
}

/** The BB / SB mark and its words, for tiles, tables and the legend. */
export function polarityLabel(polarity: Polarity, range?: { low: number; high: number } | undefined, unit: Unit = 'count', decimals?: number): PolarityLabel {
  switch (polarity) {
    case 'bigger-is-better':
      return { code: 'BB', words: 'bigger is better' };
    case 'smaller-is-better':
      return { code: 'SB', words: 'smaller is better' };
    case 'range':
      if (!range) return { code: '', words: 'no better direction' };
      return {
        code: 'Range',
        words: `best within ${formatNumber(range.low, { unit, decimals })}–${formatValue(range.high, { unit, decimals })}`,
      };
    default:
      return { code: '', words: 'no better direction' };
  }
}

/** How far a value is outside the best range: 0 inside it. */
export function distanceFromRange(value: number, range: { low: number; high: number }): number {
  if (value < range.low) return range.low - value;
  if (value > range.high) return value - range.high;
  return 0;
}
