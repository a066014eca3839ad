import type { FeedData, NodeIndicatorRef } from '../feed/types.js';
import { benchmarks } from './benchmark.js';
import { directionOfTravel, type Direction } from './direction.js';
import { ragStatus, type Rag } from './rag.js';
import { statusRank } from './framework-order.js';

export interface Highlight {
  id: string;
  title: string;
  direction: Direction;
  rag: Rag;
  /** The figures that justify the line, in words: direction, RAG and England. */
  because: string;
}

export interface Highlights {
  improved: Highlight[];
  priorities: Highlight[];
}

/** Size of a change relative to where it started, so counts and rates can be ranked together. */
function relativeChange(d: Direction): number {
  if (d.change === null || !d.previous) return 0;
  const base = Math.abs(d.previous.value!);
  return base === 0 ? Math.abs(d.change) : Math.abs(d.change) / base;
}

/**
 * The performance summary's "Top 3 areas of improved performance" and "Top 3 priorities for
 * improved performance" (seed 003), worked out from the feed: the largest improvements, and the
 * indicators that deteriorated or are red, worst first.
 */
export function highlights(feed: FeedData, refs: readonly NodeIndicatorRef[], options: { period?: string | undefined; count?: number } = {}): Highlights {
  const count = options.count ?? 3;
  const all = refs.flatMap((ref) => {
    const ind = feed.indicators.get(ref.id);
    if (!ind) return [];
    const current = options.period ? ind.values.get(options.period) : ind.values.latest();
    const direction = directionOfTravel(ind, feed.periods, { period: current?.period.id ?? options.period, polarity: ref.polarity });
    const rag = ragStatus(ind, feed.periods, current, { polarity: ref.polarity });
    const england = [...feed.comparators.values()].filter((c) => c.kind === 'england');
    const bench = benchmarks(new Map(england.map((c) => [c.id, c])), ind, current, feed.periods, { polarity: ref.polarity })[0];
    const because = [
      direction.words.replace(/[.]$/, ''),
      rag.status ? rag.reason : '',
      bench?.difference !== null && bench ? bench.words.replace(/[.]$/, '') : '',
    ]
      .filter(Boolean)
      .join('. ');
    return [{ id: ind.id, title: ind.title, direction, rag, because: `${because}.` }];
  });
  const improved = all
    .filter((h) => h.direction.judgement === 'improved')
    .sort((a, b) => relativeChange(b.direction) - relativeChange(a.direction) || statusRank(null, b.rag.status) - statusRank(null, a.rag.status));
  const priorities = all
    .filter((h) => h.direction.judgement === 'deteriorated' || h.rag.status === 'red' || h.rag.status === 'amber')
    .sort(
      (a, b) =>
        statusRank(a.direction.judgement, a.rag.status) - statusRank(b.direction.judgement, b.rag.status) ||
        relativeChange(b.direction) - relativeChange(a.direction),
    );
  return { improved: improved.slice(0, count), priorities: priorities.slice(0, count) };
}
