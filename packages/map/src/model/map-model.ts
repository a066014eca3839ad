import type { AreaLevel, Boundary, FeedData, Indicator, Locality, MapShading, Period } from '@scorecard-kit/core';
import { areaFigures, areaSummary, shading, type AreaFigure, type FormatOptions, type Shading } from '@scorecard-kit/core/rules';
import { mergeShapes, renamed, type Shape, type ShapeSet } from '../geometry/shapes.js';

/** Everything the map shows of one indicator at one level and period, before any drawing. */
export interface MapModel {
  fmt: FormatOptions;
  period: Period | undefined;
  figures: AreaFigure[];
  ranked: number;
  shading: Shading;
  summary: string;
  /** The authority's and England's figures for the same period, for the comparison and the bars. */
  references: { name: string; value: number }[];
  /** On a national map: the reporting authority's area, and its statistical neighbours. */
  home: string | undefined;
  neighbours: Set<string>;
}

/**
 * `shadingOverride` is what the element's attributes say, field by field over the feed's `map`;
 * `quantile` drops the feed's fixed breaks.
 */
export function mapModel(
  feed: FeedData,
  indicator: Indicator,
  level: AreaLevel,
  periodId: string | undefined,
  shadingOverride: MapShading & { quantile?: boolean } = {},
): MapModel {
  const { quantile, ...given } = shadingOverride;
  const map: MapShading = { ...indicator.map, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) };
  if (quantile) delete map.breaks;
  const fmt: FormatOptions = { unit: indicator.unit, decimals: indicator.decimals, currency: indicator.currency };
  const { period, figures, ranked } = areaFigures(feed, indicator, level, indicator.polarity, periodId);
  const at = (series: Indicator['values'] | undefined) => {
    const o = period ? series?.get(period.id) : undefined;
    return o?.state === 'figure' ? o.value! : undefined;
  };
  // A count for the authority or England is the sum of its areas, not something to set beside them.
  const comparable = indicator.unit !== 'count' && indicator.unit !== 'money';
  const references: { name: string; value: number }[] = [];
  const own = at(indicator.values);
  if (comparable && own !== undefined && level !== 'authority') references.push({ name: feed.authority.name, value: own });
  const englandId = [...feed.comparators.values()].find((c) => c.kind === 'england')?.id;
  const england = englandId ? at(indicator.comparators.get(englandId)) : undefined;
  if (comparable && england !== undefined) references.push({ name: 'England', value: england });
  const centreName = map.centre === 'england' || level === 'authority' ? 'England' : feed.authority.name;
  const centre = references.find((r) => r.name === centreName);
  const values = figures.filter((f) => f.value !== null).map((f) => f.value!);
  const shade = shading(values, { polarity: indicator.polarity, fmt, map, centre });
  const { home, neighbours } =
    level === 'authority'
      ? nationalMarks(
          feed,
          figures.map((f) => f.area),
        )
      : { home: undefined, neighbours: new Set<string>() };
  return { fmt, period, figures, ranked, shading: shade, summary: areaSummary(figures, fmt), references, home, neighbours };
}

/** Which area is the reporting authority, and which are its statistical neighbours, by id, code or name. */
function nationalMarks(feed: FeedData, areas: Locality[]): { home: string | undefined; neighbours: Set<string> } {
  const keys = (a: Locality) => [a.id, a.code, a.name].filter((k): k is string => Boolean(k)).map((k) => k.toLowerCase());
  const mine = [feed.authority.dfeCode, feed.authority.code, feed.authority.name].filter((k): k is string => Boolean(k)).map((k) => k.toLowerCase());
  const home = areas.find((a) => keys(a).some((k) => mine.includes(k)))?.id;
  const members = new Set(
    [...feed.comparators.values()]
      .filter((c) => c.kind === 'statistical-neighbours')
      .flatMap((c) => c.members ?? [])
      .map((m) => m.toLowerCase()),
  );
  return { home, neighbours: new Set(areas.filter((a) => a.id !== home && keys(a).some((k) => members.has(k))).map((a) => a.id)) };
}

/** The boundary set the feed gives for a level: its own shapes, or (for localities) the wards to merge. */
export function boundaryFor(feed: FeedData, level: AreaLevel): { boundary: Boundary; merge: boolean } | undefined {
  const own = feed.boundaries.find((b) => b.level === level);
  if (own) return { boundary: own, merge: false };
  const wards = level === 'locality' ? feed.boundaries.find((b) => b.level === 'ward') : undefined;
  return wards ? { boundary: wards, merge: true } : undefined;
}

/**
 * Each area's shape, by area id: found by its code (or id) in the set, or, for a locality drawn
 * from ward shapes, its wards merged. Areas with no shape, and wards the file lacks, are listed.
 */
export function shapesForAreas(
  set: ShapeSet,
  areas: readonly Locality[],
  merge: boolean,
): { shapes: Shape[]; unmatched: Locality[]; missingWards: Map<string, string[]> } {
  if (merge) {
    const groups = areas.map((a) => ({ id: a.id, name: a.name, members: a.wards ?? [] }));
    const merged = mergeShapes(set, groups);
    return { shapes: [...merged.shapes.values()], unmatched: areas.filter((a) => !merged.shapes.has(a.id)), missingWards: merged.missing };
  }
  const shapes: Shape[] = [];
  const unmatched: Locality[] = [];
  for (const a of areas) {
    const s = set.shapes.get(a.code ?? a.id) ?? set.shapes.get(a.id);
    if (s) shapes.push(renamed(s, a.id, a.name));
    else unmatched.push(a);
  }
  return { shapes, unmatched, missingWards: new Map() };
}
