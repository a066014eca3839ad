// Reads the public data in data/dfe (copied into the repository, see data/README.md): the DfE LAIT extract (values by measure, area and
// year), the LAIT data dictionary (polarity, decimals, year type, description, link), the
// statistical-neighbour model, and the Explore Education Statistics (EES) extracts.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { roundDecimal } from '../../packages/core/src/rules/format.js';
import { readCsvObjects } from '../../packages/feed-tools/src/csv.js';

/** The repository root: this file is scripts/feeds/dfe.ts. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));

/** A file of the repository's public data folder, `data/` (see its README and licence). */
export function dataFile(...parts: string[]): string {
  return readFileSync(join(REPO_ROOT, 'data', ...parts), 'utf8');
}
const dfe = (file: string) => dataFile('dfe', file);

export type Polarity = 'bigger-is-better' | 'smaller-is-better' | 'none';
export type Figure = number | 'c' | 'low' | 'x' | 'z' | null;

export interface Measure {
  short: string;
  title: string;
  description: string;
  /** LAIT polarity "High" → bigger is better, "Low" → smaller is better, "-" or blank → none. */
  polarity: Polarity;
  unitLabel: string;
  /** Decimal places: the dictionary's `dps` where it gives one, else the usual precision of the published figures. */
  decimals: number;
  /** True where `decimals` is the dictionary's own `dps`. */
  dpsGiven: boolean;
  yearType: string;
  link: string | undefined;
  source: string;
}

/**
 * A LAIT or EES value string as a figure. Float artefacts (40.299999999999997) are rounded to
 * `dps`. Marks are kept as marks, never turned into 0. The mapping:
 *
 * - LAIT `-` (not available), `..`, `NA`, `:` and blank → `"x"` (not available);
 * - `c` (suppressed to protect confidentiality) → `"c"`;
 * - `low` (rounds to zero but is not zero) → `"low"`; EES writes this as `low` or `~`;
 * - `x` (not available) → `"x"`; `z` (not applicable) → `"z"`; `u` (low reliability) → `"u"`
 *   would be kept too, but neither extract has one.
 */
export function figure(raw: string, dps: number): Figure {
  const v = raw.trim();
  const lower = v.toLowerCase();
  if (lower === 'c') return 'c';
  if (lower === 'low' || v === '~') return 'low';
  if (lower === 'z') return 'z';
  if (v === '' || v === '-' || v === '..' || v === ':' || lower === 'x' || lower === 'na') return 'x';
  const n = Number(v);
  if (!Number.isFinite(n)) return 'x';
  return round(n, dps);
}

export function round(n: number, dps: number): number {
  const r = roundDecimal(n, dps);
  return Object.is(r, -0) ? 0 : r;
}

/** Decimal places of a published figure, once its float artefacts are gone (10 significant digits kept). */
function placesOf(raw: string): number | undefined {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) return undefined;
  const s = String(Number(n.toPrecision(10)));
  return /e/i.test(s) ? undefined : (s.split('.')[1]?.length ?? 0);
}

const VALUES = memo(() => {
  /** values.get(measure).get(area).get(year) → the value string as published. */
  const out = new Map<string, Map<string, Map<string, string>>>();
  for (const r of readCsvObjects(dfe('lait_walsall_comparators_long.csv'))) {
    const m = r['Short Desc']!;
    if (!out.has(m)) out.set(m, new Map());
    const byArea = out.get(m)!;
    const area = r['LA and Regions']!;
    if (!byArea.has(area)) byArea.set(area, new Map());
    byArea.get(area)!.set(r.Years!, r.Values!);
  }
  return out;
});

export function laitValues(short: string): Map<string, Map<string, string>> {
  const v = VALUES().get(short);
  if (!v) throw new Error(`no LAIT values for ${short}`);
  return v;
}

