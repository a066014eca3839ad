// The Walsall Right 4 Children (WR4C) outcomes framework: seed 000 (draft v0.3, September 2020),
// transcribed. The three corporate priorities for children ("How our outcomes link to Corporate
// Priorities"), the five WR4C priorities ("Priorities") with their rationale ("Why these five
// priorities?"), their numbered outcomes, their "How much / How well / So what" indicators and
// quality-assurance questions (one page per priority, pages 10-15), and the Equalities Framework.
// The seed's Year 1-3 targets table is empty, so the framework nodes carry no targets.
//
// Figures: an indicator with a public series (DfE LAIT, or DfE Explore Education Statistics)
// carries the real figures for Walsall, England, the West Midlands and the average of Walsall's
// ten 2025-model statistical neighbours. Every other indicator, every locality figure, every
// breakdown and every target is invented and flagged `illustrative`.
import { lookedAfterByEthnicity } from './equalities.js';
import { readCsvObjects } from '../../packages/feed-tools/src/csv.js';
import { figure, measure, round, dataFile, statisticalNeighbours, type Figure } from './dfe.js';
import {
  AUTHORITY,
  COMPARATORS,
  PEERS,
  WARD_BOUNDARIES,
  unitOf,
  DFE_ATTRIBUTION,
  OGL,
  Periods,
  QUARTERS,
  academicYear,
  apportion,
  eesFigures,
  financialYear,
  inventSeries,
  random,
  realSeries,
  recentOf,
  snValue,
  type Feed,
  type IndicatorOut,
  type Period,
  type ValueOut,
} from './common.js';

type MeasureType = 'how-much' | 'how-well' | 'so-what';
type Polarity = 'bigger-is-better' | 'smaller-is-better' | 'none';
type Unit = 'count' | 'percent' | 'per-1000' | 'per-10000' | 'per-100000' | 'days' | 'score';

/** Illustrative figures for a breakdown: parts of a count, or shares (in %) of which one group is the indicator's own figure. */
type BreakdownDef =
  | { id: string; label: string; kind: 'parts'; groups: [string, string, number][] }
  | { id: string; label: string; kind: 'shares'; main: string; complement?: boolean; groups: [string, string, number, number?][] };

/** How often invented figures come: quarterly, or once a year (by the year type the measure would have). */
type Cadence = 'quarter' | 'financial-year' | 'academic-year' | 'calendar-year' | 'census';

interface Def {
  id: string;
  title: string;
  measure: MeasureType;
  /** A LAIT measure whose published figures this indicator carries (its polarity, decimals and year type come from the LAIT dictionary). */
  lait?: string;
  /** A figure worked out from a DfE Explore Education Statistics extract. */
  ees?: 'cin-count' | 'care-leavers-in-touch';
  /** For invented figures: unit, polarity, decimals, a level and the most it drifts a period. */
  unit?: Unit;
  polarity?: Polarity;
  decimals?: number;
  invent?: [number, number];
  cadence?: Cadence;
  breakdown?: BreakdownDef;
  /** Added to the definition. */
  note?: string;
  /** Illustrative targets. */
  targets?: TargetDef;
}

type TargetDef = { kind: 'years'; values: [number, number, number]; tolerance: number } | { kind: 'minimum-standard'; value: number; tolerance: number };

const P = 'bigger-is-better';
const S = 'smaller-is-better';
const N = 'none';

