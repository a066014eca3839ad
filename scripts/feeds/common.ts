// What the sample feeds share: periods for LAIT's year types, comparators, real DfE series, and
// illustrative figures that are invented deterministically (the same every run) and flagged.
import { figure, laitValues, measures, neighbourMean, statisticalNeighbours, type Figure, type Measure } from './dfe.js';

export interface Period {
  id: string;
  label: string;
  end: string;
  kind: string;
}

export const AUTHORITY = { name: 'Walsall', code: 'E08000030', dfeCode: '335' };
export const DFE_ATTRIBUTION =
  'Contains public sector information licensed under the Open Government Licence v3.0 (Department for Education).';

export const COMPARATORS = () => [
  { id: 'england', name: 'England', kind: 'england', code: 'E92000001' },
  { id: 'west-midlands', name: 'West Midlands', kind: 'region', code: 'E12000005' },
  { id: 'sn', name: 'Statistical neighbours (average)', kind: 'statistical-neighbours', members: statisticalNeighbours() },
];

/** The period a LAIT year stands for, by the measure's year type. */
export function laitPeriod(yearType: string, year: string): Period | undefined {
  const two = (y: number) => String(y % 100).padStart(2, '0');
  if (/^\d{4}\/\d{2}$/.test(year) || /^\d{4}-\d{2}$/.test(year)) {
    const y = Number(year.slice(0, 4)) + 1;
    return /Academic/i.test(yearType)
      ? { id: `ay${y - 1}-${two(y)}`, label: `${y - 1}/${two(y)} school year`, end: `${y}-08-31`, kind: 'academic-year' }
      : { id: `fy${y - 1}-${two(y)}`, label: `${y - 1}/${two(y)}`, end: `${y}-03-31`, kind: 'financial-year' };
  }
  if (!/^\d{4}$/.test(year)) return undefined;
  const y = Number(year);
  if (/Calendar/i.test(yearType)) return { id: `cy${y}`, label: `${y}`, end: `${y}-12-31`, kind: 'calendar-year' };
  if (/Sept/i.test(yearType)) return { id: `sep${y}`, label: `Sep-${two(y)}`, end: `${y}-09-30`, kind: 'snapshot' };
  // The school census is taken in January: "2016" is the 2015/16 school year.
  if (/Academic/i.test(yearType)) return { id: `jan${y}`, label: `Jan-${two(y)}`, end: `${y}-01-31`, kind: 'snapshot' };
  return { id: `fy${y - 1}-${two(y)}`, label: `${y - 1}/${two(y)}`, end: `${y}-03-31`, kind: 'financial-year' };
}

/** Six quarters for invented figures, flagged as such wherever they are used. */
export const QUARTERS: Period[] = [
  { id: 'q1-2024-25', label: 'Q1 2024/25', end: '2024-06-30', kind: 'quarter' },
  { id: 'q2-2024-25', label: 'Q2 2024/25', end: '2024-09-30', kind: 'quarter' },
  { id: 'q3-2024-25', label: 'Q3 2024/25', end: '2024-12-31', kind: 'quarter' },
  { id: 'q4-2024-25', label: 'Q4 2024/25', end: '2025-03-31', kind: 'quarter' },
  { id: 'q1-2025-26', label: 'Q1 2025/26', end: '2025-06-30', kind: 'quarter' },
  { id: 'q2-2025-26', label: 'Q2 2025/26', end: '2025-09-30', kind: 'quarter' },
];

/** Collects the periods a feed uses, and lists them in order of end date. */
export class Periods {
  private byId = new Map<string, Period>();
  add(p: Period): string {
    this.byId.set(p.id, p);
    return p.id;
  }
  list(): Period[] {
    return [...this.byId.values()].sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.id < b.id ? -1 : 1));
  }
}

/** A seeded generator, so that invented figures are the same on every run. */
export function random(seed: string): () => number {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  let s = (h >>> 0) % 2147483647 || 1;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

/** An invented quarterly series near `level`, drifting by up to `drift` a quarter. */
export function inventSeries(id: string, level: number, drift: number, decimals: number, min = 0, max = Infinity): number[] {
  const r = random(id);
  let v = level;
  return QUARTERS.map(() => {
    v = Math.min(max, Math.max(min, v + (r() - 0.5) * 2 * drift));
    return Number(v.toFixed(decimals));
  });
}

const VALUES = laitValues();
const MEASURES = measures();
const NEIGHBOURS = statisticalNeighbours();

export function measure(short: string): Measure {
  const m = MEASURES.get(short);
  if (!m) throw new Error(`no LAIT measure ${short}`);
  return m;
}

export interface RealSeries {
  values: { period: string; value: Figure }[];
  comparators: Record<string, { period: string; value: Figure }[]>;
  latest: { period: string; value: number } | undefined;
}

/**
 * A LAIT measure's published figures for Walsall, England, the West Midlands and the mean of the
 * 2025-model statistical neighbours, for every year in the file.
 */
export function realSeries(short: string, periods: Periods, decimals: number, options: { england?: boolean } = {}): RealSeries {
  const m = measure(short);
  const byArea = VALUES.get(short);
  if (!byArea) throw new Error(`no LAIT values for ${short}`);
  const years = [...(byArea.get('Walsall')?.keys() ?? [])].filter((y) => laitPeriod(m.yearType, y));
  const series = (area: string) =>
    years
      .map((y) => ({ y, raw: byArea.get(area)?.get(y) }))
      .filter((x) => x.raw !== undefined)
      .map(({ y, raw }) => ({ period: periods.add(laitPeriod(m.yearType, y)!), value: figure(raw!, decimals) }));
  const values = series('Walsall');
  const comparators: RealSeries['comparators'] = {
    'west-midlands': series('West Midlands'),
    sn: years.map((y) => ({ period: periods.add(laitPeriod(m.yearType, y)!), value: neighbourMean(byArea, NEIGHBOURS, y, decimals) })),
  };
  if (options.england !== false) comparators.england = series('England');
  const numeric = values.filter((v): v is { period: string; value: number } => typeof v.value === 'number');
  return { values, comparators, latest: numeric[numeric.length - 1] };
}
