import * as v from 'valibot';
import {
  BoundarySchema,
  BreakdownSchema,
  ChecklistSchema,
  CommentarySchema,
  ComparatorSchema,
  FEED_VERSION,
  FeedSchema,
  FrameworkNodeShellSchema,
  IndicatorSchema,
  LinkSchema,
  LocalitySchema,
  MARKS,
  NodeIndicatorSchema,
  PeriodSchema,
  QuestionSchema,
  ScaleOptionSchema,
  TargetSchema,
  ValueSchema,
} from './schema.js';
import { issuesToProblems, joinPath, problem, quote } from './problems.js';
import { locateJsonError } from './json-error.js';
import { AlignedSeries, EMPTY_SERIES, type StoredFigure } from './series.js';
import { capital, editDistance } from '../util/text.js';
import type { FeedData, FrameworkNode, Indicator, ParseResult, Period, Problem, Series, ValueDetails } from './types.js';

const SUPPORTED_MAJOR = Number(FEED_VERSION.split('.')[0]);
const SUPPORTED_MINOR = Number(FEED_VERSION.split('.')[1]);
const MAX_DEPTH = 32;
const MARK_SET: ReadonlySet<unknown> = new Set(MARKS);
/** What readText returns when the text is not JSON (the error is already recorded). */
const UNREADABLE = Symbol('unreadable');

export const DEFAULT_QA_SCALE = [
  { value: 'assured', label: 'Assured' },
  { value: 'partly-assured', label: 'Partly assured' },
  { value: 'not-assured', label: 'Not assured' },
  { value: 'not-reviewed', label: 'Not yet reviewed' },
];

const listOf = v.optional(v.array(v.unknown()));
const FeedShellSchema = v.object({
  ...FeedSchema.entries,
  periods: listOf,
  comparators: listOf,
  localities: listOf,
  boundaries: listOf,
  indicators: listOf,
  framework: listOf,
  questions: listOf,
  qaScale: listOf,
  checklists: listOf,
});
const IndicatorShellSchema = v.object({
  ...IndicatorSchema.entries,
  values: v.optional(v.unknown()),
  comparators: v.optional(v.unknown()),
  localities: v.optional(v.unknown()),
  breakdowns: listOf,
  targets: listOf,
  links: listOf,
  commentary: listOf,
});
const BreakdownShellSchema = v.object({
  ...BreakdownSchema.entries,
  groups: v.array(v.object({ ...BreakdownSchema.entries.groups.item.entries, values: v.optional(v.unknown()), populationCounts: v.optional(v.unknown()) })),
});
const FrameworkNodeLooseSchema = v.object({
  ...FrameworkNodeShellSchema.entries,
  indicators: listOf,
  children: listOf,
});

const FEED_KEYS = Object.keys(FeedSchema.entries);
const INDICATOR_KEYS = Object.keys(IndicatorSchema.entries);

type Raw = Record<string, unknown>;

const isObject = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads a feed (its JSON text, or an object already parsed) and returns it validated and indexed,
 * with every problem found. Never throws: a feed that cannot be used comes back with `feed: null`
 * and at least one error; what can still be shown is shown, with warnings.
 */
export function parseFeed(input: unknown): ParseResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  try {
    const feed = new FeedReader(errors, warnings).read(input);
    return { feed: errors.length ? null : feed, errors, warnings };
  } catch (e) {
    errors.push(
      problem(
        'error',
        'internal',
        '',
        `Scorecard Kit could not read this feed (${e instanceof Error ? e.message : String(e)}). This is a fault in the kit: please report it with the feed.`,
      ),
    );
    return { feed: null, errors, warnings };
  }
}

class FeedReader {
  private periods: Period[] = [];
  private periodIndex = new Map<string, number>();
  /** Position in the sorted periods of each period as written, for compact series. */
  private writtenOrder: number[] = [];
  private writtenCount = 0;
  /** True when every period was written good and in order, so compact series need no re-ordering. */
  private identityOrder = false;

  constructor(
    private readonly errors: Problem[],
    private readonly warnings: Problem[],
  ) {}