// ---------------------------------------------------------------------------------------------
// The indicators, in the order seed 000 lists them, priority by priority (How much, How well,
// So what). An indicator named under two priorities is one indicator, named by both.
// ---------------------------------------------------------------------------------------------
const INDICATORS: Def[] = [
  // Priority 1 (seed p. 10): our services and support are responsive to the needs of different communities (locality model).
  // How much?
  { id: 'eh-requests', title: 'Number of requests for Early Help', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [620, 60] },
  { id: 'contacts', title: "Number of contacts to children's social care", measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [3400, 250] },
  { id: 'referrals', title: 'Number of social care referrals', measure: 'how-much', lait: 'CPP_Total_NumRef' },
  {
    id: 'referral-rate',
    title: 'Social care referrals (rate per 10,000 children)',
    measure: 'how-much',
    lait: 'CPP_Total_Rateper10,000',
    note: 'Added beside the number of referrals so that Walsall can be compared with other areas.',
  },
  { id: 'eh-open', title: 'Number of children open to Early Help', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [1850, 120] },
  { id: 'cin-number', title: 'Number of children in need', measure: 'how-much', ees: 'cin-count' },
  { id: 'cin-rate', title: 'Children in need (rate per 10,000 children)', measure: 'how-much', lait: 'CIN' },
  { id: 'cpp-number', title: 'Number of children subject of a child protection plan', measure: 'how-much', lait: 'CPP_Num' },
  { id: 'cpp-rate', title: 'Children subject of a child protection plan (rate per 10,000 children)', measure: 'how-much', lait: 'CPP_rate' },
  { id: 'cla-number', title: 'Number of children who are looked after', measure: 'how-much', lait: 'LACnum' },
  { id: 'cla-rate', title: 'Children looked after (rate per 10,000 children)', measure: 'how-much', lait: 'LAC' },
  {
    id: 'need-type',
    title: 'Type of need: children in need whose main need is abuse or neglect (%)',
    measure: 'how-much',
    unit: 'percent',
    polarity: N,
    decimals: 1,
    invent: [58, 2.5],
    note: "The seed asks for the type of need by locality: the breakdown gives every category of need (the children in need census's N1 to N9).",
    breakdown: {
      id: 'category-of-need',
      label: 'Main category of need',
      kind: 'shares',
      main: 'n1',
      groups: [
        ['n1', 'Abuse or neglect', 0],
        ['n2', "Child's disability or illness", 8],
        ['n3', 'Parental disability or illness', 3],
        ['n4', 'Family in acute stress', 9],
        ['n5', 'Family dysfunction', 15],
        ['n6', 'Socially unacceptable behaviour', 2],
        ['n7', 'Low income', 0.5],
        ['n8', 'Absent parenting', 2.5],
        ['n9', 'Cases other than children in need', 2],
      ],
    },
  },
  // How well?
  {
    id: 'eh-requests-timely',
    title: '% of requests for Early Help completed in timescales',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [82, 4],
    targets: { kind: 'minimum-standard', value: 85, tolerance: 5 },
  },
  {
    id: 'eha-timely',
    title: '% of Early Help assessments completed in timescales',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [76, 5],
  },
  {
    id: 'lead-professionals',
    title: 'Lead professionals by agency: Early Help cases led by a partner agency (%)',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [42, 3],
    breakdown: {
      id: 'lead-agency',
      label: "Lead professional's agency",
      kind: 'shares',
      main: 'council',
      complement: true,
      groups: [
        ['council', "Council's Early Help teams", 0],
        ['schools', 'Schools and colleges', 45],
        ['health', 'Health', 20],
        ['childrens-centres', "Children's centres", 15],
        ['voluntary', 'Voluntary and community sector', 12],
        ['other', 'Other agencies', 8],
      ],
    },
  },
  { id: 'contacts-timely', title: '% of contacts completed in timescales', measure: 'how-well', unit: 'percent', polarity: P, decimals: 1, invent: [91, 3] },
  { id: 'contacts-nfa', title: '% of contacts that are no further action', measure: 'how-well', unit: 'percent', polarity: N, decimals: 1, invent: [38, 4] },
  {
    id: 'assessments-timely',
    title: '% of assessments completed in timescales (45 working days)',
    measure: 'how-well',
    lait: 'Continue_Assess_Comp',
    targets: { kind: 'years', values: [85, 88, 90], tolerance: 3 },
  },
  {
    id: 'cpp-length',
    title: 'Average length of time children are subject of a child protection plan (days)',
    measure: 'how-well',
    unit: 'days',
    polarity: N,
    decimals: 0,
    invent: [290, 25],
  },
  {
    id: 'icpc-partners',
    title: 'Partner engagement at initial and review child protection conferences (% of conferences)',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [84, 4],
  },
  // So what?
  {
    id: 'eh-support-offered',
    title: '% of requests for Early Help that result in support being offered',
    measure: 'so-what',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [71, 4],
  },
  {
    id: 'eh-positive',
    title: '% of Early Help interventions that lead to a positive outcome',
    measure: 'so-what',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [78, 4],
  },
  {
    id: 'outcome-star',
    title: 'Outcome Star: direction of travel (average points moved)',
    measure: 'so-what',
    unit: 'score',
    polarity: P,
    decimals: 1,
    invent: [2.4, 0.3],
  },
  {
    id: 're-referrals',
    title: '% of repeat referrals (re-referrals within 12 months)',
    measure: 'so-what',
    lait: 'ReReferral',
    targets: { kind: 'years', values: [24, 22, 20], tolerance: 2 },
  },
  {
    id: 'step-up',
    title: 'Step up: Early Help cases stepped up to social care',
    measure: 'so-what',
    unit: 'count',
    polarity: N,
    decimals: 0,
    invent: [45, 10],
  },
  {
    id: 'step-down',
    title: 'Step down: social care cases stepped down to Early Help',
    measure: 'so-what',
    unit: 'count',
    polarity: N,
    decimals: 0,
    invent: [95, 15],
  },
  {
    id: 'cpp-repeat',
    title: '% of children who are subject of a child protection plan for a second or subsequent time',
    measure: 'so-what',
    lait: 'PrevRegCPR',
    targets: { kind: 'years', values: [24, 22, 22], tolerance: 3 },
  },
  {
    id: 'ks2-rwm',
    title: 'Educational outcomes: pupils meeting the expected standard in reading, writing and maths at key stage 2 (%)',
    measure: 'so-what',
    unit: 'percent',
    polarity: P,
    decimals: 0,
    invent: [56, 2],
    cadence: 'academic-year',
    note: 'Priority 1 asks for educational outcomes in each locality (reducing the gap): the gap is the spread of the locality figures.',
  },

  // Priority 2 (seed p. 11): our response to vulnerable adolescents is effective.
  // How much?
  {
    id: 'cme',
    title: 'Number of young people who are children missing education (CME)',
    measure: 'how-much',
    unit: 'count',
    polarity: N,
    decimals: 0,
    invent: [140, 20],
  },
  {
    id: 'part-time',
    title: 'Number of young people missing from education (CMfE) or on part-time timetables',
    measure: 'how-much',
    unit: 'count',
    polarity: N,
    decimals: 0,
    invent: [210, 25],
  },
  { id: 'permanent-exclusions', title: 'Young people excluded from school: permanent exclusions (% of pupils)', measure: 'how-much', lait: 'TotPermEx' },
  {
    id: 'referrals-12',
    title: 'Number of new referrals for young people aged 12 and over',
    measure: 'how-much',
    unit: 'count',
    polarity: N,
    decimals: 0,
    invent: [380, 40],
  },
  {
    id: 'young-12-open',
    title: 'Number of young people aged 12 and over who are open to Early Help, children in need, child protection or looked after',
    measure: 'how-much',
    unit: 'count',
    polarity: N,
    decimals: 0,
    invent: [1400, 80],
    breakdown: {
      id: 'service',
      label: 'Service',
      kind: 'parts',
      groups: [
        ['eh', 'Early Help', 45],
        ['cin', 'Child in need', 25],
        ['cp', 'Child protection plan', 10],
        ['lac', 'Looked after', 20],
      ],
    },
  },
  {
    id: 'young-12-start',
    title: 'Number of young people aged 12 and over who start Early Help, child in need, child protection or looked after',
    measure: 'how-much',
    unit: 'count',
    polarity: N,
    decimals: 0,
    invent: [260, 30],
    breakdown: {
      id: 'service',
      label: 'Service',
      kind: 'parts',
      groups: [
        ['eh', 'Early Help', 55],
        ['cin', 'Child in need', 25],
        ['cp', 'Child protection plan', 8],
        ['lac', 'Looked after', 12],
      ],
    },
  },
  {
    id: 'turning-point',
    title: 'Number of young people supported by Turning Point',
    measure: 'how-much',
    unit: 'count',
    polarity: N,
    decimals: 0,
    invent: [60, 10],
  },
  { id: 'camhs-young', title: 'Number of young people accessing CAMHS', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [720, 60] },
  {
    id: 'exploitation-risk',
    title: 'Number of young people at risk of exploitation (by risk level)',
    measure: 'how-much',
    unit: 'count',
    polarity: N,
    decimals: 0,
    invent: [85, 12],
    breakdown: {
      id: 'risk-level',
      label: 'Risk level',
      kind: 'parts',
      groups: [
        ['low', 'Low', 50],
        ['medium', 'Medium', 32],
        ['high', 'High', 18],
      ],
    },
  },
  { id: 'missing', title: 'Number of young people who go missing', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [110, 15] },
  // How well?
  {
    id: 'back-in-school',
    title: '% of young people excluded from school who are back in school by the 6th day',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [88, 4],
  },
  {
    id: 'pathway-plans',
    title: '% of care leavers with up-to-date pathway plans',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [89, 4],
  },
  {
    id: 'care-leavers-in-touch',
    title: '% of care leavers in touch with the council (aged 19 to 21, activity known)',
    measure: 'how-well',
    ees: 'care-leavers-in-touch',
  },
  {
    id: 'placed-distance',
    title: '% of looked after children placed more than 20 miles from home and outside the council boundary',
    measure: 'how-well',
    lait: 'LACDistance',
    note: 'The seed asks for looked after children aged 12 and over; the published figure is for all ages.',
  },
  {
    id: 'hospital-admissions',
    title: 'Young people admitted to hospital for substance misuse or mental health issues',
    measure: 'how-well',
    unit: 'count',
    polarity: S,
    decimals: 0,
    invent: [35, 8],
  },
  {
    id: 'exploitation-risk-reduced',
    title: '% of exploited young people whose risk level has reduced',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [58, 6],
  },
  {
    id: 'return-interviews',
    title: '% of return home interviews completed within 72 hours',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [74, 6],
    targets: { kind: 'minimum-standard', value: 80, tolerance: 5 },
  },
  {
    id: 'turning-point-not-in-care',
    title: '% of young people supported by Turning Point who do not enter the care system',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [86, 4],
  },
  // So what?
  {
    id: 'first-time-entrants',
    title: 'First-time entrants to the criminal justice system (rate per 100,000 aged 10 to 17)',
    measure: 'so-what',
    lait: 'FirstYJS',
  },
  { id: 'repeat-offences', title: 'Number of repeat offences by young people', measure: 'so-what', unit: 'count', polarity: S, decimals: 0, invent: [150, 20] },
  { id: 'neet-16-17', title: 'Young people aged 16 and 17 not in education, employment or training (NEET, %)', measure: 'so-what', lait: '16-17 NEET' },
  { id: 'care-leavers-eet', title: 'Care leavers in education, employment or training (%)', measure: 'so-what', lait: 'CareLeaverEET' },
  { id: 'homeless', title: 'Number of young people who are homeless', measure: 'so-what', unit: 'count', polarity: S, decimals: 0, invent: [25, 6] },
  {
    id: 'care-leavers-accommodation',
    title: 'Care leavers in suitable accommodation (%)',
    measure: 'so-what',
    lait: 'CareLeaverAcc',
    targets: { kind: 'years', values: [88, 90, 92], tolerance: 5 },
  },
  {
    id: 'attainment8-cin',
    title: 'Educational outcomes for young people: average Attainment 8 score of children in need',
    measure: 'so-what',
    unit: 'score',
    polarity: P,
    decimals: 1,
    invent: [23, 1.5],
    cadence: 'academic-year',
  },
  {
    id: 'teenage-pregnancy',
    title: 'Teenage pregnancy rate (conceptions per 1,000 girls aged 15 to 17)',
    measure: 'so-what',
    unit: 'per-1000',
    polarity: S,
    decimals: 1,
    invent: [18, 1.5],
    cadence: 'calendar-year',
  },
  {
    id: 'placement-stability',
    title: 'Placement stability: looked after children with 3 or more placements in the year (%)',
    measure: 'so-what',
    lait: 'LACStable_2016on',
    note: 'The seed asks for looked after children aged 12 and over; the published figure is for all ages.',
  },

  // Priority 3 (seed p. 12): children with SEND are identified and supported effectively.
  // How much? (the seed's one line "Proportion of children in Walsall schools with an identified SEN need (SEN Support and EHCP)" is two published figures)
  { id: 'ehcp-percent', title: 'Children in Walsall schools with an EHC plan (%)', measure: 'how-much', lait: 'SEN_TotStat' },
  { id: 'sen-support-percent', title: 'Children in Walsall schools on SEN support (%)', measure: 'how-much', lait: 'SEN_TotSENSuP' },
  {
    id: 'sen-by-setting',
    title: 'Number of children with SEN, by educational setting',
    measure: 'how-much',
    unit: 'count',
    polarity: N,
    decimals: 0,
    invent: [9600, 250],
    cadence: 'census',
    breakdown: {
      id: 'setting',
      label: 'Educational setting',
      kind: 'parts',
      groups: [
        ['primary', 'Mainstream primary', 50],
        ['secondary', 'Mainstream secondary', 33],
        ['special', 'Special school', 12],
        ['ap', 'Alternative provision', 2],
        ['post-16', 'Post-16 and further education', 3],
      ],
    },
  },
  {
    id: 'ehcp-maintained',
    title: 'Number of EHC plans maintained by Walsall Council',
    measure: 'how-much',
    unit: 'count',
    polarity: N,
    decimals: 0,
    invent: [3400, 80],
  },
  {
    id: 'ehc-requests',
    title: 'Number of requests for an EHC needs assessment',
    measure: 'how-much',
    unit: 'count',
    polarity: N,
    decimals: 0,
    invent: [160, 20],
  },
  {
    id: 'local-offer-visits',
    title: "Number of 'hits' on the Local Offer website",
    measure: 'how-much',
    unit: 'count',
    polarity: N,
    decimals: 0,
    invent: [21000, 2500],
  },
  // How well?
  {
    id: 'sen-good-schools',
    title: 'Proportion of children with SEN who attend good or outstanding schools (%)',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [82, 2],
  },
  {
    id: 'decisions-6-weeks',
    title: '% of decisions to assess made within 6 weeks',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [86, 5],
    targets: { kind: 'minimum-standard', value: 90, tolerance: 5 },
  },
  {
    id: 'ehc-requests-refused',
    title: '% of requests for assessment that are refused',
    measure: 'how-well',
    unit: 'percent',
    polarity: N,
    decimals: 1,
    invent: [22, 4],
  },
  {
    id: 'advices-on-time',
    title: '% of advices from professionals that are received on time',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [69, 6],
  },
  {
    id: 'advices-quality',
    title: '% of advices from professionals that are deemed to be good quality',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [75, 6],
  },
  {
    id: 'ehcp-20-weeks',
    title: '% of EHC plans issued within 20 weeks',
    measure: 'how-well',
    lait: 'SEN_EHC_All_20wks',
    targets: { kind: 'years', values: [40, 50, 60], tolerance: 10 },
  },
  { id: 'send-complaints', title: 'Number of complaints about SEND services', measure: 'how-well', unit: 'count', polarity: S, decimals: 0, invent: [12, 4] },
  { id: 'mediations', title: 'Number of mediations', measure: 'how-well', unit: 'count', polarity: N, decimals: 0, invent: [18, 5] },
  {
    id: 'mediations-tribunal',
    title: '% of mediations that lead to a tribunal',
    measure: 'how-well',
    unit: 'percent',
    polarity: S,
    decimals: 1,
    invent: [25, 6],
  },
  {
    id: 'tribunals',
    title: 'Number of tribunals as a % of appealable decisions',
    measure: 'how-well',
    unit: 'percent',
    polarity: S,
    decimals: 1,
    invent: [1.6, 0.3],
  },
  {
    id: 'parents-find-info',
    title: '% of parents and carers who say that it is easy to find information about SEND services in Walsall',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 0,
    invent: [52, 5],
  },
  // So what?
  {
    id: 'sen-excluded',
    title: '% of children and young people with SEN who are excluded from school',
    measure: 'so-what',
    unit: 'percent',
    polarity: S,
    decimals: 2,
    invent: [0.3, 0.05],
    cadence: 'academic-year',
  },
  {
    id: 'sen-eet',
    title: '% of young people with SEN who are in education, employment or training',
    measure: 'so-what',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [84, 3],
  },
  {
    id: 'sen-ks2-rwm',
    title: 'Educational outcomes for children with SEN: pupils on SEN support meeting the expected standard at key stage 2 (%)',
    measure: 'so-what',
    unit: 'percent',
    polarity: P,
    decimals: 0,
    invent: [19, 2],
    cadence: 'academic-year',
  },

  // Priority 4 (seed p. 13): children at risk of exclusion can access effective support.
  // How much? (CME, CMfE / part-time timetables and excluded from school are priority 2's)
  {
    id: 'inclusion-referrals',
    title: 'Number of referrals to the school inclusion team',
    measure: 'how-much',
    unit: 'count',
    polarity: N,
    decimals: 0,
    invent: [75, 12],
  },
  {
    id: 'ehe',
    title: 'Number of children who are electively home educated (by reason)',
    measure: 'how-much',
    unit: 'count',
    polarity: N,
    decimals: 0,
    invent: [540, 30],
    breakdown: {
      id: 'reason',
      label: 'Reason given',
      kind: 'parts',
      groups: [
        ['preference', 'Philosophical or lifestyle choice', 30],
        ['dissatisfied', 'Dissatisfied with school', 20],
        ['health', 'Health, including mental health', 18],
        ['sen', 'Special educational needs not met', 10],
        ['exclusion', 'To avoid exclusion', 5],
        ['other', 'Other or not given', 17],
      ],
    },
  },
  {
    id: 'alternative-provision',
    title: 'Number of children and young people accessing alternative provision',
    measure: 'how-much',
    unit: 'count',
    polarity: N,
    decimals: 0,
    invent: [260, 20],
  },
  // How well?
  {
    id: 'school-preference',
    title: '% of children who get their 1st / 2nd / 3rd place choice of school: first choice',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [87, 1.5],
    cadence: 'academic-year',
    breakdown: {
      id: 'preference',
      label: 'Preference offered',
      kind: 'shares',
      main: 'first',
      groups: [
        ['first', 'First preference', 0],
        ['second', 'Second preference', 6],
        ['third', 'Third preference', 3],
        ['other', 'None of their preferences', 4],
      ],
    },
  },
  {
    id: 'good-schools',
    title: '% of children who attend good or outstanding schools',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [84, 2],
  },
  {
    id: 'schools-causing-concern',
    title: 'RAG ratings of schools under the schools causing concern protocol: schools rated red or amber',
    measure: 'how-well',
    unit: 'count',
    polarity: S,
    decimals: 0,
    invent: [14, 3],
    breakdown: {
      id: 'rating',
      label: 'Rating',
      kind: 'parts',
      groups: [
        ['red', 'Red', 35],
        ['amber', 'Amber', 65],
      ],
    },
  },
  {
    id: 'school-imports',
    title: '% of imports into Walsall schools (pupils living outside Walsall)',
    measure: 'how-well',
    unit: 'percent',
    polarity: N,
    decimals: 1,
    invent: [7, 0.6],
  },
  {
    id: 'school-exports',
    title: '% of exports out of Walsall schools (Walsall pupils at schools elsewhere)',
    measure: 'how-well',
    unit: 'percent',
    polarity: N,
    decimals: 1,
    invent: [9, 0.6],
  },
  {
    id: 'exclusions-prevented',
    title: 'Number of exclusions that are prevented',
    measure: 'how-well',
    unit: 'count',
    polarity: P,
    decimals: 0,
    invent: [40, 8],
  },
  {
    id: 'ehe-acceptable',
    title: '% of electively home educated children whose education is deemed to be acceptable',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [81, 4],
  },
  {
    id: 'ehe-reports',
    title: '% of parents of electively home educated children who have submitted reports',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [68, 6],
  },
  // So what? (SEN exclusions and KS2 outcomes are shared; two published measures are added: see README)
  {
    id: 'suspensions',
    title: 'Suspensions (% of pupils)',
    measure: 'so-what',
    lait: 'TotFixedEx',
    note: "Not in the seed's list: added because the rationale and the questions of this priority ask about exclusions and attendance.",
  },
  {
    id: 'persistent-absence',
    title: 'Pupils who are persistently absent (%)',
    measure: 'so-what',
    lait: 'TotPerAbNew',
    note: "Not in the seed's list: added because the rationale and the questions of this priority ask about exclusions and attendance.",
  },

  // Priority 5 (seed p. 14): our services are developed and delivered in collaboration with children, young people and families.
  // How much?
  { id: 'camhs-referrals', title: 'Number of referrals to CAMHS', measure: 'how-much', unit: 'count', polarity: N, decimals: 0, invent: [480, 40] },
  {
    id: 'send-zoom',
    title: 'Number of parents and carers accessing the SEND Zoom meetings',
    measure: 'how-much',
    unit: 'count',
    polarity: P,
    decimals: 0,
    invent: [140, 30],
  },
  {
    id: 'consultation',
    title: 'Number of children, young people and families engaged in consultation',
    measure: 'how-much',
    unit: 'count',
    polarity: P,
    decimals: 0,
    invent: [310, 40],
  },
  { id: 'c4k', title: 'Number of children engaged in C4K', measure: 'how-much', unit: 'count', polarity: P, decimals: 0, invent: [45, 8] },
  // How well?
  { id: 'complaints', title: "Number of complaints about children's services", measure: 'how-well', unit: 'count', polarity: S, decimals: 0, invent: [48, 8] },
  {
    id: 'compliments',
    title: "Number of compliments about children's services",
    measure: 'how-well',
    unit: 'count',
    polarity: P,
    decimals: 0,
    invent: [35, 8],
  },
  {
    id: 'cp-contribute',
    title: '% of children and young people who contribute to their child protection conferences',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [64, 5],
  },
  {
    id: 'cp-attend',
    title: '% of children and young people who attend their child protection conferences',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [38, 5],
  },
  {
    id: 'cla-review-contribute',
    title: '% of children and young people who contribute to their looked after review',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [82, 4],
  },
  {
    id: 'cla-review-attend',
    title: '% of children and young people who attend their looked after review',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 1,
    invent: [71, 5],
  },
  {
    id: 'audit-outcomes',
    title: 'Outcomes of monthly child journey audits and thematic audits: cases graded good or outstanding (%)',
    measure: 'how-well',
    unit: 'percent',
    polarity: P,
    decimals: 0,
    invent: [48, 6],
  },
  // So what?
  {
    id: 'sdq',
    title: 'SDQ score for children who are looked after (average)',
    measure: 'so-what',
    unit: 'score',
    polarity: S,
    decimals: 1,
    invent: [14.8, 0.6],
    cadence: 'financial-year',
  },
  {
    id: 'send-you-said',
    title: "SEND 'You said, we did': changes made after what families told us",
    measure: 'so-what',
    unit: 'count',
    polarity: P,
    decimals: 0,
    invent: [6, 2],
  },
  {
    id: 'big-conversation',
    title: 'WR4C Big Conversation: children and families who say they were listened to (%)',
    measure: 'so-what',
    unit: 'percent',
    polarity: P,
    decimals: 0,
    invent: [72, 5],
  },

  // Equalities Framework (seed p. 9): protected characteristics of children needing help, and of staff, compared with Walsall's population.
  {
    id: 'cin-ethnicity',
    title: 'Children in need from Black, Asian, mixed or other ethnic groups (%)',
    measure: 'how-much',
    unit: 'percent',
    polarity: N,
    decimals: 1,
    invent: [37, 1.5],
    cadence: 'financial-year',
    note: "The breakdown compares children in need with Walsall's children (population share), as the Equalities Framework asks.",
    breakdown: {
      id: 'ethnicity',
      label: 'Ethnic group',
      kind: 'shares',
      main: 'white',
      complement: true,
      groups: [
        ['white', 'White', 0, 64],
        ['mixed', 'Mixed or multiple', 30, 7],
        ['asian', 'Asian or Asian British', 40, 22],
        ['black', 'Black or Black British', 22, 5],
        ['other', 'Other ethnic group', 8, 2],
      ],
    },
  },
  {
    id: 'workforce-ethnicity',
    title: "Children's services staff from Black, Asian, mixed or other ethnic groups (%)",
    measure: 'how-much',
    unit: 'percent',
    polarity: N,
    decimals: 1,
    invent: [24, 1.5],
    cadence: 'financial-year',
    note: "Does the workforce reflect the communities it serves? The breakdown compares staff with Walsall's working-age population (population share).",
    breakdown: {
      id: 'ethnicity',
      label: 'Ethnic group',
      kind: 'shares',
      main: 'white',
      complement: true,
      groups: [
        ['white', 'White', 0, 73],
        ['mixed', 'Mixed or multiple', 20, 3],
        ['asian', 'Asian or Asian British', 45, 18],
        ['black', 'Black or Black British', 28, 4],
        ['other', 'Other ethnic group', 7, 2],
      ],
    },
  },
];

