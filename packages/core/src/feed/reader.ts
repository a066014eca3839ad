/**
 * The feed reader: checks a parsed feed piece by piece, keeps what can be used, and indexes it
 * (periods in order, series aligned with them, the framework as a tree). It names each problem it
 * finds and leaves the checking of shapes and the words to its `Reading`: the full reader
 * (`parse.ts`) says what is wrong, with `full-shapes.ts`; the quick reader (`quick.ts`) checks
 * with `quick-shapes.ts` and gives up at the first problem.
 */
import { FEED_VERSION, MARKS } from './constants.js';
import { FEED_KEYS, INDICATOR_KEYS } from './quick-shapes.js';
import type { LeftOut, Say } from './messages.js';
import type { ShapeName, Shapes } from './shapes.js';
import { joinPath } from './problems.js';
import { AlignedSeries, EMPTY_SERIES, type StoredFigure } from './series.js';
import type { FeedData, FrameworkNode, Indicator, Period, Question, Series, Severity, ValueDetails } from './types.js';

const SUPPORTED_MAJOR = Number(FEED_VERSION.split('.')[0]);
const SUPPORTED_MINOR = Number(FEED_VERSION.split('.')[1]);
const MAX_DEPTH = 32;
const MARK_SET: ReadonlySet<unknown> = new Set(MARKS);

export const DEFAULT_QA_SCALE = [
  { value: 'assured', label: 'Assured' },
  { value: 'partly-assured', label: 'Partly assured' },
  { value: 'not-assured', label: 'Not assured' },
  { value: 'not-reviewed', label: 'Not yet reviewed' },
];

/** How a reader checks shapes and records problems. */
export interface Reading {
  /** The value as it fits the shape, or undefined after recording why not (with what was left out). */
  fit<K extends ShapeName>(shape: K, x: unknown, path: string, severity: Severity, leftOut?: LeftOut): Shapes[K] | undefined;
  /** Records a problem found at `path`. */
  problem(severity: Severity, path: string, say: Say): void;
}

type Raw = Record<string, unknown>;

const isObject = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);

export class FeedReader {
  #periods: Period[] = [];
  #periodIndex = new Map<string, number>();
  /** Position in the sorted periods of each period as written, for compact series. */
  #writtenOrder: number[] = [];
  #writtenCount = 0;
  /** True when every period was written good and in order, so compact series need no re-ordering. */
  #identityOrder = false;

  constructor(private readonly reading: Reading) {}

