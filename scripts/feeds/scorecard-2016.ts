// The "Children's Social Care Q3 (Nov 2016/17) Summary" scorecard (seed 003, "Performance reporting
// and monitoring processes", January 2017): its 84 rows in their 15 sections, and its columns —
// England and Walsall outturns for March 2016, the three quarters of 2016/17, the deprivation-
// adjusted, mid-way and ambitious targets, the direction of travel in 16/17 on 15/16, RAG and comments.
//
// The scorecard's figures did not survive the seed's text, except one row (children in need). Where
// the repository's DfE data have the measure, the March 2016 outturns for Walsall and England are
// DfE's published figures (LAIT, data/dfe); the quarterly figures and the targets are left empty.
// The demo page says so. Titles are the seed's, with the words the extraction ran together split.
import { figure, laitValues, measure } from './dfe.js';
import { AUTHORITY, type Feed, type Period } from './common.js';

const periods: Period[] = [
  { id: 'mar-16', label: 'Outturn Mar-16', end: '2016-03-31', kind: 'financial-year' },
  { id: 'jun-16', label: 'Q1 Jun-16', end: '2016-06-30', kind: 'year-to-date' },
  { id: 'sep-16', label: 'Q2 Sep-16', end: '2016-09-30', kind: 'year-to-date' },
  { id: 'nov-16', label: 'Q3 Nov-16', end: '2016-11-30', kind: 'year-to-date' },
];

type Unit = 'count' | 'percent' | 'per-10000' | 'days';
/** A row: its title as printed, its unit, [BB]/[SB] where printed, and the LAIT measure for its March 2016 outturn. */
type Row = [title: string, unit: Unit, polarity?: 'BB' | 'SB', lait?: string];

