// The bundle's compile step (scripts/bundle.mjs): Lit's decorated accessors become a `static
// properties` table that declares the same properties with the same options and initial values as
// the standard decorators do, and `css` text loses only what CSS ignores.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ts from 'typescript';
// @ts-expect-error: a plain ES module script without types
import { litStaticProperties, tight } from '../../scripts/bundle.mjs';

const SOURCE = `
const declared = [];
const property = (options) => (_target, context) => { declared.push([context.name, options ?? {}]); };
const state = (options) => (_target, context) => { declared.push([context.name, { state: true, ...options }]); };
class Base { static properties; }
export class Tile extends Base {
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 3;
  @property({ reflect: true }) accessor variant: 'compact' | 'detailed' = 'detailed';
  @property() accessor indicator?: string;
  @state() accessor open = false;
  plain = 'kept';
}
export const Mixed = class extends Base {
  @state({ hasChanged: () => true }) accessor point: number | null = null;
};
export { declared };
`;

/** The module compiled as the bundle compiles it, or as TypeScript alone does, and imported. */
async function compiled(rewrite: boolean) {
  const out = ts.transpileModule(SOURCE, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, useDefineForClassFields: false },
    ...(rewrite ? { transformers: { before: [litStaticProperties as ts.TransformerFactory<ts.SourceFile>] } } : {}),
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputText).toString('base64')}`);
}

describe('the bundle compile step', () => {
  it('declares the properties the decorators declare, with the same options and initial values', async () => {
    const standard = await compiled(false);
    const rewritten = await compiled(true);
    const byName = (list: [string, object][]) => Object.fromEntries(list);
    assert.equal(Object.keys(rewritten.Tile.properties ?? {}).length, 4, 'a table of the four decorated accessors');
    const declared = byName(standard.declared);
    assert.deepEqual(
      { ...byName(Object.entries(rewritten.Tile.properties)), ...byName(Object.entries(rewritten.Mixed.properties)) },
      Object.fromEntries(Object.entries(declared).map(([k, v]) => [k, typeof (v as { hasChanged?: unknown }).hasChanged === 'function' ? { ...v, hasChanged: rewritten.Mixed.properties.point.hasChanged } : v])),
    );
    for (const C of ['Tile', 'Mixed']) {
      const a = new standard[C]();
      const b = new rewritten[C]();
      for (const name of [...Object.keys(rewritten[C].properties), 'plain']) assert.equal(b[name], a[name], `${C}.${name}`);
    }
    assert.equal(Object.hasOwn(rewritten.Tile.prototype, 'headingLevel'), false, 'no accessor of its own: Lit makes it from the table');
  });

  it('takes out of css only comments and spaces CSS ignores, keeping strings and combinators', () => {
    const css = `
      /* the card's frame */
      :host  {  display: block ;  font-family: "Segoe UI", sans-serif; }
      .tile :is(.a,  .b) > p ,  .x  { content: ' : , ' ; margin: 0  calc(1rem - 2px) ; }
    `;
    const out = tight(css);
    assert.doesNotMatch(out, /frame|\s{2}|\n/);
    assert.ok(out.includes(`content:' : , '`), 'the string is as written');
    assert.ok(out.includes('.tile :is('), 'a descendant combinator before a pseudo-class stays');
    assert.ok(out.includes('calc(1rem - 2px)'), 'calc keeps the spaces its operators need');
    assert.ok(out.includes('"Segoe UI"'));
  });
});