  #warn(path: string, ...say: Say) {
    this.reading.problem('warning', path, say);
  }

  #fail(path: string, ...say: Say): null {
    this.reading.problem('error', path, say);
    return null;
  }

  /** The feed as JSON.parse gives it (or an object), read; null when it cannot be used. */
  read(raw: unknown): FeedData | null {
    if (!isObject(raw)) return this.#fail('', 'not-object', raw);
    if (!this.#checkVersion(raw.version)) return null;

    const s = this.reading.fit('feed', raw, '', 'error');
    if (!s) return null;
    this.#unknownKeys(raw, FEED_KEYS, '');
    this.#readPeriods(s.periods ?? []);

    const comparators = this.#readList('comparator', s.comparators, 'comparators', 'comparator');
    const localities = this.#readList('locality', s.localities, 'localities', 'locality');
    const questionList = this.#readList('question', s.questions, 'questions', 'question');
    const checklists = this.#readList('checklist', s.checklists, 'checklists', 'checklist');
    const boundaries = [...this.#readList('boundary', s.boundaries, 'boundaries', 'boundary').values()];
    boundaries.forEach((b, i) => {
      if (!b.url && !b.data) this.#warn(`boundaries[${i}]`, 'boundary-empty', b.id);
    });
    const qaScale = s.qaScale ? [...this.#readList('scaleOption', s.qaScale, 'qaScale', 'answer', 'value').values()] : DEFAULT_QA_SCALE;

    const ctx = { comparators, localities };
    const indicators = new Map<string, Indicator>();
    (s.indicators ?? []).forEach((rawIndicator, i) => {
      const ind = this.#readIndicator(rawIndicator, `indicators[${i}]`, i, ctx);
      if (!ind) return;
      if (indicators.has(ind.id)) {
        this.#warn(`indicators[${i}].id`, 'duplicate-id/indicator', ind.id);
        return;
      }
      indicators.set(ind.id, ind);
    });

    const questions = new Map<string, Question>();
    for (const [qid, q] of questionList) {
      const at = `questions[${(s.questions ?? []).findIndex((raw) => isObject(raw) && raw.id === qid)}]`;
      (q.indicators ?? []).forEach((ref, k) => {
        if (!indicators.has(ref)) this.#warn(`${at}.indicators[${k}]`, 'unknown-indicator/question', qid, ref);
      });
      questions.set(qid, { ...q, indicators: (q.indicators ?? []).filter((ref) => indicators.has(ref)) });
    }

    const nodes = new Map<string, FrameworkNode>();
    const framework = this.#readNodes(s.framework ?? [], 'framework', null, 0, { indicators, questions, nodes });

    if (indicators.size === 0 && nodes.size === 0 && checklists.size === 0) return this.#fail('', 'nothing-to-show');

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
      periods: this.#periods,
      periodIndex: this.#periodIndex,
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

  #checkVersion(version: unknown): boolean {
    if (version === undefined) return !!this.#fail('version', 'version-missing');
    const m = typeof version === 'string' ? /^(\d+)\.(\d+)$/.exec(version) : null;
    if (!m) return !!this.#fail('version', 'version-invalid', version);
    const major = Number(m[1]);
    const minor = Number(m[2]);
    if (major > SUPPORTED_MAJOR) return !!this.#fail('version', 'version-future', m[0]);
    if (major < SUPPORTED_MAJOR) return !!this.#fail('version', 'version-old', m[0]);
    if (minor > SUPPORTED_MINOR) this.#warn('version', 'version-newer', m[0]);
    return true;
  }

  #unknownKeys(raw: Raw, known: readonly string[], path: string) {
    for (const key of Object.keys(raw)) if (!known.includes(key)) this.#warn(joinPath(path, key), 'unknown-property', key, known);
  }

  #readPeriods(list: unknown[]) {
    const good = this.#readList('period', list, 'periods', 'period');
    const written = [...good.values()];
    // Compact series are written in the order of the periods as listed, good or bad.
    this.#writtenCount = list.length;
    const byIndex = new Map<string, number>();
    list.forEach((p, i) => {
      if (isObject(p) && typeof p.id === 'string' && good.has(p.id) && !byIndex.has(p.id)) byIndex.set(p.id, i);
    });
    let ordered = true;
    for (let i = 1; i < written.length; i++) {
      const [a, b] = [written[i - 1]!, written[i]!];
      if (b.end < a.end) {
        ordered = false;
        this.#warn(`periods[${byIndex.get(b.id)}]`, 'periods-unordered', b.id, b.end, a.id, a.end);
        break;
      }
    }
    const sorted = ordered ? written : [...written].sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
    this.#periods = sorted;
    sorted.forEach((p, i) => this.#periodIndex.set(p.id, i));
    this.#writtenOrder = list.map((p) => (isObject(p) && typeof p.id === 'string' && byIndex.get(p.id) !== undefined ? this.#periodIndex.get(p.id)! : -1));
    this.#identityOrder = this.#writtenOrder.every((slot, i) => slot === i);
  }

  /** Checks each item of a list on its own, keeps the good ones by id, and warns of the rest. */
  #readList<K extends 'period' | 'comparator' | 'locality' | 'boundary' | 'question' | 'checklist' | 'scaleOption'>(
    shape: K,
    list: unknown[] | undefined,
    path: string,
    what: string,
    key: 'id' | 'value' = 'id',
  ): Map<string, Shapes[K]> {
    const out = new Map<string, Shapes[K]>();
    (list ?? []).forEach((item, i) => {
      const at = `${path}[${i}]`;
      const r = this.reading.fit(shape, item, at, 'warning', ['item', what, item, key]);
      if (!r) return;
      const id = (r as Record<string, string>)[key]!;
      if (out.has(id)) {
        this.#warn(joinPath(at, key), 'duplicate-id/item', what, key, id);
        return;
      }
      out.set(id, r);
    });
    return out;
  }

  /** Like readList, for lists without ids (targets, links, commentary, breakdowns). */
  #readItems<K extends 'target' | 'link' | 'commentary' | 'breakdown'>(shape: K, list: unknown[] | undefined, path: string, what: string): Shapes[K][] {
    const out: Shapes[K][] = [];
    (list ?? []).forEach((item, i) => {
      const r = this.reading.fit(shape, item, `${path}[${i}]`, 'warning', ['item', what]);
      if (r) out.push(r);
    });
    return out;
  }

  #knownPeriod(id: string | undefined, path: string, what: string): boolean {
    if (id === undefined || this.#periodIndex.has(id)) return true;
    this.#warn(path, 'unknown-period/named', what, id);
    return false;
  }

  #readIndicator(raw: unknown, path: string, order: number, ctx: { comparators: Map<string, unknown>; localities: Map<string, unknown> }): Indicator | null {
    const s = this.reading.fit('indicator', raw, path, 'warning', ['item', 'indicator', raw]);
    if (!s) return null;
    this.#unknownKeys(raw as Raw, INDICATOR_KEYS, path);
    const label = `Indicator "${s.id}"`;

    let polarity = s.polarity;
    let range = s.range;
    if (polarity === 'range' && !range) {
      this.#warn(joinPath(path, 'polarity'), 'range-missing', label);
      polarity = 'none';
    }
    if (range && range.low > range.high) {
      this.#warn(joinPath(path, 'range'), 'range-reversed', label, range.low, range.high);
      range = { low: range.high, high: range.low };
    }

    let inWords = s.inWords;
    if (inWords && (inWords.what === undefined) === (inWords.things === undefined)) {
      this.#warn(joinPath(path, 'inWords'), 'in-words-form', label, inWords.what === undefined);
      inWords = undefined;
    }

    let direction = s.direction;
    if (direction?.compare === 'period' && (!direction.period || !this.#periodIndex.has(direction.period))) {
      if (direction.period) this.#warn(`${path}.direction.period`, 'unknown-period/direction', label, direction.period);
      else this.#warn(`${path}.direction.period`, 'direction-period-missing', label);
      direction = { ...direction, compare: 'previous' };
    }
    const baseline = s.baseline && this.#knownPeriod(s.baseline, joinPath(path, 'baseline'), label) ? s.baseline : undefined;

    const ofIt = label.toLowerCase();
    const targets = this.#readItems('target', s.targets, joinPath(path, 'targets'), 'target').filter(
      (t, i) =>
        this.#knownPeriod(t.from, `${path}.targets[${i}].from`, `A target of ${ofIt}`) &&
        this.#knownPeriod(t.to, `${path}.targets[${i}].to`, `A target of ${ofIt}`),
    );
    let rag = s.rag;
    if (rag && !targets.some((t) => t.id === rag!.target || t.kind === rag!.target)) {
      this.#warn(`${path}.rag.target`, 'unknown-target', label, rag.target);
      rag = undefined;
    }
    const links = this.#readItems('link', s.links, joinPath(path, 'links'), 'link');
    const commentary = this.#readItems('commentary', s.commentary, joinPath(path, 'commentary'), 'commentary').filter((c, i) =>
      this.#knownPeriod(c.period, `${path}.commentary[${i}].period`, `Commentary of ${ofIt}`),
    );

    const values = this.#readSeries(s.values, joinPath(path, 'values'));
    const comparators = this.#readKeyedSeries(s.comparators, joinPath(path, 'comparators'), ctx.comparators, 'comparator', 'comparators');
    const localities = this.#readKeyedSeries(s.localities, joinPath(path, 'localities'), ctx.localities, 'locality', 'localities');
    const breakdowns = this.#readItems('breakdown', s.breakdowns, joinPath(path, 'breakdowns'), 'breakdown').map((b, bi) => {
      const at = `${path}.breakdowns[${bi}]`;
      const groups = b.groups.map((g, gi) => ({
        id: g.id,
        label: g.label,
        populationShare: g.populationShare,
        values: this.#readSeries(g.values, `${at}.groups[${gi}].values`),
        populationCounts: g.populationCounts === undefined ? undefined : this.#readSeries(g.populationCounts, `${at}.groups[${gi}].populationCounts`),
      }));
      let reference = b.reference;
      if (reference !== undefined && !groups.some((g) => g.id === reference)) {
        this.#warn(`${at}.reference`, 'unknown-reference', label, b.id, reference);
        reference = undefined;
      }
      return { ...b, reference, groups };
    });

    return { ...s, inWords, polarity, range, direction, baseline, targets, rag, links, commentary, values, comparators, localities, breakdowns, order };
  }

  #readKeyedSeries(raw: unknown, path: string, known: Map<string, unknown>, what: 'comparator' | 'locality', list: string): Map<string, Series> {
    const out = new Map<string, Series>();
    if (raw === undefined) return out;
    if (!isObject(raw)) {
      this.#warn(path, 'invalid/keyed', what, list, raw);
      return out;
    }
    for (const key of Object.keys(raw)) {
      if (!known.has(key)) this.#warn(joinPath(path, key), `unknown-${what}`, key, list);
      else out.set(key, this.#readSeries(raw[key], path, key));
    }
    return out;
  }

  /** Reads a series in long form (list of values) or compact form (figures in period order). */
  #readSeries(raw: unknown, base: string, key?: string): Series {
    if (raw === undefined) return EMPTY_SERIES;
    const n = this.#periods.length;
    // The common case first, allocating nothing but the series: periods written in order and
    // every figure good. The array is used as it is. (A feed of 150 areas has tens of thousands.)
    if (this.#identityOrder && Array.isArray(raw) && raw.length === n && allGoodFigures(raw)) {
      return new AlignedSeries(this.#periods, this.#periodIndex, raw as StoredFigure[], null);
    }
    // Paths are only needed for warnings.
    const path = () => (key === undefined ? base : joinPath(base, key));
    if (!Array.isArray(raw)) {
      this.#warn(path(), 'invalid/series', raw);
      return EMPTY_SERIES;
    }
    if (raw.length > 0 && isObject(raw[0])) {
      const figures: StoredFigure[] = new Array(n);
      const details: (ValueDetails | undefined)[] = new Array(n);
      raw.forEach((item, i) => this.#readValue(item, joinPath(path(), i), figures, details));
      return new AlignedSeries(this.#periods, this.#periodIndex, figures, details);
    }
    const figures: StoredFigure[] = new Array(n);
    if (raw.length !== this.#writtenCount) this.#warn(path(), 'series-length', raw.length, this.#writtenCount);
    const order = this.#writtenOrder;
    const len = Math.min(raw.length, this.#writtenCount);
    for (let i = 0; i < len; i++) {
      const slot = order[i]!;
      const f = raw[i];
      if (isGoodFigure(f)) {
        if (slot >= 0) figures[slot] = f as StoredFigure;
      } else if (typeof f === 'number') this.#warn(joinPath(path(), i), 'non-finite/figure', f);
      else this.#warn(joinPath(path(), i), 'invalid-figure', f);
    }
    return new AlignedSeries(this.#periods, this.#periodIndex, figures, null);
  }

  #readValue(item: unknown, path: string, figures: StoredFigure[], details: (ValueDetails | undefined)[]) {
    if (isObject(item) && typeof item.value === 'number' && !Number.isFinite(item.value)) {
      this.#warn(joinPath(path, 'value'), 'non-finite/value', item.value);
      return;
    }
    if (isObject(item) && item.value !== undefined && item.value !== null && typeof item.value !== 'number' && !MARK_SET.has(item.value)) {
      this.#warn(joinPath(path, 'value'), 'invalid-figure/value', item.value);
      return;
    }
    const r = this.reading.fit('value', item, path, 'warning', ['item', 'value']);
    if (!r) return;
    const { period, value, ...rest } = r;
    const slot = this.#periodIndex.get(period);
    if (slot === undefined) {
      this.#warn(joinPath(path, 'period'), 'unknown-period/value', period);
      return;
    }
    if (figures[slot] !== undefined || details[slot] !== undefined) {
      this.#warn(joinPath(path, 'period'), 'duplicate-period', period);
      return;
    }
    if (rest.lower !== undefined && rest.upper !== undefined && rest.lower > rest.upper) {
      this.#warn(joinPath(path, 'lower'), 'limits-reversed', rest.lower, rest.upper);
      delete rest.lower;
      delete rest.upper;
    }
    figures[slot] = value;
    if (Object.keys(rest).length) details[slot] = rest;
  }

  #readNodes(
    list: unknown[],
    path: string,
    parent: FrameworkNode | null,
    depth: number,
    ctx: { indicators: Map<string, Indicator>; questions: Map<string, unknown>; nodes: Map<string, FrameworkNode> },
  ): FrameworkNode[] {
    const out: FrameworkNode[] = [];
    if (depth >= MAX_DEPTH) {
      this.#warn(path, 'too-deep', MAX_DEPTH);
      return out;
    }
    list.forEach((raw, i) => {
      const at = `${path}[${i}]`;
      const s = this.reading.fit('node', raw, at, 'warning', ['node', raw]);
      if (!s) return;
      if (ctx.nodes.has(s.id)) {
        this.#warn(`${at}.id`, 'duplicate-id/node', s.id);
        return;
      }
      const node: FrameworkNode = {
        id: s.id,
        title: s.title,
        kind: s.kind,
        rationale: s.rationale,
        targets: s.targets ?? [],
        periods: (s.periods ?? []).filter((id, k) => this.#knownPeriod(id, `${at}.periods[${k}]`, `Framework node "${s.id}"`)),
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
        const r = this.reading.fit('nodeIndicator', ref, `${at}.indicators[${k}]`, 'warning', ['item', 'reference']);
        if (r === undefined) return;
        const o = typeof r === 'string' ? { id: r } : r;
        const ind = ctx.indicators.get(o.id);
        if (!ind) {
          node.unknownIndicators.push(o.id);
          this.#warn(`${at}.indicators[${k}]`, 'unknown-indicator/node', node.id, o.id);
          return;
        }
        node.indicators.push({ id: o.id, measure: o.measure ?? ind.measure, polarity: o.polarity ?? ind.polarity });
      });
      (s.questions ?? []).forEach((q, k) => {
        if (ctx.questions.has(q)) node.questions.push(q);
        else {
          node.unknownQuestions.push(q);
          this.#warn(`${at}.questions[${k}]`, 'unknown-question', node.id, q);
        }
      });
      node.children = this.#readNodes(s.children ?? [], `${at}.children`, node, depth + 1, ctx);
      out.push(node);
    });
    return out;
  }
}

/** Whether every item is a good figure, in a plain loop (a long feed runs this for every series). */
function allGoodFigures(raw: unknown[]): boolean {
  for (let i = 0; i < raw.length; i++) if (!isGoodFigure(raw[i])) return false;
  return true;
}

function isGoodFigure(f: unknown): boolean {
  return typeof f === 'number' ? f - f === 0 : f === null || MARK_SET.has(f);
}