const SECTIONS: [id: string, title: string, rows: Row[]][] = [
  [
    'contacts',
    'Contacts (contacts and front door mechanisms not comparable nationally or to other LAs)',
    [
      ['Number of Contacts to MASH', 'count'],
      ['Rate per 10,000 age 0 to 18', 'per-10000'],
      ["% contacts NFA to children's social care", 'percent'],
      ["Of those NFA'd, no. directed to Multi-agency early help hub", 'count'],
      ["Of those NFA'd, no. directed to Single agency early help", 'count'],
      ['% of contacts to MAST/MASH within 12 months prior of a previous contact to MAST/MASH', 'percent'],
    ],
  ],
  [
    'referrals',
    'Referrals',
    [
      ['Number of Referrals', 'count', undefined, 'CPP_Total_NumRef'],
      ['% of referrals to C & F Assessment', 'percent'],
      ['% of referrals within a previous referral 12 months prior at period end (12-month rolling rate)', 'percent', 'SB', 'ReReferral'],
      ['% Referrals resulting in No Further Action', 'percent'],
    ],
  ],
  [
    'sources',
    "Referral sources to Children's Social Care",
    [
      ['Police', 'percent'],
      ['Health', 'percent'],
      ['Schools/ Education Services', 'percent'],
      ['Housing', 'percent'],
      ['Individual/Anonymous', 'percent'],
      [
        'Others inc. LA Services (Social Care Services, Youth Offending and Other Local Authorities), Other Legal Agencies and Voluntary Organisations',
        'percent',
      ],
    ],
  ],
  [
    'early-help',
    'Early Help',
    [
      ['Number of Early Help Hub Contacts', 'count'],
      ['Number of Early Help Assessments', 'count'],
      ['% EH positive closures (step down to single agency and Universal Services, needs met)', 'percent'],
    ],
  ],
  [
    'assessments',
    'Child and Family assessments (inc refresh assessments)',
    [
      ['No. undertaken by CSC', 'count'],
      ['% nfa to CSC following investigation', 'percent'],
      ['% NFAd due to needs met by universal services', 'percent'],
      ['% NFAd stepped down to Early Help', 'percent'],
      ['% NFAd due to moved out of local authority', 'percent'],
      ['% NFAd due to client deceased', 'percent'],
      ['% within 45 days', 'percent', undefined, 'Continue_Assess_Comp'],
      ['% with child seen during assessment', 'percent'],
    ],
  ],
  [
    's47',
    'S47s and ICPCs',
    [
      ['Section 47 number of assessments carried out', 'count'],
      ['Number of ICPCs', 'count'],
      ['% of ICPC resulting in a Child Protection Plan (CPP)', 'percent'],
      ['% ICPCs held within 15 days of strategy discussion', 'percent', undefined, 'CP_conf_15days'],
      ['% Initial CP conferences attended by police (BB)', 'percent', 'BB'],
    ],
  ],
  ['cin', 'Children in Need', [['Number of Children in Need not inc. LAC and CPP', 'per-10000']]],
  [
    'cpp',
    'Child protection plans',
    [
      ['No. children on a Child Protection Plan', 'count', undefined, 'CPP_Num'],
      ['No. CPP de-listed during the year', 'count'],
      ['No. CPP listed during the year', 'count'],
      ['% second or subsequent plan (ever)', 'percent', undefined, 'PrevRegCPR'],
      ['Duration of CPP 2+yrs at closure', 'percent'],
      ['Number of RCPCs', 'count'],
      ['% of RCPCs held to timescale', 'percent'],
      ['% seen alone at CP Stat Visits', 'percent'],
      ['% Children subject of a child protection plan allocated to a qualified social worker', 'percent'],
      ["No's of core groups", 'count'],
      ['% of core groups held within 10 days of an ICPC', 'percent'],
    ],
  ],
  [
    'lac',
    'LAC Rate/Adm Rate/Dis Rate',
    [
      ['Number of Looked After Children', 'count', undefined, 'LACnum'],
      ['Rate of Looked After Children (SB)', 'per-10000', 'SB', 'LAC'],
      ['LAC Admissions', 'count', undefined, 'LACnum_Start'],
      ['Rate of LAC Admissions (SB)', 'per-10000', 'SB'],
      ['LAC Discharges', 'count'],
      ['Rate of LAC Discharges (BB)', 'per-10000', 'BB'],
      ['% Returned Home with no order', 'percent'],
      ['Returned Home on Full Care Orders', 'count'],
    ],
  ],
  [
    'stability',
    'Placement Stability',
    [
      ['% LAC 3 or more placements in yr (SB)', 'percent', 'SB', 'LACStable_2016on'],
      ['Long Term Stability of LAC (% in care 2.5 years in same placement 2 years) (BB)', 'percent', 'BB'],
      ['% placed out of borough and more than 20 miles from where they used to live (SB)', 'percent', 'SB', 'LACDistance'],
      ['% placed out of borough (SB)', 'percent', 'SB'],
    ],
  ],
  [
    'lac-reviews',
    'LAC Reviews/Visits',
    [
      ['Number of LAC Stat Visits Undertaken', 'count'],
      ['Number of LAC Stat Visits Expected next month', 'count'],
      ['Number of LAC Stat Visits Overdue at month end', 'count'],
      ['% children seen alone at LAC Statutory Visit (BB)', 'percent', 'BB'],
      ["% LAC reviews where child's views recorded (BB)", 'percent', 'BB'],
      ['% LAC reviews where the child attended the review (BB)', 'percent', 'BB'],
      ['% LAC reviews presenting a child consultation form (BB)', 'percent', 'BB'],
      ['% Looked after children allocated to a qualified social worker (BB)', 'percent', 'BB'],
      ['% Looked after children with an up to date PEP at their latest review', 'percent'],
    ],
  ],
  [
    'lac-health',
    'LAC Health',
    [
      ['Initial Health Assessments in timescale (BB)', 'percent', 'BB'],
      ['Review Health Assessments in Timescale (BB)', 'percent', 'BB'],
      ['No. LAC receiving CAMHS services', 'count'],
      ['% of Children looked after for 12 months continuously having annual health checks', 'percent'],
      ['% children looked after for 12 months continuously with immunisations up to date', 'percent'],
      ['% of children looked after continuously for 12 months with teeth checked by a dentist', 'percent'],
      ['% of children, 12 months continuous LAC, who have an identified substance misuse problem (SB)', 'percent', 'SB'],
      ['SDQs (% completed & recorded to system)', 'percent'],
    ],
  ],
  [
    'lac-offending',
    'LAC Offending',
    [
      ['% of children looked after continuously for 12 months who have offended (SB)', 'percent', 'SB'],
      ['% of children looked after continuously for 12 months who have received a community resolution order (SB)', 'percent', 'SB'],
      ['Looked After Children subject to remand', 'count'],
      ['Looked After Children Discharges - sentenced to custody', 'count'],
    ],
  ],
  [
    'care-leavers',
    'Care Leavers',
    [
      ['% Care Leavers age 19 to 21 not in suitable accommodation (SB)', 'percent', 'SB'],
      ['% Care Leavers age 19 to 21 not in suitable education, employment or training (SB)', 'percent', 'SB'],
    ],
  ],
  [
    'adoption',
    'Adoption',
    [
      ['Number of children Adopted', 'count'],
      ['% Ceasing care due to being adopted', 'percent'],
      ['Of those adopted, Average time from Entering Care to moving in with adopted family (Days) (A1) (3-year average) (SB)', 'days', 'SB'],
      [
        'Of those adopted, Average time between receiving court authority to place a child and deciding on a match to a family (Days) (A2) (3 year average) (SB)',
        'days',
        'SB',
      ],
      ['Children who wait less than 14 months between entering care and moving in with their adoptive family (%) (A3) (3-year average) (BB)', 'percent', 'BB'],
    ],
  ],
];