  private warn(code: string, path: string, message: string) {
    this.warnings.push(problem('warning', code, path, message));
  }

  private fail(code: string, path: string, message: string): null {
    this.errors.push(problem('error', code, path, message));
    return null;
  }

  read(input: unknown): FeedData | null {
    const raw = typeof input === 'string' ? this.readText(input) : input;
    if (raw === UNREADABLE) return null;
    if (!isObject(raw)) {
      return this.fail('not-object', '', `The feed must be a JSON object ({ "version": "${FEED_VERSION}", "title": ..., ... }), not ${describeKind(raw)}.`);
    }
    if (!this.checkVersion(raw.version)) return null;

    const shell = v.safeParse(FeedShellSchema, raw);
    if (!shell.success) {
      this.errors.push(...issuesToProblems(shell.issues, '', 'error'));
      return null;
    }
    const s = shell.output;
    this.unknownKeys(raw, FEED_KEYS, '');
    this.readPeriods(s.periods ?? []);

    const comparators = this.readList(ComparatorSchema, s.comparators, 'comparators', 'comparator');
    const localities = this.readList(LocalitySchema, s.localities, 'localities', 'locality');
    const questions = this.readList(QuestionSchema, s.questions, 'questions', 'question');
    const checklists = this.readList(ChecklistSchema, s.checklists, 'checklists', 'checklist');
    const boundaries = [...this.readList(BoundarySchema, s.boundaries, 'boundaries', 'boundary').values()];
    boundaries.forEach((b, i) => {
      if (!b.url && !b.data)
        this.warn('boundary-empty', `boundaries[${i}]`, `Boundary "${b.id}" has neither "url" nor "data": give one, or maps cannot draw its shapes.`);
    });
    const qaScale = s.qaScale ? [...this.readList(ScaleOptionSchema, s.qaScale, 'qaScale', 'answer', 'value').values()] : DEFAULT_QA_SCALE;

    const ctx = { comparators, localities };
    const indicators = new Map<string, Indicator>();
    (s.indicators ?? []).forEach((rawIndicator, i) => {
      const ind = this.readIndicator(rawIndicator, `indicators[${i}]`, i, ctx);
      if (!ind) return;
      if (indicators.has(ind.id)) {
        this.warn('duplicate-id', `indicators[${i}].id`, `Indicator id "${ind.id}" is used twice; the second was left out. Give each indicator its own id.`);
        return;
      }
      indicators.set(ind.id, ind);
    });

    for (const [qid, q] of questions) {
      const at = `questions[${(s.questions ?? []).findIndex((raw) => isObject(raw) && raw.id === qid)}]`;
      (q.indicators ?? []).forEach((ref, k) => {
        if (!indicators.has(ref))
          this.warn(
            'unknown-indicator',
            `${at}.indicators[${k}]`,
            `Question "${qid}" names indicator "${ref}", which the feed does not have; add it to "indicators" or correct the id.`,
          );
      });
      q.indicators = (q.indicators ?? []).filter((ref) => indicators.has(ref));
    }

    const nodes = new Map<string, FrameworkNode>();
    const framework = this.readNodes(s.framework ?? [], 'framework', null, 0, { indicators, questions, nodes });

    if (indicators.size === 0 && nodes.size === 0 && checklists.size === 0) {
      return this.fail(
        'nothing-to-show',
        '',
        'The feed holds nothing to show: it has no usable indicators, framework or checklists. Add at least one (see the warnings for any that were left out).',
      );
    }

    return {
      version: s.version,
      title: s.title,
      publisher: s.publisher,
      updated: s.updated,
      nextUpdate: s.nextUpdate,
      licence: s.licence,
      attribution: s.attribution,
      authority: s.authority,
      illustrative: s.illustrative ?? false,
      illustrativeNote: s.illustrativeNote,
      periods: this.periods,
      periodIndex: this.periodIndex,
      comparators,
      localities,
      boundaries,
      indicators,
      framework,
      nodes,
      questions,
      qaScale,
      checklists,
    };
  }

