import type { Comparator, FeedData, FrameworkNode, NodeIndicatorRef, Period } from '../feed/types.js';
import { benchmarks } from './benchmark.js';
import { directionOfTravel, type Direction } from './direction.js';
import { formatFigure, formatValue, NO_DATA, type FormattedFigure } from './format.js';
import { polarityLabel, type PolarityLabel } from './polarity.js';
import { ragStatus, targetsAt, type Rag } from './rag.js';
import { indicatorsInFrameworkOrder } from './framework-order.js';

/** One table of a scorecard: the indicators a framework node names itself. */
export interface ScorecardGroup {
  id: string;
  /** The node's title, with its ancestors' before it. */
  path: string[];
  refs: NodeIndicatorRef[];
  /** The columns the feed gives this table, if any. */
  periods: string[];
}

export interface ScorecardColumns {
  periods: Period[];
  /** Target labels, in the order first met. */
  targets: string[];
  comparator: Comparator | undefined;
  /** Whether any indicator can have a RAG (a target, or a status set by the producer). */
  rag: boolean;
  /** Whether any indicator has commentary. */
  comments: boolean;
  /** Whether any indicator names a baseline, for a "Baseline" column beside its targets. */
  baseline: boolean;
}

export interface ScorecardRow {
  id: string;
  title: string;
  polarity: PolarityLabel;
  /** The comparator column's cell: set whenever the table has a comparator column. */
  comparator: { text: string; words: string } | null;
  figures: FormattedFigure[];
  targets: string[];
  /** "74.8% (2019/20)": the figure at the indicator's baseline period; empty without one. */
  baseline: string;
  direction: Direction;
  rag: Rag;
  comment: string;
}

/**
 * The scorecard's tables: one per framework node that names indicators itself (under `root` when
 * given), in framework order; indicators no node names come last, under "Other indicators".
 */
export function scorecardGroups(feed: FeedData, root?: FrameworkNode): ScorecardGroup[] {
  const groups: ScorecardGroup[] = [];
  const named = new Set<string>();
  const walk = (node: FrameworkNode, path: string[]) => {
    const here = [...path, node.title];
    if (node.indicators.length) {
      groups.push({ id: node.id, path: here, refs: node.indicators, periods: node.periods });
      node.indicators.forEach((r) => named.add(r.id));
    }
    node.children.forEach((c) => walk(c, here));
  };
  if (root) walk(root, []);
  else feed.framework.forEach((n) => walk(n, []));
  if (!root) {
    const rest = indicatorsInFrameworkOrder(feed).filter((r) => !named.has(r.id));
    if (rest.length) groups.push({ id: 'other', path: [groups.length ? 'Other indicators' : 'Indicators'], refs: rest, periods: [] });
  }
  return groups;
}

/**
 * A table's columns: the periods asked for, else those the feed gives the table's node, else the
 * last `maxPeriods` periods in which any of its indicators has a figure; the targets its
 * indicators have; the comparator (England by default), when any of its indicators has its figures.
 */
export function scorecardColumns(
  feed: FeedData,
  group: ScorecardGroup,
  options: { periods?: string[] | undefined; maxPeriods?: number; comparator?: string | undefined } = {},
): ScorecardColumns {
  let periods: Period[];
  const chosen = options.periods?.length ? options.periods : group.periods;
  if (chosen.length) {
    periods = chosen.map((id) => feed.periods[feed.periodIndex.get(id) ?? -1]).filter((p): p is Period => Boolean(p));
  } else {
    const used = new Set<number>();
    for (const ref of group.refs) for (const o of feed.indicators.get(ref.id)?.values.observations() ?? []) used.add(o.index);
    periods = [...used]
      .sort((a, b) => a - b)
      .slice(-(options.maxPeriods ?? 4))
      .map((i) => feed.periods[i]!);
  }
  const targets: string[] = [];
  for (const ref of group.refs) for (const t of feed.indicators.get(ref.id)?.targets ?? []) if (!targets.includes(t.label)) targets.push(t.label);
  const asked = options.comparator ? feed.comparators.get(options.comparator) : [...feed.comparators.values()].find((c) => c.kind === 'england');
  // A table none of whose indicators has the comparator's figures has no column for it (a printed
  // staffing table has no England average); in any other, every row has the column.
  const comparator = asked && group.refs.some((ref) => feed.indicators.get(ref.id)?.comparators.has(asked.id)) ? asked : undefined;
  // A column that would say "None" on every row says nothing: a parent's page has no targets.
  const inds = group.refs.flatMap((ref) => feed.indicators.get(ref.id) ?? []);
  const rag = inds.some((i) => i.targets?.length || i.values.observations().some((o) => o.rag));
  const comments = inds.some((i) => i.commentary?.length);
  const baseline = inds.some((i) => i.baseline);
  return { periods, targets, comparator, rag, comments, baseline };
}

