// The figures `npm run bench` prints, each beside its target, and `--check`'s verdict on them.

export interface Figure {
  /** What was measured: "change of period on 1,000 tiles, to the next frame". */
  what: string;
  value: number;
  /** "ms" or "×" (a ratio). */
  unit: 'ms' | '×';
  target: number;
  /** Whether the figure must be at most (time) or at least (a ratio to a slower peer) its target. */
  meets: 'at-most' | 'at-least';
  /** The peer measured beside it, in words: "Plot 147 ms, Vega-Lite 146 ms". */
  peer?: string;
}

const figures: Figure[] = [];

/** Records a figure for the summary and prints its line now. */
export function figure(f: Figure): void {
  figures.push(f);
  console.log(`  ${line(f)}`);
}

const met = (f: Figure) => (f.meets === 'at-most' ? f.value <= f.target : f.value >= f.target);
const amount = (v: number, unit: Figure['unit']) => (unit === 'ms' ? `${v.toFixed(1)} ms` : `${v.toFixed(2)}×`);

function line(f: Figure): string {
  const target = `${f.meets === 'at-most' ? '≤' : '≥'} ${amount(f.target, f.unit)}`;
  return `${met(f) ? 'met   ' : 'MISSED'}  ${f.what}: ${amount(f.value, f.unit)} (target ${target})${f.peer ? `   ${f.peer}` : ''}`;
}

/** Runs per figure after a warm-up; a figure is the median of every change timed in them (three per run for interactions). */
export const RUNS = 7;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Prints every figure again as one table and says how many missed; the number missed. */
export function summary(): number {
  const missed = figures.filter((f) => !met(f));
  console.log(`\nSummary: ${figures.length - missed.length} of ${figures.length} targets met`);
  for (const f of figures) console.log(`  ${line(f)}`);
  return missed.length;
}
