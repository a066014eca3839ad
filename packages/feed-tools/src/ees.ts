import { ID_PATTERN, idFrom, type FeedInput, type MeasureType, type Polarity, type Unit } from '@scorecard-kit/core/feed';
import { neighbourAverage } from '@scorecard-kit/core/rules';
import { readCsvObjects } from './csv.js';
import { eesBreakdown, type EesBreakdownImport, type OwnRow } from './ees-breakdown.js';

/** What to take from a DfE Explore Education Statistics (EES) file, and as which indicator. */
export interface EesImport {
  indicator: { id: string; title: string; unit: Unit; polarity: Polarity; measure: MeasureType };
  /** The authority, by its old (three-digit) DfE LA code, e.g. "335" for Walsall. */
  la: string;
  /** The column holding the figure, e.g. "rate_per_10000". */
  value: string;
  /** Columns that pick one row per area and period, e.g. { population_type: "Children looked after at 31 March" }. */
  filters: Record<string, string>;
  comparators: ('england' | 'region' | 'sn')[];
  /** Old LA codes of the statistical neighbours, in the DfE file's order. */
  neighbours: string[];
  /** Name of the file, for the feed's title and the messages. */
  file: string;
  /** For a file with no time_identifier column: what its time_period is ("Reporting year"…). */
  timeIdentifier?: string | undefined;
  /** For a characteristics file: its groups become a breakdown of the indicator, its total row the figure. */
  breakdown?: EesBreakdownImport | undefined;
}

export interface EesProblem {
  /** 1-based line in the CSV (the header is line 1), where the problem is in one row. */
  line?: number | undefined;
  column?: string | undefined;
  message: string;
}

const REQUIRED = ['time_period', 'time_identifier', 'geographic_level', 'old_la_code', 'la_name'];
const MARKS: Record<string, 'c' | 'x' | 'z' | 'low' | 'u' | null> = { c: 'c', x: 'x', z: 'z', low: 'low', '~': 'low', u: 'u', ':': null, '..': null, '': null };

type Figure = number | 'c' | 'x' | 'z' | 'low' | 'u' | null;

/** The statistical neighbours of an authority from DfE's neighbour file (columns SN_1 … SN_10). */
export function neighboursFrom(snCsv: string, la: string): string[] {
  const row = readCsvObjects(snCsv).find((r) => r.old_la_code === la);
  if (!row) return [];
  return Array.from({ length: 10 }, (_, i) => row[`SN_${i + 1}`] ?? '').filter(Boolean);
}

/** The period an EES row is for, as the sample feeds name periods. */
export function eesPeriod(
  timePeriod: string,
  identifier: string,
): { id: string; label: string; end: string; kind: 'financial-year' | 'academic-year' | 'calendar-year' } | string {
  const two = (y: number) => String(y % 100).padStart(2, '0');
  const endYear = /^\d{6}$/.test(timePeriod) ? Number(timePeriod.slice(0, 4)) + 1 : /^\d{4}$/.test(timePeriod) ? Number(timePeriod) : NaN;
  if (!Number.isFinite(endYear)) return `time_period "${timePeriod}" is neither a year (2025) nor a span of years (202425)`;
  const id = identifier.toLowerCase();
  if (id === 'reporting year' || id === 'financial year')
    return { id: `fy${endYear - 1}-${two(endYear)}`, label: `${endYear - 1}/${two(endYear)}`, end: `${endYear}-03-31`, kind: 'financial-year' };
  if (id === 'academic year')
    return { id: `ay${endYear - 1}-${two(endYear)}`, label: `${endYear - 1}/${two(endYear)} school year`, end: `${endYear}-08-31`, kind: 'academic-year' };
  if (id === 'calendar year') return { id: `cy${endYear}`, label: `${endYear}`, end: `${endYear}-12-31`, kind: 'calendar-year' };
  return `time_identifier "${identifier}" is not one the importer knows (Reporting year, Financial year, Academic year, Calendar year)`;
}

/**
 * An EES file as a feed for one indicator: the authority's figures, England's, its region's, each
 * statistical neighbour's (exactly as published, marks kept as marks) and the neighbours' average.
 * Nothing is returned when the file has errors.
 */
