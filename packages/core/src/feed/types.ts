import type * as v from 'valibot';
import type {
  ChecklistSchema,
  ComparatorSchema,
  FeedSchema,
  IndicatorSchema,
  LocalitySchema,
  MapShadingSchema,
  AREA_LEVELS,
  BoundarySchema,
  PeriodSchema,
  QuestionSchema,
  ScaleOptionSchema,
  TargetSchema,
  ValueSchema,
  MARKS,
  MEASURE_TYPES,
  POLARITIES,
  UNITS,
  RAG_STATUSES,
  COMPARATOR_KINDS,
} from './schema.js';

/** The feed as a producer writes it. */
export type FeedInput = v.InferInput<typeof FeedSchema>;
export type IndicatorInput = v.InferOutput<typeof IndicatorSchema>;
export type ValueInput = v.InferOutput<typeof ValueSchema>;

export type Mark = (typeof MARKS)[number];
export type MeasureType = (typeof MEASURE_TYPES)[number];
export type Polarity = (typeof POLARITIES)[number];
export type Unit = (typeof UNITS)[number];
export type RagStatus = (typeof RAG_STATUSES)[number];
export type ComparatorKind = (typeof COMPARATOR_KINDS)[number];

export type Period = v.InferOutput<typeof PeriodSchema>;
export type Comparator = v.InferOutput<typeof ComparatorSchema>;
export type Locality = v.InferOutput<typeof LocalitySchema>;
export type Boundary = v.InferOutput<typeof BoundarySchema>;
export type MapShading = v.InferOutput<typeof MapShadingSchema>;
export type AreaLevel = (typeof AREA_LEVELS)[number];
export type Target = v.InferOutput<typeof TargetSchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type Checklist = v.InferOutput<typeof ChecklistSchema>;
export type ScaleOption = v.InferOutput<typeof ScaleOptionSchema>;

/** What a figure is: a number, or one of the three kinds of empty. */
export type FigureState = 'figure' | 'missing' | 'suppressed' | 'not-applicable';

/** Everything a value may carry besides its figure. */
export type ValueDetails = Omit<ValueInput, 'period' | 'value'>;

/** One figure for one period, normalised. */
export interface Observation extends ValueDetails {
  period: Period;
  /** Position of the period in the feed's (ordered) periods. */
  index: number;
  /** The number, when `state` is "figure"; otherwise null. */
  value: number | null;
  /** The mark written in place of a number ("c", "low", "x", "z", "u"), if any. */
  mark: Mark | null;
  state: FigureState;
}

/** Figures of one area for every period, indexed by period. */
export interface Series {
  /** The observation for a period id, or undefined when the series has nothing for it. */
  get(periodId: string): Observation | undefined;
  /** Every period with something written (a figure or a mark), in period order. */
  observations(): Observation[];
  /** The latest observation with a number, or undefined. */
  latest(): Observation | undefined;
  /** How many periods have a figure (a number). */
  readonly count: number;
}

export interface IndicatorBreakdownGroup {
  id: string;
  label: string;
  populationShare?: number | undefined;
  values: Series;
  /** The group's count in the population, by period, for the intervals of its share and ratio. */
  populationCounts?: Series | undefined;
}

/** Figures by group (ethnicity, sex, age…) beside the population's, for the equalities framework. */
export interface IndicatorBreakdown {
  id: string;
  label: string;
  /** What the count is of, for the words: "looked after". */
  service?: string | undefined;
  /** What the population is: "pupils in Walsall's schools, January 2022". */
  population?: string | undefined;
  /** The group the others are compared with. */
  reference?: string | undefined;
  /** Counts below this are not shown (5 when not given). */
  threshold?: number | undefined;
  source?: string | undefined;
  illustrative?: boolean | undefined;
  groups: IndicatorBreakdownGroup[];
}

export interface Indicator extends Omit<IndicatorInput, 'values' | 'comparators' | 'localities' | 'breakdowns'> {
  /** The authority's own figures. */
  values: Series;
  comparators: Map<string, Series>;
  localities: Map<string, Series>;
  breakdowns: IndicatorBreakdown[];
  /** Position in the feed, for "framework order" when no framework names it. */
  order: number;
}

/** An indicator as a framework node uses it, with the node's overrides applied. */
export interface NodeIndicatorRef {
  id: string;
  measure: MeasureType;
  polarity: Polarity;
}

export interface FrameworkNode {
  id: string;
  title: string;
  kind: string;
  rationale?: string | undefined;
  targets: { label: string; text: string }[];
  /** Periods a scorecard table of this node shows as columns (known periods only); empty for the default. */
  periods: string[];
  depth: number;
  parent: FrameworkNode | null;
  children: FrameworkNode[];
  /** Indicators named by this node that exist in the feed, with effective measure and polarity. */
  indicators: NodeIndicatorRef[];
  /** Question ids named by this node that exist in the feed. */
  questions: string[];
  /** Ids the node names that the feed does not have: shown as warnings on the node. */
  unknownIndicators: string[];
  unknownQuestions: string[];
}

/** The feed after `parseFeed`: validated and indexed for fast lookup. */
export interface FeedData {
  /** Where the feed was fetched from, when it was; addresses in it are relative to this. */
  url?: string | undefined;
  version: string;
  title: string;
  publisher?: string | undefined;
  updated?: string | undefined;
  nextUpdate?: string | undefined;
  licence?: string | undefined;
  attribution?: string | undefined;
  authority: { name: string; code?: string | undefined; dfeCode?: string | undefined };
  illustrative: boolean;
  illustrativeNote?: string | undefined;
  periods: Period[];
  periodIndex: Map<string, number>;
  comparators: Map<string, Comparator>;
  localities: Map<string, Locality>;
  boundaries: Boundary[];
  indicators: Map<string, Indicator>;
  /** Top-level framework nodes. */
  framework: FrameworkNode[];
  /** Every framework node by id. */
  nodes: Map<string, FrameworkNode>;
  questions: Map<string, Question>;
  qaScale: ScaleOption[];
  checklists: Map<string, Checklist>;
}

export type Severity = 'error' | 'warning';

/** One thing wrong with a feed: where, what, and what to do. */
export interface Problem {
  severity: Severity;
  /** A stable code, e.g. "unknown-period", for tools and tests. */
  code: string;
  /** JSON path, e.g. `indicators[3].values[7].period`; "" for the whole feed. */
  path: string;
  /** What is wrong and what to do, in plain words. */
  message: string;
  /** Line and column (1-based) for syntax errors. */
  line?: number;
  column?: number;
}

export interface ParseResult {
  /** The usable feed, or null when `errors` is not empty. */
  feed: FeedData | null;
  errors: Problem[];
  warnings: Problem[];
}