/** One indicator's row: its figures in the columns' periods, judged at the last of them. */
export function scorecardRow(feed: FeedData, ref: NodeIndicatorRef, columns: ScorecardColumns): ScorecardRow {
  const ind = feed.indicators.get(ref.id)!;
  const fmt = { unit: ind.unit, decimals: ind.decimals, currency: ind.currency };
  const last = columns.periods[columns.periods.length - 1];
  // Judged at the last column with a figure, as a printed scorecard's arrow is.
  const current =
    [...columns.periods]
      .reverse()
      .map((p) => ind.values.get(p.id))
      .find((o) => o?.state === 'figure') ?? (last ? ind.values.get(last.id) : undefined);
  const direction = directionOfTravel(ind, feed.periods, { period: current?.period.id ?? last?.id, polarity: ref.polarity });
  const rag = ragStatus(ind, feed.periods, current, { polarity: ref.polarity });
  const comparator = columns.comparator
    ? benchmarks(new Map([[columns.comparator.id, columns.comparator]]), ind, current, feed.periods, { polarity: ref.polarity })[0]
    : undefined;
  const applicable = current ? targetsAt(ind, feed.periods, current.period) : (ind.targets ?? []);
  return {
    id: ind.id,
    title: ind.title,
    polarity: polarityLabel(ref.polarity, ind.range, ind.unit, ind.decimals),
    // Every row has every column: a comparator with no series for this indicator says so.
    comparator: comparator
      ? {
          text:
            comparator.observation?.state === 'figure'
              ? `${formatValue(comparator.observation.value!, fmt)} (${comparator.observation.period.label})`
              : formatFigure(comparator.observation, fmt).text,
          words: comparator.words,
        }
      : columns.comparator
        ? { text: NO_DATA, words: `${columns.comparator.name}: no data for this indicator.` }
        : null,
    figures: columns.periods.map((p) => formatFigure(ind.values.get(p.id), fmt)),
    targets: columns.targets.map((label) => {
      const t = applicable.find((x) => x.label === label);
      return t ? `${formatValue(t.value, fmt)}${t.upper !== undefined ? `–${formatValue(t.upper, fmt)}` : ''}` : '';
    }),
    baseline: (() => {
      const o = ind.baseline ? ind.values.get(ind.baseline) : undefined;
      return o ? `${formatFigure(o, fmt).text} (${o.period.label})` : '';
    })(),
    direction,
    rag,
    comment: (ind.commentary ?? [])
      .filter((c) => !c.period || c.period === current?.period.id)
      .map((c) => c.text)
      .join('\n\n'),
  };
}

/** A CSV file's text: fields quoted where needed, and text that a spreadsheet would run as a formula made inert. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const field = (v: string | number | null | undefined) => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return String(v);
    const safe = /^[=+\-@\t\r]/.test(v) && !/^-?\d/.test(v) ? `'${v}` : v;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

/** The whole scorecard as CSV rows: one line per indicator per table, the table named in the first column. */
export function scorecardCsv(feed: FeedData, tables: { group: ScorecardGroup; columns: ScorecardColumns; rows: ScorecardRow[] }[]): string {
  const periods: Period[] = [];
  const targets: string[] = [];
  for (const t of tables) {
    for (const p of t.columns.periods) if (!periods.includes(p)) periods.push(p);
    for (const l of t.columns.targets) if (!targets.includes(l)) targets.push(l);
  }
  periods.sort((a, b) => feed.periodIndex.get(a.id)! - feed.periodIndex.get(b.id)!);
  const comparatorName = tables.find((t) => t.columns.comparator)?.columns.comparator?.name ?? 'Comparator';
  const baseline = tables.some((t) => t.columns.baseline);
  const header = [
    'Table',
    'Indicator',
    'Polarity',
    comparatorName,
    ...periods.map((p) => `${feed.authority.name} ${p.label}`),
    ...(baseline ? ['Baseline period', 'Baseline'] : []),
    ...targets,
    'Direction of travel',
    'Compared with',
    'RAG',
    'RAG reason',
    'Comments',
  ];
  const lines: (string | number | null)[][] = [header];
  for (const t of tables) {
    for (const r of t.rows) {
      const ind = feed.indicators.get(r.id)!;
      const values = ind.values;
      const base = ind.baseline ? values.get(ind.baseline) : undefined;
      const byTarget = new Map(t.columns.targets.map((l, i) => [l, r.targets[i]!]));
      lines.push([
        t.group.path.join(' › '),
        r.title,
        r.polarity.code,
        // Empty where there is no figure, as the period columns are.
        r.comparator && r.comparator.text !== NO_DATA ? r.comparator.text : '',
        // Figures as numbers (and marks as written), for analysts to work with.
        ...periods.map((p) => {
          const o = values.get(p.id);
          return o?.state === 'figure' ? o.value : (o?.mark ?? '');
        }),
        ...(baseline ? [base?.period.label ?? '', base?.state === 'figure' ? base.value : (base?.mark ?? '')] : []),
        ...targets.map((l) => byTarget.get(l) ?? ''),
        r.direction.label,
        r.direction.previous ? r.direction.previous.period.label : '',
        r.rag.status ?? '',
        r.rag.status ? r.rag.reason : '',
        r.comment,
      ]);
    }
  }
  return toCsv(lines);
}