export function importEes(csv: string, o: EesImport): { feed: FeedInput | null; problems: EesProblem[] } {
  const rows = readCsvObjects(csv);
  const problems: EesProblem[] = [];
  const header = Object.keys(rows[0] ?? {});
  if (o.timeIdentifier !== undefined && !header.includes('time_identifier')) for (const r of rows) r.time_identifier = o.timeIdentifier;
  const required = [...REQUIRED, o.value, ...Object.keys(o.filters), ...(o.breakdown ? [o.breakdown.column] : [])];
  for (const col of required.filter((c) => c !== 'time_identifier' || o.timeIdentifier === undefined)) {
    if (!header.includes(col))
      problems.push({
        line: 1,
        column: col,
        message: `${o.file}: there is no column "${col}"; the file has ${header.map((h) => `"${h}"`).join(', ') || 'no header'}.${
          col === 'time_identifier' ? ' Say what its time_period is with --time-identifier (for example "Reporting year").' : ''
        }`,
      });
  }
  if (problems.length) return { feed: null, problems };

  const filtered = rows.map((r, i) => ({ r, line: i + 2 })).filter(({ r }) => Object.entries(o.filters).every(([k, v]) => r[k] === v));
  // In a characteristics file the indicator's own figures are the total rows; the others are its groups.
  const isTotal = (r: Record<string, string>) => !o.breakdown || r[o.breakdown.column] === o.breakdown.total;
  const picked = filtered.filter(({ r }) => isTotal(r));
  if (o.breakdown && !picked.length)
    return {
      feed: null,
      problems: [
        {
          column: o.breakdown.column,
          message: `${o.file}: no "${o.breakdown.total}" row in column ${o.breakdown.column}, for all children; name it with --total (the column has ${[
            ...new Set(filtered.map(({ r }) => r[o.breakdown!.column])),
          ]
            .slice(0, 8)
            .map((v) => `"${v}"`)
            .join(', ')}).`,
        },
      ],
    };
  const own = picked.find(({ r }) => r.geographic_level === 'Local authority' && r.old_la_code === o.la);
  if (!own) {
    const hints = Object.keys(o.filters).map(
      (k) =>
        `${k} has ${[...new Set(rows.map((r) => r[k]))]
          .slice(0, 8)
          .map((v) => `"${v}"`)
          .join(', ')}`,
    );
    return {
      feed: null,
      problems: [
        { message: `${o.file}: no row for the authority with old_la_code "${o.la}"${hints.length ? ` and the filters given (${hints.join('; ')})` : ''}.` },
      ],
    };
  }

  const periods = new Map<string, { id: string; label: string; end: string; kind: 'financial-year' | 'academic-year' | 'calendar-year' }>();
  const decimals = { n: 0 };
  /** figures.get(series key).get(period id) */
  const figures = new Map<string, Map<string, Figure>>();
  const seen = new Map<string, number>();
  /** The row's figure, a mark, or undefined (with a problem) when it is neither. */
  const figureOf = (r: Record<string, string>, line: number): Figure | undefined => {
    const raw = (r[o.value] ?? '').trim();
    const mark = MARKS[raw.toLowerCase()];
    if (mark !== undefined) return mark;
    if (/^-?\d+(\.\d+)?$/.test(raw)) {
      decimals.n = Math.max(decimals.n, raw.split('.')[1]?.length ?? 0);
      return Number(raw);
    }
    problems.push({
      line,
      column: o.value,
      message: `${o.file}:${line}, column ${o.value}: "${raw}" is not a number or one of DfE's marks (c, x, z, low, u, :).`,
    });
    return undefined;
  };
  const keyOf = (r: Record<string, string>) =>
    r.geographic_level === 'National'
      ? 'england'
      : r.geographic_level === 'Regional'
        ? `region:${r.region_code}`
        : r.geographic_level === 'Local authority'
          ? `la:${r.old_la_code}`
          : null;
  for (const { r, line } of picked) {
    const series = keyOf(r);
    if (!series) continue;
    const period = eesPeriod(r.time_period!, r.time_identifier!);
    if (typeof period === 'string') {
      problems.push({ line, column: 'time_period', message: `${o.file}:${line}: ${period}.` });
      continue;
    }
    const figure = figureOf(r, line);
    if (figure === undefined) continue;
    const dup = `${series}|${period.id}`;
    if (seen.has(dup)) {
      problems.push({
        line,
        message: `${o.file}:${line}: a second row for ${r.la_name || r.region_name || r.country_name} in ${period.label} (the first is line ${seen.get(dup)}); add a --filter on the column that tells them apart.`,
      });
      continue;
    }
    seen.set(dup, line);
    periods.set(period.id, period);
    if (!figures.has(series)) figures.set(series, new Map());
    figures.get(series)!.set(period.id, figure);
  }
  const groupRows: OwnRow[] = [];
  if (o.breakdown)
    for (const { r, line } of filtered) {
      if (isTotal(r) || r.geographic_level !== 'Local authority' || r.old_la_code !== o.la) continue;
      const period = eesPeriod(r.time_period!, r.time_identifier!);
      if (typeof period === 'string') continue; // said once, for the total row of the same period
      const figure = figureOf(r, line);
      if (figure === undefined) continue;
      if (!periods.has(period.id))
        problems.push({ line, message: `${o.file}:${line}: a group in ${period.label}, a period with no ${o.breakdown.total} row.` });
      else groupRows.push({ row: r, line, period, figure });
    }
  if (problems.length) return { feed: null, problems };

  const ordered = [...periods.values()].sort((a, b) => a.end.localeCompare(b.end));
  const series = (key: string) => ordered.filter((p) => figures.get(key)?.has(p.id)).map((p) => ({ period: p.id, value: figures.get(key)!.get(p.id)! }));
  const nameOf = (code: string) => picked.find(({ r }) => r.old_la_code === code)?.r.la_name ?? code;
  const comparators: NonNullable<FeedInput['comparators']> = [];
  const values: Record<string, ReturnType<typeof series> | ReturnType<typeof neighbourAverages>> = {};
  if (o.comparators.includes('england') && figures.has('england')) {
    comparators.push({ id: 'england', name: 'England', kind: 'england', code: 'E92000001' });
    values.england = series('england');
  }
  const regionKey = `region:${own.r.region_code}`;
  if (o.comparators.includes('region') && figures.has(regionKey)) {
    comparators.push({ id: 'region', name: own.r.region_name!, kind: 'region', code: own.r.region_code });
    values.region = series(regionKey);
  }
  if (o.comparators.includes('sn') && o.neighbours.length) {
    comparators.push({ id: 'sn', name: 'Statistical neighbours (average)', kind: 'statistical-neighbours', members: o.neighbours.map(nameOf) });
    values.sn = neighbourAverages(
      ordered,
      o.neighbours.map((n) => figures.get(`la:${n}`)),
      decimals.n,
    );
    for (const n of o.neighbours) {
      if (!figures.has(`la:${n}`)) {
        problems.push({ message: `${o.file}: no rows for the statistical neighbour with old_la_code "${n}"; it is left out of the average.` });
        continue;
      }
      comparators.push({ id: `la-${n}`, name: nameOf(n), kind: 'peer', code: n });
      values[`la-${n}`] = series(`la:${n}`);
    }
  }
  // DfE's own names for a measure can hold spaces ("16-17_not known_NEET"), which an id cannot.
  const id = ID_PATTERN.test(o.indicator.id) ? o.indicator.id : idFrom(o.indicator.id);
  if (id !== o.indicator.id)
    problems.push({
      message: `The indicator id "${o.indicator.id}" is not a valid id (letters, digits, "-", "_", "." or ":", no spaces): the feed calls it "${id}".`,
    });
  const breakdown = o.breakdown ? eesBreakdown(groupRows, o.breakdown, o.la) : undefined;
  for (const message of breakdown?.problems ?? []) problems.push({ message });
  const feed: FeedInput = {
    version: '1.0',
    title: `${o.indicator.title} (from ${o.file})`,
    attribution: 'Contains public sector information licensed under the Open Government Licence v3.0 (Department for Education).',
    licence: 'Open Government Licence v3.0',
    authority: { name: own.r.la_name!, dfeCode: o.la, ...(own.r.new_la_code ? { code: own.r.new_la_code } : {}) },
    periods: ordered,
    comparators,
    indicators: [
      {
        ...o.indicator,
        id,
        decimals: decimals.n,
        source: `Department for Education, Explore Education Statistics: ${o.file}, column ${o.value}${
          Object.keys(o.filters).length
            ? ` (${Object.entries(o.filters)
                .map(([k, v]) => `${k} = ${v}`)
                .join('; ')})`
            : ''
        }`,
        values: series(`la:${o.la}`),
        comparators: values as never,
        ...(breakdown
          ? { breakdowns: [{ ...breakdown.breakdown, source: `Department for Education, Explore Education Statistics: ${o.file}, column ${o.value}` }] }
          : {}),
      },
    ],
  };
  return { feed, problems };
}

/** The neighbours' average per period (core's rule), with a note saying how many it is of. */
function neighbourAverages(periods: readonly { id: string }[], byNeighbour: (Map<string, Figure> | undefined)[], dps: number) {
  return periods.map((p) => {
    const nums = byNeighbour.map((m) => m?.get(p.id)).filter((v): v is number => typeof v === 'number');
    const mean = neighbourAverage(nums, dps);
    if (mean === null)
      return { period: p.id, value: 'x' as const, note: `Only ${nums.length} of ${byNeighbour.length} neighbours have a figure, too few for an average.` };
    return {
      period: p.id,
      value: mean,
      note: `Average of ${nums.length} of ${byNeighbour.length} neighbours, worked out by Scorecard Kit (DfE publishes each neighbour's figure, not the average).`,
    };
  });
}
