// The Walsall Right 4 Children outcomes framework (seed 000, draft v0.3, Sept 2020): the three
// corporate priorities for children, the five WR4C priorities with their outcomes, their "How much /
// How well / So what" indicators and quality-assurance questions, and the equalities framework.
// Indicators with a public DfE series carry the real figures; the rest are invented and flagged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsvObjects } from './csv.js';
import { SHARED } from './dfe.js';
import { AUTHORITY, COMPARATORS, DFE_ATTRIBUTION, Periods, QUARTERS, inventSeries, measure, random, realSeries } from './common.js';

type MeasureType = 'how-much' | 'how-well' | 'so-what';
type Polarity = 'bigger-is-better' | 'smaller-is-better' | 'none';

interface Def {
  id: string;
  title: string;
  measure: MeasureType;
  unit: string;
  polarity: Polarity;
  decimals: number;
  /** A LAIT measure whose published figures this indicator carries. */
  real?: string;
  /** Invented quarterly figures: a level, and the most it drifts a quarter. */
  invent?: [number, number];
  definition?: string;
  target?: { label: string; kind: string; value: number; tolerance: number };
}

const P = 'bigger-is-better';
const S = 'smaller-is-better';
const N = 'none';

// The indicators of each priority, as seed 000 lists them. An indicator named under two
// priorities is one indicator named twice.
const INDICATORS: Def[] = [
  // Priority 1: our services and support is responsive to the needs of different communities.
  { id: 'eh-requests', title: 'Number of requests for Early Help', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [620, 60] },
  { id: 'contacts', title: 'Number of contacts', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [3400, 250] },
  { id: 'referrals', title: 'Number of social care referrals', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, real: 'CPP_Total_NumRef' },
  { id: 'eh-open', title: 'Number of children open to Early Help', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [1850, 120] },
  { id: 'cin-rate', title: 'Children in need (rate per 10,000 children)', measure: 'how-much', unit: 'per-10000', polarity: N, decimals: 1, real: 'CIN' },
  { id: 'cpp-rate', title: 'Children subject of a child protection plan (rate per 10,000 children)', measure: 'how-much', unit: 'per-10000', polarity: N, decimals: 1, real: 'CPP_rate' },
  { id: 'cla-rate', title: 'Children looked after (rate per 10,000 children)', measure: 'how-much', unit: 'per-10000', polarity: N, decimals: 0, real: 'LAC' },
  { id: 'eh-requests-timely', title: '% of requests for Early Help completed in timescales', measure: 'how-well', unit: 'percent', polarity: P, decimals: 1, invent: [82, 4], target: { label: 'Year 1 target (illustrative)', kind: 'year-1', value: 85, tolerance: 5 } },
  { id: 'eha-timely', title: '% of Early Help assessments completed in timescales', measure: 'how-well', unit: 'percent', polarity: P, decimals: 1, invent: [76, 5] },
  { id: 'contacts-timely', title: '% of contacts completed in timescales', measure: 'how-well', unit: 'percent', polarity: P, decimals: 1, invent: [91, 3] },
  { id: 'contacts-nfa', title: '% of contacts that are no further action', measure: 'how-well', unit: 'percent', polarity: N, decimals: 1, invent: [38, 4] },
  { id: 'assessments-timely', title: '% of assessments completed in 45 working days', measure: 'how-well', unit: 'percent', polarity: P, decimals: 1, real: 'Continue_Assess_Comp', target: { label: 'Minimum standard (illustrative)', kind: 'minimum-standard', value: 85, tolerance: 5 } },
  { id: 'cpp-length', title: 'Average length of a child protection plan (days)', measure: 'how-well', unit: 'days', polarity: N, decimals: 0, invent: [290, 25] },
  { id: 'icpc-partners', title: '% of initial and review child protection conferences with partners taking part', measure: 'how-well', unit: 'percent', polarity: P, decimals: 1, invent: [84, 4] },
  { id: 'eh-support-offered', title: '% of requests for Early Help that result in support being offered', measure: 'so-what', unit: 'percent', polarity: P, decimals: 1, invent: [71, 4] },
  { id: 'eh-positive', title: '% of Early Help interventions that lead to a positive outcome', measure: 'so-what', unit: 'percent', polarity: P, decimals: 1, invent: [78, 4] },
  { id: 'outcome-star', title: 'Outcome Star: average distance travelled', measure: 'so-what', unit: 'score', polarity: P, decimals: 1, invent: [2.4, 0.3] },
  { id: 're-referrals', title: '% of re-referrals to children\'s social care within 12 months', measure: 'so-what', unit: 'percent', polarity: S, decimals: 1, real: 'ReReferral', target: { label: 'Year 1 target (illustrative)', kind: 'year-1', value: 20, tolerance: 2 } },
  { id: 'step-down', title: 'Cases stepped down from social care to Early Help', measure: 'so-what', unit: 'count', polarity: N, decimals: 0, invent: [95, 15] },
  { id: 'cpp-repeat', title: '% of children subject of a child protection plan for a second or subsequent time', measure: 'so-what', unit: 'percent', polarity: S, decimals: 1, real: 'PrevRegCPR' },
  { id: 'attainment-gap', title: 'Gap between the localities in pupils meeting the expected standard at key stage 2 (points)', measure: 'so-what', unit: 'score', polarity: S, decimals: 1, invent: [11, 1.5] },
  // Priority 2: our response to vulnerable adolescents is effective.
  { id: 'cme', title: 'Number of young people who are children missing education', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [140, 20] },
  { id: 'part-time', title: 'Number of young people missing from education or on part-time timetables', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [210, 25] },
  { id: 'permanent-exclusions', title: 'Permanent exclusions (% of the school population)', measure: 'how-much', unit: 'percent', polarity: S, decimals: 2, real: 'TotPermEx' },
  { id: 'referrals-12', title: 'Number of new referrals for young people aged 12 and over', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [380, 40] },
  { id: 'turning-point', title: 'Number of young people supported by Turning Point', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [60, 10] },
  { id: 'camhs-young', title: 'Number of young people accessing CAMHS', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [720, 60] },
  { id: 'exploitation-risk', title: 'Number of young people at risk of exploitation', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [85, 12] },
  { id: 'missing', title: 'Number of young people who go missing', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [110, 15] },
  { id: 'back-in-school', title: '% of young people excluded from school who are back in school by the sixth day', measure: 'how-well', unit: 'percent', polarity: P, decimals: 1, invent: [88, 4] },
  { id: 'pathway-plans', title: '% of care leavers with up-to-date pathway plans', measure: 'how-well', unit: 'percent', polarity: P, decimals: 1, invent: [89, 4] },
  { id: 'placed-distance', title: '% of children looked after placed more than 20 miles from home, outside the local authority', measure: 'how-well', unit: 'percent', polarity: S, decimals: 1, real: 'LACDistance' },
  { id: 'return-interviews', title: '% of return home interviews completed within 72 hours', measure: 'how-well', unit: 'percent', polarity: P, decimals: 1, invent: [74, 6] },
  { id: 'exploitation-risk-reduced', title: '% of exploited young people whose risk level reduced', measure: 'how-well', unit: 'percent', polarity: P, decimals: 1, invent: [58, 6] },
  { id: 'first-time-entrants', title: 'First-time entrants to the youth justice system (rate per 100,000 aged 10 to 17)', measure: 'so-what', unit: 'per-100000', polarity: S, decimals: 0, real: 'FirstYJS' },
  { id: 'repeat-offences', title: 'Number of repeat offences by young people', measure: 'so-what', unit: 'count', polarity: S, decimals: 0, invent: [150, 20] },
  { id: 'neet-16-17', title: '16 and 17 year olds not in education, employment or training (%)', measure: 'so-what', unit: 'percent', polarity: S, decimals: 1, real: '16-17 NEET' },
  { id: 'care-leavers-eet', title: 'Care leavers in education, employment or training (%)', measure: 'so-what', unit: 'percent', polarity: P, decimals: 0, real: 'CareLeaverEET' },
  { id: 'care-leavers-accommodation', title: 'Care leavers in suitable accommodation (%)', measure: 'so-what', unit: 'percent', polarity: P, decimals: 0, real: 'CareLeaverAcc' },
  { id: 'placement-stability', title: 'Children looked after with three or more placements in the year (%)', measure: 'so-what', unit: 'percent', polarity: S, decimals: 0, real: 'LACStable_2016on' },
  // Priority 3: children with SEND are identified and supported effectively.
  { id: 'ehcp-percent', title: 'Pupils with an education, health and care plan (%)', measure: 'how-much', unit: 'percent', polarity: N, decimals: 1, real: 'SEN_TotStat' },
  { id: 'sen-support-percent', title: 'Pupils on SEN support (%)', measure: 'how-much', unit: 'percent', polarity: N, decimals: 1, real: 'SEN_TotSENSuP' },
  { id: 'ehc-requests', title: 'Number of requests for an EHC needs assessment', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [160, 20] },
  { id: 'local-offer-visits', title: 'Number of visits to the Local Offer website', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [21000, 2500] },
  { id: 'decisions-6-weeks', title: '% of decisions to assess made within 6 weeks', measure: 'how-well', unit: 'percent', polarity: P, decimals: 1, invent: [86, 5] },
  { id: 'advices-on-time', title: '% of advices from professionals received on time', measure: 'how-well', unit: 'percent', polarity: P, decimals: 1, invent: [69, 6] },
  { id: 'ehcp-20-weeks', title: 'New EHC plans issued within 20 weeks (%)', measure: 'how-well', unit: 'percent', polarity: P, decimals: 1, real: 'SEN_EHC_All_20wks', target: { label: 'Minimum standard (illustrative)', kind: 'minimum-standard', value: 60, tolerance: 10 } },
  { id: 'tribunals', title: 'Tribunals as a % of appealable decisions', measure: 'how-well', unit: 'percent', polarity: S, decimals: 1, invent: [1.6, 0.3] },
  { id: 'parents-find-info', title: '% of parents and carers who say it is easy to find information about SEND services', measure: 'how-well', unit: 'percent', polarity: P, decimals: 0, invent: [52, 5] },
  { id: 'sen-excluded', title: '% of children with SEN who are excluded from school', measure: 'so-what', unit: 'percent', polarity: S, decimals: 2, invent: [0.35, 0.05] },
  { id: 'sen-eet', title: '% of young people with SEN in education, employment or training', measure: 'so-what', unit: 'percent', polarity: P, decimals: 1, invent: [84, 3] },
  // Priority 4: children at risk of exclusion can access effective support.
  { id: 'inclusion-referrals', title: 'Number of referrals to the school inclusion team', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [75, 12] },
  { id: 'ehe', title: 'Number of children electively home educated', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [540, 30] },
  { id: 'alternative-provision', title: 'Number of children and young people in alternative provision', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [260, 20] },
  { id: 'exclusions-prevented', title: 'Number of exclusions prevented', measure: 'how-well', unit: 'count', polarity: P, decimals: 0, invent: [40, 8] },
  { id: 'ehe-acceptable', title: '% of electively home educated children whose education is deemed acceptable', measure: 'how-well', unit: 'percent', polarity: P, decimals: 1, invent: [81, 4] },
  { id: 'suspensions', title: 'Suspensions (% of the school population)', measure: 'so-what', unit: 'percent', polarity: S, decimals: 2, real: 'TotFixedEx' },
  { id: 'persistent-absence', title: 'Pupils who are persistently absent (%)', measure: 'so-what', unit: 'percent', polarity: S, decimals: 1, real: 'TotPerAbNew' },
  // Priority 5: our services are developed and delivered in collaboration with children, young people and families.
  { id: 'camhs-referrals', title: 'Number of referrals to CAMHS', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [480, 40] },
  { id: 'consultation', title: 'Number of children, young people and families engaged in consultation', measure: 'how-much', unit: 'count', polarity: P, decimals: 0, invent: [310, 40] },
  { id: 'complaints', title: 'Number of complaints', measure: 'how-well', unit: 'count', polarity: S, decimals: 0, invent: [48, 8] },
  { id: 'cp-contribute', title: '% of children and young people who contribute to their child protection conferences', measure: 'how-well', unit: 'percent', polarity: P, decimals: 1, invent: [64, 5] },
  { id: 'cla-review-attend', title: '% of children and young people who attend their looked after review', measure: 'how-well', unit: 'percent', polarity: P, decimals: 1, invent: [71, 5] },
  { id: 'sdq', title: 'Average strengths and difficulties (SDQ) score of children looked after', measure: 'so-what', unit: 'score', polarity: S, decimals: 1, invent: [14.8, 0.6] },
];

