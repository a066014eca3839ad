// What the sample feeds share: the authority, the periods LAIT's year types stand for, the
// comparators, the real DfE series, and illustrative figures that are invented deterministically
// (the same on every run) and flagged as illustrative wherever they appear.
import type { FeedInput } from '../../packages/core/src/feed/index.js';
import { eesArea, eesRows, figure, laitValues, measure, neighbourMean, round, statisticalNeighbours, type Figure, type Measure } from './dfe.js';

export type Feed = FeedInput;
export type IndicatorOut = NonNullable<Feed['indicators']>[number];
export type ValueOut = {
  period: string;
  value: Figure;
  note?: string;
  illustrative?: boolean;
  provisional?: boolean;
  notComparable?: string;
  numerator?: number;
  denominator?: number;
};

export interface Period {
  id: string;
  label: string;
  end: string;
  kind: 'month' | 'quarter' | 'financial-year' | 'academic-year' | 'calendar-year' | 'year-to-date' | 'rolling-12-months' | 'snapshot';
}

export const AUTHORITY = { name: 'Walsall', code: 'E08000030', dfeCode: '335' };
export const OGL = 'Open Government Licence v3.0';
export const UK_GEOJSON =
  'Contains Ordnance Survey, Office of National Statistics, National Records Scotland and LPS Intellectual Property data © Crown copyright and database right [2016]. Data licensed under the terms of the Open Government Licence v3. Ordnance Survey data covered by OS OpenData Licence. GeoJSON/TopoJSON conversion by Martin Chorley, CC BY 4.0 (https://github.com/martinjc/UK-GeoJSON).';
export const DFE_ATTRIBUTION = 'Contains public sector information licensed under the Open Government Licence v3.0 (Department for Education).';

/** The ward shapes, in docs/geo/ (see data/LICENCE.md), with the attribution they carry. */
export const WARD_BOUNDARIES = {
  id: 'walsall-wards-2013',
  level: 'ward' as const,
  url: '../geo/walsall-wards-2013.topojson',
  object: 'E08000030',
  idProperty: 'WD13CD',
  nameProperty: 'WD13NM',
  attribution: UK_GEOJSON,
};

export const COMPARATORS = (): NonNullable<Feed['comparators']> => [
  { id: 'england', name: 'England', kind: 'england', code: 'E92000001' },
  { id: 'west-midlands', name: 'West Midlands', kind: 'region', code: 'E12000005' },
  {
    id: 'sn',
    name: 'Statistical neighbours (average)',
    kind: 'statistical-neighbours',
    members: statisticalNeighbours().map((n) => n.name),
  },
];

/** Each statistical neighbour as a peer, keyed by DfE code as import-ees keys them: the neighbours chart ranks them. */
export const PEERS = (): NonNullable<Feed['comparators']> =>
  statisticalNeighbours().map((n) => ({ id: `la-${n.code}`, name: n.name, kind: 'peer' as const, code: n.code }));

const two = (y: number) => String(y % 100).padStart(2, '0');
export const financialYear = (endYear: number): Period => ({
  id: `fy${endYear - 1}-${two(endYear)}`,
  label: `${endYear - 1}/${two(endYear)}`,
  end: `${endYear}-03-31`,
  kind: 'financial-year',
});
export const academicYear = (endYear: number): Period => ({
  id: `ay${endYear - 1}-${two(endYear)}`,
  label: `${endYear - 1}/${two(endYear)} school year`,
  end: `${endYear}-08-31`,
  kind: 'academic-year',
});

/** The January school census: SEN figures are a count on census day, not over a school year. */
const SCHOOL_CENSUS = new Set(['SEN_TotStat', 'SEN_TotSENSuP']);

/**
 * The period a LAIT year stands for, by the measure's year type (dictionary `Year_Type`):
 *
 * - "2015/16" or "2024-25": a financial year, or an academic (school) year when the type says so;
 * - "2016" with "Financial Year" or "Annual" (a count at 31 March): the financial year 2015/16;
 * - "2016" with "Calendar Year": 2016;  with "Annual (end of Sept)": the workforce census, Sep-16;
 * - "2016" with "Academic Year": the school year 2015/16 (absence, exclusions of children in need),
 *   except the SEN figures from the January school census: Jan-16.
 */
