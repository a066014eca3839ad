// The single-file bundle's one compile step of its own. The sources declare reactive properties
// with Lit's standard decorators (`@property() accessor x`), which TypeScript lowers to about 300
// bytes of decorator plumbing per property: 78 of them cost ~6 KB gzipped. Lit reads the same
// declarations from a `static properties` table, so for the bundle each class's decorated
// accessors become plain fields (assigned in the constructor, through Lit's accessors, since
// useDefineForClassFields is off) and one table. The same step tightens css and markup text.
// Internal state is in standard `#private` members, which terser shortens by itself. The npm
// packages keep the standard decorators.
import { readFileSync } from 'node:fs';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import ts from 'typescript';

const LIT = new Set(['property', 'state']);

/** `@property(…)` or `@state(…)`: the decorator's name and options, else null. */
function litDecorator(d) {
  const call = d.expression;
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || !LIT.has(call.expression.text)) return null;
  return { name: call.expression.text, options: call.arguments[0] };
}

/** Strings and comments, found left to right so that a quote in a comment or "/*" in a string is not mistaken. */
const CSS_TOKENS = /("(?:[^"\\\n]|\\[\s\S])*"|'(?:[^'\\\n]|\\[\s\S])*'|\/\*[\s\S]*?\*\/)/;

/** CSS text without comments and the spaces only people need; strings and the spaces of selectors' combinators are kept. */
export const tight = (text) =>
  text
    .split(CSS_TOKENS)
    .map((part, i) => (i % 2 && part.startsWith('/*') ? ' ' : part))
    .join('')
    .split(CSS_TOKENS)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};]) ?/g, '$1')
            .replace(/([:,]) /g, '$1')
            .replace(/;}/g, '}'),
    )
    .join('');

/**
 * A `css` tagged template with its text tightened. Templates with `${}` are left as they are: a
 * string may run across an interpolation, and none of the sources' stylesheets needs one.
 */
function minifyCss(f, node) {
  const t = node.template;
  if (!ts.isNoSubstitutionTemplateLiteral(t)) return node;
  // From the raw text, so escapes stay escapes; TypeScript works out the cooked text from it.
  return f.updateTaggedTemplateExpression(
    node,
    node.tag,
    node.typeArguments,
    f.createNoSubstitutionTemplateLiteral(undefined, tight(t.rawText ?? t.getText().slice(1, -1))),
  );
}

/** Line breaks and the indentation around them, which HTML shows as one space. */
const BREAKS = /(?<!\\)[ \t\r]*\n\s*/g;

/**
 * An `html` or `svg` template with each line break and the indentation around it made one space,
 * which is how HTML shows them (the sources have no `<pre>` and no text in a `<textarea>`).
 */
function collapseMarkup(f, node, visit) {
  const t = node.template;
  const raw = (part) => {
    if (part.rawText === undefined) throw new Error('a template part without its raw text');
    return part.rawText.replace(BREAKS, ' ');
  };
  const template = ts.isNoSubstitutionTemplateLiteral(t)
    ? f.createNoSubstitutionTemplateLiteral(undefined, raw(t))
    : f.createTemplateExpression(
        f.createTemplateHead(undefined, raw(t.head)),
        t.templateSpans.map((s) =>
          f.createTemplateSpan(
            ts.visitNode(s.expression, visit),
            ts.isTemplateMiddle(s.literal) ? f.createTemplateMiddle(undefined, raw(s.literal)) : f.createTemplateTail(undefined, raw(s.literal)),
          ),
        ),
      );
  return f.updateTaggedTemplateExpression(node, node.tag, node.typeArguments, template);
}

