// Generated from shapes.ts by `npm run schema` (scripts/full-shapes.ts): do not edit.
import { A, B, N, O, Or, P, Q, R, S, U, Z, type Full } from './full-check.js';

const c0 = S();
const c1 = Q(c0);
const c2 = S([/^\d+\.\d+$/, 'must be a format version like "1.0"']);
const c3 = S([/\S/, 'must not be empty']);
const c4 = S([/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/, 'must be a date or date-time written YYYY-MM-DD or YYYY-MM-DDThh:mm']);
const c5 = Q(c4);
const c6 = S([/^[EWSN]\d{8}$/, 'must be an ONS code like E08000030']);
const c7 = Q(c6);
const c8 = S([/^\d{3}$/, 'must be the three-digit DfE (old LA) code, e.g. "335"']);
const c9 = Q(c8);
const c10 = O({ name: c3, code: c7, dfeCode: c9 });
const c11 = Q(B);
const c12 = A(U);
const c13 = Q(c12);
const c14 = O({
  $schema: c1,
  version: c2,
  title: c3,
  publisher: c1,
  updated: c5,
  nextUpdate: c5,
  licence: c1,
  attribution: c1,
  authority: c10,
  illustrative: c11,
  illustrativeNote: c1,
  periods: c13,
  comparators: c13,
  localities: c13,
  boundaries: c13,
  indicators: c13,
  framework: c13,
  questions: c13,
  qaScale: c13,
  checklists: c13,
});
const c15 = S([/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'must be letters, digits, "-", "_", "." or ":" (no spaces)']);
const c16 = S([/^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/u, 'must be a date written YYYY-MM-DD']);
const c17 = Q(c16);
const c18 = P(
  ['month', 'quarter', 'financial-year', 'academic-year', 'calendar-year', 'year-to-date', 'rolling-12-months', 'snapshot'],
  'must be one of month, quarter, financial-year, academic-year, calendar-year, year-to-date, rolling-12-months, snapshot',
);
const c19 = O({ id: c15, label: c3, end: c16, start: c17, kind: c18 });
const c20 = P(['england', 'region', 'statistical-neighbours', 'peer', 'other'], 'must be one of england, region, statistical-neighbours, peer, other');
const c21 = A(c0);
const c22 = Q(c21);
const c23 = O({ id: c15, name: c3, kind: c20, code: c1, members: c22, onTiles: c11 });
const c24 = N([Number.isFinite, 'must be a finite number'], [(x) => x >= 0, 'must not be negative']);
const c25 = Q(c24);
const c26 = P(['ward', 'locality', 'authority'], 'must be one of ward, locality, authority');
const c27 = Q(c26);
const c28 = O({ id: c15, name: c3, code: c1, population: c25, level: c27, wards: c22, illustrative: c11 });
const c29 = R(U);
const c30 = Q(c29);
const c31 = O({ id: c15, level: c26, url: c1, data: c30, object: c1, idProperty: c1, nameProperty: c1, attribution: c3 });
const c32 = O({ id: c15, text: c3, guidance: c1, indicators: c22 });
const c33 = O({ id: c15, label: c3 });
const c34 = A(c33);
const c35 = Q(c34);
const c36 = O({ value: c15, label: c3 });
const c37 = A(c36);
const c38 = Q(c37);
const c39 = N([Number.isInteger, 'must be a whole number']);
const c40 = O({ value: c39, label: c3, descriptor: c1 });
const c41 = A(c40);
const c42 = Q(c41);
const c43 = O({ id: c15, text: c3, guidance: c1, evidence: c11, answers: c38 });
const c44 = A(c43);
const c45 = O({ id: c15, title: c3, questions: c44, comments: c35, graded: c11 });
const c46 = A(c45);
const c47 = O({ id: c15, title: c3, description: c1, record: c35, answers: c38, grades: c42, sections: c46, actions: c11 });
const c48 = Q(c3);
const c49 = O({ who: c3, what: c48, things: c48 });
const c50 = Q(c49);
const c51 = P(['how-much', 'how-well', 'so-what'], 'must be how-much, how-well or so-what');
const c52 = P(
  ['count', 'percent', 'per-1000', 'per-10000', 'per-100000', 'days', 'weeks', 'score', 'money', 'ratio'],
  'must be one of count, percent, per-1000, per-10000, per-100000, days, weeks, score, money, ratio',
);
const c53 = N([Number.isInteger, 'must be a whole number'], [(x) => x >= 0, 'must be 0 or more'], [(x) => x <= 6, 'must be 6 or less']);
const c54 = Q(c53);
const c55 = S([/^[A-Z]{3}$/, 'must be a three-letter currency code such as GBP']);
const c56 = Q(c55);
const c57 = P(['bigger-is-better', 'smaller-is-better', 'range', 'none'], 'must be one of bigger-is-better, smaller-is-better, range, none');
const c58 = N([Number.isFinite, 'must be a finite number']);
const c59 = O({ low: c58, high: c58 });
const c60 = Q(c59);
const c61 = P(['previous', 'year-ago', 'period'], 'must be previous, year-ago or period');
const c62 = Q(c15);
const c63 = O({ compare: c61, period: c62, tolerance: c25 });
const c64 = Q(c63);
const c65 = O({ target: c15, tolerance: c25 });
const c66 = Q(c65);
const c67 = Q(U);
const c68 = P(['sequential', 'diverging'], 'must be sequential or diverging');
const c69 = Q(c68);
const c70 = P(['authority', 'england'], 'must be authority or england');
const c71 = Q(c70);
const c72 = A(c58, [(n) => n >= 1, 'must list at least one break'], [(n) => n <= 8, 'must list at most eight breaks']);
const c73 = Q(c72);
const c74 = N([Number.isInteger, 'must be a whole number'], [(x) => x >= 2, 'must be at least 2'], [(x) => x <= 7, 'must be at most 7']);
const c75 = Q(c74);
const c76 = O({ scheme: c69, centre: c71, breaks: c73, classes: c75 });
const c77 = Q(c76);
const c78 = O({
  id: c15,
  title: c3,
  shortTitle: c1,
  definition: c1,
  inWords: c50,
  source: c1,
  frequency: c1,
  methodology: c1,
  disclosure: c1,
  yearType: c1,
  updated: c5,
  nextUpdate: c5,
  measure: c51,
  unit: c52,
  decimals: c54,
  currency: c56,
  polarity: c57,
  range: c60,
  direction: c64,
  baseline: c62,
  targets: c13,
  rag: c66,
  values: c67,
  comparators: c67,
  localities: c67,
  breakdowns: c13,
  commentary: c13,
  links: c13,
  map: c77,
  illustrative: c11,
});
const c79 = P(
  ['minimum-standard', 'deprivation-adjusted', 'mid-way', 'ambitious', 'year-1', 'year-2', 'year-3', 'other'],
  'must be one of minimum-standard, deprivation-adjusted, mid-way, ambitious, year-1, year-2, year-3, other',
);
const c80 = Q(c58);
const c81 = O({ id: c62, label: c3, kind: c79, value: c58, upper: c80, from: c62, to: c62 });
const c82 = S([/^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s<>"]+$/, 'must be an http:// or https:// address']);
const c83 = O({ label: c3, url: c82 });
const c84 = O({ period: c62, text: c3 });
const c85 = N([Number.isInteger, 'must be a whole number'], [(x) => x >= 0, 'must be 0 or more']);
const c86 = Q(c85);
const c87 = N(
  [Number.isFinite, 'must be a finite number'],
  [(x) => x >= 0, 'must be a percentage, 0 or more'],
  [(x) => x <= 100, 'must be a percentage, 100 or less'],
);
const c88 = Q(c87);
const c89 = O({ id: c15, label: c3, populationShare: c88, values: c67, populationCounts: c67 });
const c90 = A(c89);
const c91 = O({ id: c15, label: c3, service: c1, population: c1, reference: c62, threshold: c86, source: c1, illustrative: c11, groups: c90 });
const c92 = P(['c', 'low', 'x', 'z', 'u']);
const c93 = Or('must be a number, null for missing, or one of the marks "c", "low", "x", "z", "u"', c58, Z, c92);
const c94 = P(['red', 'amber', 'green'], 'must be red, amber or green');
const c95 = Q(c94);
const c96 = P(['A', 'B', 'C', 'D'], 'must be A, B, C or D');
const c97 = Q(c96);
const c98 = O({
  period: c15,
  value: c93,
  provisional: c11,
  numerator: c80,
  denominator: c80,
  lower: c80,
  upper: c80,
  note: c1,
  rag: c95,
  ragReason: c1,
  quartile: c97,
  notComparable: c1,
  illustrative: c11,
});
const c99 = O({ label: c3, text: c3 });
const c100 = A(c99);
const c101 = Q(c100);
const c102 = A(c15);
const c103 = Q(c102);
const c104 = O({ id: c15, title: c3, kind: c3, rationale: c1, questions: c22, targets: c101, periods: c103, indicators: c13, children: c13 });
const c105 = Q(c51);
const c106 = Q(c57);
const c107 = O({ id: c15, measure: c105, polarity: c106 });
const c108 = Or('must be an indicator id, or {"id": ..., "polarity": ...} to override the indicator for this node', c15, c107);

/** Each shape of shapes.ts as a check that says where a value does not fit, and why. */
export const FULL_SHAPES: Record<import('./shapes.js').ShapeName, Full> = {
  feed: c14,
  period: c19,
  comparator: c23,
  locality: c28,
  boundary: c31,
  question: c32,
  checklist: c47,
  scaleOption: c36,
  indicator: c78,
  target: c81,
  link: c83,
  commentary: c84,
  breakdown: c91,
  value: c98,
  node: c104,
  nodeIndicator: c108,
};
