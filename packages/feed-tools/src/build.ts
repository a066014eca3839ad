import {
  AREA_LEVELS,
  COMPARATOR_KINDS,
  MEASURE_TYPES,
  PERIOD_KINDS,
  POLARITIES,
  TARGET_KINDS,
  UNITS,
  type FeedInput,
  type FrameworkNodeInput,
} from '@scorecard-kit/core/feed';
import { parseCsv } from './csv.js';
import { columnIndex, columnLetter, FEED_KEYS, listCell, REQUIRED_SHEETS, SHEETS, type SheetName } from './sheets.js';

/** A problem in a workbook, at a cell where there is one: "values!D14". */
export interface SheetProblem {
  /** "values!D14", "values!14" (a whole row), or "values" (the sheet). */
  at: string;
  message: string;
  /** The template's sheet and, for a cell, its column's name ("value"): what a help link points at. */
  sheet?: string;
  column?: string;
}

/** A sheet as rows of cell texts, header first, one array per spreadsheet row. */
export type SheetRows = Iterable<string[]> | AsyncIterable<string[]>;

/** A sheet to stream: its rows, and what only the end of the sheet can tell. */
export interface SheetSource {
  rows: SheetRows;
  /** How far through its input the source is, 0 to 1, for a progress bar. */
  progress?: () => number;
  /** Merged ranges ("A2:A5"), asked for after the rows are read. */
  merges?: () => string[];
  /** What the reader found wrong at a cell ("C14") or a row ("14"), asked for after the rows are read. */
  problems?: () => { at: string; message: string }[];
}

/** Told every few thousand rows of a long build. */
export type BuildProgress = (p: { sheet: string; rows: number; fraction?: number }) => void;

export interface BuildResult {
  feed: FeedInput | null;
  /** Errors: when there is any, there is no feed. */
  problems: SheetProblem[];
  /** What was left out but did not stop the build (a sheet that is not the template's). */
  warnings: SheetProblem[];
}

/** A row of a sheet; the values sheet makes a million of them, so cells are looked up, not copied. */
class Row {
  #cells?: Record<string, string>;

  constructor(
    readonly sheet: SheetName,
    readonly columns: Map<string, number>,
    readonly raw: string[],
    readonly line: number,
  ) {}

  /** A cell's text, trimmed; empty when the sheet has no such column. */
  cell(column: string): string {
    const i = this.columns.get(column);
    return i === undefined ? '' : (this.raw[i] ?? '').trim();
  }

  /** Every cell by column name. */
  get cells(): Record<string, string> {
    return (this.#cells ??= Object.fromEntries([...this.columns.keys()].map((c) => [c, this.cell(c)])));
  }

  /** The cell reference of a column in this row. */
  at(column: string): string {
    return `${this.sheet}!${columnLetter(this.columns.get(column) ?? 0)}${this.line}`;
  }
}

type Value = { period: string; value: number | string | null; numerator?: number; denominator?: number; provisional?: boolean; note?: string };

const MARKS = new Set(['c', 'x', 'z', 'low', 'u']);
/** Sheets in the order they are read: each only refers to those before it. */
const ORDER: SheetName[] = [
  'feed',
  'periods',
  'comparators',
  'localities',
  'boundaries',
  'indicators',
  'values',
  'framework',
  'questions',
  'targets',
  'breakdowns',
];
const NEEDED: Partial<Record<SheetName, string[]>> = {
  periods: ['id', 'label', 'end', 'kind'],
  indicators: ['id', 'title', 'measure', 'unit', 'polarity'],
  values: ['indicator', 'period', 'value'],
  feed: ['key', 'value'],
  targets: ['indicator', 'label', 'kind', 'value'],
  breakdowns: ['indicator', 'breakdown', 'group', 'period', 'count'],
};
const YES = /^(y|yes|true|1)$/i;
/** A number as a spreadsheet shows one: "1,234.5", "-0.2", "1.5E-05"; thousands commas only in threes. */
const DECIMAL = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:e[-+]?\d+)?$/i;

/** A cell's number, or NaN when it is not one ("n/a", "%", "0x1F"); with `percent`, "12.3 %" is 12.3. */
export function cellNumber(text: string, percent = false): number {
  const t = percent ? text.replace(/%$/, '').trim() : text;
  return DECIMAL.test(t) && /\d/.test(t) ? Number(t.replace(/,/g, '')) : NaN;
}

