/**
 * Writes packages/core/src/feed/quick-shapes.ts from the valibot shapes in `shapes.ts`: the same
 * rules as checks that say only yes or no (`quick-check.ts`). Used by `scripts/write-schema.ts`,
 * and by the test that fails when the committed file is out of date. Each distinct check is
 * written once, as a const.
 */
import { SHAPES } from '../packages/core/src/feed/shapes.js';
import { actions, constTable, formatted, LEAVES, type Node } from './shape-source.js';

export const QUICK_SHAPES_FILE = 'packages/core/src/feed/quick-shapes.ts';

/** The text of quick-shapes.ts, formatted as the repository's files are. */
export async function quickShapesFile(): Promise<string> {
  return formatted(QUICK_SHAPES_FILE, quickShapesSource());
}

function quickShapesSource(): string {
  const { named, consts } = constTable();

  const check = (s: Node): string => {
    const leaf = LEAVES[s.type];
    if (leaf) return leaf;
    const acts = actions(s);
    const unknownAction = acts.find((a) => !['regex', 'iso_date', 'finite', 'integer', 'min_value', 'max_value', 'min_length', 'max_length'].includes(a.type));
    if (unknownAction) throw new Error(`quick-shapes: no quick check for the action "${unknownAction.type}"`);
    const req = (type: string) => acts.find((a) => a.type === type)?.requirement;
    switch (s.type) {
      case 'string':
        return named(
          `S(${acts
            .filter((a) => a.type === 'regex' || a.type === 'iso_date')
            .map((a) => String(a.requirement))
            .join(', ')})`,
        );
      case 'number': {
        const args = [
          acts.some((a) => a.type === 'finite'),
          acts.some((a) => a.type === 'integer'),
          req('min_value') ?? -Infinity,
          req('max_value') ?? Infinity,
        ];
        while (args.length && (args.at(-1) === false || args.at(-1) === Infinity || args.at(-1) === -Infinity)) args.pop();
        return named(`N(${args.map(String).join(', ')})`);
      }
      case 'picklist':
        return named(`P(${JSON.stringify(s.options)})`);
      case 'array': {
        const args = [check(s.item!), req('min_length') ?? 0, req('max_length') ?? Infinity];
        while (args.length > 1 && (args.at(-1) === 0 || args.at(-1) === Infinity)) args.pop();
        return named(`A(${args.map(String).join(', ')})`);
      }
      case 'record':
        if (s.key!.type !== 'string' || actions(s.key!).length) throw new Error("quick-shapes: a record's keys must be plain text");
        return named(`R(${check(s.value!)})`);
      case 'union':
        return named(`Or(${(s.options as Node[]).map(check).join(', ')})`);
      case 'object': {
        const required: string[] = [];
        const optional: string[] = [];
        for (const [k, e] of Object.entries(s.entries!)) {
          if (e.type === 'optional') optional.push(`${JSON.stringify(k)}: ${check(e.wrapped!)}`);
          else required.push(`${JSON.stringify(k)}: ${check(e)}`);
        }
        return named(`O({ ${required.join(', ')} }${optional.length ? `, { ${optional.join(', ')} }` : ''})`);
      }
      default:
        throw new Error(`quick-shapes: no quick check for the schema "${s.type}"`);
    }
  };

  const shapes = Object.entries(SHAPES).map(([name, s]) => `  ${name}: ${check(s as unknown as Node)},`);
  return [
    '// Generated from shapes.ts by `npm run schema` (scripts/quick-shapes.ts): do not edit.',
    "import { A, B, N, O, Or, P, R, S, U, Z, type Check } from './quick-check.js';",
    '',
    ...consts(),
    '',
    '/** The keys the feed and an indicator may have, for warnings of the others. */',
    `export const FEED_KEYS = ${JSON.stringify(Object.keys(SHAPES.feed.entries))};`,
    `export const INDICATOR_KEYS = ${JSON.stringify(Object.keys(SHAPES.indicator.entries))};`,
    '',
    '/** Each shape of shapes.ts as a check that says only whether a value fits. */',
    "export const QUICK_SHAPES: Record<import('./shapes.js').ShapeName, Check> = {",
    ...shapes,
    '};',
    '',
  ].join('\n');
}
