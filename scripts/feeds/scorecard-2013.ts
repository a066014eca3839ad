// The Walsall Children's Improvement Board "3 page scorecard" (seed 002: report to the Children and
// Young People's Scrutiny and Performance Panel, 15 October 2013), transcribed with its real
// figures. The seed holds two copies: "Walsall Children's Improvement Board Sept 2013 - 3 page
// scorecard" (figures to July 2013) and, after it, the June 2013 copy ("31/06/2013"). The July copy
// is followed; the June copy gives the columns July dropped (Mar-12, Apr-13, YTD Jun-13, 2011/12),
// and where it printed a different figure for the same column a note on the value says so.
//
// - "NB: Mar 2013 figures are draft and subject to change": every Mar-13 figure is provisional.
// - [BB] / [SB] (bigger / smaller is better) give the polarity; rows without a mark have none.
// - "tba", "annual data", "published June 2014": missing (null) with a note; "n/a": not applicable
//   ("z") where the measure does not exist for that column, not available ("x") where the June
//   copy's 2011/12 staffing column had no figures.
// - The arrows: each table compares its last column with the one before it ("Direction of travel
//   from previous period"): Mar-13 for the outcome, output and process tables, the June column for
//   the staffing table, the month before for early help. A year-to-date count beside a full-year
//   count is marked not comparable, so no arrow is drawn for it.
// - The target band legend (met / did not meet the minimum standard) is printed, but the per-row
//   band marks did not survive extraction: none is given here.
// - The paragraph under each table is the commentary of the rows it is about, for the last column.
// - The seed's arrow glyphs were lost in extraction; the kit works the arrows out from the figures.
import { AUTHORITY, type Feed, type Period } from './common.js';

const periods: Period[] = [
  { id: 'fy-2011-12', label: '2011/12', end: '2012-03-31', kind: 'financial-year' },
  { id: 'mar-12', label: 'Mar-12', end: '2012-03-31', kind: 'snapshot' },
  { id: 'fy-2012-13', label: '2012/13', end: '2013-03-31', kind: 'financial-year' },
  { id: 'mar-13', label: 'Mar-13', end: '2013-03-31', kind: 'snapshot' },
  { id: 'apr-13', label: 'Apr-13', end: '2013-04-30', kind: 'month' },
  { id: 'may-13', label: 'May-13', end: '2013-05-31', kind: 'month' },
  { id: 'jun-13', label: 'Jun-13', end: '2013-06-30', kind: 'month' },
  { id: 'ytd-jun-13', label: 'YTD Jun-13', end: '2013-06-30', kind: 'year-to-date' },
  { id: 'jul-13', label: 'Jul-13', end: '2013-07-31', kind: 'month' },
  { id: 'ytd-jul-13', label: 'YTD Jul-13', end: '2013-07-31', kind: 'year-to-date' },
];

type V = {
  period: string;
  value: number | null | 'z' | 'x';
  provisional?: boolean;
  note?: string;
  notComparable?: string;
  numerator?: number;
  denominator?: number;
};
const v = (period: string, value: number | null | 'z' | 'x', extra: Partial<V> = {}): V => ({ period, value, ...extra });
const draft = (value: number): V => v('mar-13', value, { provisional: true });
const partYear = (period: string, value: number, full: string) =>
  v(period, value, { notComparable: `${value} counts only the months of 2013/14 so far; ${full} is for a whole year.` });
const vsMarch = { direction: { compare: 'period' as const, period: 'mar-13' } };
const vsJune = { direction: { compare: 'period' as const, period: 'ytd-jun-13' } };
/** The June copy's 2011/12 staffing column: "n/a" throughout. */
const na2011 = (): V => v('fy-2011-12', 'x', { note: 'n/a in the June 2013 scorecard' });
const juneSaid = (period: string, value: number, june: number) => v(period, value, { note: `The June 2013 scorecard printed ${june} for this column.` });

