/**
 * The feed contract: one valibot schema that gives the TypeScript types, the runtime
 * validation in `parseFeed`, and (through `scripts/write-schema.ts`) the JSON Schema that
 * producers writing feeds in Python or Excel validate against.
 *
 * What each field means, for producers, is in `schema-docs.ts`: it goes into the JSON Schema and
 * the format reference only, so that the widgets' bundle does not carry it.
 */
import * as v from 'valibot';
import { ID_PATTERN } from './ids.js';
import {
  PERIOD_KINDS,
  COMPARATOR_KINDS,
  MEASURE_TYPES,
  UNITS,
  POLARITIES,
  RAG_STATUSES,
  TARGET_KINDS,
  COMPARE_WITH,
  QUARTILES,
  MARKS,
  AREA_LEVELS,
} from './constants.js';

export * from './constants.js';

const text = () => v.string();
const nonEmpty = () => v.pipe(v.string(), v.regex(/\S/, 'must not be empty'));
const id = () => v.pipe(v.string(), v.regex(ID_PATTERN, 'must be letters, digits, "-", "_", "." or ":" (no spaces)'));
const finite = () => v.pipe(v.number(), v.finite('must be a finite number'));
const isoDate = () => v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));
const isoDateTime = () =>
  v.pipe(
    v.string(),
    v.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/, 'must be a date or date-time written YYYY-MM-DD or YYYY-MM-DDThh:mm'),
  );
