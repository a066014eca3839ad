// Reads the DfE LAIT extracts in shared/data/dfe: values by measure, area and year, with the
// dictionary's polarity, decimals and year type; and the statistical-neighbour groups.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsvObjects } from './csv.js';

export const SHARED = process.env.SHARED_DIR ?? join(process.cwd(), '..', 'shared');
const dfe = (file: string) => readFileSync(join(SHARED, 'data', 'dfe', file), 'utf8');

export interface Measure {
  short: string;
  title: string;
  description: string;
  polarity: 'bigger-is-better' | 'smaller-is-better' | 'none';
  unitLabel: string;
  dps: number | undefined;
  yearType: string;
  link: string | undefined;
  source: string;
}

export type Figure = number | 'x' | 'c' | 'low' | null;

/** LAIT's value strings: float artefacts rounded to the dictionary's decimals; its marks kept as marks. */
export function figure(raw: string, dps: number): Figure {
  const v = raw.trim();
  if (v === '' || v === '-' || v.toLowerCase() === 'x' || v === '..' || v.toLowerCase() === 'na') return 'x';
  if (v.toLowerCase() === 'c') return 'c';
  if (v.toLowerCase() === 'low' || v === '~') return 'low';
  const n = Number(v);
  if (!Number.isFinite(n)) return 'x';
  return Number(n.toFixed(dps));
}

export function measures(): Map<string, Measure> {
  const out = new Map<string, Measure>();
  for (const r of readCsvObjects(dfe('lait_data_dictionary_selected.csv'))) {
    if (out.has(r.Measure_short!)) continue;
    const link = (r['Hyperlink(s)'] ?? '').split(/\s+/).find((u) => /^https:\/\//.test(u));
    out.set(r.Measure_short!, {
      short: r.Measure_short!,
      title: r.Measure!.trim(),
      description: (r.Description ?? '').replace(/\s+/g, ' ').trim(),
      polarity: r.Polarity === 'High' ? 'bigger-is-better' : r.Polarity === 'Low' ? 'smaller-is-better' : 'none',
      unitLabel: r.y_axis_name ?? '',
      dps: r.dps ? Number(r.dps) : undefined,
      yearType: r.Year_Type ?? '',
      link,
      source: (r['Data Owner (DO) /Supplier and Contact Details'] ?? '').replace(/\s+/g, ' ').trim() || 'Department for Education',
    });
  }
  return out;
}

/** values.get(measure).get(area).get(year) → the value string as published. */
export function laitValues(): Map<string, Map<string, Map<string, string>>> {
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
}

/** Walsall's 2025-model statistical neighbours, by name, from the DfE file. */
export function statisticalNeighbours(): string[] {
  const rows = readCsvObjects(dfe('sn_model_2025_wide.csv'));
  const walsall = rows.find((r) => r.old_la_code === '335')!;
  const byCode = new Map(rows.map((r) => [r.old_la_code!, r.la_name!]));
  return Array.from({ length: 10 }, (_, i) => byCode.get(walsall[`SN_${i + 1}`]!)!).filter(Boolean);
}

/** The mean of the neighbours' figures for a year, when at least 7 of 10 have a number. */
export function neighbourMean(byArea: Map<string, Map<string, string>>, names: string[], year: string, dps: number): Figure {
  const nums = names.map((n) => byArea.get(n)?.get(year)).map((v) => (v === undefined ? NaN : Number(v))).filter(Number.isFinite);
  if (nums.length < 7) return 'x';
  return Number((nums.reduce((a, b) => a + b, 0) / nums.length).toFixed(dps));
}