export function laitPeriod(m: Measure, year: string): Period | undefined {
  if (/^\d{4}[/-]\d{2}$/.test(year)) {
    const end = Number(year.slice(0, 4)) + 1;
    return /Academic/i.test(m.yearType) ? academicYear(end) : financialYear(end);
  }
  if (!/^\d{4}$/.test(year)) return undefined; // LAIT has a stray year "0" (CINPermExclusion): dropped.
  const y = Number(year);
  if (/Calendar/i.test(m.yearType)) return { id: `cy${y}`, label: `${y}`, end: `${y}-12-31`, kind: 'calendar-year' };
  if (/Sept/i.test(m.yearType)) return { id: `sep${y}`, label: `Sep-${two(y)}`, end: `${y}-09-30`, kind: 'snapshot' };
  if (/Academic/i.test(m.yearType)) {
    return SCHOOL_CENSUS.has(m.short) ? { id: `jan${y}`, label: `Jan-${two(y)}`, end: `${y}-01-31`, kind: 'snapshot' } : academicYear(y);
  }
  return financialYear(y);
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

/** Collects the periods a feed uses, and lists them in order of end date (then id, so the order never varies). */
export class Periods {
  private byId = new Map<string, Period>();
  add(p: Period): string {
    const had = this.byId.get(p.id);
    if (had && (had.end !== p.end || had.label !== p.label)) throw new Error(`period ${p.id} defined twice, differently`);
    this.byId.set(p.id, p);
    return p.id;
  }
  list(): Period[] {
    return [...this.byId.values()].sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

/** A seeded generator (Park–Miller), so that invented figures are the same on every run. */
export function random(seed: string): () => number {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  let s = (h >>> 0) % 2147483647 || 1;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

/** An invented quarterly series near `level`, drifting by up to `drift` a quarter, kept within [min, max]. */
export function inventSeries(id: string, level: number, drift: number, decimals: number, min = 0, max = Infinity): number[] {
  const r = random(id);
  let v = level;
  return QUARTERS.map(() => {
    v = Math.min(max, Math.max(min, v + (r() - 0.5) * 2 * drift));
    return round(v, decimals);
  });
}

/** Splits a whole number into parts in proportion to `weights`, the parts adding up to it exactly (largest remainder). */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i]!++;
    left--;
  }
  return parts;
}

export interface RealSeries {
  values: ValueOut[];
  comparators: Record<string, ValueOut[]>;
  /** The latest two Walsall figures that are numbers, oldest first. */
  recent: { period: string; value: number }[];
}

/**
 * A LAIT measure's published figures for Walsall, England, the West Midlands and the mean of the
 * 2025-model statistical neighbours, for every year in the file, rounded to the measure's decimals.
 */
export function realSeries(short: string, periods: Periods, options: { england?: boolean; decimals?: number; peers?: boolean } = {}): RealSeries {
  const m = measure(short);
  const dps = options.decimals ?? m.decimals;
  const byArea = laitValues(short);
  const years = [...(byArea.get('Walsall')?.keys() ?? [])].filter((y) => laitPeriod(m, y)).sort();
  const series = (area: string): ValueOut[] =>
    years.flatMap((y) => {
      const raw = byArea.get(area)?.get(y);
      return raw === undefined ? [] : [{ period: periods.add(laitPeriod(m, y)!), value: figure(raw, dps) }];
    });
  const neighbours = statisticalNeighbours();
  const sn = years.map((y) => {
    const figures = neighbours.map((n) => {
      const raw = byArea.get(n.name)?.get(y);
      const f = raw === undefined ? undefined : figure(raw, 10);
      return typeof f === 'number' ? f : undefined;
    });
    return snValue(periods.add(laitPeriod(m, y)!), figures, dps);
  });
  const comparators: Record<string, ValueOut[]> = {};
  if (options.england !== false) comparators.england = series('England');
  comparators['west-midlands'] = series('West Midlands');
  comparators.sn = sn;
  if (options.peers) for (const n of neighbours) comparators[`la-${n.code}`] = series(n.name);
  const values = series('Walsall');
  return { values, comparators, recent: recentOf(values) };
}

/** The statistical-neighbour average for one period, with a note when not all ten have a figure. */
export function snValue(period: string, figures: (number | undefined)[], dps: number): ValueOut {
  const mean = neighbourMean(figures, dps);
  if (mean.count === figures.length) return { period, value: mean.value };
  return {
    period,
    value: mean.value,
    note:
      mean.value === 'x'
        ? mean.count === 0
          ? 'None of the neighbours has a figure for this period.'
          : `Only ${mean.count} of the ${figures.length} neighbours have a figure, too few for an average.`
        : `Average of the ${mean.count} of ${figures.length} neighbours with a figure.`,
  };
}

export function recentOf(values: ValueOut[]): { period: string; value: number }[] {
  return values.filter((v): v is { period: string; value: number } => typeof v.value === 'number').slice(-2);
}

/** An EES extract's figure for one area and year, read from its own column. */
export function eesFigures(file: string, pick: (r: Record<string, string>) => boolean, column: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const r of eesRows(file)) {
    if (!pick(r)) continue;
    const area = eesArea(r);
    if (!out.has(area)) out.set(area, new Map());
    out.get(area)!.set(r.time_period!, r[column]!);
  }
  return out;
}

/** The kit's unit for a LAIT measure, from its unit label. */
export function unitOf(m: Measure): 'count' | 'percent' | 'per-10000' | 'per-100000' {
  const label = m.unitLabel.toLowerCase();
  if (/100,000/.test(label)) return 'per-100000';
  if (/10,000/.test(label)) return 'per-10000';
  if (/%|percent|rate$/.test(label)) return 'percent';
  if (/^number/.test(label)) return 'count';
  throw new Error(`${m.short}: no unit for "${m.unitLabel}"`);
}