const webUrl = () => v.pipe(v.string(), v.regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s<>"]+$/, 'must be an http:// or https:// address'));

export const IdentityAuthority = v.object({
  name: nonEmpty(),
  code: v.optional(v.pipe(v.string(), v.regex(/^[EWSN]\d{8}$/, 'must be an ONS code like E08000030'))),
  dfeCode: v.optional(v.pipe(v.string(), v.regex(/^\d{3}$/, 'must be the three-digit DfE (old LA) code, e.g. "335"'))),
});

export const PeriodSchema = v.object({
  id: id(),
  label: nonEmpty(),
  end: isoDate(),
  start: v.optional(isoDate()),
  kind: v.picklist(PERIOD_KINDS, `must be one of ${PERIOD_KINDS.join(', ')}`),
});

export const ComparatorSchema = v.object({
  id: id(),
  name: nonEmpty(),
  kind: v.picklist(COMPARATOR_KINDS, `must be one of ${COMPARATOR_KINDS.join(', ')}`),
  code: v.optional(text()),
  members: v.optional(v.array(v.string())),
  onTiles: v.optional(v.boolean()),
});

export const LocalitySchema = v.object({
  id: id(),
  name: nonEmpty(),
  code: v.optional(text()),
  population: v.optional(v.pipe(finite(), v.minValue(0, 'must not be negative'))),
  level: v.optional(v.picklist(AREA_LEVELS, `must be one of ${AREA_LEVELS.join(', ')}`)),
  wards: v.optional(v.array(v.string())),
  illustrative: v.optional(v.boolean()),
});

export const BoundarySchema = v.object({
  id: id(),
  level: v.picklist(AREA_LEVELS, `must be one of ${AREA_LEVELS.join(', ')}`),
  url: v.optional(text()),
  data: v.optional(v.record(v.string(), v.unknown())),
  object: v.optional(text()),
  idProperty: v.optional(text()),
  nameProperty: v.optional(text()),
  attribution: nonEmpty(),
});

/** A figure: a number, `null` for missing, or a mark such as "c" for suppressed. */
export const FigureSchema = v.union(
  [v.pipe(v.number(), v.finite('must be a finite number')), v.null(), v.picklist(MARKS)],
  `must be a number, null for missing, or one of the marks ${MARKS.map((m) => `"${m}"`).join(', ')}`,
);

export const ValueSchema = v.object({
  period: id(),
  value: FigureSchema,
  provisional: v.optional(v.boolean()),
  numerator: v.optional(finite()),
  denominator: v.optional(finite()),
  lower: v.optional(finite()),
  upper: v.optional(finite()),
  note: v.optional(text()),
  rag: v.optional(v.picklist(RAG_STATUSES, 'must be red, amber or green')),
  ragReason: v.optional(text()),
  quartile: v.optional(v.picklist(QUARTILES, 'must be A, B, C or D')),
  notComparable: v.optional(text()),
  illustrative: v.optional(v.boolean()),
});

/**
 * A series: either long form (a list of values, each naming its period) or compact form (an
 * array of figures in the order of the feed's periods, one per period).
 */
export const SeriesSchema = v.union(
  [v.array(ValueSchema), v.array(FigureSchema)],
  'must be a list of values ({"period": ..., "value": ...}) or an array of figures, one per period',
);

export const TargetSchema = v.object({
  id: v.optional(id()),
  label: nonEmpty(),
  kind: v.picklist(TARGET_KINDS, `must be one of ${TARGET_KINDS.join(', ')}`),
  value: finite(),
  upper: v.optional(finite()),
  from: v.optional(id()),
  to: v.optional(id()),
});

export const RangeSchema = v.object({
  low: finite(),
  high: finite(),
});

export const DirectionSchema = v.object({
  compare: v.picklist(COMPARE_WITH, 'must be previous, year-ago or period'),
  period: v.optional(id()),
  tolerance: v.optional(v.pipe(finite(), v.minValue(0, 'must not be negative'))),
});

export const BreakdownSchema = v.object({
  id: id(),
  label: nonEmpty(),
  service: v.optional(text()),
  population: v.optional(text()),
  reference: v.optional(id()),
  threshold: v.optional(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must be 0 or more'))),
  source: v.optional(text()),
  illustrative: v.optional(v.boolean()),
  groups: v.array(
    v.object({
      id: id(),
      label: nonEmpty(),
      populationShare: v.optional(v.pipe(finite(), v.minValue(0, 'must be a percentage, 0 or more'), v.maxValue(100, 'must be a percentage, 100 or less'))),
      values: SeriesSchema,
      populationCounts: v.optional(SeriesSchema),
    }),
  ),
});

export const LinkSchema = v.object({
  label: nonEmpty(),
  url: webUrl(),
});

export const CommentarySchema = v.object({
  period: v.optional(id()),
  text: nonEmpty(),
});

/** How a map shades an indicator's areas. */
export const MapShadingSchema = v.object({
  scheme: v.optional(v.picklist(['sequential', 'diverging'], 'must be sequential or diverging')),
  centre: v.optional(v.picklist(['authority', 'england'], 'must be authority or england')),
  breaks: v.optional(v.pipe(v.array(finite()), v.minLength(1, 'must list at least one break'), v.maxLength(8, 'must list at most eight breaks'))),
  classes: v.optional(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(2, 'must be at least 2'), v.maxValue(7, 'must be at most 7'))),
});

export const IndicatorSchema = v.object({
  id: id(),
  title: nonEmpty(),
  shortTitle: v.optional(text()),
  definition: v.optional(text()),
  inWords: v.optional(v.object({ who: nonEmpty(), what: v.optional(nonEmpty()), things: v.optional(nonEmpty()) })),
  source: v.optional(text()),
  frequency: v.optional(text()),
  methodology: v.optional(text()),
  disclosure: v.optional(text()),
  yearType: v.optional(text()),
  updated: v.optional(isoDateTime()),
  nextUpdate: v.optional(isoDateTime()),
  measure: v.picklist(MEASURE_TYPES, 'must be how-much, how-well or so-what'),
  unit: v.picklist(UNITS, `must be one of ${UNITS.join(', ')}`),
  decimals: v.optional(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must be 0 or more'), v.maxValue(6, 'must be 6 or less'))),
  currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as GBP'))),
  polarity: v.picklist(POLARITIES, `must be one of ${POLARITIES.join(', ')}`),
  range: v.optional(RangeSchema),
  direction: v.optional(DirectionSchema),
  baseline: v.optional(id()),
  targets: v.optional(v.array(TargetSchema)),
  rag: v.optional(
    v.object({
      target: id(),
      tolerance: v.optional(v.pipe(finite(), v.minValue(0, 'must not be negative'))),
    }),
  ),
  values: v.optional(SeriesSchema),
  comparators: v.optional(v.record(v.string(), SeriesSchema)),
  localities: v.optional(v.record(v.string(), SeriesSchema)),
  breakdowns: v.optional(v.array(BreakdownSchema)),
  commentary: v.optional(v.array(CommentarySchema)),
  links: v.optional(v.array(LinkSchema)),
  map: v.optional(MapShadingSchema),
  illustrative: v.optional(v.boolean()),
});

export const NodeIndicatorSchema = v.union(
  [
    id(),
    v.object({
      id: id(),
      measure: v.optional(v.picklist(MEASURE_TYPES, 'must be how-much, how-well or so-what')),
      polarity: v.optional(v.picklist(POLARITIES, `must be one of ${POLARITIES.join(', ')}`)),
    }),
  ],
  'must be an indicator id, or {"id": ..., "polarity": ...} to override the indicator for this node',
);

export interface FrameworkNodeInput {
  id: string;
  title: string;
  kind: string;
  rationale?: string | undefined;
  indicators?:
    (string | { id: string; measure?: (typeof MEASURE_TYPES)[number] | undefined; polarity?: (typeof POLARITIES)[number] | undefined })[] | undefined;
  questions?: string[] | undefined;
  targets?: { label: string; text: string }[] | undefined;
  periods?: string[] | undefined;
  children?: FrameworkNodeInput[] | undefined;
}

/** A framework node without its indicators and children, which `parseFeed` checks one by one. */
export const FrameworkNodeShellSchema = v.object({
  id: id(),
  title: nonEmpty(),
  kind: nonEmpty(),
  rationale: v.optional(text()),
  questions: v.optional(v.array(v.string())),
  targets: v.optional(v.array(v.object({ label: nonEmpty(), text: nonEmpty() }))),
  periods: v.optional(v.array(id())),
});

export const FrameworkNodeSchema: v.GenericSchema<FrameworkNodeInput> = v.object({
  ...FrameworkNodeShellSchema.entries,
  indicators: v.optional(v.array(NodeIndicatorSchema)),
  children: v.optional(v.array(v.lazy(() => FrameworkNodeSchema))),
});

export const ScaleOptionSchema = v.object({
  value: id(),
  label: nonEmpty(),
});

export const QuestionSchema = v.object({
  id: id(),
  text: nonEmpty(),
  guidance: v.optional(text()),
  indicators: v.optional(v.array(v.string())),
});

export const GradeSchema = v.object({
  value: v.pipe(v.number(), v.integer('must be a whole number')),
  label: nonEmpty(),
  descriptor: v.optional(text()),
});

export const ChecklistSchema = v.object({
  id: id(),
  title: nonEmpty(),
  description: v.optional(text()),
  record: v.optional(v.array(v.object({ id: id(), label: nonEmpty() }))),
  answers: v.optional(v.array(ScaleOptionSchema)),
  grades: v.optional(v.array(GradeSchema)),
  sections: v.array(
    v.object({
      id: id(),
      title: nonEmpty(),
      questions: v.array(
        v.object({
          id: id(),
          text: nonEmpty(),
          guidance: v.optional(text()),
          evidence: v.optional(v.boolean()),
          answers: v.optional(v.array(ScaleOptionSchema)),
        }),
      ),
      comments: v.optional(v.array(v.object({ id: id(), label: nonEmpty() }))),
      graded: v.optional(v.boolean()),
    }),
  ),
  actions: v.optional(v.boolean()),
});

export const FeedSchema = v.object({
  $schema: v.optional(v.string()),
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+$/, 'must be a format version like "1.0"')),
  title: nonEmpty(),
  publisher: v.optional(text()),
  updated: v.optional(isoDateTime()),
  nextUpdate: v.optional(isoDateTime()),
  licence: v.optional(text()),
  attribution: v.optional(text()),
  authority: IdentityAuthority,
  illustrative: v.optional(v.boolean()),
  illustrativeNote: v.optional(text()),
  periods: v.optional(v.array(PeriodSchema)),
  comparators: v.optional(v.array(ComparatorSchema)),
  localities: v.optional(v.array(LocalitySchema)),
  boundaries: v.optional(v.array(BoundarySchema)),
  indicators: v.optional(v.array(IndicatorSchema)),
  framework: v.optional(v.array(FrameworkNodeSchema)),
  questions: v.optional(v.array(QuestionSchema)),
  qaScale: v.optional(v.array(ScaleOptionSchema)),
  checklists: v.optional(v.array(ChecklistSchema)),
});