const MEASURES = memo(() => {
  const out = new Map<string, Measure>();
  for (const r of readCsvObjects(dfe('lait_data_dictionary_selected.csv'))) {
    const short = r.Measure_short!;
    // CINFixedExclusion and CINPermExclusion are listed twice; the first row is kept.
    if (out.has(short)) continue;
    const link = (r['Hyperlink(s)'] ?? '').split(/\s+/).find((u) => /^https:\/\//.test(u));
    const dps = (r.dps ?? '').trim();
    out.set(short, {
      short,
      title: r.Measure!.replace(/\s+/g, ' ').trim(),
      description: (r.Description ?? '').replace(/\s+/g, ' ').trim(),
      polarity: r.Polarity === 'High' ? 'bigger-is-better' : r.Polarity === 'Low' ? 'smaller-is-better' : 'none',
      unitLabel: (r.y_axis_name ?? '').trim(),
      decimals: dps ? Number(dps) : usualPlaces(short),
      dpsGiven: dps !== '',
      yearType: (r.Year_Type ?? '').trim(),
      link,
      source: ownerName((r['Data Owner (DO) /Supplier and Contact Details'] ?? '').trim()),
    });
  }
  return out;
});

function ownerName(owner: string): string {
  const who = /youth justice/i.test(owner) ? 'Youth Justice Board' : 'Department for Education (DfE)';
  return `${who}, published in the DfE Local Authority Interactive Tool (LAIT)`;
}

/**
 * The dictionary leaves `dps` blank for most measures: then the decimals are the ones most of the
 * published figures have (after their float artefacts are rounded away), at most 2.
 */
function usualPlaces(short: string): number {
  const counts = new Map<number, number>();
  for (const byYear of (VALUES().get(short) ?? new Map<string, Map<string, string>>()).values()) {
    for (const raw of byYear.values()) {
      const p = placesOf(raw);
      if (p !== undefined) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
  }
  let best = 0;
  let most = -1;
  for (const [p, n] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (n > most) {
      best = p;
      most = n;
    }
  }
  return Math.min(best, 2);
}

export function measure(short: string): Measure {
  const m = MEASURES().get(short);
  if (!m) throw new Error(`no LAIT dictionary entry for ${short}`);
  return m;
}

export interface Neighbour {
  code: string;
  name: string;
}

/** Walsall's ten 2025-model statistical neighbours (DfE code and name), closest first. */
export const statisticalNeighbours = memo((): Neighbour[] => {
  const rows = readCsvObjects(dfe('sn_model_2025_wide.csv'));
  const walsall = rows.find((r) => r.old_la_code === '335');
  if (!walsall) throw new Error('Walsall (335) is not in sn_model_2025_wide.csv');
  const byCode = new Map(rows.map((r) => [r.old_la_code!, r.la_name!.trim()]));
  return Array.from({ length: 10 }, (_, i) => {
    const code = walsall[`SN_${i + 1}`]!.trim();
    const name = byCode.get(code);
    if (!name) throw new Error(`statistical neighbour ${code} has no name`);
    return { code, name };
  });
});

export interface Mean {
  value: Figure;
  /** How many of the ten neighbours had a figure. */
  count: number;
}

/** The fewest neighbours with a figure for their mean to be given (of 10). */
export const NEIGHBOURS_NEEDED = 7;

/**
 * The plain mean of the neighbours' figures, when at least 7 of the 10 have one; otherwise "x"
 * (not available). Each neighbour counts once, whatever its size, as LAIT's own SN average does.
 */
export function neighbourMean(figures: (number | undefined)[], dps: number): Mean {
  const nums = figures.filter((n): n is number => typeof n === 'number' && Number.isFinite(n));
  if (nums.length < NEIGHBOURS_NEEDED) return { value: 'x', count: nums.length };
  return { value: round(nums.reduce((a, b) => a + b, 0) / nums.length, dps), count: nums.length };
}

/** Rows of an EES extract in data/dfe/ees. */
export function eesRows(file: string): Record<string, string>[] {
  return readCsvObjects(dataFile('dfe', 'ees', file));
}

/** The area an EES row is for, named as LAIT names it ("England", "West Midlands", "Walsall"...). */
export function eesArea(r: Record<string, string>): string {
  if (r.geographic_level === 'National') return 'England';
  if (r.geographic_level === 'Regional') return r.region_name!;
  return r.la_name!;
}

function memo<T>(make: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value;
  };
}