interface Priority {
  id: string;
  title: string;
  corporate: string;
  /** The "Why these five priorities?" table, tidied (paragraphs as in the seed). */
  rationale: string[];
  /** The numbered outcomes, and the indicators that plainly evidence each. */
  outcomes: [string, string[]][];
  /** Every indicator the seed lists for the priority, How much, How well, So what. */
  indicators: string[];
  /** The quality-assurance questions: id, text, indicators asked of, and a note where the seed's words were lost. */
  questions: [string, string, string[], string?][];
}

const GARBLED = 'Wording partly reconstructed: the source text of this question is garbled in the extracted seed.';

// Which corporate priority each WR4C priority serves is a judgement (the seed shows the link only
// as a graphic that did not survive extraction): see the README.
const PRIORITIES: Priority[] = [
  {
    id: 'locality-model',
    title: 'Our services and support are responsive to the needs of different communities (locality model)',
    corporate: 'connected',
    rationale: [
      "It has been recognised for some time that the needs of children and families differ across Walsall. While Walsall is one of the most deprived areas of the country overall, there are some areas that are more affluent whereas others suffer with huge levels of deprivation. The central approach of children's services means that these differing needs are not always well met or understood.",
      "Workers who are handling caseloads across the whole borough aren't able to build sufficient knowledge of, or relationships with, community groups and services that are active in local areas and may be able to provide support to children and families within the locality. It is also difficult for workers to fully understand the levels of need that may be based on the particular demographics of an area, which can lead to a less than ideal response to need.",
      'Moving to a locality model has already worked well in Early Help and will enable and support a more localised approach to need and relationship building, improving outcomes for children and families across Walsall.',
    ],
    outcomes: [
      ['The needs of children and families are well understood in each locality', ['need-type', 'eh-requests', 'contacts', 'cin-rate', 'cpp-rate', 'cla-rate']],
      [
        'Partners are proactive in responding to these needs (graduated response)',
        ['lead-professionals', 'icpc-partners', 'referrals', 'contacts-nfa', 're-referrals', 'step-up', 'step-down'],
      ],
      [
        'Children and families have easier access to services',
        ['eh-requests-timely', 'eha-timely', 'contacts-timely', 'assessments-timely', 'eh-support-offered'],
      ],
      [
        'Children and families are better connected with community resources to enable them to build resilience',
        ['eh-positive', 'outcome-star', 'cpp-repeat', 'ks2-rwm'],
      ],
    ],
    indicators: [
      'eh-requests',
      'contacts',
      'referrals',
      'referral-rate',
      'eh-open',
      'cin-number',
      'cin-rate',
      'cpp-number',
      'cpp-rate',
      'cla-number',
      'cla-rate',
      'need-type',
      'eh-requests-timely',
      'eha-timely',
      'lead-professionals',
      'contacts-timely',
      'contacts-nfa',
      'assessments-timely',
      'cpp-length',
      'icpc-partners',
      'eh-support-offered',
      'eh-positive',
      'outcome-star',
      're-referrals',
      'step-up',
      'step-down',
      'cpp-repeat',
      'ks2-rwm',
    ],
    questions: [
      [
        'q-demand-by-area',
        'Is demand increasing or decreasing in each area? How does this link with population and deprivation data?',
        ['eh-requests', 'contacts', 'referrals', 'cin-rate', 'cpp-rate', 'cla-rate'],
      ],
      ['q-needs-differ', 'Are the needs different in each locality? How is this being responded to?', ['need-type', 'eh-open', 'cin-rate']],
      [
        'q-service-inequality',
        'Are there inequalities in service levels in different localities? Is this due to demand or something else?',
        ['eh-requests-timely', 'eha-timely', 'contacts-timely', 'assessments-timely'],
      ],
      [
        'q-outcome-by-locality',
        'Are children in one locality more likely to have a positive outcome than children in a different locality? Is this due to need or other factors?',
        ['eh-positive', 'outcome-star', 'eh-support-offered', 'ks2-rwm'],
      ],
      [
        'q-partners-early-help',
        'Are partners engaging in providing and leading on effective Early Help services?',
        ['lead-professionals', 'eh-open', 'step-down'],
      ],
      ['q-partners-referrals', 'Are partners making appropriate referrals to statutory services?', ['referrals', 'contacts-nfa', 're-referrals', 'step-up']],
      ['q-partners-cp', 'Are partners effectively engaging in child protection planning processes?', ['icpc-partners', 'cpp-length', 'cpp-repeat']],
    ],
  },
  {
    id: 'adolescents',
    title: 'Our response to vulnerable adolescents is effective',
    corporate: 'connected',
    rationale: [
      'An inspection of Youth Justice Services in June 2019 found that assessments for youths involved in criminal activity were not joined up or robust enough and that risk of harm was not fully understood. It also found that there was significant disproportionality in the system which had an impact on the outcomes, in particular for boys from black and minority ethnic backgrounds.',
      "There is a high number of adolescents on child protection plans or becoming looked after in Walsall, and education outcomes are poor. Existing services to support adolescents are being reviewed and strengthened, including a review of Turning Point and Safeguarding Partnership work to develop and implement an all-age Exploitation Pathway overseen by the Children's Exploitation Panel.",
      "Improved support for adolescents will not only reduce the risk of Walsall's youth becoming involved in, or the victims of, crime, but will also improve the possibility of them remaining safe at home and achieving better educational outcomes, and improve their future employment and health prospects.",
    ],
    // The seed's outcomes for this priority are garbled ("proactive2) More vulnerable young people are
    // engaged in ..."): outcome 1 survives only as its last word, "proactive"; 2 to 4 are completed.
    outcomes: [
      [
        'Our response to vulnerable adolescents is joined up and proactive',
        ['referrals-12', 'exploitation-risk', 'missing', 'return-interviews', 'camhs-young', 'hospital-admissions'],
      ],
      [
        'More vulnerable young people are engaged in education, employment or training',
        ['cme', 'part-time', 'permanent-exclusions', 'back-in-school', 'neet-16-17', 'care-leavers-eet', 'attainment8-cin'],
      ],
      [
        'More young people are supported to remain in their family home',
        ['young-12-open', 'young-12-start', 'turning-point', 'turning-point-not-in-care', 'placement-stability', 'placed-distance'],
      ],
      ['Fewer young people enter the criminal justice system', ['first-time-entrants', 'repeat-offences', 'exploitation-risk-reduced']],
    ],
    indicators: [
      'cme',
      'part-time',
      'permanent-exclusions',
      'referrals-12',
      'young-12-open',
      'young-12-start',
      'turning-point',
      'camhs-young',
      'exploitation-risk',
      'missing',
      'back-in-school',
      'pathway-plans',
      'care-leavers-in-touch',
      'placed-distance',
      'hospital-admissions',
      'exploitation-risk-reduced',
      'return-interviews',
      'turning-point-not-in-care',
      'first-time-entrants',
      'repeat-offences',
      'neet-16-17',
      'care-leavers-eet',
      'homeless',
      'care-leavers-accommodation',
      'attainment8-cin',
      'teenage-pregnancy',
      'placement-stability',
    ],
    questions: [
      [
        'q-full-time-education',
        'Are young people in full-time education, and attending when they are there? Are their educational outcomes improving?',
        ['cme', 'part-time', 'back-in-school', 'attainment8-cin', 'neet-16-17'],
        GARBLED,
      ],
      [
        'q-becoming-looked-after',
        'Are the rates and numbers of young people becoming looked after reducing?',
        ['young-12-start', 'young-12-open', 'cla-rate', 'turning-point-not-in-care'],
        GARBLED,
      ],
      [
        'q-keep-in-touch',
        'Are young people placed away from home who have wanted to keep in touch with their communities able to do so? Are care leavers supported into suitable accommodation and education, employment or training?',
        ['placed-distance', 'care-leavers-in-touch', 'pathway-plans', 'care-leavers-accommodation', 'care-leavers-eet'],
        GARBLED,
      ],
    ],
  },
  {
    id: 'send',
    title: 'Children with SEND are identified and supported effectively',
    corporate: 'thrive',
    rationale: [
      "In February 2019 Walsall received an Ofsted / CQC joint Local Area Inspection of SEND services. This inspection found significant weaknesses in Walsall's delivery of services for children, young people and families with SEN and in the area's implementation of and adherence to the SEN Code of Practice.",
      'As a result we were required to develop a written statement of action (WSoA) to outline how improvements would be implemented to ensure that children, young people and families with SEN receive the services and support that they need.',
      '10 areas of concern were identified, including the quality of EHCP provision, the quality of the Local Offer, the way in which parents and children were involved in co-production of services, and poor outcomes for children with SEND.',
      'Improving the identification of, and services for, children and families with SEND will not only ensure families receive the support that they need, but will improve the outcomes for children with SEND, giving them the most opportunity to move into an independent adulthood or transition into appropriate adult services.',
    ],
    outcomes: [
      [
        'Children who have SEND are identified effectively',
        ['ehcp-percent', 'sen-support-percent', 'ehc-requests', 'ehc-requests-refused', 'decisions-6-weeks'],
      ],
      [
        'Children who have a SEND need receive a high quality, graduated response to their needs',
        ['sen-by-setting', 'ehcp-maintained', 'ehcp-20-weeks', 'advices-on-time', 'advices-quality', 'sen-good-schools'],
      ],
      [
        'Children with SEND are supported through a robust Local Offer of support and services to reach their full potential',
        ['local-offer-visits', 'sen-excluded', 'sen-eet', 'sen-ks2-rwm'],
      ],
      ['Families find it easier to access the right help', ['parents-find-info', 'send-complaints', 'mediations', 'mediations-tribunal', 'tribunals']],
    ],
    indicators: [
      'ehcp-percent',
      'sen-support-percent',
      'sen-by-setting',
      'ehcp-maintained',
      'ehc-requests',
      'local-offer-visits',
      'sen-good-schools',
      'decisions-6-weeks',
      'ehc-requests-refused',
      'advices-on-time',
      'advices-quality',
      'ehcp-20-weeks',
      'send-complaints',
      'mediations',
      'mediations-tribunal',
      'tribunals',
      'parents-find-info',
      'sen-excluded',
      'sen-eet',
      'sen-ks2-rwm',
    ],
    questions: [
      [
        'q-sen-identified',
        'Is the level of SEN in Walsall in line with what is expected? Is SEN under-identified at any stage, or identified late?',
        ['ehcp-percent', 'sen-support-percent', 'ehc-requests', 'ehc-requests-refused'],
        GARBLED,
      ],
      [
        'q-sen-right-level',
        'Are children with SEN receiving support at the right level?',
        ['sen-by-setting', 'ehcp-maintained', 'ehcp-20-weeks', 'decisions-6-weeks', 'advices-on-time', 'advices-quality'],
        GARBLED,
      ],
      [
        'q-sen-information',
        'Can families easily access information about the services that are available?',
        ['local-offer-visits', 'parents-find-info'],
        GARBLED,
      ],
      [
        'q-sen-outcomes',
        'Are outcomes for children with SEN improving? Are they being supported to reach their full potential?',
        ['sen-excluded', 'sen-eet', 'sen-ks2-rwm', 'sen-good-schools'],
        GARBLED,
      ],
    ],
  },
  {
    id: 'exclusions',
    title: 'Children at risk of exclusion can access effective support',
    corporate: 'best-start',
    rationale: [
      'Exclusions from Walsall schools were significantly higher than statistical, regional and national comparators, and attendance rates were lower. Relationships between schools and the Local Authority were not robust, and exclusion rates, feedback from parents and inspection evidence demonstrated that schools were not inclusive places for children with additional support needs or behavioural issues. Professionals in schools did not feel supported and parents were unable to access the right support to ensure that their children remained in education.',
      "Supporting and challenging schools to be more inclusive, and supporting children and parents to remain in education, will ensure better educational outcomes and improve future employment and health prospects for Walsall's young people.",
    ],
    outcomes: [
      ['Children and young people feel supported to engage with education', ['persistent-absence', 'cme', 'part-time', 'back-in-school']],
      ['The root causes of exclusions are understood', ['inclusion-referrals', 'ehe', 'alternative-provision']],
      ['Schools are more inclusive', ['permanent-exclusions', 'suspensions', 'sen-excluded', 'schools-causing-concern', 'good-schools', 'school-preference']],
      [
        'Professionals and families find it easier to access the right support to ensure children remain in education',
        ['exclusions-prevented', 'back-in-school', 'ehe-acceptable', 'ehe-reports', 'alternative-provision'],
      ],
    ],
    indicators: [
      'cme',
      'part-time',
      'permanent-exclusions',
      'inclusion-referrals',
      'ehe',
      'alternative-provision',
      'school-preference',
      'good-schools',
      'schools-causing-concern',
      'school-imports',
      'school-exports',
      'back-in-school',
      'exclusions-prevented',
      'ehe-acceptable',
      'ehe-reports',
      'sen-excluded',
      'ks2-rwm',
      'neet-16-17',
      'suspensions',
      'persistent-absence',
    ],
    questions: [
      [
        'q-choose-walsall',
        'Are parents choosing to send their children to Walsall schools? Is the quality of education in Walsall schools good?',
        ['school-preference', 'school-imports', 'school-exports', 'good-schools', 'schools-causing-concern'],
        GARBLED,
      ],
      [
        'q-schools-inclusive',
        'Are Walsall schools inclusive, in particular to children with additional needs?',
        ['permanent-exclusions', 'suspensions', 'sen-excluded'],
      ],
      ['q-attending', 'Are children attending school when they should?', ['persistent-absence', 'cme', 'part-time']],
      [
        'q-exclusion-support',
        'Where children need support because they are at risk of exclusion, is that support effective?',
        ['inclusion-referrals', 'exclusions-prevented', 'alternative-provision'],
      ],
      [
        'q-after-exclusion',
        'Are children supported back into education quickly when they are excluded from school? Are parents supported to appeal?',
        ['back-in-school', 'permanent-exclusions'],
        GARBLED,
      ],
      ['q-ehe-quality', 'Is the education of children who are electively home educated of good quality?', ['ehe', 'ehe-acceptable', 'ehe-reports'], GARBLED],
    ],
  },
  {
    id: 'collaboration',
    title: 'Our services are developed and delivered in collaboration with children, young people and families',
    corporate: 'thrive',
    rationale: [
      "The 2017 Children's Services Inspection found that children did not have a sufficient voice in the development of services. Data collected on children's participation in their child protection planning and looked after children's reviews shows that children do not actively participate enough in the development of their care plans and the decisions made about the support they will receive, and there is more work to be done in this area.",
      'The 2019 SEND Local Area Inspection found that co-production between the Local Authority and parents and carers was weak and was a key area for improvement.',
      "In 2019 Walsall began the 'Big Conversation' with children and families: this enabled children and families to give feedback about how they felt about services and the way they were treated. This led to some immediate changes in the way that professionals interacted with children and families, and demonstrated the power of supporting children and families to have their voices heard.",
      "Our Child Journey Audit process now considers the views of parents, carers and children where appropriate to inform service improvement. For children in care and care leavers, we have worked with young people to develop a series of commitments and are implementing our care leavers' Local Offer.",
      'Giving children and families a voice in service design and development will provide assurance that the services in place are the right ones to meet the needs of families in Walsall. By ensuring that children, young people and families have a say in and contribute to the development of their plans, interventions will be more effective and outcomes more positive and robust.',
    ],
    outcomes: [
      [
        'Children, young people and families are involved in service design and development',
        ['consultation', 'send-zoom', 'c4k', 'send-you-said', 'big-conversation'],
      ],
      [
        'Children, young people and families are involved in developing and implementing their plans',
        ['cp-contribute', 'cp-attend', 'cla-review-contribute', 'cla-review-attend', 'audit-outcomes'],
      ],
      ['Children, young people and families feel more resilient', ['eh-positive', 'outcome-star', 'sdq']],
      ['Children, young people and families can provide regular feedback', ['complaints', 'compliments', 'big-conversation', 'send-you-said']],
    ],
    indicators: [
      'camhs-referrals',
      'send-zoom',
      'consultation',
      'c4k',
      'complaints',
      'compliments',
      'cp-contribute',
      'cp-attend',
      'cla-review-contribute',
      'cla-review-attend',
      'audit-outcomes',
      'sdq',
      'send-you-said',
      'big-conversation',
      'eh-positive',
      'outcome-star',
    ],
    questions: [
      [
        'q-involved-design',
        'Are children, young people and families involved in service design and development?',
        ['consultation', 'send-zoom', 'c4k', 'send-you-said', 'big-conversation'],
        GARBLED,
      ],
      [
        'q-involved-plans',
        'Are children, young people and families involved in developing their plans? Are their voices heard? How is this evidenced?',
        ['cp-contribute', 'cp-attend', 'cla-review-contribute', 'cla-review-attend', 'audit-outcomes'],
        GARBLED,
      ],
      ['q-resilient', 'Do children, young people and families feel more resilient? How do we know?', ['eh-positive', 'outcome-star', 'sdq'], GARBLED],
    ],
  },
];