interface Row {
  id: string;
  title: string;
  measure: 'how-much' | 'how-well' | 'so-what';
  unit: 'count' | 'percent' | 'per-10000' | 'days';
  decimals: number;
  polarity: 'bigger-is-better' | 'smaller-is-better' | 'none';
  values: V[];
  /** The "Eng Avge Mar 12" column; "z" where it says n/a. */
  england?: number | 'z';
  direction?: { compare: 'previous' | 'year-ago' | 'period'; period?: string };
  definition?: string;
  commentary?: string;
  /** Commentary of the June 2013 copy, for its last column. */
  juneCommentary?: [string, string];
  /** A level the scorecard's words set, which RAG is judged against ("10-15% is considered as ideal"). */
  band?: { label: string; value: number; upper?: number };
}

const percent = (id: string, title: string, measure: Row['measure'], polarity: Row['polarity'], values: V[], extra: Partial<Row> = {}): Row => ({
  id,
  title,
  measure,
  unit: 'percent',
  decimals: 1,
  polarity,
  values,
  ...extra,
});
const count = (id: string, title: string, measure: Row['measure'], polarity: Row['polarity'], values: V[], extra: Partial<Row> = {}): Row => ({
  id,
  title,
  measure,
  unit: 'count',
  decimals: 0,
  polarity,
  values,
  ...extra,
});

const SOURCES: [string, string, number | 'z', number | 'z', number | 'z', number | 'z'][] = [
  // source, words, % of referrals 12/13, % to Jul-13, % NFAd 12/13 (June copy), % NFAd 13/14 at Jul-13
  ['police', 'Police', 26.6, 10.2, 16.0, 7.4],
  ['health', 'Health (midwives, hospitals and other NHS)', 11.6, 10.4, 16.5, 8.5],
  ['schools', 'Schools', 17.6, 24.8, 12.0, 5.9],
  ['housing', 'Housing', 'z', 'z', 'z', 'z'],
  ['family', 'Relative, self and anonymous', 11.1, 13.3, 13.8, 6.0],
  ['others', 'Others', 33.1, 41.2, 24.6, 11.0],
];

// The columns each table of the July 2013 scorecard printed (besides the England average).
const COLUMNS: Record<string, string[]> = {
  'intervention-duration': ['mar-13', 'jul-13'],
  'injuries-table': ['mar-13', 'jul-13'],
  'cpp-table': ['mar-12', 'mar-13', 'ytd-jul-13'],
  'repeat-cpp-table': ['mar-13', 'jul-13'],
  's47-table': ['mar-12', 'mar-13', 'ytd-jul-13'],
  'cpp-reviews-table': ['mar-13', 'ytd-jul-13'],
  'assessment-timeliness': ['mar-13', 'jul-13'],
  thresholds: ['fy-2012-13', 'ytd-jul-13'],
  'complaints-table': ['mar-13', 'ytd-jul-13'],
  'early-help': ['may-13', 'jun-13', 'jul-13'],
  staffing: ['fy-2012-13', 'ytd-jun-13', 'ytd-jul-13'],
};