  private readText(text: string): unknown | typeof UNREADABLE {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const trimmed = body.trim();
    if (!trimmed) {
      this.fail('empty', '', 'The feed is empty: the file or response has no text. Check that the address is right and the file was saved.');
      return UNREADABLE;
    }
    if (trimmed.startsWith('<')) {
      this.fail('not-json', '', 'The feed is HTML or XML, not JSON: the address probably points at a web page or an error page rather than the feed file.');
      return UNREADABLE;
    }
    try {
      return JSON.parse(body);
    } catch {
      const where = locateJsonError(body);
      this.errors.push({
        ...problem(
          'error',
          'json-syntax',
          '',
          `The feed is not valid JSON: ${where.reason} at line ${where.line}, column ${where.column}. Fix the text there (a JSON validator or editor will show it).`,
        ),
        line: where.line,
        column: where.column,
      });
      return UNREADABLE;
    }
  }

  private checkVersion(version: unknown): boolean {
    if (version === undefined) {
      this.fail('version-missing', 'version', `"version" is missing: add "version": "${FEED_VERSION}" at the top of the feed so the kit knows how to read it.`);
      return false;
    }
    const m = typeof version === 'string' ? /^(\d+)\.(\d+)$/.exec(version) : null;
    if (!m) {
      this.fail('version-invalid', 'version', `"version" must be a format version written like "${FEED_VERSION}", not ${quote(version)}.`);
      return false;
    }
    const major = Number(m[1]);
    const minor = Number(m[2]);
    if (major > SUPPORTED_MAJOR) {
      this.fail(
        'version-future',
        'version',
        `This feed is format version ${String(version)}, newer than this copy of Scorecard Kit can read (${SUPPORTED_MAJOR}.x). Update Scorecard Kit, or ask the producer for a version ${SUPPORTED_MAJOR} feed.`,
      );
      return false;
    }
    if (major < SUPPORTED_MAJOR) {
      this.fail('version-old', 'version', `Format version ${String(version)} is not one Scorecard Kit has ever written; use "${FEED_VERSION}".`);
      return false;
    }
    if (minor > SUPPORTED_MINOR) {
      this.warn(
        'version-newer',
        'version',
        `This feed is format version ${String(version)}; this copy of Scorecard Kit reads ${FEED_VERSION}, so anything newer in it is ignored. Update Scorecard Kit to show all of it.`,
      );
    }
    return true;
  }

  private unknownKeys(raw: Raw, known: readonly string[], path: string) {
    for (const key of Object.keys(raw)) {
      if (known.includes(key)) continue;
      const near = nearest(key, known);
      this.warn(
        'unknown-property',
        joinPath(path, key),
        `"${key}" is not a property the feed format knows, so it is ignored${near ? `; did you mean "${near}"?` : '.'}`,
      );
    }
  }

  private readPeriods(list: unknown[]) {
    const good = this.readList(PeriodSchema, list, 'periods', 'period');
    const written = [...good.values()];
    // Compact series are written in the order of the periods as listed, good or bad.
    this.writtenCount = list.length;
    const byIndex = new Map<string, number>();
    list.forEach((p, i) => {
      if (isObject(p) && typeof p.id === 'string' && good.has(p.id) && !byIndex.has(p.id)) byIndex.set(p.id, i);
    });
    let ordered = true;
    for (let i = 1; i < written.length; i++) {
      if (written[i]!.end < written[i - 1]!.end) {
        ordered = false;
        this.warn(
          'periods-unordered',
          `periods[${byIndex.get(written[i]!.id)}]`,
          `Periods must be listed in order of end date: "${written[i]!.id}" (${written[i]!.end}) comes after "${written[i - 1]!.id}" (${written[i - 1]!.end}). They were put in order; list them oldest first.`,
        );
        break;
      }
    }
    const sorted = ordered ? written : [...written].sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
    this.periods = sorted;
    sorted.forEach((p, i) => this.periodIndex.set(p.id, i));
    this.writtenOrder = list.map((p) => (isObject(p) && typeof p.id === 'string' && byIndex.get(p.id) !== undefined ? this.periodIndex.get(p.id)! : -1));
    this.identityOrder = this.writtenOrder.every((slot, i) => slot === i);
  }

