import { pathRound } from 'd3-path';

export interface SparkPoint {
  /** Position of the period among the feed's periods. */
  index: number;
  value: number;
}

export interface SparklineInput {
  values: readonly SparkPoint[];
  /** A comparator's series (England), drawn as a second line. */
  comparator?: readonly SparkPoint[] | undefined;
  /** Periods (by position) the series has written without a figure (missing or a mark): the line breaks there. */
  gaps?: readonly number[] | undefined;
  /** A target or best range, drawn as a band. */
  band?: { low: number; high: number } | undefined;
  width: number;
  height: number;
  /** Room left round the plot for the point marks. */
  inset?: number;
}

export interface Sparkline {
  line: string;
  comparatorLine: string;
  band: { y: number; height: number } | null;
  points: { x: number; y: number; index: number; value: number }[];
}

/**
 * The sparkline's geometry: point positions, and path strings from d3-path, drawn by the tile's
 * own Lit template. Periods without a figure leave a gap. (Two linear maps do not need d3-scale,
 * which would bring d3-interpolate and d3-color into every page.)
 */
export function sparkline(input: SparklineInput): Sparkline {
  const inset = input.inset ?? 3;
  const all = [...input.values, ...(input.comparator ?? [])];
  const ys = all.map((p) => p.value);
  if (input.band) ys.push(input.band.low, input.band.high);
  const indices = all.map((p) => p.index);
  if (!input.values.length) return { line: '', comparatorLine: '', band: null, points: [] };
  let [lo, hi] = [Math.min(...ys), Math.max(...ys)];
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  let [first, last] = [Math.min(...indices), Math.max(...indices)];
  if (first === last) [first, last] = [first - 1, last + 1];
  const x = linear(first, last, inset, input.width - inset);
  const y = linear(lo, hi, input.height - inset, inset);
  const gaps = input.gaps ?? [];
  const path = (pts: readonly SparkPoint[], breaks: readonly number[]) => {
    // Figures are joined unless the series has a period without a figure between them. Periods
    // the series never mentions (another kind of period in the same feed) do not break it.
    const withGaps: (SparkPoint | null)[] = [];
    pts.forEach((p, i) => {
      const prev = pts[i - 1];
      if (prev && breaks.some((g) => g > prev.index && g < p.index)) withGaps.push(null);
      withGaps.push(p);
    });
    // Drawn as d3-shape's line() draws it (three decimals; a lone figure a closed dot), with
    // d3-path alone: d3-shape's single-file build cannot be tree-shaken and would cost 15 KB.
    const d = pathRound(3);
    let run = 0;
    const end = () => run === 1 && d.closePath();
    for (const p of withGaps) {
      if (!p) {
        end();
        run = 0;
        continue;
      }
      if (run++ === 0) d.moveTo(x(p.index), y(p.value));
      else d.lineTo(x(p.index), y(p.value));
    }
    end();
    return d.toString();
  };
  const band = input.band ? { y: y(input.band.high), height: Math.max(1, y(input.band.low) - y(input.band.high)) } : null;
  return {
    line: path(input.values, gaps),
    comparatorLine: input.comparator?.length ? path(input.comparator, []) : '',
    band,
    points: input.values.map((p) => ({ x: x(p.index), y: y(p.value), index: p.index, value: p.value })),
  };
}

function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}
