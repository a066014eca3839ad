/**
 * Writes packages/core/src/feed/full-shapes.ts from the valibot shapes in `shapes.ts`: the same
 * rules, with the schema's words for each, as the full reader's checks (`full-check.ts`), so that
 * the feed is checked without valibot in the page. Used by `scripts/write-schema.ts`, and by the
 * test that fails when the committed file is out of date. Each distinct check is written once.
 */
import { SHAPES } from '../packages/core/src/feed/shapes.js';
import { actions, constTable, formatted, LEAVES, type Node } from './shape-source.js';

export const FULL_SHAPES_FILE = 'packages/core/src/feed/full-shapes.ts';

/** The text of full-shapes.ts, formatted as the repository's files are. */
export async function fullShapesFile(): Promise<string> {
  return formatted(FULL_SHAPES_FILE, fullShapesSource());
}

/** How each of valibot's actions is tested, on the value (or, for lengths, its length). */
const RULES: Record<string, (requirement: unknown) => string> = {
  regex: (r) => String(r),
  iso_date: (r) => String(r),
  finite: () => 'Number.isFinite',
  integer: () => 'Number.isInteger',
  min_value: (r) => `(x) => x >= ${String(r)}`,
  max_value: (r) => `(x) => x <= ${String(r)}`,
  min_length: (r) => `(n) => n >= ${String(r)}`,
  max_length: (r) => `(n) => n <= ${String(r)}`,
};

function fullShapesSource(): string {
  const { named, consts } = constTable();
  const words = (s: Node, what: string) => {
    if (typeof s.message !== 'string') throw new Error(`full-shapes: ${what} has no words of its own in schema.ts (give it a message)`);
    return JSON.stringify(s.message);
  };

  const rules = (s: Node) =>
    actions(s).map((a) => {
      const rule = RULES[a.type];
      if (!rule) throw new Error(`full-shapes: no rule for the action "${a.type}"`);
      return `[${rule(a.requirement)}, ${words(a, `the ${a.type} rule ${String(a.requirement ?? '')}`)}]`;
    });

  const check = (s: Node): string => {
    const leaf = LEAVES[s.type];
    if (leaf) return leaf;
    switch (s.type) {
      case 'string':
        return named(`S(${rules(s).join(', ')})`);
      case 'number':
        return named(`N(${rules(s).join(', ')})`);
      case 'array':
        return named(`A(${[check(s.item!), ...rules(s)].join(', ')})`);
      case 'picklist':
        return named(`P(${[JSON.stringify(s.options), ...(typeof s.message === 'string' ? [JSON.stringify(s.message)] : [])].join(', ')})`);
      case 'optional':
        return named(`Q(${check(s.wrapped!)})`);
      case 'record':
        if (s.key!.type !== 'string' || actions(s.key!).length) throw new Error("full-shapes: a record's keys must be plain text");
        return named(`R(${check(s.value!)})`);
      case 'union':
        return named(`Or(${[words(s, 'a union'), ...(s.options as Node[]).map(check)].join(', ')})`);
      case 'object':
        return named(
          `O({ ${Object.entries(s.entries!)
            .map(([k, e]) => `${JSON.stringify(k)}: ${check(e)}`)
            .join(', ')} })`,
        );
      default:
        throw new Error(`full-shapes: no check for the schema "${s.type}"`);
    }
  };

  const shapes = Object.entries(SHAPES).map(([name, s]) => `  ${name}: ${check(s as unknown as Node)},`);
  return [
    '// Generated from shapes.ts by `npm run schema` (scripts/full-shapes.ts): do not edit.',
    "import { A, B, N, O, Or, P, Q, R, S, U, Z, type Full } from './full-check.js';",
    '',
    ...consts(),
    '',
    '/** Each shape of shapes.ts as a check that says where a value does not fit, and why. */',
    "export const FULL_SHAPES: Record<import('./shapes.js').ShapeName, Full> = {",
    ...shapes,
    '};',
    '',
  ].join('\n');
}
