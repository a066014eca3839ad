import type { Comparator, FeedData, Indicator, Observation, Period, Polarity } from '../feed/types.js';
import { rankBestFirst, rankWords } from './area.js';
import { formatValue, roundDecimal, type FormatOptions } from './format.js';

/** How many of an authority's (usually ten) statistical neighbours must have a figure for their average to be given, as LAIT gives it. */
export const NEIGHBOURS_NEEDED = 7;

/**
 * The statistical neighbours' average at a period, from the figures those with one have: their
 * plain mean, rounded as it is shown, when at least NEIGHBOURS_NEEDED have a figure; null when
 * fewer do. The command line's imports and the starter both give it by this one rule.
 */
export function neighbourAverage(figures: readonly number[], decimals: number): number | null {
  return figures.length < NEIGHBOURS_NEEDED ? null : roundDecimal(figures.reduce((a, b) => a + b, 0) / figures.length, decimals);
}

/** The kinds a tile lists by default, one comparator of each, in this order. */
const ON_TILES_BY_DEFAULT = ['england', 'region', 'statistical-neighbours'] as const;

/**
 * The comparators a tile lists beside its figure: those named (by id, in that order), else those
 * the feed marks `onTiles`, else England, the region and the statistical neighbours' average (the
 * first of each). Each neighbour is one step away, in the neighbours chart, not a line of every
 * tile: ten neighbours would make thirteen lines. `unknown` lists named ids the feed does not have.
 */
export function tileComparators(all: ReadonlyMap<string, Comparator>, named?: readonly string[]): { comparators: Map<string, Comparator>; unknown: string[] } {
  if (named?.length) {
    const comparators = new Map<string, Comparator>();
    const unknown: string[] = [];
    for (const id of named) {
      const c = all.get(id);
      if (c) comparators.set(id, c);
      else unknown.push(id);
    }
    return { comparators, unknown };
  }
  const list = [...all.values()];
  if (list.some((c) => c.onTiles !== undefined)) return { comparators: new Map(list.filter((c) => c.onTiles).map((c) => [c.id, c])), unknown: [] };
  const comparators = new Map<string, Comparator>();
  for (const kind of ON_TILES_BY_DEFAULT) {
    const c = list.find((x) => x.kind === kind);
    if (c) comparators.set(c.id, c);
  }
  return { comparators, unknown: [] };
}

/** One bar of the neighbours chart: the authority, or one of its statistical neighbours. */
export interface NeighbourRow {
  id: string;
  name: string;
  /** True for the reporting authority itself. */
  authority: boolean;
  observation: Observation | undefined;
  value: number | null;
  /** 1 for the best (or, with no better direction, the highest); undefined without a number. */
  rank: number | undefined;
}

export interface NeighbourRanking {
  period: Period | undefined;
  /** Ranked best first; those with no figure last, in the feed's order. */
  rows: NeighbourRow[];
  /** How many have a number: the "of" in "4th of 11". */
  ranked: number;
  /** England's and the neighbours' average's figures for the same period, drawn as lines. */
  lines: { id: string; name: string; value: number }[];
  /** "Walsall is 4th best of 11 (Walsall and its 10 statistical neighbours) in 2024/25, with 5.8%. …" */
  words: string;
}

/**
 * The authority among its statistical neighbours (the feed's `peer` comparators) for a period,
 * the latest the authority has a figure for when not given: ranked by polarity, with England and
 * the neighbours' average as lines, and the result in words, as DfE's LAIT shows it.
 */
export function neighbourRanking(
  feed: FeedData,
  indicator: Indicator,
  o: { period?: string | undefined; polarity?: Polarity | undefined } = {},
): NeighbourRanking {
  const polarity = o.polarity ?? indicator.polarity;
  const fmt: FormatOptions = { unit: indicator.unit, decimals: indicator.decimals, currency: indicator.currency };
  const own = o.period ? indicator.values.get(o.period) : indicator.values.latest();
  const period = own?.period ?? (o.period ? feed.periods[feed.periodIndex.get(o.period) ?? -1] : undefined);
  const at = (series: Indicator['values'] | undefined) => (period ? series?.get(period.id) : undefined);
  const row = (id: string, name: string, authority: boolean, observation: Observation | undefined): NeighbourRow => ({
    id,
    name,
    authority,
    observation,
    value: observation?.state === 'figure' ? observation.value : null,
    rank: undefined,
  });
  const peers = [...feed.comparators.values()].filter((c) => c.kind === 'peer' && indicator.comparators.has(c.id));
  const rows = [row('', feed.authority.name, true, own), ...peers.map((c) => row(c.id, c.name, false, at(indicator.comparators.get(c.id))))];
  const ranked = rankBestFirst(rows, polarity, fmt);
  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const lines: NeighbourRanking['lines'] = [];
  for (const kind of ['england', 'statistical-neighbours'] as const) {
    const c = [...feed.comparators.values()].find((x) => x.kind === kind);
    const obs = c ? at(indicator.comparators.get(c.id)) : undefined;
    if (c && obs?.state === 'figure') lines.push({ id: c.id, name: c.name, value: obs.value! });
  }
  return { period, rows, ranked, lines, words: neighbourWords(feed, rows, ranked, lines, peers.length, polarity, fmt, period) };
}

function neighbourWords(
  feed: FeedData,
  rows: readonly NeighbourRow[],
  ranked: number,
  lines: NeighbourRanking['lines'],
  peers: number,
  polarity: Polarity,
  fmt: FormatOptions,
  period: Period | undefined,
): string {
  const name = feed.authority.name;
  if (!peers) return `The feed has no figures for ${name}'s statistical neighbours for this indicator.`;
  const me = rows.find((r) => r.authority)!;
  const when = period ? ` in ${period.label}` : '';
  const group = `${name} and its ${peers} statistical neighbour${peers === 1 ? '' : 's'}`;
  const missing = rows.length - ranked;
  const gaps = missing ? ` ${missing} of them ${missing === 1 ? 'has' : 'have'} no figure${when}.` : '';
  const others = lines.map((l) => `${l.name}: ${formatValue(l.value, fmt)}.`).join(' ');
  if (me.rank === undefined) return `${name} has no figure${when}, so it is not ranked among ${group}.${gaps}${others ? ` ${others}` : ''}`;
  if (ranked === 1) return `Of ${group}, only ${name} has a figure${when}: ${formatValue(me.value!, fmt)}.${others ? ` ${others}` : ''}`;
  const shared = rows.filter((r) => r.rank === me.rank).length > 1 ? ' (shared)' : '';
  return `${name} is ${rankWords(me.rank, ranked, polarity)}${shared} among ${group}${when}, with ${formatValue(me.value!, fmt)}.${gaps}${others ? ` ${others}` : ''}`;
}
