// Every children's services authority in England (the 153 upper-tier councils of 2023), for the
// national map: LAIT's headline indicators for every council (data/dfe/
// lait_all_la_headline_long.csv), with Walsall as the reporting authority, England and the West
// Midlands as comparators, and the councils as areas keyed by DfE LA code, drawn from the derived
// 153-council TopoJSON (docs/geo). All figures are real.
import { idFrom } from '../../packages/core/src/feed/ids.js';
import { readCsvObjects } from '../../packages/feed-tools/src/csv.js';
import { figure, measure, dataFile } from './dfe.js';
import {
  AUTHORITY,
  COMPARATORS,
  DFE_ATTRIBUTION,
  OGL,
  Periods,
  UK_GEOJSON,
  laitPeriod,
  unitOf,
  type Feed,
  type IndicatorOut,
  type ValueOut,
} from './common.js';

/** The headline measures, with the kit's words for them; how-much for demand, so-what for outcomes. */
const HEADLINES: [string, string, 'how-much' | 'how-well' | 'so-what'][] = [
  ['CIN', 'Children in need, rate per 10,000 children', 'how-much'],
  ['CPP_rate', 'Children on a child protection plan, rate per 10,000 children', 'how-much'],
  ['LAC', 'Children looked after, rate per 10,000 children', 'how-much'],
  ['ReReferral', 'Re-referrals within 12 months of a previous referral', 'how-well'],
  ['PrevRegCPR', 'Child protection plans that were a second or later plan', 'how-well'],
  ['SEN_TotStat', 'Pupils with an EHC plan', 'how-much'],
  ['SEN_TotSENSuP', 'Pupils receiving SEN support', 'how-much'],
  ['TotPermEx', 'Permanent exclusions, rate per pupil', 'so-what'],
  ['TotFixedEx', 'Suspensions, rate per pupil', 'so-what'],
  ['16-17_not known_NEET', '16 and 17 year olds not in education, employment or training, or not known', 'so-what'],
];

/** How many of each measure's latest years the feed keeps: enough for a trend, small enough to download. */
const YEARS = 5;

export function englandFeed(): Feed {
  const councils = readCsvObjects(dataFile('geo', 'england-utla-2023-props.csv'));
  const byName = new Map<string, string>();
  const rows = readCsvObjects(dataFile('dfe', 'lait_all_la_headline_long.csv'));
  const codes = new Set(councils.map((c) => c.dfe_la_code!));
  const periods = new Periods();

  const indicators: IndicatorOut[] = HEADLINES.map(([short, title, kind]) => {
    const m = measure(short);
    const mine = rows.filter((r) => r['Short Desc'] === short);
    const years = [...new Set(mine.map((r) => r.Years!))]
      .filter((y) => laitPeriod(m, y))
      .sort()
      .slice(-YEARS);
    const series = (match: (r: Record<string, string>) => boolean): ValueOut[] =>
      years.flatMap((y) => {
        const r = mine.find((x) => x.Years === y && match(x));
        return r ? [{ period: periods.add(laitPeriod(m, y)!), value: figure(r.Values!, m.decimals) }] : [];
      });
    const localities: Record<string, ValueOut[]> = {};
    for (const code of codes) {
      const s = series((r) => r['LA Number'] === code);
      if (s.length) localities[code] = s;
    }
    for (const r of mine) if (codes.has(r['LA Number']!)) byName.set(r['LA Number']!, r['LA and Regions']!);
    return {
      id: idFrom(short),
      title,
      definition: m.description || m.title,
      source: m.source,
      frequency: 'Annual',
      yearType: m.yearType,
      measure: kind,
      unit: unitOf(m),
      decimals: m.decimals,
      polarity: m.polarity,
      direction: { compare: 'year-ago' },
      values: series((r) => r['LA Number'] === AUTHORITY.dfeCode),
      comparators: { england: series((r) => r['LA and Regions'] === 'England'), 'west-midlands': series((r) => r['LA and Regions'] === 'West Midlands') },
      localities,
      ...(m.link ? { links: [{ label: 'The published statistics', url: m.link }] } : {}),
    };
  });

  return {
    version: '1.0',
    title: "Children's services in every English council",
    publisher: 'Sample feed made by Scorecard Kit from the DfE Local Authority Interactive Tool (LAIT)',
    updated: '2026-04-08',
    licence: OGL,
    attribution: DFE_ATTRIBUTION,
    authority: AUTHORITY,
    periods: periods.list(),
    comparators: COMPARATORS(),
    localities: councils.map((c) => ({
      id: c.dfe_la_code!,
      name: byName.get(c.dfe_la_code!) ?? c.dfe_la_name!,
      code: c.dfe_la_code!,
      level: 'authority' as const,
    })),
    boundaries: [
      {
        id: 'england-utla-2023',
        level: 'authority',
        url: '../geo/england-utla-2023-derived-simplified.topojson',
        object: 'utla',
        idProperty: 'dfe_la_code',
        nameProperty: 'dfe_la_name',
        attribution: `${UK_GEOJSON} Councils of 2023 made by dissolving 2013 districts with the ONS lower-to-upper tier lookup (Open Government Licence v3).`,
      },
    ],
    indicators,
  };
}
