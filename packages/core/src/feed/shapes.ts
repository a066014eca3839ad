/**
 * The shapes the feed reader checks, one piece at a time: the feed and each indicator without
 * their lists (each item of which is checked on its own, so that one bad item leaves out only
 * itself), and the items of those lists. Two sets of checks are generated from these:
 * `quick-shapes.ts` for the quick reader, and `full-shapes.ts`, which says what is wrong, for the
 * full reader (`parse.ts`).
 */
import * as v from 'valibot';
import {
  BoundarySchema,
  BreakdownSchema,
  ChecklistSchema,
  CommentarySchema,
  ComparatorSchema,
  FeedSchema,
  FrameworkNodeShellSchema,
  IndicatorSchema,
  LinkSchema,
  LocalitySchema,
  NodeIndicatorSchema,
  PeriodSchema,
  QuestionSchema,
  ScaleOptionSchema,
  TargetSchema,
  ValueSchema,
} from './schema.js';

const listOf = v.optional(v.array(v.unknown()));

export const SHAPES = {
  feed: v.object({
    ...FeedSchema.entries,
    periods: listOf,
    comparators: listOf,
    localities: listOf,
    boundaries: listOf,
    indicators: listOf,
    framework: listOf,
    questions: listOf,
    qaScale: listOf,
    checklists: listOf,
  }),
  period: PeriodSchema,
  comparator: ComparatorSchema,
  locality: LocalitySchema,
  boundary: BoundarySchema,
  question: QuestionSchema,
  checklist: ChecklistSchema,
  scaleOption: ScaleOptionSchema,
  indicator: v.object({
    ...IndicatorSchema.entries,
    values: v.optional(v.unknown()),
    comparators: v.optional(v.unknown()),
    localities: v.optional(v.unknown()),
    breakdowns: listOf,
    targets: listOf,
    links: listOf,
    commentary: listOf,
  }),
  target: TargetSchema,
  link: LinkSchema,
  commentary: CommentarySchema,
  breakdown: v.object({
    ...BreakdownSchema.entries,
    groups: v.array(v.object({ ...BreakdownSchema.entries.groups.item.entries, values: v.optional(v.unknown()), populationCounts: v.optional(v.unknown()) })),
  }),
  value: ValueSchema,
  node: v.object({ ...FrameworkNodeShellSchema.entries, indicators: listOf, children: listOf }),
  nodeIndicator: NodeIndicatorSchema,
};

export type ShapeName = keyof typeof SHAPES;
/** What each shape gives when a value fits it. */
export type Shapes = { [K in ShapeName]: v.InferOutput<(typeof SHAPES)[K]> };