  /** Validates each item of a list on its own, keeps the good ones by id, and warns of the rest. */
  private readList<T extends v.GenericSchema>(
    schema: T,
    list: unknown[] | undefined,
    path: string,
    what: string,
    key: 'id' | 'value' = 'id',
  ): Map<string, v.InferOutput<T>> {
    const out = new Map<string, v.InferOutput<T>>();
    (list ?? []).forEach((item, i) => {
      const at = `${path}[${i}]`;
      const r = v.safeParse(schema, item);
      if (!r.success) {
        const name = isObject(item) && typeof item[key] === 'string' ? ` "${item[key]}"` : '';
        this.warnings.push(...issuesToProblems(r.issues, at, 'warning', `; the ${what}${name} was left out`));
        return;
      }
      const id = (r.output as Record<string, string>)[key]!;
      if (out.has(id)) {
        this.warn(
          'duplicate-id',
          joinPath(at, key),
          `${capital(what)} ${key} "${id}" is used twice; the second was left out. Give each ${what} its own ${key}.`,
        );
        return;
      }
      out.set(id, r.output);
    });
    return out;
  }

  /** Like readList, for lists without ids (targets, links, commentary). */
  private readItems<T extends v.GenericSchema>(schema: T, list: unknown[] | undefined, path: string, what: string): v.InferOutput<T>[] {
    const out: v.InferOutput<T>[] = [];
    (list ?? []).forEach((item, i) => {
      const r = v.safeParse(schema, item);
      if (r.success) out.push(r.output);
      else this.warnings.push(...issuesToProblems(r.issues, `${path}[${i}]`, 'warning', `; the ${what} was left out`));
    });
    return out;
  }

  private knownPeriod(id: string | undefined, path: string, what: string): boolean {
    if (id === undefined || this.periodIndex.has(id)) return true;
    this.warn('unknown-period', path, `${what} names period "${id}", which is not in the feed's "periods"; add the period or correct the id.`);
    return false;
  }

