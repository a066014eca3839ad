import { idFrom, type FeedInput } from '@scorecard-kit/core/feed';
import { neighbourAverage } from '@scorecard-kit/core/rules';
import type { Council } from './council.js';
import type { StarterData, StarterMeasure } from './data.js';

type IndicatorOut = NonNullable<FeedInput['indicators']>[number];

/** The file the starter's page loads the council boundaries from, beside the feed. */
export const STARTER_BOUNDARIES = 'england-councils.topojson';

/** How many of each indicator's latest years the feed keeps: a trend, and a feed small enough for a phone. */
const YEARS = 6;

/** The fewest of the ten neighbours with a figure for their average to be given, as in LAIT. */

/**
 * A council's starter feed from the public figures: its headline indicators as published (marks
 * kept as marks), England, its region and its statistical neighbours' average as comparators and
 * each neighbour as a peer, every council in England as an area for the national map, and the
 * indicators under a few plain headings. Pure: the CLI, the "your council" page and the feed
 * studio all call it.
 */
export function starterFeed(data: StarterData, council: Council, options: { boundaries?: string } = {}): FeedInput {
  const neighbours = (data.neighbours[council.code] ?? []).map((code) => data.councils.find((c) => c.code === code)).filter((c): c is Council => Boolean(c));
  const region = { id: 'region', code: council.region, name: data.regions[council.region] ?? 'Region' };
  const periods = new Map<string, StarterMeasure['periods'][number]>();
  const councils = new Set(data.councils.map((c) => c.code));
  const indicators = data.measures.map((m) => indicator(m, council, { england: data.england, region: region.code }, neighbours, periods, councils));
  const headings = [...new Set(data.measures.map((m) => m.heading))];
  return {
    version: '1.0',
    title: `${council.name}: children's services in public figures`,
    publisher: `Made by Scorecard Kit's starter from DfE public data (${data.source})`,
    licence: data.licence,
    attribution: data.attribution,
    authority: { name: council.name, code: council.ons, dfeCode: council.code },
    periods: [...periods.values()].sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.id < b.id ? -1 : 1)),
    comparators: [
      { id: 'england', name: 'England', kind: 'england', code: 'E92000001' },
      { id: 'region', name: region.name, kind: 'region' },
      { id: 'sn', name: 'Statistical neighbours (average)', kind: 'statistical-neighbours', members: neighbours.map((n) => n.name) },
      ...neighbours.map((n) => ({ id: `la-${n.code}`, name: n.name, kind: 'peer' as const, code: n.code })),
    ],
    localities: data.councils.map((c) => ({ id: c.code, name: c.name, code: c.code, level: 'authority' as const })),
    boundaries: [
      {
        id: 'england-councils',
        level: 'authority',
        url: options.boundaries ?? STARTER_BOUNDARIES,
        object: 'utla',
        idProperty: 'dfe_la_code',
        nameProperty: 'dfe_la_name',
        attribution: data.boundaryAttribution,
      },
    ],
    framework: headings.map((title, i) => ({
      id: `h${i + 1}`,
      kind: 'Heading',
      title,
      indicators: data.measures.filter((m) => m.heading === title).map((m) => idFrom(m.id)),
    })),
    indicators,
  };
}

function indicator(
  m: StarterMeasure,
  council: Council,
  codes: { england: string; region: string },
  neighbours: Council[],
  periods: Map<string, StarterMeasure['periods'][number]>,
  councils: ReadonlySet<string>,
): IndicatorOut {
  const first = Math.max(0, m.periods.length - YEARS);
  const series = (code: string) =>
    m.periods.slice(first).flatMap((p, k) => {
      const i = first + k;
      const value = m.values[code]?.[i];
      if (value === undefined || value === null) return [];
      periods.set(p.id, p);
      return [{ period: p.id, value: value as number | 'c' | 'low' | 'x' | 'z' }];
    });
  const comparators: Record<string, ReturnType<typeof series>> = {};
  // A measure with a note has its England figure left out (see the note); it has no England line.
  if (!m.note) comparators.england = series(codes.england);
  comparators.region = series(codes.region);
  comparators.sn = m.periods.slice(first).flatMap((p, k) => {
    const i = first + k;
    const figures = neighbours.map((n) => m.values[n.code]?.[i]).filter((v): v is number => typeof v === 'number');
    if (!neighbours.some((n) => m.values[n.code]?.[i] !== undefined && m.values[n.code]?.[i] !== null)) return [];
    periods.set(p.id, p);
    return [averageOfNeighbours(p.id, figures, neighbours.length, m.decimals)];
  });
  for (const n of neighbours) comparators[`la-${n.code}`] = series(n.code);
  const localities: Record<string, ReturnType<typeof series>> = {};
  for (const code of Object.keys(m.values)) if (councils.has(code)) localities[code] = series(code);
  return {
    id: idFrom(m.id),
    title: m.title,
    definition: m.note ? `${m.definition} ${m.note}` : m.definition,
    source: m.source,
    frequency: 'Annual',
    yearType: m.yearType,
    measure: m.measure,
    unit: m.unit,
    decimals: m.decimals,
    polarity: m.polarity,
    direction: { compare: 'year-ago' },
    values: series(council.code),
    comparators,
    localities,
    ...(m.link ? { links: [{ label: 'The published statistics', url: m.link }] } : {}),
  };
}

/** The neighbours' average (core's rule), or "x" with why; with a note when not all of them have a figure. */
function averageOfNeighbours(period: string, figures: number[], of: number, decimals: number): { period: string; value: number | 'x'; note?: string } {
  const value = neighbourAverage(figures, decimals);
  if (value === null) return { period, value: 'x', note: `Only ${figures.length} of the ${of} neighbours have a figure, too few for an average.` };
  return figures.length === of ? { period, value } : { period, value, note: `Average of the ${figures.length} of ${of} neighbours with a figure.` };
}
