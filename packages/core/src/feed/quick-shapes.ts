// Generated from shapes.ts by `npm run schema` (scripts/quick-shapes.ts): do not edit.
import { A, B, N, O, Or, P, R, S, U, Z, type Check } from './quick-check.js';

const c0 = S();
const c1 = S(/^\d+\.\d+$/);
const c2 = S(/\S/);
const c3 = S(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/);
const c4 = S(/^[EWSN]\d{8}$/);
const c5 = S(/^\d{3}$/);
const c6 = O({ name: c2 }, { code: c4, dfeCode: c5 });
const c7 = A(U);
const c8 = O(
  { version: c1, title: c2, authority: c6 },
  {
    $schema: c0,
    publisher: c0,
    updated: c3,
    nextUpdate: c3,
    licence: c0,
    attribution: c0,
    illustrative: B,
    illustrativeNote: c0,
    periods: c7,
    comparators: c7,
    localities: c7,
    boundaries: c7,
    indicators: c7,
    framework: c7,
    questions: c7,
    qaScale: c7,
    checklists: c7,
  },
);
const c9 = S(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/);
const c10 = S(/^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/u);
const c11 = P(['month', 'quarter', 'financial-year', 'academic-year', 'calendar-year', 'year-to-date', 'rolling-12-months', 'snapshot']);
const c12 = O({ id: c9, label: c2, end: c10, kind: c11 }, { start: c10 });
const c13 = P(['england', 'region', 'statistical-neighbours', 'peer', 'other']);
const c14 = A(c0);
const c15 = O({ id: c9, name: c2, kind: c13 }, { code: c0, members: c14, onTiles: B });
const c16 = N(true, false, 0);
const c17 = P(['ward', 'locality', 'authority']);
const c18 = O({ id: c9, name: c2 }, { code: c0, population: c16, level: c17, wards: c14, illustrative: B });
const c19 = R(U);
const c20 = O({ id: c9, level: c17, attribution: c2 }, { url: c0, data: c19, object: c0, idProperty: c0, nameProperty: c0 });
const c21 = O({ id: c9, text: c2 }, { guidance: c0, indicators: c14 });
const c22 = O({ id: c9, label: c2 });
const c23 = A(c22);
const c24 = O({ value: c9, label: c2 });
const c25 = A(c24);
const c26 = N(false, true);
const c27 = O({ value: c26, label: c2 }, { descriptor: c0 });
const c28 = A(c27);
const c29 = O({ id: c9, text: c2 }, { guidance: c0, evidence: B, answers: c25 });
const c30 = A(c29);
const c31 = O({ id: c9, title: c2, questions: c30 }, { comments: c23, graded: B });
const c32 = A(c31);
const c33 = O({ id: c9, title: c2, sections: c32 }, { description: c0, record: c23, answers: c25, grades: c28, actions: B });
const c34 = O({ who: c2 }, { what: c2, things: c2 });
const c35 = P(['how-much', 'how-well', 'so-what']);
const c36 = P(['count', 'percent', 'per-1000', 'per-10000', 'per-100000', 'days', 'weeks', 'score', 'money', 'ratio']);
const c37 = N(false, true, 0, 6);
const c38 = S(/^[A-Z]{3}$/);
const c39 = P(['bigger-is-better', 'smaller-is-better', 'range', 'none']);
const c40 = N(true);
const c41 = O({ low: c40, high: c40 });
const c42 = P(['previous', 'year-ago', 'period']);
const c43 = O({ compare: c42 }, { period: c9, tolerance: c16 });
const c44 = O({ target: c9 }, { tolerance: c16 });
const c45 = P(['sequential', 'diverging']);
const c46 = P(['authority', 'england']);
const c47 = A(c40, 1, 8);
const c48 = N(false, true, 2, 7);
const c49 = O({}, { scheme: c45, centre: c46, breaks: c47, classes: c48 });
const c50 = O(
  { id: c9, title: c2, measure: c35, unit: c36, polarity: c39 },
  {
    shortTitle: c0,
    definition: c0,
    inWords: c34,
    source: c0,
    frequency: c0,
    methodology: c0,
    disclosure: c0,
    yearType: c0,
    updated: c3,
    nextUpdate: c3,
    decimals: c37,
    currency: c38,
    range: c41,
    direction: c43,
    baseline: c9,
    targets: c7,
    rag: c44,
    values: U,
    comparators: U,
    localities: U,
    breakdowns: c7,
    commentary: c7,
    links: c7,
    map: c49,
    illustrative: B,
  },
);
const c51 = P(['minimum-standard', 'deprivation-adjusted', 'mid-way', 'ambitious', 'year-1', 'year-2', 'year-3', 'other']);
const c52 = O({ label: c2, kind: c51, value: c40 }, { id: c9, upper: c40, from: c9, to: c9 });
const c53 = S(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s<>"]+$/);
const c54 = O({ label: c2, url: c53 });
const c55 = O({ text: c2 }, { period: c9 });
const c56 = N(false, true, 0);
const c57 = N(true, false, 0, 100);
const c58 = O({ id: c9, label: c2 }, { populationShare: c57, values: U, populationCounts: U });
const c59 = A(c58);
const c60 = O({ id: c9, label: c2, groups: c59 }, { service: c0, population: c0, reference: c9, threshold: c56, source: c0, illustrative: B });
const c61 = P(['c', 'low', 'x', 'z', 'u']);
const c62 = Or(c40, Z, c61);
const c63 = P(['red', 'amber', 'green']);
const c64 = P(['A', 'B', 'C', 'D']);
const c65 = O(
  { period: c9, value: c62 },
  {
    provisional: B,
    numerator: c40,
    denominator: c40,
    lower: c40,
    upper: c40,
    note: c0,
    rag: c63,
    ragReason: c0,
    quartile: c64,
    notComparable: c0,
    illustrative: B,
  },
);
const c66 = O({ label: c2, text: c2 });
const c67 = A(c66);
const c68 = A(c9);
const c69 = O({ id: c9, title: c2, kind: c2 }, { rationale: c0, questions: c14, targets: c67, periods: c68, indicators: c7, children: c7 });
const c70 = O({ id: c9 }, { measure: c35, polarity: c39 });
const c71 = Or(c9, c70);

/** The keys the feed and an indicator may have, for warnings of the others. */
export const FEED_KEYS = [
  '$schema',
  'version',
  'title',
  'publisher',
  'updated',
  'nextUpdate',
  'licence',
  'attribution',
  'authority',
  'illustrative',
  'illustrativeNote',
  'periods',
  'comparators',
  'localities',
  'boundaries',
  'indicators',
  'framework',
  'questions',
  'qaScale',
  'checklists',
];
export const INDICATOR_KEYS = [
  'id',
  'title',
  'shortTitle',
  'definition',
  'inWords',
  'source',
  'frequency',
  'methodology',
  'disclosure',
  'yearType',
  'updated',
  'nextUpdate',
  'measure',
  'unit',
  'decimals',
  'currency',
  'polarity',
  'range',
  'direction',
  'baseline',
  'targets',
  'rag',
  'values',
  'comparators',
  'localities',
  'breakdowns',
  'commentary',
  'links',
  'map',
  'illustrative',
];

/** Each shape of shapes.ts as a check that says only whether a value fits. */
export const QUICK_SHAPES: Record<import('./shapes.js').ShapeName, Check> = {
  feed: c8,
  period: c12,
  comparator: c15,
  locality: c18,
  boundary: c20,
  question: c21,
  checklist: c33,
  scaleOption: c24,
  indicator: c50,
  target: c52,
  link: c54,
  commentary: c55,
  breakdown: c60,
  value: c65,
  node: c69,
  nodeIndicator: c71,
};