/** Whether a YYYY-MM-DD text is a day of the calendar (not 2024-02-30). */
function isDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
const PROGRESS_EVERY = 10_000;
const MAX_PROBLEMS = 1000;

/**
 * Turns the template's sheets into a feed, row by row: the values sheet is never held as rows, only
 * as the figures it adds to the feed. Every broken cell is reported with its reference; when there
 * is any error, no feed is made, so nothing half-made is written.
 */
class FeedBuilder {
  readonly problems: SheetProblem[] = [];
  readonly warnings: SheetProblem[] = [];
  readonly #rows = new Map<SheetName, Row[]>();
  #header: string[] = [];
  #headers = new Map<string, string[]>();
  #columns = new Map<string, number>();
  #sheet: SheetName = 'feed';
  #meta: Record<string, string> = {};
  #periods = new Map<string, Row>();
  #comparators = new Map<string, Row>();
  #localities = new Map<string, Row>();
  #boundaries = new Map<string, Row>();
  #indicators = new Map<string, Row>();
  /** indicator → area → figures in the order given, and the row each period came from. */
  #series = new Map<string, Map<string, { values: Value[]; lines: Map<string, number> }>>();

  /** Problems beyond MAX_PROBLEMS, counted but not listed: a wrong column in a million rows is one fix. */
  #unlisted = 0;
  #unlistedFrom = '';