interface Priority {
  id: string;
  title: string;
  corporate: string;
  rationale: string;
  outcomes: string[];
  indicators: string[];
  questions: [string, string, string[]][];
}

const PRIORITIES: Priority[] = [
  {
    id: 'locality-model',
    title: 'Our services and support are responsive to the needs of different communities (locality model)',
    corporate: 'connected',
    rationale:
      "Needs differ across Walsall: it is one of the most deprived areas of the country overall, but some areas are more affluent while others have very high levels of deprivation. Moving to a locality model has already worked well in Early Help and will support a more local approach to need and to building relationships.",
    outcomes: [
      'The needs of children and families are well understood in each locality',
      'Partners are proactive in responding to these needs (graduated response)',
      'Children and families have easier access to services',
      'Children and families are better connected with community resources to build resilience',
    ],
    indicators: ['eh-requests', 'contacts', 'referrals', 'eh-open', 'cin-rate', 'cpp-rate', 'cla-rate', 'eh-requests-timely', 'eha-timely', 'contacts-timely', 'contacts-nfa', 'assessments-timely', 'cpp-length', 'icpc-partners', 'eh-support-offered', 'eh-positive', 'outcome-star', 're-referrals', 'step-down', 'cpp-repeat', 'attainment-gap'],
    questions: [
      ['q-demand-by-area', 'Is demand increasing or decreasing in each area, and how does this link with population and deprivation data?', ['eh-requests', 'contacts', 'referrals', 'cin-rate']],
      ['q-needs-differ', 'Are the needs different in each locality, and how is this being responded to?', ['eh-open', 'cin-rate', 'cpp-rate']],
      ['q-service-inequality', 'Are there inequalities in service levels in different localities, and is this due to demand or something else?', ['eh-requests-timely', 'assessments-timely']],
      ['q-outcome-by-locality', 'Are children in one locality more likely to have a positive outcome than children in a different locality? Is this due to need or other factors?', ['eh-positive', 'outcome-star', 'attainment-gap']],
      ['q-partners-early-help', 'Are partners engaging in providing and leading effective Early Help services?', ['eh-open', 'step-down']],
      ['q-partners-referrals', 'Are partners making appropriate referrals to statutory services?', ['referrals', 're-referrals', 'contacts-nfa']],
      ['q-partners-cp', 'Are partners effectively engaging in child protection planning processes?', ['icpc-partners', 'cpp-repeat']],
    ],
  },
  {
    id: 'adolescents',
    title: 'Our response to vulnerable adolescents is effective',
    corporate: 'connected',
    rationale:
      'A June 2019 inspection of Youth Justice Services found assessments were not joined up or robust enough, and significant disproportionality in the system. A high number of adolescents are on child protection plans or becoming looked after, and their education outcomes are poor.',
    outcomes: [
      'More vulnerable young people are engaged in education, employment and training',
      'More young people are supported to remain in their family home',
      'Fewer young people enter the criminal justice system',
    ],
    indicators: ['cme', 'part-time', 'permanent-exclusions', 'referrals-12', 'turning-point', 'camhs-young', 'exploitation-risk', 'missing', 'back-in-school', 'pathway-plans', 'placed-distance', 'return-interviews', 'exploitation-risk-reduced', 'first-time-entrants', 'repeat-offences', 'neet-16-17', 'care-leavers-eet', 'care-leavers-accommodation', 'placement-stability'],
    questions: [
      ['q-full-time-education', 'Are young people in full-time education, and attending when they are there? Are their educational outcomes improving?', ['cme', 'part-time', 'back-in-school', 'neet-16-17']],
      ['q-becoming-looked-after', 'Are the rates and numbers of young people becoming looked after reducing?', ['referrals-12', 'cla-rate']],
      ['q-care-leavers-connected', 'Are care leavers supported to keep in touch with their communities? Are care leavers supported into education, employment and training?', ['pathway-plans', 'care-leavers-eet', 'care-leavers-accommodation']],
    ],
  },
  {
    id: 'send',
    title: 'Children with SEND are identified and supported effectively',
    corporate: 'best-start',
    rationale:
      "The February 2019 Ofsted / CQC joint local area inspection of SEND found significant weaknesses, including the quality of EHC plans, the quality of the Local Offer, co-production with parents and poor outcomes for children with SEND.",
    outcomes: [
      'Children who have SEND are identified effectively',
      'Children who have a SEND need receive a high quality, graduated response to their needs',
      'Children with SEND are supported through a robust Local Offer of support and services to reach their full potential',
      'Families find it easier to access the right help',
    ],
    indicators: ['ehcp-percent', 'sen-support-percent', 'ehc-requests', 'local-offer-visits', 'decisions-6-weeks', 'advices-on-time', 'ehcp-20-weeks', 'tribunals', 'parents-find-info', 'sen-excluded', 'sen-eet'],
    questions: [
      ['q-sen-identified', 'Are children with SEN identified at the right time, and is the level of need in line with what is expected?', ['ehcp-percent', 'sen-support-percent', 'ehc-requests']],
      ['q-sen-information', 'Can families easily access information about the services that are available?', ['local-offer-visits', 'parents-find-info']],
      ['q-sen-outcomes', 'Are outcomes for children with SEN improving? Are they being supported to reach their full potential?', ['sen-excluded', 'sen-eet', 'ehcp-20-weeks']],
    ],
  },
  {
    id: 'exclusions',
    title: 'Children at risk of exclusion can access effective support',
    corporate: 'best-start',
    rationale:
      'Exclusions from Walsall schools were significantly higher than statistical, regional and national comparators and attendance was lower. Supporting and challenging schools to be more inclusive will improve educational outcomes and future prospects.',
    outcomes: [
      'Children and young people feel supported to engage with education',
      'The root causes of exclusions are understood',
      'Schools are more inclusive',
      'Professionals and families find it easier to access the right support to keep children in education',
    ],
    indicators: ['cme', 'part-time', 'permanent-exclusions', 'inclusion-referrals', 'ehe', 'alternative-provision', 'back-in-school', 'exclusions-prevented', 'ehe-acceptable', 'sen-excluded', 'suspensions', 'persistent-absence'],
    questions: [
      ['q-schools-inclusive', 'Are Walsall schools inclusive, in particular to children with additional needs?', ['permanent-exclusions', 'suspensions', 'sen-excluded']],
      ['q-attending', 'Are children attending school when they should?', ['persistent-absence', 'cme']],
      ['q-exclusion-support', 'Where children need support because they are at risk of exclusion, is that support effective?', ['inclusion-referrals', 'exclusions-prevented', 'back-in-school']],
      ['q-ehe-quality', 'Is the education of children who are electively home educated of good quality?', ['ehe', 'ehe-acceptable']],
    ],
  },
  {
    id: 'collaboration',
    title: 'Our services are developed and delivered in collaboration with children, young people and families',
    corporate: 'thrive',
    rationale:
      "The 2017 inspection found children did not have a sufficient voice in the development of services, and the 2019 SEND inspection found co-production with parents and carers was weak. The 'Big Conversation' began in 2019 so that children and families could say how they felt about services.",
    outcomes: [
      'Children, young people and families are involved in service design and development',
      'Children, young people and families are involved in developing and implementing their plans',
      'Children, young people and families feel more resilient',
      'Children, young people and families can provide regular feedback',
    ],
    indicators: ['camhs-referrals', 'consultation', 'complaints', 'cp-contribute', 'cla-review-attend', 'sdq', 'eh-positive', 'outcome-star'],
    questions: [
      ['q-involved-design', 'Are children, young people and families involved in service design and development?', ['consultation']],
      ['q-involved-plans', 'Are children, young people and families involved in their plans? Are their voices heard, and how is this evidenced?', ['cp-contribute', 'cla-review-attend']],
      ['q-resilient', 'Do families feel more resilient? How do we know?', ['outcome-star', 'eh-positive', 'sdq']],
    ],
  },
];

