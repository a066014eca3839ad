/**
 * What the two writers of checks from the valibot shapes share (`quick-shapes.ts`,
 * `full-shapes.ts`): the parts of a valibot schema they read, and how they write a module of
 * checks, each distinct check once as a const, formatted as the repository's files are.
 */
import { format, resolveConfig } from 'prettier';

/** The parts of a valibot schema or action that the writers read. */
export interface Node {
  type: string;
  pipe?: Node[];
  requirement?: unknown;
  message?: unknown;
  entries?: Record<string, Node>;
  wrapped?: Node;
  item?: Node;
  key?: Node;
  value?: Node;
  options?: unknown[];
}

/** The schema's own check followed by its pipe's actions, nested pipes flattened. */
export const actions = (s: Node): Node[] => (s.pipe ? s.pipe.flatMap((p, i) => (i === 0 ? actions(p) : [p])) : []);

/** The schemas that take no options, and the check each is written as in both modules. */
export const LEAVES: Record<string, string> = { boolean: 'B', null: 'Z', unknown: 'U' };

/** Names each distinct check expression once (`c0`, `c1`…), for `consts` to write. */
export function constTable() {
  const table = new Map<string, string>();
  return {
    named(expr: string) {
      let name = table.get(expr);
      if (!name) table.set(expr, (name = `c${table.size}`));
      return name;
    },
    consts: () => [...table].map(([expr, name]) => `const ${name} = ${expr};`),
  };
}

/** A module's text formatted as the repository's files are. */
export async function formatted(file: string, source: string): Promise<string> {
  return format(source, { ...(await resolveConfig(file)), filepath: file });
}