  private readIndicator(
    raw: unknown,
    path: string,
    order: number,
    ctx: { comparators: Map<string, unknown>; localities: Map<string, unknown> },
  ): Indicator | null {
    const shell = v.safeParse(IndicatorShellSchema, raw);
    if (!shell.success) {
      const name = isObject(raw) && typeof raw.id === 'string' ? ` "${raw.id}"` : '';
      this.warnings.push(...issuesToProblems(shell.issues, path, 'warning', `; the indicator${name} was left out`));
      return null;
    }
    const s = shell.output;
    this.unknownKeys(raw as Raw, INDICATOR_KEYS, path);
    const label = `Indicator "${s.id}"`;

    let polarity = s.polarity;
    let range = s.range;
    if (polarity === 'range' && !range) {
      this.warn(
        'range-missing',
        joinPath(path, 'polarity'),
        `${label} has polarity "range" but no "range": {"low": ..., "high": ...}; no improvement or deterioration can be judged until it has one.`,
      );
      polarity = 'none';
    }
    if (range && range.low > range.high) {
      this.warn('range-reversed', joinPath(path, 'range'), `${label}: range.low (${range.low}) is above range.high (${range.high}); they were swapped.`);
      range = { low: range.high, high: range.low };
    }

    let inWords = s.inWords;
    if (inWords && (inWords.what === undefined) === (inWords.things === undefined)) {
      this.warn(
        'in-words-form',
        joinPath(path, 'inWords'),
        `${label}: inWords needs either "what" (people: "have an EHC plan") or "things" (events: "suspensions") but has ${inWords.what === undefined ? 'neither' : 'both'}; no sentence is shown.`,
      );
      inWords = undefined;
    }

    let direction = s.direction;
    if (direction?.compare === 'period' && (!direction.period || !this.periodIndex.has(direction.period))) {
      this.warn(
        direction.period ? 'unknown-period' : 'direction-period-missing',
        `${path}.direction.period`,
        direction.period
          ? `${label} compares with period "${direction.period}", which is not in the feed's "periods"; it is compared with the previous period instead.`
          : `${label} has direction.compare "period" but no direction.period; it is compared with the previous period instead.`,
      );
      direction = { ...direction, compare: 'previous' };
    }
    const baseline = s.baseline && this.knownPeriod(s.baseline, joinPath(path, 'baseline'), label) ? s.baseline : undefined;

    const targets = this.readItems(TargetSchema, s.targets, joinPath(path, 'targets'), 'target').filter(
      (t, i) =>
        this.knownPeriod(t.from, `${path}.targets[${i}].from`, `A target of ${label.toLowerCase()}`) &&
        this.knownPeriod(t.to, `${path}.targets[${i}].to`, `A target of ${label.toLowerCase()}`),
    );
    let rag = s.rag;
    if (rag && !targets.some((t) => t.id === rag!.target || t.kind === rag!.target)) {
      this.warn(
        'unknown-target',
        `${path}.rag.target`,
        `${label} judges RAG against target "${rag.target}", but none of its targets has that id or kind; no RAG is given from targets.`,
      );
      rag = undefined;
    }
    const links = this.readItems(LinkSchema, s.links, joinPath(path, 'links'), 'link');
    const commentary = this.readItems(CommentarySchema, s.commentary, joinPath(path, 'commentary'), 'commentary').filter((c, i) =>
      this.knownPeriod(c.period, `${path}.commentary[${i}].period`, `Commentary of ${label.toLowerCase()}`),
    );

    const values = this.readSeries(s.values, joinPath(path, 'values'));
    const comparators = this.readKeyedSeries(s.comparators, joinPath(path, 'comparators'), ctx.comparators, 'comparator', 'comparators');
    const localities = this.readKeyedSeries(s.localities, joinPath(path, 'localities'), ctx.localities, 'locality', 'localities');
    const breakdowns = this.readItems(BreakdownShellSchema, s.breakdowns, joinPath(path, 'breakdowns'), 'breakdown').map((b, bi) => {
      const groups = b.groups.map((g, gi) => ({
        id: g.id,
        label: g.label,
        populationShare: g.populationShare,
        values: this.readSeries(g.values, `${path}.breakdowns[${bi}].groups[${gi}].values`),
        populationCounts:
          g.populationCounts === undefined ? undefined : this.readSeries(g.populationCounts, `${path}.breakdowns[${bi}].groups[${gi}].populationCounts`),
      }));
      let reference = b.reference;
      if (reference !== undefined && !groups.some((g) => g.id === reference)) {
        this.warn(
          'unknown-reference',
          `${path}.breakdowns[${bi}].reference`,
          `${label}: the breakdown "${b.id}" names "${reference}" as its reference group, but has no such group; it is compared without one.`,
        );
        reference = undefined;
      }
      return { ...b, reference, groups };
    });

    return { ...s, inWords, polarity, range, direction, baseline, targets, rag, links, commentary, values, comparators, localities, breakdowns, order };
  }

  private readKeyedSeries(raw: unknown, path: string, known: Map<string, unknown>, what: string, list: string): Map<string, Series> {
    const out = new Map<string, Series>();
    if (raw === undefined) return out;
    if (!isObject(raw)) {
      this.warn('invalid', path, `"${list}" must be an object with one series per ${what} id ({ "id": [...] }), not ${describeKind(raw)}; it was left out.`);
      return out;
    }
    for (const key of Object.keys(raw)) {
      if (!known.has(key)) {
        this.warn(
          `unknown-${what}`,
          joinPath(path, key),
          `"${key}" is not one of the feed's ${list}; add it to the top-level "${list}" list or correct the id. Its figures were left out.`,
        );
        continue;
      }
      out.set(key, this.readSeries(raw[key], path, key));
    }
    return out;
  }