const TABLES: { section: string; sectionTitle: string; tables: { id: string; title: string; rows: Row[]; commentary?: string }[] }[] = [
  {
    section: 'outcomes',
    sectionTitle: '1.0 Outcomes: service users',
    tables: [
      {
        id: 'intervention-duration',
        title: 'Intervention duration (as a proxy for quality)',
        commentary:
          'Work is underway to close CPPs and CiN where safe and relevant to do so. This causes a short term increase in 2+ year closure figures, but ensures caseloads become more manageable and prioritised.',
        rows: [
          percent('cpp-2yrs', 'Duration of CPP 2+ years at closure (%)', 'how-well', 'smaller-is-better', [draft(6.5), v('jun-13', 2.9), v('jul-13', 3.6)], {
            england: 5.6,
            ...vsMarch,
          }),
          percent(
            'cin-2yrs',
            'Duration of CiN episode 2+ years at closure (%)',
            'how-well',
            'smaller-is-better',
            [{ ...draft(5.54) }, v('jul-13', null, { note: 'To be announced' })],
            { england: 9.2, decimals: 2, ...vsMarch },
          ),
          percent(
            'offences',
            'Rate of offences against under 18s in Walsall as a % of the West Midlands total',
            'so-what',
            'smaller-is-better',
            [draft(8.4), v('jul-13', null, { note: 'Annual data' })],
            {
              england: 'z',
              ...vsMarch,
              commentary: 'Fewer reported offences against children than expected for population size (9.8% of WM total).',
              // "Than expected for population size": Walsall's share of the West Midlands' children, 9.8%.
              band: { label: "Expected level for Walsall's population", value: 9.8 },
            },
          ),
        ],
      },
      {
        id: 'injuries-table',
        title: 'Injuries',
        commentary:
          'This measure combines safeguarding and safety from accidents. Rate equates to 609 admissions; working with health colleagues to receive in year data and earlier published data.',
        rows: [
          {
            id: 'injuries',
            title: 'Accidental and deliberate injuries: admissions to hospital (rate per 10,000)',
            measure: 'so-what',
            unit: 'per-10000',
            decimals: 1,
            polarity: 'smaller-is-better',
            values: [draft(96), v('jul-13', null, { note: 'Published June 2014' })],
            england: 124.3,
            ...vsMarch,
          },
        ],
      },
    ],
  },
  {
    section: 'outputs',
    sectionTitle: '2.0 Outputs',
    tables: [
      {
        id: 'cpp-table',
        title: 'Child protection plans',
        commentary: 'The number of CPPs lies below the level expected for income related child poverty levels.',
        rows: [
          count(
            'cpp-number',
            'Number of child protection plans (CPP) at the end of the period',
            'how-much',
            'none',
            [v('mar-12', 230), draft(251), v('ytd-jun-13', 222), v('ytd-jul-13', 238)],
            {
              ...vsMarch,
              juneCommentary: [
                'ytd-jun-13',
                'The number of CPPs lies just below the level expected for income related child poverty levels. Exploration of this compared to earlier and later stages of the system are being examined.',
              ],
            },
          ),
          count(
            'cpp-delisted',
            'Number de-listed during the year',
            'how-much',
            'none',
            [v('mar-12', 248), draft(334), partYear('ytd-jun-13', 104, '334'), partYear('ytd-jul-13', 137, '334')],
            vsMarch,
          ),
          count(
            'cpp-listed',
            'Number listed during the year',
            'how-much',
            'none',
            [v('mar-12', 255), draft(355), partYear('ytd-jun-13', 75, '355'), partYear('ytd-jul-13', 124, '355')],
            vsMarch,
          ),
        ],
      },
      {
        id: 'repeat-cpp-table',
        title: 'Repeat child protection plans',
        rows: [
          percent(
            'repeat-cpp',
            'Second or subsequent CPP within 2 years of a CPP (%)',
            'so-what',
            'smaller-is-better',
            [v('mar-12', 10.5), draft(10.4), v('jul-13', 22.7)],
            {
              england: 13.8,
              ...vsMarch,
              definition:
                'Children who became the subject of a child protection plan for a second or subsequent time within 2 years of a previous plan. Smaller is better, as the scorecard marks it [SB]; it also notes that 10-15% is considered ideal.',
              band: { label: "Board's ideal range", value: 10, upper: 15 },
              juneCommentary: ['mar-13', "10-15% is considered as ideal. Walsall's rate has remained good, indicating appropriate caution levels."],
              commentary:
                "10-15% is considered as ideal. Walsall's rate has remained good, indicating appropriate caution levels. There has been a rise in 13/14, in particular in July. The performance team is analysing the detail behind this data prior to sharing findings with service managers.",
            },
          ),
        ],
      },
      {
        id: 's47-table',
        title: 'Section 47 enquiries and initial child protection conferences',
        commentary:
          'The number of S47 assessments and ICPCs has decreased and the % ICPCs resulting in CPPs has increased. Work is underway to ensure that this is as a result of effective identification and early help.',
        rows: [
          count(
            's47',
            'Section 47 assessments carried out',
            'how-much',
            'none',
            [v('mar-12', 491), draft(722), partYear('ytd-jun-13', 202, '722'), partYear('ytd-jul-13', 333, '722')],
            vsMarch,
          ),
          count(
            'icpc',
            'Initial child protection conferences (ICPCs)',
            'how-much',
            'none',
            [v('mar-12', 484), draft(402), partYear('ytd-jun-13', 81, '402'), partYear('ytd-jul-13', 144, '402')],
            vsMarch,
          ),
          percent(
            'icpc-to-cpp',
            '% of ICPCs resulting in a child protection plan',
            'how-well',
            'none',
            [v('mar-12', 'z', { note: 'n/a' }), draft(87), v('ytd-jun-13', 91.4), v('ytd-jul-13', 88.2)],
            vsMarch,
          ),
        ],
      },
    ],
  },
  {
    section: 'processes',
    sectionTitle: '3.0 Processes',
    tables: [
      {
        id: 'cpp-reviews-table',
        title: 'Child protection plan reviews',
        rows: [
          percent(
            'cpp-reviews',
            'CPP reviews within timescales (%)',
            'how-well',
            'bigger-is-better',
            [draft(97), v('ytd-jun-13', 100), v('ytd-jul-13', 98.2, { numerator: 165, denominator: 168 })],
            {
              england: 96.7,
              ...vsMarch,
              commentary: 'The July outturn equates to 165 out of 168 reviews in timescale.',
            },
          ),
        ],
      },
      {
        id: 'assessment-timeliness',
        title: 'Assessment timeliness',
        commentary:
          'Work has been undertaken to improve the data quality around timeliness and worker level reports are ready to support supervision. This a priority area for action by teams.',
        rows: [
          percent(
            'ia-10-days',
            '% initial assessments (IA) completed in less than 10 days',
            'how-well',
            'bigger-is-better',
            [v('mar-12', 81.1), draft(64.9), v('jun-13', 48.7), v('jul-13', 47.5)],
            { england: 77.4, ...vsMarch },
          ),
          percent(
            'ca-35-days',
            '% core assessments (CA) completed in less than 35 days',
            'how-well',
            'bigger-is-better',
            [v('mar-12', 87.1), draft(64.7), v('jun-13', 81.7), v('jul-13', 83.9)],
            { england: 75.5, ...vsMarch },
          ),
        ],
      },
      {
        id: 'thresholds',
        title: 'Agency understanding of thresholds and participation',
        commentary:
          'Communications with and to partners about the new referral system through the MAST Team and re-inforcement of thresholds is underway at present. Audits suggest the current threshold understanding is generally good - this will be built on further.',
        // Columns: "12/13 (%)" and "(%) to Jul-13" of referrals; "% NFAd (13/14 at Jul-13)", with the June
        // copy's "% of these NFAd" for 12/13. Housing: "n/a" in every column.
        rows: SOURCES.flatMap(([id, words, share1213, shareJul, nfa1213, nfaJul]) => {
          const na = (period: string, value: number | 'z') => (value === 'z' ? v(period, 'z', { note: 'n/a' }) : v(period, value));
          const from = words.charAt(0).toLowerCase() + words.slice(1);
          return [
            percent(`referrals-${id}`, `Referrals from ${from} (% of referrals)`, 'how-much', 'none', [
              na('fy-2012-13', share1213),
              na('ytd-jul-13', shareJul),
            ]),
            percent(
              `referrals-${id}-nfa`,
              `Referrals from ${from} ending in no further action (%)`,
              'how-well',
              'none',
              [na('fy-2012-13', nfa1213), na('ytd-jul-13', nfaJul)],
              {
                commentary:
                  'Communications with and to partners about the new referral system through the MAST Team and re-inforcement of thresholds is underway at present. Audits suggest the current threshold understanding is generally good - this will be built on further. An audit of initial assessments with NFA is currently taking place to gain a clear understanding of thresholds.',
              },
            ),
          ];
        }),
      },
      {
        id: 'complaints-table',
        title: 'Complaints',
        commentary:
          'Of the stage 1 complaints the largest category related to staff conduct. Breakdown by subject area and examination of potential learning from these is underway. There has been a comparable rise in the number of complaints overall so far this year compared with 12/13.',
        // The June copy marks complaints (SB); the July copy dropped the mark. Mar-13 is the whole of 2012/13.
        rows: [1, 2, 3].map((stage) => {
          const year = [116, 8, 0][stage - 1]!;
          return count(
            `complaints-stage-${stage}`,
            `Complaints at stage ${stage}`,
            'how-much',
            'smaller-is-better',
            [draft(year), partYear('ytd-jun-13', [54, 3, 0][stage - 1]!, String(year)), partYear('ytd-jul-13', [73, 3, 0][stage - 1]!, String(year))],
            {
              ...vsMarch,
              ...(stage === 1
                ? { juneCommentary: ['ytd-jun-13', 'There were 25 stage 1 complaints in April 2013, 22 in May and 7 in June.'] as [string, string] }
                : {}),
            },
          );
        }),
      },
    ],
  },
  {
    section: 'input',
    sectionTitle: '4.0 Input',
    tables: [
      {
        id: 'early-help',
        title: 'Early help',
        commentary:
          'Early help end measures going live 16 September: satisfactory outcomes achieved; case escalated; family disengaged; family moved away; referred on to a different service; child died or other exceptional reason. These will complement the "distance travelled" tools used in direct work with families.',
        rows: [
          count('cafs', 'CAFs (and from April 2013, early help assessments) received', 'how-much', 'none', [
            v('apr-13', 77),
            v('may-13', 45),
            v('jun-13', 48),
            v('jul-13', 34),
          ]),
          count('stepped-up', 'Cases stepped up to level 3', 'how-much', 'none', [
            v('apr-13', 7),
            v('may-13', 12),
            v('jun-13', 8, { note: 'Revised: the June scorecard showed 4.' }),
            v('jul-13', 29),
          ]),
          count('stepped-down', 'Cases stepped down from level 3', 'how-much', 'none', [v('apr-13', 0), v('may-13', 2), v('jun-13', 0), v('jul-13', 0)]),
        ],
      },
      {
        id: 'staffing',
        title: 'Staffing measures',
        rows: [
          percent(
            'sw-vacancies',
            '% social worker vacancies',
            'how-well',
            'smaller-is-better',
            [na2011(), v('fy-2012-13', 14.4), v('ytd-jun-13', 19.82), v('ytd-jul-13', 26.01)],
            { decimals: 2, ...vsJune },
          ),
          {
            id: 'sickness',
            title: 'Sickness: average days lost per social worker or senior practitioner (rolling 12 months)',
            measure: 'how-well',
            unit: 'days',
            decimals: 2,
            polarity: 'smaller-is-better',
            values: [na2011(), v('fy-2012-13', 16.3), v('ytd-jun-13', 17.73), v('ytd-jul-13', 16.95)],
            ...vsJune,
          },
          count(
            'agency-staff',
            'Agency staff: social workers, senior practitioners and team managers',
            'how-much',
            'none',
            [
              na2011(),
              v('fy-2012-13', 54),
              v('ytd-jun-13', 60),
              v('ytd-jul-13', 54, {
                notComparable: 'The July figure is full-time equivalents (8,813 hours worked / 162); earlier figures count agency workers.',
              }),
            ],
            {
              ...vsJune,
              commentary:
                "* the July figure for agency staff is based on total number of hours worked by agency workers in the month converted into FTE posts (8813/ 162); previous months' figures are nos. agency workers employed at any time in the month.",
            },
          ),
          percent(
            'sw-turnover',
            '% social worker turnover (rolling 12 months)',
            'how-well',
            'smaller-is-better',
            [na2011(), v('fy-2012-13', 10.5), juneSaid('ytd-jun-13', 8.6, 14.04), v('ytd-jul-13', 14.8)],
            vsJune,
          ),
          {
            id: 'caseload',
            title: 'Average number of open cases per worker (CiN, CPP and LAC)',
            measure: 'how-much',
            unit: 'count',
            decimals: 1,
            polarity: 'none',
            values: [na2011(), juneSaid('fy-2012-13', 25.2, 37), juneSaid('ytd-jun-13', 19.2, 25.2), v('ytd-jul-13', 19.5)],
            ...vsJune,
            commentary:
              'The reported high caseload numbers are being examined further to ensure accuracy and to establish what proportion are active cases, what type, and to safely close any longer term "monitoring and review" type cases.',
            juneCommentary: [
              'ytd-jun-13',
              'The reported high caseload figure is being examined further to ensure accuracy and to establish what proportion are active cases, what type, and to safely close any longer term "monitoring and review" type cases.',
            ],
          },
          percent(
            'supervisions',
            '% supervisions completed in timescale',
            'how-well',
            'bigger-is-better',
            [na2011(), v('fy-2012-13', 80.5), v('ytd-jun-13', 87), v('ytd-jul-13', 75.8)],
            vsJune,
          ),
        ],
      },
    ],
  },
];