// The corporate priorities for children, 2018-2021 Walsall Council Corporate Plan (seed 000, "How our outcomes link to Corporate Priorities").
const CORPORATE = [
  { id: 'best-start', title: 'Children have the best possible start and are safe from harm, happy, healthy and learning well' },
  { id: 'thrive', title: 'Children thrive emotionally, physically, mentally and feel they are achieving their potential' },
  { id: 'connected', title: 'Children grow up in connected communities and feel safe everywhere' },
];

// The Equalities Framework (seed 000): its four aims and its quality-assurance questions. The seed
// prints "Do all groups have the same access to services?" twice: it is one question here.
const EQUALITIES_AIMS = [
  "To incorporate equality monitoring into existing processes, considering all applicable 'protected characteristics'.",
  'To monitor interventions and activities to progress towards improved equality of access and opportunity.',
  'To monitor interventions and activities to progress towards improved equality of outcomes.',
  'To use equality monitoring to develop and improve interventions and activities, and to act where inequalities exist.',
];
const EQUALITIES_QUESTIONS: [string, string, string[]][] = [
  ['q-eq-safety', 'Are groups who are more disadvantaged more or less safe than those that are less disadvantaged?', ['cin-ethnicity']],
  ['q-eq-access', 'Do all groups have the same access to services?', ['cin-ethnicity']],
  [
    'q-eq-disproportion',
    'Is there disproportionality in relation to services, interventions and outcomes, and how is this being addressed?',
    ['cla-number', 'cin-ethnicity'],
  ],
  ['q-eq-tailored', "Are interventions being tailored to the needs of different groups rather than a 'one size fits all' approach?", []],
  ['q-eq-workforce', 'Is the workforce reflective of the communities which it supports?', ['workforce-ethnicity']],
  ['q-eq-deprivation', 'What impact does deprivation have on children and families in Walsall?', []],
  ['q-eq-events', 'What is the impact of major events (e.g. Covid-19) on the people of Walsall?', []],
];
const EQUALITIES_GUIDANCE =
  'Data for analysis should include the protected characteristics of children needing help and accessing services, compared to the characteristics of the population in Walsall. Data on staff should also be considered: do the protected characteristics of staff reflect those of the communities they serve and support?';