  /** Reads a series in long form (list of values) or compact form (figures in period order). */
  private readSeries(raw: unknown, base: string, key?: string): Series {
    // Paths are only needed for warnings: a large feed's thousands of series never build theirs.
    const path = () => (key === undefined ? base : joinPath(base, key));
    if (raw === undefined) return EMPTY_SERIES;
    if (!Array.isArray(raw)) {
      this.warn(
        'invalid',
        path(),
        `A series must be a list: of values ({"period": ..., "value": ...}) or of figures in period order, not ${describeKind(raw)}; it was left out.`,
      );
      return EMPTY_SERIES;
    }
    const n = this.periods.length;
    if (raw.length > 0 && isObject(raw[0])) {
      const figures: StoredFigure[] = new Array(n);
      const details: (ValueDetails | undefined)[] = new Array(n);
      raw.forEach((item, i) => this.readValue(item, joinPath(path(), i), figures, details));
      return new AlignedSeries(this.periods, this.periodIndex, figures, details);
    }
    const figures: StoredFigure[] = new Array(n);
    if (raw.length !== this.writtenCount) {
      this.warn(
        'series-length',
        path(),
        `This series has ${raw.length} figure${raw.length === 1 ? '' : 's'} but the feed has ${this.writtenCount} period${this.writtenCount === 1 ? '' : 's'}; a compact series needs one figure per period, in order (null for missing). ${raw.length > this.writtenCount ? 'The extra figures were ignored.' : 'The periods without a figure count as missing.'}`,
      );
    }
    // The common case: periods written in order and every figure good. The array is used as it is.
    if (this.identityOrder && raw.length === n && raw.every(isGoodFigure)) {
      return new AlignedSeries(this.periods, this.periodIndex, raw as StoredFigure[], null);
    }
    const order = this.writtenOrder;
    const len = Math.min(raw.length, this.writtenCount);
    for (let i = 0; i < len; i++) {
      const slot = order[i]!;
      const f = raw[i];
      if (isGoodFigure(f)) {
        if (slot >= 0) figures[slot] = f as StoredFigure;
      } else if (typeof f === 'number') {
        this.warn(
          'non-finite',
          joinPath(path(), i),
          `${quote(f)} is not a finite number (a number too large for JSON, or NaN); it counts as missing. Write the real figure, or null.`,
        );
      } else {
        this.warn('invalid-figure', joinPath(path(), i), figureMessage(f));
      }
    }
    return new AlignedSeries(this.periods, this.periodIndex, figures, null);
  }

  private readValue(item: unknown, path: string, figures: StoredFigure[], details: (ValueDetails | undefined)[]) {
    if (isObject(item) && typeof item.value === 'number' && !Number.isFinite(item.value)) {
      this.warn('non-finite', joinPath(path, 'value'), `${quote(item.value)} is not a finite number; the value was left out. Write the real figure, or null.`);
      return;
    }
    if (isObject(item) && item.value !== undefined && item.value !== null && typeof item.value !== 'number' && !MARK_SET.has(item.value)) {
      this.warn('invalid-figure', joinPath(path, 'value'), `${figureMessage(item.value)} The value was left out.`);
      return;
    }
    const r = v.safeParse(ValueSchema, item);
    if (!r.success) {
      this.warnings.push(...issuesToProblems(r.issues, path, 'warning', '; the value was left out'));
      return;
    }
    const { period, value, ...rest } = r.output;
    const slot = this.periodIndex.get(period);
    if (slot === undefined) {
      this.warn(
        'unknown-period',
        joinPath(path, 'period'),
        `This value is for period "${period}", which is not in the feed's "periods"; add the period or correct the id. The value was left out.`,
      );
      return;
    }
    if (figures[slot] !== undefined || details[slot] !== undefined) {
      this.warn(
        'duplicate-period',
        joinPath(path, 'period'),
        `A second value for period "${period}" in the same series; the first was kept. Give one value per period.`,
      );
      return;
    }
    if (rest.lower !== undefined && rest.upper !== undefined && rest.lower > rest.upper) {
      this.warn(
        'limits-reversed',
        joinPath(path, 'lower'),
        `The lower confidence limit (${rest.lower}) is above the upper (${rest.upper}); both were left out.`,
      );
      delete rest.lower;
      delete rest.upper;
    }
    figures[slot] = value;
    if (Object.keys(rest).length) details[slot] = rest;
  }