/** The July paragraph for the row's last column, and the June copy's for its column, where there is one. */
function commentaryOf(r: Row, table: string | undefined) {
  const list: { period: string; text: string }[] = [];
  if (r.juneCommentary) list.push({ period: r.juneCommentary[0], text: r.juneCommentary[1] });
  const july = r.commentary ?? table;
  if (july) list.push({ period: r.values.at(-1)!.period, text: july });
  return list.length ? { commentary: list } : {};
}

export function scorecard2013Feed(): Feed {
  const indicators = TABLES.flatMap((s) =>
    s.tables.flatMap((t) =>
      t.rows.map((r) => ({
        id: r.id,
        title: r.title,
        measure: r.measure,
        unit: r.unit,
        decimals: r.decimals,
        polarity: r.polarity,
        ...(r.definition ? { definition: r.definition } : {}),
        source: "Walsall Children's Services performance team (Improvement Board scorecard, September 2013)",
        ...(r.direction ? { direction: r.direction } : {}),
        values: r.values,
        ...(r.england !== undefined
          ? { comparators: { england: [r.england === 'z' ? { period: 'mar-12', value: 'z' as const, note: 'n/a' } : { period: 'mar-12', value: r.england }] } }
          : {}),
        ...commentaryOf(r, t.commentary),
        ...(r.band ? { targets: [{ ...r.band, kind: 'other' as const }], rag: { target: 'other' } } : {}),
      })),
    ),
  );
  return {
    version: '1.0',
    title: "Walsall Children's Improvement Board scorecard, September 2013",
    publisher:
      "Walsall Council: Children's Services Improvement Activity, report to the Children and Young People's Scrutiny and Performance Panel, 15 October 2013",
    updated: '2013-09-30',
    licence: 'Figures transcribed from a public council committee report',
    attribution: "Walsall Children's Improvement Board, 3 page scorecard, September 2013 (figures to July 2013), with the June 2013 copy",
    authority: AUTHORITY,
    illustrative: false,
    periods,
    comparators: [{ id: 'england', name: 'England average', kind: 'england', code: 'E92000001' }],
    indicators,
    framework: TABLES.map((s) => ({
      id: s.section,
      title: s.sectionTitle,
      kind: 'section',
      children: s.tables.map((t) => ({ id: t.id, title: t.title, kind: 'table', periods: COLUMNS[t.id], indicators: t.rows.map((r) => r.id) })),
    })),
  };
}
