// A parent-facing Local Offer feed, "SEND in numbers": real DfE figures for Walsall (read from the
// LAIT extract in data/dfe) beside England, the West Midlands and the average of the ten
// areas most like Walsall (DfE statistical neighbours, 2025 model). Titles and definitions are in
// plain English for parents and young people (short words and sentences; EHC plan and SEN support
// explained); the DfE's own wording is kept in `methodology`.
//
// What the data do not have: exclusions of pupils with SEND (LAIT has exclusions of all pupils, and
// of children in need; both are given, and say which they are) and SEND Tribunal figures (left out,
// rather than invented). So nothing in this feed is illustrative.
import { AUTHORITY, DFE_ATTRIBUTION, OGL, Periods, realSeries, type Feed, type IndicatorOut } from './common.js';
import { measure, statisticalNeighbours } from './dfe.js';

interface Row {
  id: string;
  lait: string;
  title: string;
  measure: 'how-much' | 'how-well' | 'so-what';
  node: string;
  plain: string;
  /** The figure in a sentence a parent can read ("About 6 in every 100 {who} {what}."); only for shares of children, not counts of events. */
  inWords?: { who: string; what?: string; things?: string };
}

const ROWS: Row[] = [
  {
    id: 'ehcp',
    lait: 'SEN_TotStat',
    title: 'Children with an EHC plan',
    measure: 'how-much',
    node: 'getting-help',
    plain:
      'An EHC plan (education, health and care plan, or EHCP) is a written plan for a child or young person who needs a lot of extra help. It says what help they need and who will give it. The council writes it with the family, the school and health workers. This is how many children in Walsall schools have one, out of every 100.',
    inWords: { who: "children in Walsall's schools", what: 'have an EHC plan' },
  },
  {
    id: 'sen-support',
    lait: 'SEN_TotSENSuP',
    title: 'Children who get SEN support',
    measure: 'how-much',
    node: 'getting-help',
    plain:
      'SEN support is extra help at school for a child with special educational needs (SEN): a child who finds it harder to learn than most children of the same age. The school gives this help. The child does not have an EHC plan. This is how many children in Walsall schools get SEN support, out of every 100.',
    inWords: { who: "children in Walsall's schools", what: 'get SEN support' },
  },
  {
    id: 'ehcp-20-weeks',
    lait: 'SEN_EHC_All_20wks',
    title: 'New EHC plans made on time',
    measure: 'how-well',
    node: 'on-time',
    plain:
      'When someone asks for an EHC plan, the council should finish it within 20 weeks. This is how many new plans were finished in 20 weeks or less, out of every 100. Higher is better.',
    inWords: { who: 'new EHC plans', what: 'were finished in 20 weeks or less' },
  },
  {
    id: 'ehcp-20-weeks-excluding-exceptions',
    lait: 'SEN_EHC_Excpt_20wks',
    title: 'New EHC plans made on time, leaving out plans that could not be',
    measure: 'how-well',
    node: 'on-time',
    plain:
      'Some plans are allowed to take longer than 20 weeks for a good reason, such as a school holiday. This is the same count as the one above, but it leaves those plans out. Higher is better.',
    inWords: { who: 'new EHC plans that had to be done in 20 weeks', what: 'were finished on time' },
  },
  {
    id: 'suspensions',
    lait: 'TotFixedEx',
    title: 'Suspensions from school (all children)',
    measure: 'so-what',
    node: 'school',
    plain:
      'A suspension is when a school sends a child home for a short time, such as a day or a few days. This is how many suspensions there were in a school year, for every 100 children. It counts all children, not only children with SEND. Lower is better.',
    inWords: { who: "children in Walsall's schools", things: 'suspensions' },
  },
  {
    id: 'permanent-exclusions',
    lait: 'TotPermEx',
    title: 'Children excluded from school for good (all children)',
    measure: 'so-what',
    node: 'school',
    plain:
      'A permanent exclusion is when a child is not allowed to go back to their school. This is how many permanent exclusions there were in a school year, for every 100 children. It counts all children, not only children with SEND. Lower is better.',
    inWords: { who: "children in Walsall's schools", things: 'permanent exclusions' },
  },
  {
    id: 'cin-suspensions',
    lait: 'CINFixedExclusion',
    title: 'Children in need who were suspended from school',
    measure: 'so-what',
    node: 'school',
    plain:
      "Children in need are children who get help from the council's social workers to keep them safe and well. Many of them also have SEND. This is how many of them were suspended at least once in a school year, out of every 100. Lower is better.",
    inWords: { who: 'children in need', what: 'were sent home from school for a short time' },
  },
  {
    id: 'cin-exclusions',
    lait: 'CINPermExclusion',
    title: 'Children in need who were excluded from school for good',
    measure: 'so-what',
    node: 'school',
    plain:
      "Children in need are children who get help from the council's social workers to keep them safe and well. This is how many of them were excluded for good at least once in a school year, out of every 100. Lower is better. When only a few children are counted, the figure is not shown.",
    inWords: { who: 'children in need', what: 'were excluded from school for good' },
  },
  {
    id: 'neet',
    lait: '16-17 NEET',
    title: 'Young people aged 16 and 17 who are not learning or working',
    measure: 'so-what',
    node: 'after-16',
    plain:
      'At 16 and 17, young people should be in school, college, training or a job. This is how many are not (NEET: not in education, employment or training), out of every 100. It counts all young people, not only those with SEND. Lower is better.',
    inWords: { who: 'young people aged 16 and 17', what: 'are not learning or working' },
  },
];

const NODES = [
  { id: 'getting-help', title: 'Getting help', rationale: 'How many children in Walsall get extra help with learning, and what kind of help.' },
  { id: 'on-time', title: 'Plans made on time', rationale: 'Whether new EHC plans are finished within the 20 weeks the law allows.' },
  {
    id: 'school',
    title: 'School',
    rationale:
      'How often children are sent home from school or excluded. There is no published figure for children with SEND only, so these are for all children, or for children in need.',
  },
  { id: 'after-16', title: 'After 16', rationale: 'Whether young people carry on learning, training or working after 16.' },
];

export function localOfferFeed(): Feed {
  const periods = new Periods();
  const indicators: IndicatorOut[] = ROWS.map((r) => {
    const m = measure(r.lait);
    const s = realSeries(r.lait, periods);
    return {
      id: r.id,
      title: r.title,
      shortTitle: r.title,
      definition: r.plain,
      ...(r.inWords ? { inWords: r.inWords } : {}),
      methodology: `The Department for Education's description: ${m.description || m.title}`,
      source: m.source,
      frequency: 'Every year',
      yearType: m.yearType,
      measure: r.measure,
      unit: 'percent',
      decimals: m.decimals,
      polarity: m.polarity,
      direction: { compare: 'year-ago' },
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
    licence: OGL,
    attribution: DFE_ATTRIBUTION,
    authority: AUTHORITY,
    illustrative: false,
    periods: periods.list(),
    comparators: [
      { id: 'england', name: 'England', kind: 'england', code: 'E92000001' },
      { id: 'west-midlands', name: 'West Midlands', kind: 'region', code: 'E12000005' },
      { id: 'sn', name: 'Areas like Walsall (average of 10)', kind: 'statistical-neighbours', members: statisticalNeighbours().map((n) => n.name) },
    ],
    indicators,
    framework: NODES.map((n) => ({
      id: n.id,
      title: n.title,
      kind: 'topic',
      rationale: n.rationale,
      indicators: ROWS.filter((r) => r.node === n.id).map((r) => r.id),
    })),
  };
}