const EQUALITIES_QUESTIONS: [string, string][] = [
  ['q-eq-safety', 'Are groups who are more disadvantaged more or less safe than those that are less disadvantaged?'],
  ['q-eq-access', 'Do all groups have the same access to services?'],
  ['q-eq-disproportion', 'Is there disproportionality in services, interventions and outcomes, and how is this being addressed?'],
  ['q-eq-tailored', "Are interventions tailored to the needs of different groups rather than 'one size fits all'?"],
  ['q-eq-workforce', 'Is the workforce reflective of the communities which it supports?'],
  ['q-eq-deprivation', 'What impact does deprivation have on children and families in Walsall?'],
  ['q-eq-events', 'What is the impact of major events (e.g. Covid-19) on the people of Walsall?'],
];

const CORPORATE = [
  { id: 'best-start', title: 'Children have the best possible start and are safe from harm, happy, healthy and learning well' },
  { id: 'thrive', title: 'Children thrive emotionally, physically, mentally and feel they are achieving their potential' },
  { id: 'connected', title: 'Children grow up in connected communities and feel safe everywhere' },
];

/** Walsall's four Early Help localities: no public ward list exists, so this grouping is illustrative. */
const LOCALITY_WARDS: Record<string, string[]> = {
  north: ['Birchills Leamore', 'Blakenall', 'Bloxwich East', 'Bloxwich West', 'Brownhills', 'Pelsall', 'Rushall-Shelfield'],
  east: ['Aldridge Central and South', 'Aldridge North and Walsall Wood', 'Pheasey Park Farm', 'Streetly'],
  south: ['Paddock', 'Palfrey', 'Pleck', "St Matthew's"],
  west: ['Willenhall North', 'Willenhall South', 'Short Heath', 'Bentley and Darlaston North', 'Darlaston South'],
};