/**
 * Walsall's four Early Help localities. No public source lists their wards, so this grouping of the
 * 20 wards (2004-2026) is illustrative, made geographically: the north (Bloxwich, Blakenall,
 * Birchills Leamore, Brownhills, Pelsall, Rushall-Shelfield), the east (Aldridge, Streetly,
 * Pheasey Park Farm), the south (central and south Walsall) and the west (Willenhall, Short
 * Heath, Darlaston, Bentley). The shares of the child population are invented too; weights for
 * demand (how much) lean on the deprivation pattern the seed describes, the east least deprived.
 */
const LOCALITIES: { id: string; name: string; wards: string[]; share: number; demand: number }[] = [
  {
    id: 'north',
    name: 'North',
    wards: ['Birchills Leamore', 'Blakenall', 'Bloxwich East', 'Bloxwich West', 'Brownhills', 'Pelsall', 'Rushall-Shelfield'],
    share: 0.3,
    demand: 1.1,
  },
  {
    id: 'east',
    name: 'East',
    wards: ['Aldridge Central and South', 'Aldridge North and Walsall Wood', 'Pheasey Park Farm', 'Streetly'],
    share: 0.18,
    demand: 0.6,
  },
  { id: 'south', name: 'South', wards: ['Paddock', 'Palfrey', 'Pleck', "St Matthew's"], share: 0.27, demand: 1.2 },
  {
    id: 'west',
    name: 'West',
    wards: ['Willenhall North', 'Willenhall South', 'Short Heath', 'Bentley and Darlaston North', 'Darlaston South'],
    share: 0.25,
    demand: 1.05,
  },
];