/** A TypeScript transformer: Lit's decorated accessors to `static properties`, and css and markup templates tightened. */
export function litStaticProperties(context) {
  const f = context.factory;
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') return minifyCss(f, node);
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'svg'))
      return collapseMarkup(f, node, visit);
    if (!ts.isClassDeclaration(node) && !ts.isClassExpression(node)) return ts.visitEachChild(node, visit, context);
    const table = [];
    const members = node.members.map((m) => {
      const decorators = (ts.isPropertyDeclaration(m) && m.modifiers?.filter(ts.isDecorator)) || [];
      const lit = decorators.map(litDecorator);
      if (!lit.length || lit.some((d) => !d)) {
        if (lit.some(Boolean)) throw new Error(`${m.name.getText()}: a Lit decorator beside another cannot be rewritten`);
        return ts.visitEachChild(m, visit, context);
      }
      if (
        lit.length > 1 ||
        !m.modifiers.some((x) => x.kind === ts.SyntaxKind.AccessorKeyword) ||
        !ts.isIdentifier(m.name) ||
        m.modifiers.some((x) => x.kind === ts.SyntaxKind.StaticKeyword)
      ) {
        throw new Error(`${m.name.getText()}: only one @property or @state on an instance accessor can be rewritten`);
      }
      const [{ name, options }] = lit;
      // Lit's decorators record an initial value as changed without asking hasChanged; a setter asks it.
      if (options && (!ts.isObjectLiteralExpression(options) || options.properties.some((p) => p.name && p.name.getText() === 'hasChanged'))) {
        throw new Error(`${m.name.text}: options must be an object written in place, without hasChanged, to be rewritten`);
      }
      const declared =
        name === 'state'
          ? f.createObjectLiteralExpression([f.createPropertyAssignment('state', f.createTrue()), ...(options ? [f.createSpreadAssignment(options)] : [])])
          : (options ?? f.createObjectLiteralExpression([]));
      table.push(f.createPropertyAssignment(f.createIdentifier(m.name.text), declared));
      const modifiers = m.modifiers.filter((x) => !ts.isDecorator(x) && x.kind !== ts.SyntaxKind.AccessorKeyword);
      // A property declared again without a value starts undefined, as the decorated accessor did, not at the base class's value.
      return f.updatePropertyDeclaration(m, modifiers, m.name, m.questionToken ?? m.exclamationToken, m.type, m.initializer ?? f.createIdentifier('undefined'));
    });
    if (!table.length) return ts.visitEachChild(node, visit, context);
    const properties = f.createPropertyDeclaration(
      [f.createModifier(ts.SyntaxKind.StaticKeyword)],
      'properties',
      undefined,
      undefined,
      f.createObjectLiteralExpression(table, true),
    );
    const all = [properties, ...members];
    return ts.isClassDeclaration(node)
      ? f.updateClassDeclaration(node, node.modifiers, node.name, node.typeParameters, node.heritageClauses, all)
      : f.updateClassExpression(node, node.modifiers, node.name, node.typeParameters, node.heritageClauses, all);
  };
  return (file) => ts.visitNode(file, visit);
}

const { compilerOptions } = JSON.parse(readFileSync('tsconfig.base.json', 'utf8'));
const COMPILE = {
  ...ts.convertCompilerOptionsFromJson(compilerOptions, '.').options,
  declaration: false,
  declarationMap: false,
  sourceMap: true,
  inlineSources: true,
};

/**
 * One TypeScript source compiled for the bundle, with the rewrites above. Each file on its own: the
 * sources are written for isolatedModules and verbatimModuleSyntax, so no type information is
 * needed. Also used to run the browser tests on the code as it ships (web-test-runner.shipped.config.mjs).
 */
export function compileForBundle(code, id) {
  const out = ts.transpileModule(code, { compilerOptions: COMPILE, fileName: id, transformers: { before: [litStaticProperties] } });
  return { code: out.outputText.replace(/\n\/\/# sourceMappingURL=.*$/, ''), map: out.sourceMapText };
}

/** How terser minifies the bundles. */
export const TERSER = { ecma: 2022, module: true, format: { comments: false } };

/**
 * How every browser bundle is built, and measured by `npm run size`: from the TypeScript sources
 * (the packages' "source" export), compiled as above, minified by terser. The xlsx reader's XML
 * parser (saxes, with xmlchars) is published only as CommonJS, which rollup cannot read alone.
 */
export const bundlePlugins = () => [
  nodeResolve({ exportConditions: ['source', 'browser', 'production'], extensions: ['.ts', '.mjs', '.js'] }),
  commonjs(),
  { name: 'typescript-for-bundle', transform: (code, id) => (id.endsWith('.ts') ? compileForBundle(code, id) : null) },
  terser(TERSER),
];
