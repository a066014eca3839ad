/**
 * Builds the feed's JSON Schema from the valibot schema, with the producers' descriptions from
 * `schema-docs.ts`. Used by `scripts/write-schema.ts` and the test that keeps
 * `docs/feed.schema.json` up to date; never by the widgets.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import * as S from './schema.js';
import { SCHEMA_DOCS } from './schema-docs.js';

type Json = Record<string, unknown>;

export const DEFINITIONS = {
  Period: S.PeriodSchema,
  Comparator: S.ComparatorSchema,
  Locality: S.LocalitySchema,
  Boundary: S.BoundarySchema,
  Figure: S.FigureSchema,
  Value: S.ValueSchema,
  Series: S.SeriesSchema,
  Target: S.TargetSchema,
  Indicator: S.IndicatorSchema,
  FrameworkNode: S.FrameworkNodeSchema,
  Question: S.QuestionSchema,
  ScaleOption: S.ScaleOptionSchema,
  Checklist: S.ChecklistSchema,
};

export function feedJsonSchema(): Json {
  const schema = toJsonSchema(S.FeedSchema, {
    target: 'draft-07',
    definitions: DEFINITIONS,
    // `finite` holds for every number JSON can write; a non-empty check is the `\S` pattern.
    overrideAction: ({ valibotAction, jsonSchema }) => (valibotAction.type === 'finite' ? jsonSchema : undefined),
  }) as Json;
  const out: Json = {
    $schema: schema.$schema,
    $id: 'https://scorecard-kit.example/feed.schema.json',
    title: 'Scorecard Kit feed',
    description: SCHEMA_DOCS[''][''],
    ...schema,
  };
  describe(out, SCHEMA_DOCS[''], '');
  for (const [name, def] of Object.entries(out.$defs as Record<string, Json>)) {
    const docs = SCHEMA_DOCS[name] ?? {};
    if (docs['']) def.description = docs[''];
    describe(def, docs, '');
  }
  return out;
}

/** Every property path in the schema with no description, e.g. "Indicator.rag.target", for the docs test. */
export function undescribed(schema: Json): string[] {
  const missing: string[] = [];
  const walk = (node: Json, at: string) => {
    for (const [key, prop] of Object.entries((node.properties ?? {}) as Record<string, Json>)) {
      const path = `${at}.${key}`;
      if (!prop.description && key !== '$schema') missing.push(path);
      walk(inner(prop), path);
    }
  };
  walk(schema, '');
  for (const [name, def] of Object.entries(schema.$defs as Record<string, Json>)) {
    if (!def.description) missing.push(name);
    walk(inner(def), name);
  }
  return missing;
}

function inner(node: Json): Json {
  if (node.type === 'array' && node.items) return inner(node.items as Json);
  return node;
}

function describe(node: Json, docs: Record<string, string>, at: string) {
  for (const [key, prop] of Object.entries((inner(node).properties ?? {}) as Record<string, Json>)) {
    const path = at ? `${at}.${key}` : key;
    if (docs[path]) prop.description = docs[path];
    describe(prop, docs, path);
  }
}
