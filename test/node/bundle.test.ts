// The bundle's compile step (scripts/bundle.mjs), checked against Lit itself: classes whose
// decorated accessors become a `static properties` table declare the same properties, observe the
// same attributes, start with the same values and make the same first update as the same classes
// compiled with the standard decorators; `css` text loses only what CSS ignores, markup only line
// breaks HTML shows as a space.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ts from 'typescript';
// @ts-expect-error: a plain ES module script without types
import { litStaticProperties, tight } from '../../scripts/bundle.mjs';
// @ts-expect-error: a plain ES module script without types
import { overCeiling } from '../../scripts/size.mjs';

const SOURCE = `
import { ReactiveElement } from '@lit/reactive-element';
import { property, state } from '@lit/reactive-element/decorators.js';
export class Base extends ReactiveElement {
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 3;
  @property({ reflect: true }) accessor mode: string | undefined = 'a';
  @property() accessor indicator?: string;
  @property({ attribute: false }) accessor data: object | null = null;
  @state() accessor open = false;
  plain = 'kept';
  firstChanges: string[] = [];
  override firstUpdated(changed: Map<string, unknown>) { this.firstChanges = [...changed.keys()].sort(); }
}
export class Sub extends Base {
  @property({ reflect: true }) override accessor mode: string | undefined;
  @property({ type: Boolean, reflect: true }) accessor compact = true;
}
const Pointing = (B: typeof ReactiveElement) => class extends B {
  @state() accessor point: number | null = 2;
};
export const Mixed = Pointing(Base);
`;

/** The module compiled as the bundle compiles it, or with TypeScript's standard decorators, and imported. */
async function compiled(rewrite: boolean) {
  const out = ts.transpileModule(SOURCE, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, useDefineForClassFields: false },
    ...(rewrite ? { transformers: { before: [litStaticProperties as ts.TransformerFactory<ts.SourceFile>] } } : {}),
  });
  const code = out.outputText.replace(/from '(@lit\/[^']+)'/g, (_, id: string) => `from '${import.meta.resolve(id)}'`);
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

type Element = Record<string, unknown> & { connectedCallback(): void; updateComplete: Promise<boolean>; getAttribute(name: string): string | null };
type ElementClass = {
  new (): Element;
  observedAttributes: string[];
  elementProperties: Map<string, { state?: boolean; reflect?: boolean; attribute?: unknown; type?: unknown }>;
};

/** What Lit makes of a class: its properties, attributes, first values, reflected attributes and first update. */
async function made(C: ElementClass) {
  const attributes = C.observedAttributes;
  const properties = [...C.elementProperties].map(([name, o]) => [
    name,
    !!o.state,
    !!o.reflect,
    o.attribute ?? true,
    (o.type as { name?: string } | undefined)?.name ?? 'String',
  ]);
  const el = new C();
  el.connectedCallback();
  await el.updateComplete;
  const values = Object.fromEntries([...C.elementProperties.keys(), 'plain'].map((k) => [k, el[k]]));
  return { attributes, properties, values, reflected: attributes.map((a) => [a, el.getAttribute(a)]), firstChanges: el.firstChanges };
}

describe('the bundle compile step', () => {
  for (const name of ['Base', 'Sub', 'Mixed']) {
    it(`gives ${name} the same properties, attributes, values and first update as the standard decorators`, async () => {
      const [standard, rewritten] = await Promise.all([compiled(false), compiled(true)]);
      assert.ok(!('properties' in standard[name]) || !Object.hasOwn(standard[name], 'properties'), 'the standard build has no table');
      assert.ok(Object.hasOwn(rewritten[name], 'properties'), 'the bundle build declares a table');
      assert.deepEqual(await made(rewritten[name]), await made(standard[name]));
    });
  }

  it('refuses what it cannot rewrite faithfully: hasChanged, which Lit treats differently for initial values', () => {
    const source = `import { property } from 'lit/decorators.js';\nclass A extends HTMLElement { @property({ hasChanged: (a, b) => a !== b }) accessor x = 1; }`;
    assert.throws(
      () => ts.transpileModule(source, { transformers: { before: [litStaticProperties as ts.TransformerFactory<ts.SourceFile>] } }),
      /x: options must be an object written in place, without hasChanged/,
    );
  });

  it('takes out of css only comments and spaces CSS ignores, keeping strings and combinators', () => {
    const css = `
      /* the card's frame: "quoted" */
      :host  {  display: block ;  font-family: "Segoe UI", sans-serif; }
      .tile :is(.a,  .b) > p ,  .x  { content: ' : , /* not a comment */ ' ; margin: 0  calc(1rem - 2px) ; }
    `;
    const out = tight(css);
    assert.doesNotMatch(out, /frame|\s{2}|\n/);
    assert.ok(out.includes(`content:' : , /* not a comment */ '`), 'the string is as written');
    assert.ok(out.includes('.tile :is('), 'a descendant combinator before a pseudo-class stays');
    assert.ok(out.includes('calc(1rem - 2px)'), 'calc keeps the spaces its operators need');
    assert.ok(out.includes('"Segoe UI"'));
  });

  it('makes each line break in html and svg templates, with its indentation, one space, and leaves other templates alone', () => {
    const source =
      'const a = html`<ul>\n    <li>${x}</li>\n  </ul>`;\nconst b = svg`<g>\n  <text>T</text>\n</g>`;\nconst c = `line one\n  line two`;\nconst d = html`<p>one  two</p>`;';
    const out = ts.transpileModule(source, {
      compilerOptions: { target: ts.ScriptTarget.ES2022 },
      transformers: { before: [litStaticProperties as ts.TransformerFactory<ts.SourceFile>] },
    }).outputText;
    assert.ok(out.includes('html `<ul> <li>${x}</li> </ul>`'), out);
    assert.ok(out.includes('svg `<g> <text>T</text> </g>`'), out);
    assert.ok(out.includes('`line one\n  line two`'), 'an untagged template keeps its text');
    assert.ok(out.includes('<p>one  two</p>'), 'spaces within a line are left to HTML');
  });
});

describe('the size gate', () => {
  it('fails a figure over its ceiling, whatever its budget', () => {
    const sizes = [
      { name: 'single file', budget: 70, ceiling: 83.5, gz: 83.6 },
      { name: 'a page', budget: 38, ceiling: 42.5, gz: 42.5 },
    ];
    assert.deepEqual(overCeiling(sizes), [
      'single file is 83.6 KB gzipped, over its ceiling of 83.5 KB: make it smaller, or raise its ceiling in scripts/size.mjs and say why in the commit.',
    ]);
    assert.deepEqual(overCeiling([{ ...sizes[0], gz: 70.1 }]), []);
  });
});
