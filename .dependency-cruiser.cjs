// The architecture's arrows (docs/architecture.md), checked by `npm run check:deps` in `npm test`.
// Paths are the real files imports resolve to: workspace packages through their `source` export
// condition, so `@scorecard-kit/tiles` is packages/tiles/src/….
const WIDGETS = '(tiles|tree|map|checklist)';
const TEST = '\\.(test|stories)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-rules-and-feed-are-pure',
      comment: "core's feed and rules run in Node for the command line: no Lit, no elements, no DOM code.",
      severity: 'error',
      from: { path: '^packages/core/src/(feed|rules)/' },
      to: { path: ['^node_modules/(lit|lit-html|lit-element|@lit)/', '^packages/core/src/(elements|context|styles)/'] },
    },
    {
      name: 'core-knows-no-widget',
      comment: 'The domain knows no screen: core imports no widget package.',
      severity: 'error',
      from: { path: '^packages/core/' },
      to: { path: `^packages/${WIDGETS}/` },
    },
    {
      name: 'widgets-meet-through-context',
      comment: 'A widget does not import another widget (they meet through context), except checklist → tiles. Tests may put two side by side.',
      severity: 'error',
      from: { path: `^packages/${WIDGETS}/src/`, pathNot: TEST },
      to: { path: `^packages/${WIDGETS}/`, pathNot: ['^packages/$1/', '^packages/tiles/'] },
    },
    {
      name: 'only-checklist-uses-tiles',
      comment: 'Of the widgets, only the checklist shows tiles (its questions show their indicators as compact tiles).',
      severity: 'error',
      from: { path: '^packages/(tree|map)/src/', pathNot: TEST },
      to: { path: '^packages/tiles/' },
    },
    {
      name: 'nothing-imports-feed-tools',
      comment: 'The command line is a leaf: no package imports it.',
      severity: 'error',
      from: { path: '^packages/', pathNot: '^packages/feed-tools/' },
      to: { path: '^packages/feed-tools/' },
    },
    {
      name: 'feed-tools-uses-feed-and-rules',
      comment: 'The command line uses core/feed and core/rules only: no Lit, no elements.',
      severity: 'error',
      from: { path: '^packages/feed-tools/' },
      to: {
        path: ['^packages/core/src/(?!feed/|rules/)', '^packages/(tiles|tree|map|checklist|scorecard-kit)/', '^node_modules/(lit|lit-html|lit-element|@lit)/'],
      },
    },
    {
      name: 'd3-computes-lit-draws',
      comment: 'd3 returns numbers and path strings; Lit templates draw them. No d3 module that touches the DOM.',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^node_modules/d3-(selection|transition|drag|zoom|brush|axis)/' },
    },
    {
      name: 'shipped-code-uses-no-dev-dependency',
      comment: 'What a package ships imports only its dependencies, never a devDependency (tests may).',
      severity: 'error',
      from: { path: '^packages/[^/]+/src/', pathNot: TEST },
      to: { dependencyTypes: ['npm-dev'], pathNot: '^node_modules/@types/' },
    },
    {
      name: 'compiled-output-declares-what-it-imports',
      comment: "A package's compiled output (tslib helpers included) imports only what its package.json declares.",
      severity: 'error',
      from: { path: '^packages/[^/]+/dist/' },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown', 'npm-dev', 'unknown', 'undetermined'], pathNot: '^packages/' },
    },
  ],
  options: {
    exclude: { path: '\\.d\\.ts$' },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['source', 'import', 'default'],
      mainFields: ['module', 'main'],
      extensions: ['.ts', '.js', '.mjs', '.json'],
    },
  },
};
