import { EMPTY_SERIES } from '../feed/series.js';
import type { Comparator, FeedData, Indicator } from '../feed/types.js';

/** The id under which an area's view lists the authority as a comparator. */
export const AUTHORITY_COMPARATOR = 'authority';

/**
 * An indicator as seen from one of the feed's localities: the locality's figures in place of the
 * authority's, and the authority added first among the comparators, so that every rule (direction,
 * RAG, benchmarks, the sparkline) works on it unchanged. Undefined when the feed has no such area.
 */
export function indicatorForArea(feed: FeedData, indicator: Indicator, area: string): { indicator: Indicator; comparators: Map<string, Comparator> } | undefined {
  const locality = feed.localities.get(area);
  if (!locality) return undefined;
  const authority: Comparator = { id: AUTHORITY_COMPARATOR, name: feed.authority.name, kind: 'other' };
  return {
    indicator: {
      ...indicator,
      values: indicator.localities.get(area) ?? EMPTY_SERIES,
      comparators: new Map([[AUTHORITY_COMPARATOR, indicator.values], ...indicator.comparators]),
    },
    comparators: new Map([[AUTHORITY_COMPARATOR, authority], ...feed.comparators]),
  };
}
