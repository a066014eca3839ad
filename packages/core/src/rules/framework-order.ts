// Which indicators a framework node, or the whole framework, shows, and in what order: what every
// widget that lists indicators needs, kept apart from the roll-ups (only the tree counts those).
import type { FeedData, FrameworkNode, NodeIndicatorRef } from '../feed/types.js';

/** Every indicator under a node (itself and its descendants), each once, with the nearest node's overrides. */
export function indicatorsUnder(node: FrameworkNode): NodeIndicatorRef[] {
  const seen = new Map<string, NodeIndicatorRef>();
  const walk = (n: FrameworkNode) => {
    for (const ref of n.indicators) if (!seen.has(ref.id)) seen.set(ref.id, ref);
    n.children.forEach(walk);
  };
  walk(node);
  return [...seen.values()];
}

/** Every indicator of the feed in framework order (as the framework first names them), then the rest in feed order. */
export function indicatorsInFrameworkOrder(feed: FeedData): NodeIndicatorRef[] {
  const seen = new Map<string, NodeIndicatorRef>();
  for (const root of feed.framework) for (const ref of indicatorsUnder(root)) if (!seen.has(ref.id)) seen.set(ref.id, ref);
  for (const ind of feed.indicators.values()) {
    if (!seen.has(ind.id)) seen.set(ind.id, { id: ind.id, measure: ind.measure, polarity: ind.polarity });
  }
  return [...seen.values()];
}

/**
 * How urgent an indicator's status is, for "sort by status": deteriorated before maintained before
 * improved before no judgement, and within each, red before amber before green before no RAG.
 */
export function statusRank(judgement: string | null, rag: string | null): number {
  const j = { deteriorated: 0, maintained: 1, improved: 2 }[judgement ?? ''] ?? 3;
  const r = { red: 0, amber: 1, green: 2 }[rag ?? ''] ?? 3;
  return j * 4 + r;
}
