// A parent-facing Local Offer "SEND in numbers" feed: real DfE figures for Walsall beside England,
// the West Midlands and similar areas, with titles and definitions in plain English.
import { AUTHORITY, COMPARATORS, DFE_ATTRIBUTION, Periods, measure, realSeries } from './common.js';

const ROWS: { id: string; short: string; title: string; measure: 'how-much' | 'how-well' | 'so-what'; decimals: number; plain: string; node: string; polarity?: 'none' }[] = [
  {
    id: 'ehcp',
    short: 'SEN_TotStat',
    title: 'Children with an EHC plan',
    measure: 'how-much',
    decimals: 1,
    polarity: 'none',
    node: 'getting-help',
    plain:
      'The share of pupils in Walsall schools who have an education, health and care plan (EHC plan, or EHCP). An EHC plan is a legal document. It says what help a child with special educational needs needs, and who will give it.',
  },
  {
    id: 'sen-support',
    short: 'SEN_TotSENSuP',
    title: 'Children getting SEN support',
    measure: 'how-much',
    decimals: 1,
    polarity: 'none',
    node: 'getting-help',
    plain:
      'The share of pupils who get SEN support. SEN support is extra help at school for a child with special educational needs, without an EHC plan.',
  },
  {
    id: 'ehcp-20-weeks',
    short: 'SEN_EHC_All_20wks',
    title: 'New EHC plans made within 20 weeks',
    measure: 'how-well',
    decimals: 1,
    node: 'on-time',
    plain:
      'When a family asks for an EHC plan, the council should finish the plan within 20 weeks. This is the share of new plans that were finished in time. Higher is better.',
  },
  {
    id: 'suspensions',
    short: 'TotFixedEx',
    title: 'Suspensions from school',
    measure: 'so-what',
    decimals: 2,
    node: 'school',
    plain: 'Suspensions (when a pupil is sent home from school for a short time) as a share of all pupils. This counts all pupils, not only pupils with SEND. Lower is better.',
  },
  {
    id: 'permanent-exclusions',
    short: 'TotPermEx',
    title: 'Pupils excluded from school for good',
    measure: 'so-what',
    decimals: 2,
    node: 'school',
    plain: 'Permanent exclusions (when a pupil cannot go back to their school) as a share of all pupils. This counts all pupils, not only pupils with SEND. Lower is better.',
  },
  {
    id: 'cin-suspensions',
    short: 'CINFixedExclusion',
    title: 'Children in need with at least one suspension',
    measure: 'so-what',
    decimals: 2,
    node: 'school',
    plain: 'The share of children in need (children the council helps because they need support to be safe or healthy) who were suspended at least once. Lower is better.',
  },
  {
    id: 'neet',
    short: '16-17 NEET',
    title: 'Young people aged 16 and 17 not in education, work or training',
    measure: 'so-what',
    decimals: 1,
    node: 'after-16',
    plain: 'The share of 16 and 17 year olds who are not in education, employment or training (NEET). This counts all young people, not only young people with SEND. Lower is better.',
  },
];

const NODES = [
  { id: 'getting-help', title: 'Getting help' },
  { id: 'on-time', title: 'Plans made on time' },
  { id: 'school', title: 'School' },
  { id: 'after-16', title: 'After 16' },
];

export function localOfferFeed() {
  const periods = new Periods();
  const indicators = ROWS.map((r) => {
    const m = measure(r.short);
    const s = realSeries(r.short, periods, r.decimals);
    return {
      id: r.id,
      title: r.title,
      shortTitle: r.title,
      definition: r.plain,
      methodology: m.description || m.title,
      source: m.source,
      yearType: m.yearType,
      frequency: 'Every year',
      measure: r.measure,
      unit: 'percent',
      decimals: r.decimals,
      polarity: r.polarity ?? m.polarity,
      direction: { compare: 'previous' },
      values: s.values,
      comparators: s.comparators,
      links: m.link ? [{ label: 'Where this figure comes from', url: m.link }] : [],
    };
  });
  return {
    version: '1.0',
    title: 'SEND in numbers: Walsall Local Offer',
    publisher: 'Walsall Council Local Offer (sample feed made by Scorecard Kit)',
    updated: '2026-04-08',
    licence: 'Open Government Licence v3.0',
    attribution: DFE_ATTRIBUTION,
    authority: AUTHORITY,
    illustrative: false,
    periods: periods.list(),
    comparators: COMPARATORS(),
    indicators,
    framework: NODES.map((n) => ({ id: n.id, title: n.title, kind: 'topic', indicators: ROWS.filter((r) => r.node === n.id).map((r) => r.id) })),
  };
}
