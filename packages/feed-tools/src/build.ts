import { AREA_LEVELS, COMPARATOR_KINDS, MEASURE_TYPES, POLARITIES, TARGET_KINDS, UNITS, type FeedInput, type FrameworkNodeInput } from '@scorecard-kit/core/feed';
import { parseCsv } from './csv.js';
import { columnLetter, FEED_KEYS, listCell, REQUIRED_SHEETS, SHEETS, type SheetName } from './sheets.js';

/** A problem in a workbook, at a cell where there is one: "values!D14". */
export interface SheetProblem {
  /** "values!D14", "values!14" (a whole row), or "values" (the sheet). */
  at: string;
  message: string;
}

interface Row {
  line: number;
  cells: Record<string, string>;
  /** The cell reference of a column in this row. */
  at(column: string): string;
}

const MARKS = new Set(['c', 'x', 'z', 'low', 'u']);

/**
 * A feed from the template's sheets (CSV text by sheet name). Every broken cell is reported with
 * its reference; when there is any error, no feed is returned, so nothing half-made is written.
 */
export function buildFeed(sheets: Partial<Record<string, string>>): { feed: FeedInput | null; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [];
  const fail = (at: string, message: string) => problems.push({ at, message });
  for (const name of REQUIRED_SHEETS) if (sheets[name] === undefined) fail(name, `The workbook has no "${name}" sheet (${name}.csv). Start from the template.`);
  for (const name of Object.keys(sheets)) if (!(name in SHEETS)) fail(name, `"${name}" is not a sheet of the template; it was not read. The sheets are ${Object.keys(SHEETS).join(', ')}.`);
  if (problems.some((p) => !p.at.includes('!') && REQUIRED_SHEETS.includes(p.at as SheetName))) return { feed: null, problems };

  const read = (name: SheetName): Row[] => {
    const text = sheets[name];
    if (text === undefined) return [];
    const [head = [], ...rows] = parseCsv(text);
    const header = head.map((h) => h.trim().toLowerCase());
    const expected = SHEETS[name] as readonly string[];
    const unknown = header.filter((h) => h && !expected.includes(h));
    if (unknown.length) fail(`${name}!1`, `Unknown ${unknown.length === 1 ? 'column' : 'columns'} ${unknown.map((h) => `"${h}"`).join(', ')}: the "${name}" sheet's columns are ${expected.join(', ')}.`);
    const need: Record<string, string[]> = { periods: ['id', 'label', 'end', 'kind'], indicators: ['id', 'title', 'measure', 'unit', 'polarity'], values: ['indicator', 'period', 'value'], feed: ['key', 'value'] };
    for (const col of need[name] ?? []) if (!header.includes(col)) fail(`${name}!1`, `The "${name}" sheet has no "${col}" column.`);
    return rows
      .map((r, i) => ({ r, line: i + 2 }))
      .filter(({ r }) => r.some((c) => c.trim()))
      .map(({ r, line }) => ({
        line,
        cells: Object.fromEntries(header.map((h, i) => [h, (r[i] ?? '').trim()])),
        at: (column: string) => `${name}!${columnLetter(Math.max(0, header.indexOf(column)))}${line}`,
      }));
  };
  const oneOf = (row: Row, column: string, allowed: readonly string[], required = true): string | undefined => {
    const v = row.cells[column] ?? '';
    if (!v) {
      if (required) fail(row.at(column), `${column} is empty: give one of ${allowed.join(', ')}.`);
      return undefined;
    }
    if (!allowed.includes(v)) {
      fail(row.at(column), `"${v}" is not a ${column}: use one of ${allowed.join(', ')}.`);
      return undefined;
    }
    return v;
  };
  const number = (row: Row, column: string): number | undefined => {
    const v = row.cells[column] ?? '';
    if (!v) return undefined;
    const n = Number(v.replace(/,/g, ''));
    if (!Number.isFinite(n)) fail(row.at(column), `"${v}" is not a number.`);
    return Number.isFinite(n) ? n : undefined;
  };
  const unique = (rows: Row[], sheet: string) => {
    const seen = new Map<string, Row>();
    for (const r of rows) {
      const id = r.cells.id ?? '';
      if (!id) fail(r.at('id'), 'id is empty: every row needs one.');
      else if (!/^[A-Za-z0-9_.:-]+$/.test(id)) fail(r.at('id'), `"${id}" is not a usable id: use letters, digits, "-", "_", "." or ":" (no spaces).`);
      else if (seen.has(id)) fail(r.at('id'), `"${id}" is used twice in ${sheet} (also row ${seen.get(id)!.line}).`);
      else seen.set(id, r);
    }
    return seen;
  };

  // feed: key / value pairs.
  const meta: Record<string, string> = {};
  for (const r of read('feed')) {
    const k = r.cells.key ?? '';
    if (!(FEED_KEYS as readonly string[]).includes(k)) fail(r.at('key'), `"${k}" is not a key of the feed sheet: use ${FEED_KEYS.join(', ')}.`);
    else meta[k] = r.cells.value ?? '';
  }
  if (!meta.title) fail('feed', 'The feed sheet needs a "title" row.');
  if (!meta.authority) fail('feed', 'The feed sheet needs an "authority" row: the council the figures are for.');

  const periodRows = read('periods');
  const periods = unique(periodRows, 'periods');
  for (const r of periods.values()) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.cells.end ?? '')) fail(r.at('end'), `"${r.cells.end}" is not a date written YYYY-MM-DD (a spreadsheet may have turned it into a number: format the column as text).`);
    oneOf(r, 'kind', ['month', 'quarter', 'financial-year', 'academic-year', 'calendar-year', 'year-to-date', 'rolling-12-months', 'snapshot']);
  }
  const comparators = unique(read('comparators'), 'comparators');
  for (const r of comparators.values()) oneOf(r, 'kind', COMPARATOR_KINDS);
  const localities = unique(read('localities'), 'localities');
  for (const r of localities.values()) oneOf(r, 'level', AREA_LEVELS, false);
  const indicatorRows = unique(read('indicators'), 'indicators');
  for (const r of indicatorRows.values()) {
    oneOf(r, 'measure', MEASURE_TYPES);
    oneOf(r, 'unit', UNITS);
    oneOf(r, 'polarity', POLARITIES);
    oneOf(r, 'target_kind', TARGET_KINDS, false);
    number(r, 'decimals');
    number(r, 'target_value');
  }

  // values, in long form.
  type Value = { period: string; value: number | string | null; numerator?: number; denominator?: number; provisional?: boolean; note?: string };
  const series = new Map<string, Map<string, Value[]>>();
  const seen = new Map<string, number>();
  for (const r of read('values')) {
    const ind = r.cells.indicator ?? '';
    const period = r.cells.period ?? '';
    const area = r.cells.area || 'authority';
    if (!indicatorRows.has(ind)) fail(r.at('indicator'), `"${ind}" is not an indicator in the indicators sheet.`);
    if (!periods.has(period)) fail(r.at('period'), `"${period}" is not a period in the periods sheet.`);
    if (area !== 'authority' && !comparators.has(area) && !localities.has(area)) fail(r.at('area'), `"${area}" is not "authority", a comparator or a locality; leave it empty for the authority.`);
    const raw = r.cells.value ?? '';
    let value: number | string | null;
    if (raw === '') value = null;
    else if (MARKS.has(raw.toLowerCase())) value = raw.toLowerCase();
    else {
      const n = Number(raw.replace(/,/g, '').replace(/%$/, ''));
      if (!Number.isFinite(n)) {
        fail(r.at('value'), `"${raw}" is not a number; use an empty cell for missing or "c" for suppressed (x not available, z not applicable).`);
        continue;
      }
      value = n;
    }
    const key = `${ind}|${period}|${area}`;
    if (seen.has(key)) {
      fail(`values!${r.line}`, `A second figure for ${ind}, ${period}, ${area} (the first is row ${seen.get(key)}).`);
      continue;
    }
    seen.set(key, r.line);
    const numerator = number(r, 'numerator');
    const denominator = number(r, 'denominator');
    const v: Value = { period, value };
    if (numerator !== undefined) v.numerator = numerator;
    if (denominator !== undefined) v.denominator = denominator;
    if (/^(y|yes|true|1)$/i.test(r.cells.provisional ?? '')) v.provisional = true;
    if (r.cells.note) v.note = r.cells.note;
    if (!series.has(ind)) series.set(ind, new Map());
    const byArea = series.get(ind)!;
    if (!byArea.has(area)) byArea.set(area, []);
    byArea.get(area)!.push(v);
  }

  // framework: one row per node, children naming their parent.
  const nodeRows = unique(read('framework'), 'framework');
  const nodes = new Map<string, FrameworkNodeInput>();
  for (const [id, r] of nodeRows) {
    if (!r.cells.title) fail(r.at('title'), 'title is empty.');
    for (const i of listCell(r.cells.indicators)) if (!indicatorRows.has(i)) fail(r.at('indicators'), `"${i}" is not an indicator in the indicators sheet.`);
    nodes.set(id, { id, title: r.cells.title ?? '', kind: r.cells.kind || 'priority', indicators: listCell(r.cells.indicators), questions: listCell(r.cells.questions), children: [] });
  }
  const roots: FrameworkNodeInput[] = [];
  for (const [id, r] of nodeRows) {
    const parent = r.cells.parent ?? '';
    if (!parent) roots.push(nodes.get(id)!);
    else if (!nodes.has(parent)) fail(r.at('parent'), `"${parent}" is not a node in the framework sheet.`);
    else nodes.get(parent)!.children!.push(nodes.get(id)!);
  }
  const questions = unique(read('questions'), 'questions');

  if (problems.length) return { feed: null, problems };
  const byPeriodEnd = [...periods.values()].sort((a, b) => a.cells.end!.localeCompare(b.cells.end!));
  const order = new Map(byPeriodEnd.map((r, i) => [r.cells.id!, i]));
  const sorted = (vs: Value[]) => vs.sort((a, b) => order.get(a.period)! - order.get(b.period)!);
  const feed: FeedInput = {
    version: '1.0',
    title: meta.title!,
    ...(meta.publisher ? { publisher: meta.publisher } : {}),
    ...(meta.updated ? { updated: meta.updated } : {}),
    ...(meta.licence ? { licence: meta.licence } : {}),
    ...(meta.attribution ? { attribution: meta.attribution } : {}),
    authority: { name: meta.authority!, ...(meta.authority_code ? { code: meta.authority_code } : {}), ...(meta.dfe_code ? { dfeCode: meta.dfe_code } : {}) },
    periods: byPeriodEnd.map((r) => ({ id: r.cells.id!, label: r.cells.label!, end: r.cells.end!, kind: r.cells.kind as never, ...(r.cells.start ? { start: r.cells.start } : {}) })),
    ...(comparators.size
      ? { comparators: [...comparators.values()].map((r) => ({ id: r.cells.id!, name: r.cells.name!, kind: r.cells.kind as never, ...(r.cells.code ? { code: r.cells.code } : {}), ...(r.cells.members ? { members: listCell(r.cells.members) } : {}) })) }
      : {}),
    ...(localities.size
      ? {
          localities: [...localities.values()].map((r) => ({
            id: r.cells.id!,
            name: r.cells.name!,
            ...(r.cells.level ? { level: r.cells.level as never } : {}),
            ...(r.cells.code ? { code: r.cells.code } : {}),
            ...(r.cells.wards ? { wards: listCell(r.cells.wards) } : {}),
            ...(r.cells.population ? { population: Number(r.cells.population) } : {}),
            ...(/^(y|yes|true|1)$/i.test(r.cells.illustrative ?? '') ? { illustrative: true } : {}),
          })),
        }
      : {}),
    indicators: [...indicatorRows.values()].map((r) => {
      const id = r.cells.id!;
      const byArea = series.get(id) ?? new Map<string, Value[]>();
      const others = (ids: Map<string, Row>) => Object.fromEntries([...byArea].filter(([a]) => ids.has(a)).map(([a, vs]) => [a, sorted(vs)]));
      const comps = others(comparators);
      const locs = others(localities);
      return {
        id,
        title: r.cells.title!,
        measure: r.cells.measure as never,
        unit: r.cells.unit as never,
        polarity: r.cells.polarity as never,
        ...(r.cells.decimals ? { decimals: Number(r.cells.decimals) } : {}),
        ...(r.cells.definition ? { definition: r.cells.definition } : {}),
        ...(r.cells.source ? { source: r.cells.source } : {}),
        ...(r.cells.target_kind && r.cells.target_value ? { targets: [{ label: r.cells.target_label || 'Target', kind: r.cells.target_kind as never, value: Number(r.cells.target_value) }] } : {}),
        ...(/^(y|yes|true|1)$/i.test(r.cells.illustrative ?? '') ? { illustrative: true } : {}),
        values: sorted(byArea.get('authority') ?? []) as never,
        ...(Object.keys(comps).length ? { comparators: comps as never } : {}),
        ...(Object.keys(locs).length ? { localities: locs as never } : {}),
      };
    }),
    ...(roots.length ? { framework: roots } : {}),
    ...(questions.size ? { questions: [...questions.values()].map((r) => ({ id: r.cells.id!, text: r.cells.text!, ...(r.cells.guidance ? { guidance: r.cells.guidance } : {}), indicators: listCell(r.cells.indicators) })) } : {}),
  };
  return { feed, problems };
}