  private readNodes(
    list: unknown[],
    path: string,
    parent: FrameworkNode | null,
    depth: number,
    ctx: { indicators: Map<string, Indicator>; questions: Map<string, unknown>; nodes: Map<string, FrameworkNode> },
  ): FrameworkNode[] {
    const out: FrameworkNode[] = [];
    if (depth >= MAX_DEPTH) {
      this.warn('too-deep', path, `The framework is nested more than ${MAX_DEPTH} levels deep; the levels below were left out.`);
      return out;
    }
    list.forEach((raw, i) => {
      const at = `${path}[${i}]`;
      const r = v.safeParse(FrameworkNodeLooseSchema, raw);
      if (!r.success) {
        const name = isObject(raw) && typeof raw.id === 'string' ? ` "${raw.id}"` : '';
        this.warnings.push(...issuesToProblems(r.issues, at, 'warning', `; the node${name} and everything under it were left out`));
        return;
      }
      const s = r.output;
      if (ctx.nodes.has(s.id)) {
        this.warn(
          'duplicate-id',
          `${at}.id`,
          `Framework node id "${s.id}" is used twice; the second (and everything under it) was left out. Give each node its own id.`,
        );
        return;
      }
      const node: FrameworkNode = {
        id: s.id,
        title: s.title,
        kind: s.kind,
        rationale: s.rationale,
        targets: s.targets ?? [],
        periods: (s.periods ?? []).filter((id, k) => this.knownPeriod(id, `${at}.periods[${k}]`, `Framework node "${s.id}"`)),
        depth,
        parent,
        children: [],
        indicators: [],
        questions: [],
        unknownIndicators: [],
        unknownQuestions: [],
      };
      ctx.nodes.set(node.id, node);
      (s.indicators ?? []).forEach((ref, k) => {
        const rr = v.safeParse(NodeIndicatorSchema, ref);
        if (!rr.success) {
          this.warnings.push(...issuesToProblems(rr.issues, `${at}.indicators[${k}]`, 'warning', '; the reference was left out'));
          return;
        }
        const o = typeof rr.output === 'string' ? { id: rr.output } : rr.output;
        const ind = ctx.indicators.get(o.id);
        if (!ind) {
          node.unknownIndicators.push(o.id);
          this.warn(
            'unknown-indicator',
            `${at}.indicators[${k}]`,
            `Framework node "${node.id}" names indicator "${o.id}", which the feed does not have; add it to "indicators" or correct the id.`,
          );
          return;
        }
        node.indicators.push({ id: o.id, measure: o.measure ?? ind.measure, polarity: o.polarity ?? ind.polarity });
      });
      (s.questions ?? []).forEach((q, k) => {
        if (ctx.questions.has(q)) node.questions.push(q);
        else {
          node.unknownQuestions.push(q);
          this.warn(
            'unknown-question',
            `${at}.questions[${k}]`,
            `Framework node "${node.id}" names question "${q}", which is not in the feed's "questions"; add it or correct the id.`,
          );
        }
      });
      node.children = this.readNodes(s.children ?? [], `${at}.children`, node, depth + 1, ctx);
      out.push(node);
    });
    return out;
  }
}

function isGoodFigure(f: unknown): boolean {
  return typeof f === 'number' ? f - f === 0 : f === null || MARK_SET.has(f);
}

function figureMessage(f: unknown): string {
  const hint = typeof f === 'string' && /^\s*-?[\d,.]+\s*%?\s*$/.test(f) ? ' Write numbers without quotes, commas or %.' : '';
  return `${quote(f)} is not a figure: use a number, null for missing, or one of the marks ${MARKS.map((m) => `"${m}"`).join(', ')}.${hint}`;
}

function describeKind(x: unknown): string {
  if (x === null) return 'null';
  if (x === undefined) return 'nothing';
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'string') return `text (${quote(x)})`;
  return `${typeof x === 'object' ? 'an object' : `a ${typeof x}`}`;
}

/** The known key within two edits of `key`, for "did you mean". */
function nearest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase(), bestD);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best;
}
