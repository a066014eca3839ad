import { idFrom, type FeedInput } from '@scorecard-kit/core/feed';
import { readCsvObjects } from './csv.js';

type Breakdown = NonNullable<NonNullable<FeedInput['indicators']>[number]['breakdowns']>[number];
type Value = { period: string; value: number | string | null };

/** Where a breakdown's population comes from: a second EES file (pupils by ethnicity, the census…). */
export interface EesPopulation {
  csv: string;
  file: string;
  /** The column holding the number of children, e.g. "headcount". */
  value: string;
  /** The column naming each group, e.g. "ethnicity". */
  column: string;
  filters: Record<string, string>;
  /**
   * Which population rows make up a group, by the start of their label, keyed by the group's label:
   * { "Mixed or Multiple ethnic groups": "Mixed -" } adds up "Mixed - White and Black Caribbean"…
   * A group not named here takes the rows whose label is its own.
   */
  groups: Record<string, string>;
}

/** How to read a DfE characteristics file (a breakdown by ethnicity, sex or age) as a breakdown. */
export interface EesBreakdownImport {
  /** The column naming each group, e.g. "characteristic" (EES's own files call it "breakdown"). */
  column: string;
  /** How the breakdown is named: "Ethnicity". */
  label: string;
  /** The row for all children, e.g. "Total": the indicator's own figure, not a group. */
  total: string;
  /** The label of the group the others are compared with, e.g. "White". */
  reference?: string | undefined;
  /** What the count is of, for the words: "looked after". */
  service: string;
  population?: EesPopulation | undefined;
}

/** A characteristics file's rows for one authority, already picked by the import's filters. */
export interface OwnRow {
  row: Record<string, string>;
  line: number;
  period: { id: string; end: string };
  figure: number | string | null;
}

/**
 * The authority's groups as a breakdown: each group's count by period as published (marks kept),
 * and, where a population file is given, the group's children in it in the period ending the same
 * year (31 March 2022 beside the school year 2021/22). Messages say what could not be matched.
 */
export function eesBreakdown(own: readonly OwnRow[], o: EesBreakdownImport, la: string): { breakdown: Breakdown; problems: string[] } {
  const problems: string[] = [];
  const groups = new Map<string, { id: string; label: string; values: Value[]; populationCounts: Value[] }>();
  for (const { row, period, figure } of own) {
    const label = row[o.column]!;
    if (label === o.total) continue;
    let g = groups.get(label);
    if (!g) groups.set(label, (g = { id: idFrom(label), label, values: [], populationCounts: [] }));
    g.values.push({ period: period.id, value: figure });
  }
  if (o.population) {
    const p = o.population;
    const rows = readCsvObjects(p.csv);
    const header = Object.keys(rows[0] ?? {});
    for (const col of ['time_period', 'old_la_code', p.value, p.column, ...Object.keys(p.filters)])
      if (!header.includes(col)) problems.push(`${p.file}: there is no column "${col}"; the population is left out.`);
    if (!problems.length) {
      const mine = rows.filter((r) => r.old_la_code === la && Object.entries(p.filters).every(([k, v]) => r[k] === v));
      // 202122 (a school year) ends in 2022, as does 2022 (31 March).
      const endYear = (t: string) => (/^\d{6}$/.test(t) ? String(Number(t.slice(0, 4)) + 1) : t.slice(0, 4));
      for (const g of groups.values()) {
        const prefix = p.groups[g.label];
        const of = mine.filter((r) => (prefix === undefined ? r[p.column] === g.label : r[p.column]!.startsWith(prefix)));
        if (!of.length) {
          problems.push(
            `${p.file}: no population rows for the group "${g.label}"${prefix === undefined ? '' : ` (labels starting "${prefix}")`}; it has no population.`,
          );
          continue;
        }
        for (const v of g.values) {
          const year = own.find((x) => x.period.id === v.period)!.period.end.slice(0, 4);
          const inYear = of.filter((r) => endYear(r.time_period!) === year);
          const counts = inYear.map((r) => Number(r[p.value]));
          if (inYear.length && counts.every(Number.isFinite)) g.populationCounts.push({ period: v.period, value: counts.reduce((a, b) => a + b, 0) });
        }
      }
    }
  }
  const reference = o.reference === undefined ? undefined : groups.get(o.reference)?.id;
  if (o.reference !== undefined && !reference)
    problems.push(`There is no group "${o.reference}" to compare the others with; the groups are ${[...groups.keys()].map((k) => `"${k}"`).join(', ')}.`);
  return {
    breakdown: {
      id: idFrom(o.label),
      label: o.label,
      service: o.service,
      ...(reference ? { reference } : {}),
      ...(o.population ? { population: `${o.population.file}, column ${o.population.value}` } : {}),
      groups: [...groups.values()].map(({ populationCounts, ...g }) => ({ ...g, ...(populationCounts.length ? { populationCounts } : {}) })),
    } as Breakdown,
    problems,
  };
}