export function wr4cFeed() {
  const wards = readCsvObjects(readFileSync(join(SHARED, 'data', 'geo', 'walsall-ward-to-area-partnership-2014.csv'), 'utf8'));
  const code = (name: string) => {
    const w = wards.find((r) => r.WD13NM === name);
    if (!w) throw new Error(`no ward ${name}`);
    return w.WD13CD!;
  };
  const population = readCsvObjects(readFileSync(join(SHARED, 'data', 'dfe', 'ees', 'ons_mid-year_population_estimates_2012_to_2024__walsall_extract.csv'), 'utf8'))
    .filter((r) => r.la_name === 'Walsall' && /0 to 17/.test(r.age_group ?? ''))
    .sort((a, b) => Number(b.time_period) - Number(a.time_period))[0]!;
  const children = Number(population.population_estimate);
  const shares: Record<string, number> = { north: 0.3, east: 0.18, south: 0.27, west: 0.25 };
  const localities = Object.entries(LOCALITY_WARDS).map(([id, names]) => ({
    id,
    name: id[0]!.toUpperCase() + id.slice(1),
    population: Math.round(children * shares[id]!),
    wards: names.map(code),
    illustrative: true,
  }));
  const assigned = new Set(localities.flatMap((l) => l.wards));
  if (assigned.size !== wards.length) throw new Error('every ward must be in one locality');

  const periods = new Periods();
  QUARTERS.forEach((q) => periods.add(q));
  const indicators = INDICATORS.map((d) => {
    const base = { id: d.id, title: d.title, measure: d.measure, unit: d.unit, decimals: d.decimals, polarity: d.polarity };
    const targets = d.target ? { targets: [{ id: 'target', label: d.target.label, kind: d.target.kind, value: d.target.value }], rag: { target: 'target', tolerance: d.target.tolerance } } : {};
    if (d.real) {
      const m = measure(d.real);
      const s = realSeries(d.real, periods, d.decimals, { england: d.real !== 'FirstYJS' });
      return {
        ...base,
        definition: m.description || m.title,
        source: m.source,
        frequency: 'Annual',
        yearType: m.yearType,
        direction: { compare: 'previous' },
        ...targets,
        values: s.values,
        comparators: s.comparators,
        localities: inventLocalities(d, s.latest ? [s.latest] : []),
        links: m.link ? [{ label: 'The published statistics', url: m.link }] : [],
        commentary: [
          {
            text: `Walsall, West Midlands${d.real === 'FirstYJS' ? '' : ', England'} and statistical-neighbour figures are as published by the Department for Education (LAIT). The statistical-neighbour figure is the average of Walsall's ten 2025-model neighbours. Locality figures are illustrative.${d.real === 'FirstYJS' ? ' The England figure is left out: in the source it does not fit the regional figures.' : ''}`,
          },
        ],
      };
    }
    const [level, drift] = d.invent!;
    const max = d.unit === 'percent' ? 100 : Infinity;
    const values = inventSeries(d.id, level, drift, d.decimals, 0, max);
    return {
      ...base,
      definition: `${d.title}. There is no public source for this figure: the figures shown are invented to illustrate the framework.`,
      source: 'Illustrative',
      frequency: 'Quarterly',
      illustrative: true,
      direction: { compare: 'previous' },
      ...targets,
      values: QUARTERS.map((q, i) => ({ period: q.id, value: values[i]! })),
      localities: inventLocalities(d, [{ period: QUARTERS.at(-2)!.id, value: values.at(-2)! }, { period: QUARTERS.at(-1)!.id, value: values.at(-1)! }]),
    };
  });

  const questions = [
    ...PRIORITIES.flatMap((p) => p.questions.map(([id, text, inds]) => ({ id, text, indicators: inds }))),
    ...EQUALITIES_QUESTIONS.map(([id, text]) => ({ id, text, guidance: 'Use the breakdowns by protected characteristic, compared with the population of Walsall.' })),
  ];

  const framework = [
    ...CORPORATE.map((c) => ({
      id: c.id,
      title: c.title,
      kind: 'corporate-priority',
      children: PRIORITIES.filter((p) => p.corporate === c.id).map((p) => ({
        id: p.id,
        title: p.title,
        kind: 'priority',
        rationale: p.rationale,
        indicators: p.indicators,
        questions: p.questions.map(([id]) => id),
        children: p.outcomes.map((o, i) => ({ id: `${p.id}-outcome-${i + 1}`, title: o, kind: 'outcome' })),
      })),
    })),
    {
      id: 'equalities',
      title: 'Equalities framework',
      kind: 'framework',
      rationale:
        "To incorporate equality monitoring into existing processes, monitor progress toward equality of access, opportunity and outcomes, and act where inequalities exist.",
      questions: EQUALITIES_QUESTIONS.map(([id]) => id),
    },
  ];

  return {
    version: '1.0',
    title: 'Walsall Right 4 Children outcomes framework',
    publisher: "Walsall Council Children's Services (sample feed made by Scorecard Kit)",
    updated: '2026-04-08',
    licence: 'Open Government Licence v3.0',
    attribution: DFE_ATTRIBUTION,
    authority: AUTHORITY,
    illustrative: true,
    illustrativeNote:
      'Figures from the Department for Education are real; indicators marked Illustrative, every locality figure, and the grouping of wards into four localities are invented for this sample.',
    periods: periods.list(),
    comparators: COMPARATORS(),
    localities,
    indicators,
    framework,
    questions,
  };

  /** Invented locality figures beside the given authority figures, flagged as illustrative. */
  function inventLocalities(d: Def, at: { period: string; value: number }[]) {
    const r = random(`${d.id}-localities`);
    return Object.fromEntries(
      localities.map((l) => [
        l.id,
        at.map(({ period, value }) => {
          const factor = 0.75 + r() * 0.5;
          const v = d.unit === 'count' ? value * shares[l.id]! * factor : value * factor;
          const capped = d.unit === 'percent' ? Math.min(100, v) : v;
          return { period, value: Number(capped.toFixed(d.decimals)), illustrative: true };
        }),
      ]),
    );
  }
}
