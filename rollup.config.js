import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { bundlePlugins as plugins } from './scripts/bundle.mjs';
import { intoCore } from './scripts/kit-grouping.mjs';

/** The spreadsheet templates, beside the feed studio that offers them for download. */
const templates = {
  name: 'copy-templates',
  generateBundle() {
    for (const name of ['template.xlsx', 'example-wr4c.xlsx'])
      this.emitFile({ type: 'asset', fileName: name, source: readFileSync(`packages/feed-tools/template/${name}`) });
  },
};

/** The starter's public data, beside the "your council" page's script. */
const starterData = {
  name: 'copy-starter-data',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'starter-data.json', source: readFileSync('packages/feed-tools/data/starter-data.json') });
  },
};

/** The themes (CSS that sets the kit's tokens), beside the single file in the demo site (the package ships them as they are). */
const themes = {
  name: 'copy-themes',
  generateBundle(options) {
    if (options.dir !== 'docs/dist') return;
    for (const name of readdirSync('packages/scorecard-kit/themes'))
      this.emitFile({ type: 'asset', fileName: `themes/${name}`, source: readFileSync(`packages/scorecard-kit/themes/${name}`) });
  },
};

/**
 * Built from the TypeScript sources (scripts/bundle.mjs says how):
 * - the single-file bundle: every element with Lit and the d3 modules it uses (the elements alone:
 *   the API is for bundlers, from the packages), and the two parts it loads on demand, written
 *   beside the package and into the demo site;
 * - the feed studio page's script and its worker (docs/feed-studio.html), with the templates;
 * - the "your council" page's script (docs/your-council.html), with the starter's data.
 */
/** The kit/ folders emptied first, so that no chunk of an earlier build is left beside the new ones. */
const cleanKit = {
  name: 'clean-kit',
  buildStart() {
    for (const dir of ['docs/dist/kit', 'packages/scorecard-kit/dist/kit']) rmSync(dir, { recursive: true, force: true });
  },
};

/** The autoloader's families, each a module of elements loaded when one of them appears. */
const FAMILIES = readdirSync('packages/scorecard-kit/src/families').map((f) => f.replace(/\.ts$/, ''));
const kit = {
  input: {
    'scorecard-kit': 'packages/scorecard-kit/src/autoloader.ts',
    ...Object.fromEntries(FAMILIES.map((f) => [`kit/${f}`, `packages/scorecard-kit/src/families/${f}.ts`])),
  },
  plugins: plugins(),
};
const naming = { entryFileNames: '[name].js', chunkFileNames: 'kit/[name]-[hash].js' };
const { cache, manualChunks } = await intoCore(kit, naming, FAMILIES);

export default [
  {
    input: 'packages/scorecard-kit/src/elements.ts',
    // With the two parts few pages need beside it, each loaded from the same folder when first
    // needed: the full feed checks and their words (a feed with a problem) and the diagram layout.
    output: [
      { dir: 'packages/scorecard-kit/dist', sourcemap: true },
      { dir: 'docs/dist', sourcemap: true },
      // Beside the CLI, which copies them into each starter folder.
      { dir: 'packages/feed-tools/dist/kit' },
    ].map((o) => ({ ...o, format: 'es', entryFileNames: 'scorecard-kit.min.js', chunkFileNames: 'scorecard-kit.[name].min.js' })),
    plugins: [...plugins(), themes],
  },
  {
    // The autoloader and the families it loads (scorecard-kit.js beside kit/), code-split so that no
    // module is in two files: Lit, the core and what most families share are in core.js (kit-grouping.mjs).
    input: kit.input,
    cache,
    output: ['docs/dist', 'packages/scorecard-kit/dist'].map((dir) => ({
      dir,
      format: 'es',
      sourcemap: true,
      ...naming,
      manualChunks,
    })),
    plugins: [cleanKit, ...plugins()],
  },
  {
    input: 'packages/feed-tools/src/studio/studio.ts',
    output: { file: 'docs/dist/feed-studio.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [...plugins(), templates],
  },
  {
    // The "your council" page's script, with the public data it makes each council's feed from.
    input: 'packages/feed-tools/src/starter/your-council.ts',
    output: { file: 'docs/dist/your-council.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [...plugins(), starterData],
  },
  {
    // A classic worker script, which every supported browser can start.
    input: 'packages/feed-tools/src/studio/worker.ts',
    output: { file: 'docs/dist/feed-studio-worker.js', format: 'iife', sourcemap: true, inlineDynamicImports: true },
    plugins: plugins(),
  },
];