/** Year 1 of the framework (draft September 2020) is the first reporting year to end in 2021; Year 3 holds from then on. */
const FRAMEWORK_YEARS = [2021, 2022, 2023];

export function wr4cFeed(): Feed {
  const wards = readCsvObjects(dataFile('geo', 'walsall-ward-to-area-partnership-2014.csv'));
  const wardCode = (name: string) => {
    const w = wards.find((r) => r.WD13NM === name);
    if (!w) throw new Error(`no ward called ${name} in walsall-ward-to-area-partnership-2014.csv`);
    return w.WD13CD!;
  };
  // Walsall's children (0-17) in the latest ONS mid-year estimate: the real total, split illustratively.
  const population = readCsvObjects(dataFile('dfe', 'ees', 'ons_mid-year_population_estimates_2012_to_2024__walsall_extract.csv'))
    .filter((r) => r.la_name === 'Walsall' && /0 to 17/.test(r.age_group ?? ''))
    .sort((a, b) => Number(b.time_period) - Number(a.time_period))[0];
  if (!population) throw new Error('no ONS population for Walsall');
  const children = Number(population.population_estimate);
  const populations = apportion(
    children,
    LOCALITIES.map((l) => l.share * 1000),
  );
  const localities = LOCALITIES.map((l, i) => ({ id: l.id, name: l.name, population: populations[i]!, wards: l.wards.map(wardCode), illustrative: true }));
  const assigned = new Set(localities.flatMap((l) => l.wards));
  if (assigned.size !== wards.length || localities.reduce((n, l) => n + l.wards.length, 0) !== wards.length) {
    throw new Error('every ward must be in exactly one locality');
  }

  // The 20 wards themselves (2004-2026), real; their figures are illustrative like the localities'.
  const wardAreas = wards.map((w) => ({ id: w.WD13CD!, name: w.WD13NM!, level: 'ward' as const }));

  const periods = new Periods();
  QUARTERS.forEach((q) => periods.add(q));

  const defs = new Map(INDICATORS.map((d) => [d.id, d]));
  if (defs.size !== INDICATORS.length) throw new Error('an indicator id is used twice');
  const named = new Set([
    ...PRIORITIES.flatMap((p) => [...p.indicators, ...p.outcomes.flatMap(([, ids]) => ids), ...p.questions.flatMap(([, , ids]) => ids)]),
    ...EQUALITIES_QUESTIONS.flatMap(([, , ids]) => ids),
  ]);
  for (const id of named) if (!defs.has(id)) throw new Error(`the framework names ${id}, which is not an indicator`);
  for (const p of PRIORITIES)
    for (const [, ids] of p.outcomes)
      for (const id of ids) if (!p.indicators.includes(id)) throw new Error(`${id} evidences an outcome of ${p.id} but is not in its list`);

  const indicators: IndicatorOut[] = INDICATORS.map((d) => (d.lait ? laitIndicator(d) : d.ees ? eesIndicator(d) : inventedIndicator(d)));

  const questions: NonNullable<Feed['questions']> = [
    ...PRIORITIES.flatMap((p) => p.questions.map(([id, text, inds, guidance]) => ({ id, text, ...(guidance ? { guidance } : {}), indicators: inds }))),
    ...EQUALITIES_QUESTIONS.map(([id, text, inds]) => ({ id, text, guidance: EQUALITIES_GUIDANCE, indicators: inds })),
  ];

  const framework: NonNullable<Feed['framework']> = [
    ...CORPORATE.map((c) => ({
      id: c.id,
      title: c.title,
      kind: 'corporate-priority',
      children: PRIORITIES.filter((p) => p.corporate === c.id).map((p) => ({
        id: p.id,
        title: p.title,
        kind: 'priority',
        rationale: p.rationale.join('\n\n'),
        indicators: p.indicators,
        questions: p.questions.map(([id]) => id),
        children: p.outcomes.map(([title, ids], i) => ({ id: `${p.id}-outcome-${i + 1}`, title, kind: 'outcome', indicators: ids })),
      })),
    })),
    {
      id: 'equalities',
      title: 'Equalities Framework',
      kind: 'framework',
      rationale: EQUALITIES_AIMS.join('\n\n'),
      indicators: ['cla-number', 'cin-ethnicity', 'workforce-ethnicity'],
      questions: EQUALITIES_QUESTIONS.map(([id]) => id),
    },
  ];

  return {
    version: '1.0',
    title: 'Walsall Right 4 Children outcomes framework',
    publisher: "Walsall Council Children's Services (sample feed made by Scorecard Kit from the WR4C Outcomes Framework, draft v0.3, September 2020)",
    updated: '2026-04-08',
    licence: OGL,
    attribution: DFE_ATTRIBUTION,
    authority: AUTHORITY,
    illustrative: true,
    illustrativeNote:
      "Figures published by the Department for Education (and the Youth Justice Board) are real. Every indicator marked illustrative, every locality figure, every breakdown, every target and the grouping of Walsall's wards into four localities are invented for this sample, and flagged as illustrative where they appear.",
    periods: periods.list(),
    comparators: [...COMPARATORS(), ...PEERS()],
    localities: [...localities, ...wardAreas],
    boundaries: [WARD_BOUNDARIES],
    indicators,
    framework,
    questions,
  };

  // -------------------------------------------------------------------------------------------

  function laitIndicator(d: Def): IndicatorOut {
    const m = measure(d.lait!);
    const decimals = m.decimals;
    // FirstYJS: LAIT's England row does not fit the regional figures (data/README.md), so it is left out.
    const england = d.lait !== 'FirstYJS';
    const s = realSeries(d.lait!, periods, { england, peers: true });
    const unit = unitOf(m);
    return {
      id: d.id,
      title: d.title,
      definition: [m.description || m.title, d.note].filter(Boolean).join(' '),
      source: m.source,
      frequency: 'Annual',
      yearType: m.yearType,
      measure: d.measure,
      unit,
      decimals,
      polarity: m.polarity,
      direction: { compare: 'year-ago' },
      ...targetsOf(
        d,
        s.values.map((v) => v.period),
      ),
      values: s.values,
      ...(unit === 'count' ? {} : { comparators: s.comparators }),
      localities: inventLocalities(d.id, unit, d.measure, decimals, s.recent),
      // The number looked after has a real breakdown by ethnicity, beside the pupils of the same groups (data/equalities).
      ...(d.id === 'cla-number' ? { breakdowns: [lookedAfterByEthnicity(periods)] } : {}),
      commentary: [{ text: realCommentary(unit === 'count', england) }],
      links: m.link ? [{ label: 'The published statistics', url: m.link }] : [],
    };
  }

  function eesIndicator(d: Def): IndicatorOut {
    if (d.ees === 'cin-count') {
      // b1: children in need at 31 March (At31_episodes), 2013 to 2025. The CIN rate per 10,000 is LAIT's `CIN`.
      const byArea = eesFigures('b1_children_in_need_2013_to_2025__walsall_extract.csv', (r) => r.category === 'Children in Need', 'At31_episodes');
      const values: ValueOut[] = [...(byArea.get('Walsall') ?? new Map<string, string>())]
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([year, raw]) => ({ period: periods.add(financialYear(Number(year))), value: figure(raw, 0) }));
      return {
        id: d.id,
        title: d.title,
        definition:
          "Children in need at 31 March: children assessed as needing help from children's social care, including children on child protection plans and children looked after (Children Act 1989).",
        source: 'Department for Education (DfE), Characteristics of children in need (Explore Education Statistics, table b1, column At31_episodes)',
        frequency: 'Annual',
        yearType: 'Annual (at 31 March)',
        measure: d.measure,
        unit: 'count',
        decimals: 0,
        polarity: 'none',
        direction: { compare: 'year-ago' },
        values,
        localities: inventLocalities(d.id, 'count', d.measure, 0, recentOf(values)),
        commentary: [{ text: realCommentary(true, true) }],
        links: [
          {
            label: 'Characteristics of children in need',
            url: 'https://explore-education-statistics.service.gov.uk/find-statistics/characteristics-of-children-in-need',
          },
        ],
      };
    }
    // Care leavers aged 19 to 21: the seed's "% of care leavers in touch with the LA", read as 100%
    // less those whose activity is "information not known" (DfE counts there the young people the
    // council is not in touch with, or who refuse contact). Worked out from the counts.
    const rows = readCsvObjects(dataFile('dfe', 'ees', 'la_care_leavers_activity__walsall_extract.csv')).filter((r) => r.care_leaver_age === '19 to 21 years');
    const count = (area: string, year: string, breakdown: string) => {
      const r = rows.find(
        (x) =>
          x.time_period === year &&
          x.breakdown === breakdown &&
          (x.geographic_level === 'National' ? 'England' : x.geographic_level === 'Regional' ? x.region_name : x.la_name) === area,
      );
      return r ? figure(r.care_leaver_count!, 0) : undefined;
    };
    const years = [...new Set(rows.map((r) => r.time_period!))].sort();
    const inTouch = (area: string, year: string): { value: Figure; numerator?: number; denominator?: number } | undefined => {
      const total = count(area, year, 'Total');
      const unknown = count(area, year, 'Total information not known');
      if (total === undefined || unknown === undefined) return undefined;
      if (typeof total !== 'number' || typeof unknown !== 'number' || total === 0)
        return { value: typeof total === 'number' ? (typeof unknown === 'number' ? 'x' : unknown) : total };
      return { value: round(((total - unknown) / total) * 100, 0), numerator: total - unknown, denominator: total };
    };
    const series = (area: string, withCounts: boolean): ValueOut[] =>
      years.flatMap((y) => {
        const v = inTouch(area, y);
        if (!v) return [];
        const period = periods.add(financialYear(Number(y)));
        return [
          withCounts && v.numerator !== undefined
            ? { period, value: v.value, numerator: v.numerator, denominator: v.denominator! }
            : { period, value: v.value },
        ];
      });
    const values = series('Walsall', true);
    const comparators: Record<string, ValueOut[]> = { england: series('England', false) };
    const region = series('West Midlands', false);
    if (region.length) comparators['west-midlands'] = region;
    comparators.sn = years.map((y) =>
      snValue(
        periods.add(financialYear(Number(y))),
        statisticalNeighbours().map((n) => {
          const v = inTouch(n.name, y);
          return v && typeof v.value === 'number' && v.numerator !== undefined ? (v.numerator / v.denominator!) * 100 : undefined;
        }),
        0,
      ),
    );
    return {
      id: d.id,
      title: d.title,
      definition:
        'Care leavers aged 19 to 21 whose activity (education, work, training or not) the council knows, as a % of all care leavers that age. DfE records as "information not known" the young people the council is not in touch with or who refuse contact, so this is the seed\'s "% of Care Leavers in touch with the LA" as near as the published data allow.',
      source:
        "Department for Education (DfE), Children looked after in England including adoptions: care leavers' activity (Explore Education Statistics); worked out from the published counts",
      frequency: 'Annual',
      yearType: 'Financial Year',
      measure: d.measure,
      unit: 'percent',
      decimals: 0,
      polarity: 'bigger-is-better',
      direction: { compare: 'year-ago' },
      values,
      comparators,
      localities: inventLocalities(d.id, 'percent', d.measure, 0, recentOf(values)),
      commentary: [
        { text: `${realCommentary(false, true)} England, regional and neighbour figures are worked out from the published counts in the same way.` },
      ],
      links: [
        {
          label: 'Children looked after in England including adoptions',
          url: 'https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions',
        },
      ],
    };
  }

  function inventedIndicator(d: Def): IndicatorOut {
    const [level, drift] = d.invent!;
    const unit = d.unit!;
    const decimals = d.decimals!;
    const cadence = inventPeriods(d.cadence ?? 'quarter');
    const figures = inventSeries(d.id, level, drift, decimals, 0, unit === 'percent' ? 100 : Infinity).slice(-cadence.length);
    const values = cadence.map((p, i) => ({ period: p.id, value: figures[i]! }));
    const annual = (d.cadence ?? 'quarter') !== 'quarter';
    return {
      id: d.id,
      title: d.title,
      definition: [`${d.title}.`, d.note, 'No public source publishes this figure: the figures shown are invented to illustrate the framework.']
        .filter(Boolean)
        .join(' '),
      source: "Illustrative: invented for this sample (the seed says these indicators come from Walsall Children's Services' own service KPI frameworks)",
      frequency: annual ? 'Annual' : 'Quarterly',
      measure: d.measure,
      unit,
      decimals,
      polarity: d.polarity!,
      direction: { compare: 'previous' },
      ...targetsOf(
        d,
        values.map((v) => v.period),
      ),
      values,
      localities: inventLocalities(d.id, unit, d.measure, decimals, recentOf(values)),
      ...(d.breakdown ? { breakdowns: [inventBreakdown(d.id, d.breakdown, decimals, recentOf(values))] } : {}),
      illustrative: true,
    };
  }

  function inventPeriods(cadence: Cadence): Period[] {
    const years = [2022, 2023, 2024, 2025];
    const list: Period[] =
      cadence === 'quarter'
        ? QUARTERS
        : cadence === 'financial-year'
          ? years.map(financialYear)
          : cadence === 'academic-year'
            ? // No key stage tests or exclusions were comparable in 2019/20 and 2020/21: the invented years start in 2021/22.
              years.map(academicYear)
            : cadence === 'calendar-year'
              ? years.map((y) => ({ id: `cy${y - 1}`, label: `${y - 1}`, end: `${y - 1}-12-31`, kind: 'calendar-year' as const }))
              : years.map((y) => ({ id: `jan${y}`, label: `Jan-${String(y % 100).padStart(2, '0')}`, end: `${y}-01-31`, kind: 'snapshot' as const }));
    list.forEach((p) => periods.add(p));
    return list;
  }

  /** Illustrative Year 1/2/3 targets (each holding for its year; Year 3 from then on), or a minimum standard. */
  function targetsOf(d: Def, seriesPeriods: string[]): Pick<IndicatorOut, 'targets' | 'rag' | 'baseline'> {
    const t = d.targets;
    if (!t) return {};
    if (t.kind === 'minimum-standard') {
      return {
        targets: [{ id: 'minimum', label: 'Minimum standard (illustrative)', kind: 'minimum-standard', value: t.value }],
        rag: { target: 'minimum', tolerance: t.tolerance },
      };
    }
    // The period of the series that ends in each framework year.
    const all = periods.list();
    const yearOf = (y: number) => {
      const p = all.find((q) => seriesPeriods.includes(q.id) && q.end.startsWith(String(y)) && q.kind !== 'quarter');
      if (!p) throw new Error(`${d.id}: no period ending in ${y} for its Year targets`);
      return p.id;
    };
    const [y1, y2, y3] = FRAMEWORK_YEARS.map(yearOf) as [string, string, string];
    // The framework sets its targets "to support the identification of a baseline": the year before Year 1 (illustrative, as the targets are).
    const before = all.find((q) => seriesPeriods.includes(q.id) && q.end.startsWith(String(FRAMEWORK_YEARS[0]! - 1)) && q.kind !== 'quarter');
    // One target, reviewed each year: the three share an id so that RAG uses whichever holds at a period.
    return {
      targets: [
        { id: 'wr4c', label: 'Year 1 target (illustrative)', kind: 'year-1', value: t.values[0], from: y1, to: y1 },
        { id: 'wr4c', label: 'Year 2 target (illustrative)', kind: 'year-2', value: t.values[1], from: y2, to: y2 },
        { id: 'wr4c', label: 'Year 3 target (illustrative)', kind: 'year-3', value: t.values[2], from: y3 },
      ],
      rag: { target: 'wr4c', tolerance: t.tolerance },
      ...(before ? { baseline: before.id } : {}),
    };
  }

  /**
   * Invented locality figures beside the given authority figures, each flagged illustrative. Counts
   * are shared out so that the localities add up to the authority's figure; rates and shares of
   * demand lean on the localities' demand weights and average (by population) to the authority's
   * figure; performance figures vary a little either side of it.
   */
  function inventLocalities(id: string, unit: string, kind: MeasureType, decimals: number, at: { period: string; value: number }[]) {
    const r = random(`${id}-localities`);
    const jitter = LOCALITIES.map(() => 0.85 + r() * 0.3);
    const wardJitter = new Map(LOCALITIES.flatMap((l) => l.wards.map((w) => [`${id}|${w}`, 0.7 + r() * 0.6] as const)));
    const out: Record<string, { period: string; value: number; illustrative: true }[]> = Object.fromEntries(LOCALITIES.map((l) => [l.id, []]));
    for (const { period, value } of at) {
      let shown: number[];
      if (unit === 'count' && Number.isInteger(value)) {
        shown = apportion(
          value,
          LOCALITIES.map((l, i) => l.share * (kind === 'how-much' ? l.demand : 1) * jitter[i]!),
        );
      } else if (kind === 'how-much' && unit !== 'score' && unit !== 'days') {
        // Rates follow demand; shares (%) follow it more gently.
        const raw = LOCALITIES.map((l, i) => (unit === 'percent' ? 1 + (l.demand - 1) * 0.4 : l.demand) * jitter[i]!);
        const mean = LOCALITIES.reduce((a, l, i) => a + l.share * raw[i]!, 0);
        shown = raw.map((w) => round((value * w) / mean, decimals));
      } else {
        shown = jitter.map((j) => round(value * (1 + (j - 1) * 0.5), decimals));
      }
      LOCALITIES.forEach((l, i) => out[l.id]!.push({ period, value: unit === 'percent' ? Math.min(100, shown[i]!) : shown[i]!, illustrative: true }));
      // Demand by ward, for the ward map ("Is demand increasing or decreasing in each area?"):
      // each locality's figure shared among its wards, counts adding up, rates either side of it.
      if (kind !== 'how-much') continue;
      LOCALITIES.forEach((l, i) => {
        const weights = l.wards.map((w) => wardJitter.get(`${id}|${w}`)!);
        const split =
          unit === 'count' && Number.isInteger(shown[i]!)
            ? apportion(shown[i]!, weights)
            : weights.map((w) => round((shown[i]! * w) / (weights.reduce((a, b) => a + b, 0) / weights.length), decimals));
        l.wards.forEach((w, j) =>
          (out[wardCode(w)] ??= []).push({ period, value: unit === 'percent' ? Math.min(100, split[j]!) : split[j]!, illustrative: true }),
        );
      });
    }
    return out;
  }

  function inventBreakdown(id: string, b: BreakdownDef, decimals: number, at: { period: string; value: number }[]) {
    const r = random(`${id}-${b.id}`);
    const groups = b.groups.map((g) => ({ g, jitter: 0.85 + r() * 0.3 }));
    const valuesOf = (value: number): number[] => {
      if (b.kind === 'parts')
        return apportion(
          Math.round(value),
          groups.map(({ g, jitter }) => (g[2] as number) * jitter),
        );
      // Shares in %, in tenths so that they add up to 100 exactly.
      const main = b.complement ? 100 - value : value;
      const rest = apportion(
        Math.round((100 - main) * 10),
        groups.map(({ g, jitter }) => (g[0] === b.main ? 0 : (g[2] as number) * jitter)),
      );
      return groups.map(({ g }, i) => (g[0] === b.main ? round(main, 1) : rest[i]! / 10));
    };
    const perPeriod = at.map(({ period, value }) => ({ period, shares: valuesOf(value) }));
    return {
      id: b.id,
      label: b.label,
      groups: groups.map(({ g }, i) => ({
        id: g[0],
        label: g[1],
        ...(b.kind === 'shares' && g[3] !== undefined ? { populationShare: g[3] } : {}),
        values: perPeriod.map((p) => ({
          period: p.period,
          value: b.kind === 'parts' ? p.shares[i]! : round(p.shares[i]!, Math.max(1, decimals)),
          illustrative: true,
        })),
      })),
    };
  }
}

function realCommentary(count: boolean, england: boolean): string {
  const areas = count ? 'Walsall figures are' : `Walsall, ${england ? 'England, ' : ''}West Midlands and statistical-neighbour figures are`;
  return [
    `${areas} as published.`,
    count
      ? 'Counts are not compared with other areas: see the rate.'
      : "The statistical-neighbour figure is the plain average of Walsall's ten 2025-model neighbours, given when at least 7 of them have a figure (a note says when not all 10 do).",
    england ? '' : "LAIT's England figure is left out: it does not fit the regional figures.",
    'Locality figures are illustrative.',
  ]
    .filter(Boolean)
    .join(' ');
}