/** The one row whose figures survived in the seed: England and Walsall for March 2016 and Walsall's three quarters. */
const SURVIVED: Record<string, { england: number; values: [string, number][] }> = {
  'cin-1': {
    england: 337.7,
    values: [
      ['mar-16', 408.9],
      ['jun-16', 384.8],
      ['sep-16', 431.5],
      ['nov-16', 429.8],
    ],
  },
};

const DECIMALS: Record<Unit, number> = { count: 0, percent: 1, 'per-10000': 1, days: 0 };

export function scorecard2016Feed(): Feed {
  const indicators = SECTIONS.flatMap(([section, , rows]) =>
    rows.map(([title, unit, mark, lait], i) => {
      const id = `${section}-${i + 1}`;
      const decimals = lait ? measure(lait).decimals : DECIMALS[unit];
      // LAIT's 2016 figure is the position at 31 March 2016 (or the year 2015/16 to it): the "Outturn Mar-16" columns.
      const published = (area: string) => {
        if (!lait) return undefined;
        const raw = laitValues(lait).get(area)?.get('2016');
        return raw === undefined ? undefined : figure(raw, decimals);
      };
      const survived = SURVIVED[id];
      // A figure not in the data is missing (null), never 0; the quarters are missing unless they survived.
      const walsall = survived ? survived.values.map(([period, value]) => ({ period, value })) : [{ period: 'mar-16', value: published('Walsall') ?? null }];
      // England's count is the whole country's, not a figure to set beside a council's: only rates and percentages get one.
      const england = survived ? survived.england : unit === 'count' ? undefined : published('England');
      return {
        id,
        title,
        measure: 'how-well' as const,
        unit,
        decimals,
        polarity: mark === 'BB' ? ('bigger-is-better' as const) : mark === 'SB' ? ('smaller-is-better' as const) : ('none' as const),
        source: lait
          ? `March 2016 outturns: ${measure(lait).source}. Quarterly figures: not in the seed's text.`
          : survived
            ? "Walsall Children's Services, Q3 2016/17 scorecard (seed 003): the one row whose figures survived."
            : "Walsall Children's Services, Q3 2016/17 scorecard (seed 003): its figures did not survive the seed's text.",
        direction: { compare: 'period' as const, period: 'mar-16' },
        values: walsall,
        ...(england !== undefined ? { comparators: { england: [{ period: 'mar-16', value: england }] } } : {}),
      };
    }),
  );
  return {
    version: '1.0',
    title: "Children's Social Care Q3 (Nov 2016/17) Summary",
    publisher: 'Walsall Council: Performance reporting and monitoring processes, January 2017 (Appendix: the Q3 2016/17 scorecard)',
    updated: '2017-01-31',
    licence: 'Rows transcribed from a public council document; March 2016 outturns from DfE LAIT, Open Government Licence v3.0',
    attribution:
      "Walsall Children's Services, Q3 2016/17 scorecard. Contains public sector information licensed under the Open Government Licence v3.0 (Department for Education).",
    authority: AUTHORITY,
    illustrative: false,
    periods,
    comparators: [{ id: 'england', name: 'England', kind: 'england', code: 'E92000001' }],
    indicators,
    framework: SECTIONS.map(([id, title, rows]) => ({
      id,
      title,
      kind: 'Section',
      indicators: rows.map((_, i) => `${id}-${i + 1}`),
      periods: periods.map((p) => p.id),
    })),
  };
}