  fail(at: string, message: string) {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(this.#problem(at, message));
    else if (this.#unlisted++ === 0) this.#unlistedFrom = this.#sheet;
  }

  /** Reading stopped part way: the problem listed first, however many others there are. */
  stopped(at: string, message: string) {
    this.problems.unshift(this.#problem(at, message));
  }

  #problem(at: string, message: string): SheetProblem {
    const [, sheet = at, letters] = /^(\w+)!([A-Z]+)?/.exec(at) ?? [];
    const column = letters ? this.#headers.get(sheet)?.[columnIndex(letters)] : undefined;
    return { at, message, ...(sheet in SHEETS ? { sheet } : {}), ...(column ? { column } : {}) };
  }

  /** The problems, with a last line for those not listed. */
  listed(): SheetProblem[] {
    return this.#unlisted
      ? [
          ...this.problems,
          { at: this.#unlistedFrom, message: `${this.#unlisted.toLocaleString('en-GB')} more problems are not listed: fix those above and build again.` },
        ]
      : this.problems;
  }

  /** Checks the sheets given; false when a required one is missing and nothing more can be read. */
  start(names: string[]): boolean {
    for (const name of REQUIRED_SHEETS)
      if (!names.includes(name)) this.fail(name, `The workbook has no "${name}" sheet (${name}.csv). Start from the template.`);
    const missing = this.problems.length > 0;
    for (const name of names)
      if (!(name in SHEETS))
        this.warnings.push(this.#problem(name, `"${name}" is not a sheet of the template; it was not read. The sheets are ${Object.keys(SHEETS).join(', ')}.`));
    return !missing;
  }

  header(name: SheetName, head: string[]) {
    this.#sheet = name;
    this.#header = head.map((h) => h.trim().toLowerCase());
    this.#headers.set(name, this.#header);
    this.#columns = new Map();
    this.#header.forEach((h, i) => {
      if (!h) return;
      const first = this.#columns.get(h);
      if (first === undefined) this.#columns.set(h, i);
      else
        this.fail(
          `${name}!${columnLetter(i)}1`,
          `A second "${h}" column (the first is column ${columnLetter(first)}): delete one of them, or only the first would be read.`,
        );
    });
    const expected = SHEETS[name] as readonly string[];
    const unknown = this.#header.filter((h) => h && !expected.includes(h));
    if (unknown.length)
      this.fail(
        `${name}!1`,
        `Unknown ${unknown.length === 1 ? 'column' : 'columns'} ${unknown.map((h) => `"${h}"`).join(', ')}: the "${name}" sheet's columns are ${expected.join(', ')}.`,
      );
    for (const col of NEEDED[name] ?? []) if (!this.#header.includes(col)) this.fail(`${name}!1`, `The "${name}" sheet has no "${col}" column.`);
    if (name !== 'values') this.#rows.set(name, []);
  }

  row(cells: string[], line: number) {
    if (!cells.some((c) => c.trim())) return;
    const row = new Row(this.#sheet, this.#columns, cells, line);
    if (this.#sheet === 'values') this.#value(row);
    else this.#rows.get(this.#sheet)!.push(row);
  }

  merged(name: SheetName, ranges: string[]) {
    for (const range of ranges) {
      this.fail(
        `${name}!${range}`,
        `Cells ${range} are merged: only the first holds a value, so the others read as empty. Unmerge them and fill in every cell.`,
      );
    }
  }

  /** What the reader of a sheet found wrong: a cell it could not read. */
  unread(name: SheetName, problems: { at: string; message: string }[]) {
    for (const p of problems) this.fail(`${name}!${p.at}`, p.message);
  }

  /** The end of a sheet: the small sheets are checked whole, because ids must be unique. */
  end(name: SheetName) {
    const rows = this.#rows.get(name) ?? [];
    switch (name) {
      case 'feed':
        for (const r of rows) {
          const k = r.cells.key ?? '';
          if (!(FEED_KEYS as readonly string[]).includes(k)) this.fail(r.at('key'), `"${k}" is not a key of the feed sheet: use ${FEED_KEYS.join(', ')}.`);
          else this.#meta[k] = r.cells.value ?? '';
        }
        if (!this.#meta.title) this.fail('feed', 'The feed sheet needs a "title" row.');
        if (!this.#meta.authority) this.fail('feed', 'The feed sheet needs an "authority" row: the council the figures are for.');
        break;
      case 'periods':
        this.#periods = this.#unique(rows, name);
        for (const r of this.#periods.values()) {
          if (!isDay(r.cells.end ?? ''))
            this.fail(
              r.at('end'),
              `"${r.cells.end}" is not a date written YYYY-MM-DD (a spreadsheet may have turned it into a number: format the column as text).`,
            );
          if (r.cells.start && !isDay(r.cells.start)) this.fail(r.at('start'), `"${r.cells.start}" is not a date written YYYY-MM-DD.`);
          this.#oneOf(r, 'kind', PERIOD_KINDS);
        }
        break;
      case 'comparators':
        this.#comparators = this.#unique(rows, name);
        for (const r of this.#comparators.values()) this.#oneOf(r, 'kind', COMPARATOR_KINDS);
        break;
      case 'localities':
        this.#localities = this.#unique(rows, name);
        for (const r of this.#localities.values()) {
          this.#oneOf(r, 'level', AREA_LEVELS, false);
          this.#number(r, 'population_share', true);
          const population = this.#number(r, 'population');
          if (population !== undefined && population < 0)
            this.fail(r.at('population'), `"${r.cell('population')}" is not a number of people: it must not be negative.`);
        }
        break;
      case 'boundaries':
        this.#boundaries = this.#unique(rows, name);
        for (const r of this.#boundaries.values()) {
          this.#oneOf(r, 'level', AREA_LEVELS);
          if (!r.cell('url')) this.fail(r.at('url'), 'url is empty: give the address of the TopoJSON or GeoJSON file, relative to the feed.');
          if (!r.cell('attribution')) this.fail(r.at('attribution'), "attribution is empty: give the credit the boundary data's licence asks for.");
        }
        break;
      case 'indicators':
        this.#indicators = this.#unique(rows, name);
        for (const r of this.#indicators.values()) {
          this.#oneOf(r, 'measure', MEASURE_TYPES);
          this.#oneOf(r, 'unit', UNITS);
          this.#oneOf(r, 'polarity', POLARITIES);
          this.#oneOf(r, 'target_kind', TARGET_KINDS, false);
          const decimals = this.#number(r, 'decimals');
          if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 6))
            this.fail(r.at('decimals'), `"${r.cell('decimals')}" is not a number of decimal places: give a whole number from 0 to 6.`);
          const target = this.#number(r, 'target_value', true);
          const kind = r.cell('target_kind');
          if (kind && target === undefined && !r.cell('target_value'))
            this.fail(r.at('target_value'), `target_value is empty, but target_kind says there is a ${kind} target: give its value, or clear target_kind.`);
          if (!kind && (target !== undefined || r.cell('target_label')))
            this.fail(
              r.at('target_kind'),
              `target_kind is empty, but the row gives a target: say which kind it is (${TARGET_KINDS.join(', ')}), or clear the target's cells.`,
            );
          this.#period(r, 'baseline');
        }
        break;
      case 'targets':
        for (const r of rows) {
          this.#indicator(r);
          if (!r.cell('label')) this.fail(r.at('label'), 'label is empty: name the target, for example "Year 2 target".');
          this.#oneOf(r, 'kind', TARGET_KINDS);
          const value = this.#number(r, 'value', true);
          if (value === undefined && !r.cell('value')) this.fail(r.at('value'), 'value is empty: give the target as a number.');
          const upper = this.#number(r, 'upper', true);
          if (value !== undefined && upper !== undefined && upper < value)
            this.fail(r.at('upper'), `The band's upper end (${r.cell('upper')}) is below its lower end in value (${r.cell('value')}): swap them.`);
          this.#period(r, 'from');
          this.#period(r, 'to');
        }
        break;
      case 'breakdowns': {
        const seen = new Map<string, number>();
        for (const r of rows) {
          this.#indicator(r);
          this.#period(r, 'period', true);
          for (const col of ['breakdown', 'group']) {
            const id = r.cell(col);
            if (!id) this.fail(r.at(col), `${col} is empty: give a short id with no spaces.`);
            else if (!/^[A-Za-z0-9_.:-]+$/.test(id)) this.fail(r.at(col), `"${id}" is not a usable id: use letters, digits, "-", "_", "." or ":" (no spaces).`);
          }
          const raw = r.cell('count');
          const count = MARKS.has(raw.toLowerCase()) ? undefined : this.#number(r, 'count', true);
          // For an indicator of counts the cell is a count of children; for one of shares, a share in percent.
          const counts = this.#indicators.get(r.cell('indicator'))?.cells.unit === 'count';
          if (count !== undefined && counts && !(Number.isInteger(count) && count >= 0))
            this.fail(r.at('count'), `"${raw}" is not a count of children: give a whole number, 0 or more, or c where it is suppressed.`);
          if (count !== undefined && !counts && count < 0) this.fail(r.at('count'), `"${raw}" is not a share: it must not be negative.`);
          const population = this.#number(r, 'population');
          if (population !== undefined && population < 0)
            this.fail(r.at('population'), `"${r.cell('population')}" is not a number of children: it must not be negative.`);
          const threshold = this.#number(r, 'threshold');
          if (threshold !== undefined && !(Number.isInteger(threshold) && threshold >= 0))
            this.fail(r.at('threshold'), `"${r.cell('threshold')}" is not a threshold: give a whole number, 0 or more (counts below it are not shown).`);
          const key = ['indicator', 'breakdown', 'group', 'period'].map((c) => r.cell(c)).join('|');
          if (seen.has(key)) this.fail(`breakdowns!${r.line}`, `A second row for ${key.split('|').join(', ')} (the first is row ${seen.get(key)}).`);
          else seen.set(key, r.line);
        }
        break;
      }
      default:
    }
  }

  /** The row's indicator must be one of the indicators sheet's. */
  #indicator(row: Row) {
    const id = row.cell('indicator');
    if (!this.#indicators.has(id))
      this.fail(row.at('indicator'), id ? `"${id}" is not an indicator in the indicators sheet.` : 'indicator is empty: give an id from the indicators sheet.');
  }

  /** A cell naming a period must name one of the periods sheet's (an empty cell is none, unless `required`). */
  #period(row: Row, column: string, required = false) {
    const id = row.cell(column);
    if (!id) {
      if (required) this.fail(row.at(column), `${column} is empty: give an id from the periods sheet.`);
      return;
    }
    if (!this.#periods.has(id)) this.fail(row.at(column), `"${id}" is not a period in the periods sheet.`);
  }

  #oneOf(row: Row, column: string, allowed: readonly string[], required = true): string | undefined {
    const v = row.cell(column);
    if (!v) {
      if (required) this.fail(row.at(column), `${column} is empty: give one of ${allowed.join(', ')}.`);
      return undefined;
    }
    if (!allowed.includes(v)) {
      this.fail(row.at(column), `"${v}" is not a ${column}: use one of ${allowed.join(', ')}.`);
      return undefined;
    }
    return v;
  }

  #number(row: Row, column: string, percent = false): number | undefined {
    const v = row.cell(column);
    if (!v) return undefined;
    const n = cellNumber(v, percent);
    if (!Number.isFinite(n)) this.fail(row.at(column), `"${v}" is not a number.`);
    return Number.isFinite(n) ? n : undefined;
  }

  #unique(rows: Row[], sheet: string): Map<string, Row> {
    const seen = new Map<string, Row>();
    for (const r of rows) {
      const id = r.cells.id ?? '';
      if (!id) this.fail(r.at('id'), 'id is empty: every row needs one.');
      else if (!/^[A-Za-z0-9_.:-]+$/.test(id)) this.fail(r.at('id'), `"${id}" is not a usable id: use letters, digits, "-", "_", "." or ":" (no spaces).`);
      else if (seen.has(id)) this.fail(r.at('id'), `"${id}" is used twice in ${sheet} (also row ${seen.get(id)!.line}).`);
      else seen.set(id, r);
    }
    return seen;
  }

  /** One figure, in long form. Ids are taken from the sheets they name, so a million rows share a few strings. */
  #value(r: Row) {
    const ind = r.cell('indicator');
    const periodIn = r.cell('period');
    const areaIn = r.cell('area') || 'authority';
    const period = this.#periods.get(periodIn)?.cells.id;
    const area = areaIn === 'authority' ? 'authority' : (this.#comparators.get(areaIn) ?? this.#localities.get(areaIn))?.cells.id;
    const indicator = this.#indicators.get(ind)?.cells.id;
    if (indicator === undefined) this.fail(r.at('indicator'), `"${ind}" is not an indicator in the indicators sheet.`);
    if (period === undefined) this.fail(r.at('period'), `"${periodIn}" is not a period in the periods sheet.`);
    if (area === undefined) this.fail(r.at('area'), `"${areaIn}" is not "authority", a comparator or a locality; leave it empty for the authority.`);
    const raw = r.cell('value');
    let value: number | string | null;
    if (raw === '') value = null;
    else if (MARKS.has(raw.toLowerCase())) value = raw.toLowerCase();
    else {
      const n = cellNumber(raw, true);
      if (!Number.isFinite(n)) {
        this.fail(r.at('value'), `"${raw}" is not a number; use an empty cell for missing or "c" for suppressed (x not available, z not applicable).`);
        return;
      }
      value = n;
    }
    if (indicator === undefined || period === undefined || area === undefined) return;
    let byArea = this.#series.get(indicator);
    if (!byArea) this.#series.set(indicator, (byArea = new Map()));
    let s = byArea.get(area);
    if (!s) byArea.set(area, (s = { values: [], lines: new Map() }));
    const first = s.lines.get(period);
    if (first !== undefined) {
      this.fail(`values!${r.line}`, `A second figure for ${indicator}, ${period}, ${area} (the first is row ${first}).`);
      return;
    }
    s.lines.set(period, r.line);
    const numerator = this.#number(r, 'numerator');
    const denominator = this.#number(r, 'denominator');
    const v: Value = { period, value };
    if (numerator !== undefined) v.numerator = numerator;
    if (denominator !== undefined) v.denominator = denominator;
    if (YES.test(r.cell('provisional'))) v.provisional = true;
    const note = r.cell('note');
    if (note) v.note = note;
    s.values.push(v);
  }

  /** An indicator's targets: the indicators sheet's one, then the targets sheet's, in its order. */
  #targetsOf(id: string, r: Row): { targets?: NonNullable<FeedInput['indicators']>[number]['targets'] } {
    const targets = [
      ...(r.cells.target_kind
        ? [{ label: r.cells.target_label || 'Target', kind: r.cells.target_kind as never, value: cellNumber(r.cells.target_value ?? '', true) }]
        : []),
      ...(this.#rows.get('targets') ?? [])
        .filter((t) => t.cells.indicator === id)
        .map((t) => ({
          ...(t.cells.id ? { id: t.cells.id } : {}),
          label: t.cells.label!,
          kind: t.cells.kind as never,
          value: cellNumber(t.cells.value ?? '', true),
          ...(t.cells.upper ? { upper: cellNumber(t.cells.upper, true) } : {}),
          ...(t.cells.from ? { from: t.cells.from } : {}),
          ...(t.cells.to ? { to: t.cells.to } : {}),
        })),
    ];
    return targets.length ? { targets } : {};
  }

  /** An indicator's breakdowns from the breakdowns sheet: groups in the order first met, each with its counts and population by period. */
  #breakdownsOf(id: string): { breakdowns?: NonNullable<FeedInput['indicators']>[number]['breakdowns'] } {
    const rows = (this.#rows.get('breakdowns') ?? []).filter((b) => b.cells.indicator === id);
    if (!rows.length) return {};
    type Group = { id: string; label: string; values: Value[]; populationCounts: Value[]; populationShare?: number };
    type Breakdown = NonNullable<NonNullable<FeedInput['indicators']>[number]['breakdowns']>[number];
    const out = new Map<string, Omit<Breakdown, 'groups'> & { groups: Map<string, Group> }>();
    for (const r of rows) {
      const bid = r.cells.breakdown!;
      let b = out.get(bid);
      if (!b) out.set(bid, (b = { id: bid, label: r.cells.breakdown_label || bid, groups: new Map() }));
      // The breakdown's words may sit on any of its rows; the first given is kept.
      if (r.cells.service && !b.service) b.service = r.cells.service;
      if (r.cells.population_label && !b.population) b.population = r.cells.population_label;
      if (r.cells.source && !b.source) b.source = r.cells.source;
      if (r.cells.threshold && b.threshold === undefined) b.threshold = cellNumber(r.cells.threshold);
      if (YES.test(r.cells.illustrative ?? '')) b.illustrative = true;
      const gid = r.cells.group!;
      if (YES.test(r.cells.reference ?? '')) b.reference = gid;
      let g = b.groups.get(gid);
      if (!g) b.groups.set(gid, (g = { id: gid, label: r.cells.group_label || gid, values: [], populationCounts: [] }));
      const raw = r.cells.count ?? '';
      g.values.push({ period: r.cells.period!, value: MARKS.has(raw.toLowerCase()) ? raw.toLowerCase() : cellNumber(raw) });
      if (r.cells.population) g.populationCounts.push({ period: r.cells.period!, value: cellNumber(r.cells.population) });
      if (r.cells.population_share) g.populationShare = cellNumber(r.cells.population_share, true);
    }
    return {
      breakdowns: [...out.values()].map((b) => ({
        id: b.id,
        label: b.label,
        ...(b.service ? { service: b.service } : {}),
        ...(b.population ? { population: b.population } : {}),
        ...(b.source ? { source: b.source } : {}),
        ...(b.threshold !== undefined ? { threshold: b.threshold } : {}),
        ...(b.illustrative ? { illustrative: true } : {}),
        ...(b.reference ? { reference: b.reference } : {}),
        groups: [...b.groups.values()].map((g) => ({
          id: g.id,
          label: g.label,
          ...(g.populationShare !== undefined ? { populationShare: g.populationShare } : {}),
          values: g.values as never,
          ...(g.populationCounts.length ? { populationCounts: g.populationCounts as never } : {}),
        })),
      })),
    };
  }

  /** The feed, or null when anything was wrong. */
  finish(): BuildResult {
    const problems = this.problems;
    const meta = this.#meta;

    // framework: one row per node, children naming their parent.
    const nodeRows = this.#unique(this.#rows.get('framework') ?? [], 'framework');
    const nodes = new Map<string, FrameworkNodeInput>();
    for (const [id, r] of nodeRows) {
      if (!r.cells.title) this.fail(r.at('title'), 'title is empty.');
      for (const i of listCell(r.cells.indicators))
        if (!this.#indicators.has(i)) this.fail(r.at('indicators'), `"${i}" is not an indicator in the indicators sheet.`);
      nodes.set(id, {
        id,
        title: r.cells.title ?? '',
        kind: r.cells.kind || 'priority',
        indicators: listCell(r.cells.indicators),
        questions: listCell(r.cells.questions),
        children: [],
      });
    }
    const roots: FrameworkNodeInput[] = [];
    for (const [id, r] of nodeRows) {
      const parent = r.cells.parent ?? '';
      if (!parent) roots.push(nodes.get(id)!);
      else if (!nodes.has(parent)) this.fail(r.at('parent'), `"${parent}" is not a node in the framework sheet.`);
      else nodes.get(parent)!.children!.push(nodes.get(id)!);
    }
    // A node whose parents lead round in a loop never reaches a top-level node, so would be lost.
    const reached = new Set<FrameworkNodeInput>();
    const reach = (n: FrameworkNodeInput) => {
      reached.add(n);
      n.children!.forEach(reach);
    };
    roots.forEach(reach);
    for (const [id, r] of nodeRows) {
      if (!reached.has(nodes.get(id)!) && nodes.has(r.cells.parent ?? ''))
        this.fail(
          r.at('parent'),
          `"${id}" is under no top-level node: its line of parents goes round in a loop (a node cannot be beneath itself). Give the top node of the loop an empty parent.`,
        );
    }
    const questions = this.#unique(this.#rows.get('questions') ?? [], 'questions');
    if (problems.length) return { feed: null, problems: this.listed(), warnings: this.warnings };

    const byPeriodEnd = [...this.#periods.values()].sort((a, b) => a.cells.end!.localeCompare(b.cells.end!));
    const order = new Map(byPeriodEnd.map((r, i) => [r.cells.id!, i]));
    const sorted = (vs: Value[]) => vs.sort((a, b) => order.get(a.period)! - order.get(b.period)!);
    const comparators = this.#comparators;
    const localities = this.#localities;
    const feed: FeedInput = {
      version: '1.0',
      title: meta.title!,
      ...(meta.publisher ? { publisher: meta.publisher } : {}),
      ...(meta.updated ? { updated: meta.updated } : {}),
      ...(meta.licence ? { licence: meta.licence } : {}),
      ...(meta.attribution ? { attribution: meta.attribution } : {}),
      authority: { name: meta.authority!, ...(meta.authority_code ? { code: meta.authority_code } : {}), ...(meta.dfe_code ? { dfeCode: meta.dfe_code } : {}) },
      periods: byPeriodEnd.map((r) => ({
        id: r.cells.id!,
        label: r.cells.label!,
        end: r.cells.end!,
        kind: r.cells.kind as never,
        ...(r.cells.start ? { start: r.cells.start } : {}),
      })),
      ...(comparators.size
        ? {
            comparators: [...comparators.values()].map((r) => ({
              id: r.cells.id!,
              name: r.cells.name!,
              kind: r.cells.kind as never,
              ...(r.cells.code ? { code: r.cells.code } : {}),
              ...(r.cells.members ? { members: listCell(r.cells.members) } : {}),
            })),
          }
        : {}),
      ...(localities.size
        ? {
            localities: [...localities.values()].map((r) => ({
              id: r.cells.id!,
              name: r.cells.name!,
              ...(r.cells.level ? { level: r.cells.level as never } : {}),
              ...(r.cells.code ? { code: r.cells.code } : {}),
              ...(r.cells.wards ? { wards: listCell(r.cells.wards) } : {}),
              ...(r.cells.population ? { population: cellNumber(r.cells.population) } : {}),
              ...(YES.test(r.cells.illustrative ?? '') ? { illustrative: true } : {}),
            })),
          }
        : {}),
      ...(this.#boundaries.size
        ? {
            boundaries: [...this.#boundaries.values()].map((r) => ({
              id: r.cells.id!,
              level: r.cells.level as never,
              url: r.cells.url!,
              ...(r.cells.object ? { object: r.cells.object } : {}),
              ...(r.cells.id_property ? { idProperty: r.cells.id_property } : {}),
              ...(r.cells.name_property ? { nameProperty: r.cells.name_property } : {}),
              attribution: r.cells.attribution!,
            })),
          }
        : {}),
      indicators: [...this.#indicators.values()].map((r) => {
        const id = r.cells.id!;
        const byArea = this.#series.get(id) ?? new Map<string, { values: Value[] }>();
        // The lookups are done with: let them go before the next indicator's are built.
        this.#series.delete(id);
        const others = (ids: Map<string, Row>) => Object.fromEntries([...byArea].filter(([a]) => ids.has(a)).map(([a, s]) => [a, sorted(s.values)]));
        const comps = others(comparators);
        const locs = others(localities);
        return {
          id,
          title: r.cells.title!,
          measure: r.cells.measure as never,
          unit: r.cells.unit as never,
          polarity: r.cells.polarity as never,
          ...(r.cells.decimals ? { decimals: cellNumber(r.cells.decimals) } : {}),
          ...(r.cells.definition ? { definition: r.cells.definition } : {}),
          ...(r.cells.source ? { source: r.cells.source } : {}),
          ...(r.cells.baseline ? { baseline: r.cells.baseline } : {}),
          ...this.#targetsOf(id, r),
          ...this.#breakdownsOf(id),
          ...(YES.test(r.cells.illustrative ?? '') ? { illustrative: true } : {}),
          values: sorted(byArea.get('authority')?.values ?? []) as never,
          ...(Object.keys(comps).length ? { comparators: comps as never } : {}),
          ...(Object.keys(locs).length ? { localities: locs as never } : {}),
        };
      }),
      ...(roots.length ? { framework: roots } : {}),
      ...(questions.size
        ? {
            questions: [...questions.values()].map((r) => ({
              id: r.cells.id!,
              text: r.cells.text!,
              ...(r.cells.guidance ? { guidance: r.cells.guidance } : {}),
              indicators: listCell(r.cells.indicators),
            })),
          }
        : {}),
    };
    return { feed, problems, warnings: this.warnings };
  }
}

/** A feed from the template's sheets held as CSV text, by sheet name. */
export function buildFeed(sheets: Partial<Record<string, string>>): BuildResult {
  const b = new FeedBuilder();
  const names = Object.keys(sheets).filter((n) => sheets[n] !== undefined);
  if (!b.start(names)) return { feed: null, problems: b.problems, warnings: b.warnings };
  for (const name of ORDER) {
    const text = sheets[name];
    if (text === undefined) continue;
    const [head = [], ...rows] = parseCsv(text);
    b.header(name, head);
    rows.forEach((r, i) => b.row(r, i + 2));
    b.end(name);
  }
  return b.finish();
}

/**
 * A feed from sheets read as streams (CSV files, or a workbook's sheets), holding only what the
 * feed will hold. `onProgress` hears of long sheets every few thousand rows.
 */
export async function buildFeedFrom(sheets: Partial<Record<string, SheetSource>>, onProgress?: BuildProgress): Promise<BuildResult> {
  const b = new FeedBuilder();
  const names = Object.keys(sheets).filter((n) => sheets[n] !== undefined);
  if (!b.start(names)) return { feed: null, problems: b.problems, warnings: b.warnings };
  for (const name of ORDER) {
    const source = sheets[name];
    if (!source) continue;
    let line = 0;
    const rows: AsyncIterator<string[]> | Iterator<string[]> =
      Symbol.asyncIterator in source.rows ? source.rows[Symbol.asyncIterator]() : source.rows[Symbol.iterator]();
    for (;;) {
      let next: IteratorResult<string[]>;
      try {
        next = await rows.next();
      } catch (e) {
        // A damaged file (bad compression, text that is not UTF-8) stops at a row: say which.
        if (!(e instanceof Error)) throw e;
        b.stopped(`${name}!${line + 1}`, `The ${name} sheet could not be read from row ${line + 1} on: ${e.message.replace(/\.?$/, '.')}`);
        return { feed: null, problems: b.listed(), warnings: b.warnings };
      }
      if (next.done) break;
      line++;
      if (line === 1) b.header(name, next.value);
      else b.row(next.value, line);
      if (line > 1 && (line - 1) % PROGRESS_EVERY === 0)
        onProgress?.({ sheet: name, rows: line - 1, ...(source.progress ? { fraction: source.progress() } : {}) });
    }
    if (line === 0) b.header(name, []);
    b.merged(name, source.merges?.() ?? []);
    b.unread(name, source.problems?.() ?? []);
    b.end(name);
    onProgress?.({ sheet: name, rows: Math.max(0, line - 1), fraction: 1 });
  }
  return b.finish();
}
