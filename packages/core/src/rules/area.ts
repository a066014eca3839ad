import { EMPTY_SERIES } from '../feed/series.js';
import type { AreaLevel, Comparator, FeedData, Indicator, Locality, Observation, Period, Polarity } from '../feed/types.js';
import { formatChange, formatValue, roundShown, type FormatOptions } from './format.js';

/** The id under which an area's view lists the authority as a comparator. */
export const AUTHORITY_COMPARATOR = 'authority';

/**
 * An indicator as seen from one of the feed's localities: the locality's figures in place of the
 * authority's, and the authority added first among the comparators, so that every rule (direction,
 * RAG, benchmarks, the sparkline) works on it unchanged. Undefined when the feed has no such area.
 */
export function indicatorForArea(
  feed: FeedData,
  indicator: Indicator,
  area: string,
): { indicator: Indicator; comparators: Map<string, Comparator> } | undefined {
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

/** One area's figure for the period a map shows. */
export interface AreaFigure {
  area: Locality;
  observation: Observation | undefined;
  /** The number, or null when the area has none (missing or a mark). */
  value: number | null;
  /** 1 for the best (or, with no better direction, the highest); undefined without a number. */
  rank: number | undefined;
}

export interface AreaFigures {
  /** The period shown: the one asked for, else the latest any area has a figure for. */
  period: Period | undefined;
  figures: AreaFigure[];
  /** How many areas have a number, i.e. the "of" in "3rd of 20". */
  ranked: number;
}

/** The feed's areas of one level (a locality without `level` is a locality). */
export function areasOf(feed: FeedData, level: AreaLevel): Locality[] {
  return [...feed.localities.values()].filter((l) => (l.level ?? 'locality') === level);
}

/** Every area of a level with its figure for a period, ranked best first by the polarity given. */
export function areaFigures(feed: FeedData, indicator: Indicator, level: AreaLevel, polarity: Polarity, periodId?: string): AreaFigures {
  const areas = areasOf(feed, level);
  let period = periodId !== undefined ? feed.periods[feed.periodIndex.get(periodId) ?? -1] : undefined;
  if (!period && periodId === undefined) {
    let latest = -1;
    for (const a of areas) latest = Math.max(latest, indicator.localities.get(a.id)?.latest()?.index ?? -1);
    period = feed.periods[latest];
  }
  const figures: AreaFigure[] = areas.map((area) => {
    const observation = period ? indicator.localities.get(area.id)?.get(period.id) : undefined;
    return { area, observation, value: observation?.state === 'figure' ? observation.value : null, rank: undefined };
  });
  const ranked = rankBestFirst(figures, polarity, { unit: indicator.unit, decimals: indicator.decimals });
  return { period, figures, ranked };
}

/**
 * Ranks the items that have a value, best first by polarity (highest first with no better
 * direction), setting each one's `rank`; items whose figures print the same share a rank ("=2nd"),
 * as league tables do. Returns how many were ranked; the items keep their order.
 */
export function rankBestFirst(items: readonly { value: number | null; rank: number | undefined }[], polarity: Polarity, fmt: FormatOptions): number {
  const withValue = items.filter((f) => f.value !== null).sort((a, b) => (polarity === 'smaller-is-better' ? a.value! - b.value! : b.value! - a.value!));
  withValue.forEach((f, i) => {
    const prev = withValue[i - 1];
    f.rank = prev && roundShown(prev.value!, fmt) === roundShown(f.value!, fmt) ? prev.rank : i + 1;
  });
  return withValue.length;
}

/** "1st", "2nd", "23rd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "2nd best of 20", or "2nd highest of 20" when the indicator has no better direction. */
export function rankWords(rank: number, of: number, polarity: Polarity): string {
  const way = polarity === 'bigger-is-better' || polarity === 'smaller-is-better' ? 'best' : 'highest';
  return `${ordinal(rank)} ${way} of ${of}`;
}

/**
 * The areas in words, for the text beside the map: the highest, the lowest and the spread, and
 * how many have no figure. "Highest: North, 45.2 per 10,000. Lowest: West, 30.1 per 10,000. The
 * highest is 15.1 per 10,000 above the lowest (1.5 times). 1 area has no figure."
 */
export function areaSummary(figures: readonly AreaFigure[], fmt: FormatOptions): string {
  const known = figures.filter((f) => f.value !== null);
  // A mark is a published figure held back (c) or not available (x): said apart from a gap.
  const marked = figures.filter((f) => f.value === null && f.observation?.mark).length;
  const gaps = figures.length - known.length - marked;
  const gapText =
    (marked
      ? ` ${marked} ${marked === 1 ? "area's figure is" : "areas' figures are"} suppressed or not available (shown as ${marked === 1 ? 'its mark' : 'their marks'}).`
      : '') + (gaps ? ` ${gaps} ${gaps === 1 ? 'area has' : 'areas have'} no figure.` : '');
  if (known.length === 0) return `No area has a figure.${gapText}`;
  let hi = known[0]!;
  let lo = known[0]!;
  for (const f of known) {
    if (f.value! > hi.value!) hi = f;
    if (f.value! < lo.value!) lo = f;
  }
  const v = (f: AreaFigure) => `${f.area.name}, ${formatValue(f.value!, fmt)}`;
  if (known.length === 1) return `Only ${v(hi)}, has a figure.${gapText}`;
  const spread = roundShown(hi.value!, fmt) - roundShown(lo.value!, fmt);
  if (spread === 0) return `Every area with a figure has ${formatValue(hi.value!, fmt)}.${gapText}`;
  const times = lo.value! > 0 ? ` (${(hi.value! / lo.value!).toFixed(1)} times)` : '';
  return `Highest: ${v(hi)}. Lowest: ${v(lo)}. The highest is ${formatChange(spread, fmt).replace(/^\+/, '')} above the lowest${times}.${gapText}`;
}
