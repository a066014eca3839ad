// Prints the minified and gzipped size of each package with core and Lit (for comparison; the
// budgets are the pages'), then the built single file and pages through the autoloader, beside the
// named peers. Built the same way as the release bundle (scripts/bundle.mjs).
//
// `--check` (in npm test) measures only the built files (docs/dist, from `npm run build`) and fails
// when the single file or a page is over its ceiling, which is its budget (the issue that split
// the kit). The single file's two parts loaded on demand are printed beside it, not counted in it:
// a page downloads them only when a feed has a problem or a warning, or a tree is drawn as a diagram.
import { rollup } from 'rollup';
import { bundlePlugins } from './bundle.mjs';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { kitChunks } from './kit-chunks.mjs';

const entries = [
  { name: 'core + Lit (with <sc-feed>)', code: "export * from '@scorecard-kit/core'; import '@scorecard-kit/core/sc-feed.js';" },
  {
    name: 'tiles + core + Lit',
    code: "export * from '@scorecard-kit/tiles'; import '@scorecard-kit/core/sc-feed.js'; import '@scorecard-kit/tiles/sc-indicator-tile.js'; import '@scorecard-kit/tiles/sc-tile-grid.js'; import '@scorecard-kit/tiles/sc-legend.js'; import '@scorecard-kit/tiles/sc-scorecard-table.js'; import '@scorecard-kit/tiles/sc-highlights.js';",
  },
  {
    name: 'map + core + Lit (no boundaries)',
    code: "export * from '@scorecard-kit/map'; import '@scorecard-kit/core/sc-feed.js'; import '@scorecard-kit/map/sc-locality-map.js';",
  },
  {
    name: 'tree + core + Lit',
    code: "export * from '@scorecard-kit/tree'; import '@scorecard-kit/core/sc-feed.js'; import '@scorecard-kit/tree/sc-outcome-tree.js';",
  },
  {
    name: 'checklist + tiles + core + Lit',
    code: "export * from '@scorecard-kit/checklist'; import '@scorecard-kit/core/sc-feed.js'; import '@scorecard-kit/checklist/sc-qa-checklist.js'; import '@scorecard-kit/checklist/sc-audit-form.js';",
  },
];

const virtual = (code) => ({
  name: 'entry',
  resolveId: (id) => (id === '\0entry' ? id : null),
  load: (id) => (id === '\0entry' ? code : null),
});

/** Minified and gzipped size of each entry, built as the release bundle is. */
export async function measureSizes() {
  const out = [];
  for (const e of entries) {
    const bundle = await rollup({
      input: '\0entry',
      plugins: [virtual(e.code), ...bundlePlugins()],
      onwarn: () => {},
    });
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    const min = output[0].code;
    out.push({ name: e.name, min: min.length / 1024, gz: gzipSync(min, { level: 9 }).length / 1024 });
  }
  return out;
}

/**
 * The named peers, measured the same way: their published minified single-file builds, gzipped at
 * level 9. vega-embed needs Vega and Vega-Lite beside it, so it is counted with them.
 */
const PEERS = [
  { name: 'Chart.js 4 (chart.umd.min.js)', files: ['node_modules/chart.js/dist/chart.umd.min.js'] },
  { name: 'Highcharts (highcharts.js)', files: ['node_modules/highcharts/highcharts.js'] },
  {
    name: 'vega-embed + Vega + Vega-Lite',
    files: ['node_modules/vega-embed/build/vega-embed.min.js', 'node_modules/vega/build/vega.min.js', 'node_modules/vega-lite/build/vega-lite.min.js'],
  },
];

export function peerSizes() {
  return PEERS.filter((p) => p.files.every((f) => existsSync(f))).map((p) => {
    const text = p.files.map((f) => readFileSync(f)).join('\n');
    return { name: p.name, min: text.length / 1024, gz: gzipSync(text, { level: 9 }).length / 1024 };
  });
}

export function printSizes(sizes) {
  console.log("each package with core and Lit, as one file (minified + gzipped; the budgets are the pages', below)");
  for (const s of sizes) console.log(`  ${s.name.padEnd(40)} ${s.min.toFixed(1).padStart(6)} KB min  ${s.gz.toFixed(1).padStart(5)} KB gz`);
}

/** The peers' sizes, each beside the single file's (`single`, KB gzipped). */
export function printPeers(single) {
  console.log('peers, measured the same way');
  for (const p of peerSizes())
    console.log(
      `  ${p.name.padEnd(40)} ${p.min.toFixed(1).padStart(6)} KB min  ${p.gz.toFixed(1).padStart(5)} KB gz  (the kit's single file is ${(single / p.gz).toFixed(2)}× this)`,
    );
}

/**
 * What a page loading the autoloader downloads (docs/dist, from `npm run build`): scorecard-kit.js
 * and the families its elements need, with the chunks they share, each counted once.
 */
const PAGES = [
  { name: 'feed + tile grid + legend', tags: ['sc-feed', 'sc-tile-grid', 'sc-legend'], budget: 38, ceiling: 38 },
  { name: 'local-offer.html', page: 'docs/local-offer.html', budget: 40, ceiling: 40 },
  { name: 'board.html', page: 'docs/board.html', budget: 72, ceiling: 72 },
];
const SINGLE_FILE = { name: 'single file (scorecard-kit.min.js)', file: 'docs/dist/scorecard-kit.min.js', budget: 70, ceiling: 70 };
/** The single file's parts loaded from its folder when first needed, and when that is. */
const ON_DEMAND = [
  { file: 'docs/dist/scorecard-kit.parse.min.js', when: 'a feed with a problem or a warning' },
  { file: 'docs/dist/scorecard-kit.diagram.min.js', when: 'a tree drawn as a diagram' },
];

export async function autoloaderSizes() {
  const { FAMILY } = await import(new URL('../docs/dist/scorecard-kit.js', import.meta.url).href);
  const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
  return PAGES.map((p) => {
    const tags = p.tags ?? [
      ...new Set(
        readFileSync(p.page, 'utf8')
          .match(/<sc-[a-z-]+/g)
          .map((t) => t.slice(1)),
      ),
    ];
    const families = [...new Set(tags.map((t) => FAMILY[t]).filter(Boolean))];
    const files = ['docs/dist/scorecard-kit.js', ...[...kitChunks(families)].map((f) => `docs/dist/kit/${f}`)];
    return { name: `${p.name} (${families.join(', ')})`, budget: p.budget, ceiling: p.ceiling, files: files.length, gz: files.reduce((a, f) => a + gz(f), 0) };
  });
}

/** The built single file and the pages, gzipped, each with its budget and ceiling. */
export async function gatedSizes() {
  const single = { ...SINGLE_FILE, files: 1, gz: gzipSync(readFileSync(SINGLE_FILE.file), { level: 9 }).length / 1024 };
  return [single, ...(await autoloaderSizes())];
}

/** The single file's parts loaded on demand, each with its size and when a page loads it. */
export function onDemandWords() {
  return ON_DEMAND.map((p) => `${p.file.split('/').pop()} ${(gzipSync(readFileSync(p.file), { level: 9 }).length / 1024).toFixed(1)} KB gz (${p.when})`).join(
    '; ',
  );
}

/** One gated figure, beside its budget and its ceiling. */
export function gateLine(s) {
  const budget = `budget ${s.budget} KB: ${s.gz <= s.budget ? 'within' : 'OVER'}`;
  return `  ${s.name.padEnd(64)} ${String(s.files).padStart(2)} file${s.files === 1 ? ' ' : 's'}  ${s.gz.toFixed(1).padStart(5)} KB gz  ${budget}; ceiling ${s.ceiling} KB: ${s.gz <= s.ceiling ? 'within' : 'OVER'}`;
}

/** The gated sizes over their ceilings, each as the line that says so. */
export function overCeiling(sizes) {
  return sizes
    .filter((s) => s.gz > s.ceiling)
    .map(
      (s) =>
        `${s.name} is ${s.gz.toFixed(1)} KB gzipped, over its ceiling of ${s.ceiling} KB: make it smaller, or raise its ceiling in scripts/size.mjs and say why in the commit.`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    if (!process.argv.includes('--check')) printSizes(await measureSizes());
    console.log('the built files: the single file, and pages through the autoloader (scorecard-kit.js and the modules their elements need)');
    const gated = await gatedSizes();
    for (const s of gated) console.log(gateLine(s));
    console.log(`  beside the single file, loaded when first needed: ${onDemandWords()}`);
    if (!process.argv.includes('--check')) printPeers(gated[0].gz);
    const over = overCeiling(gated);
    for (const line of over) console.error(`FAIL: ${line}`);
    if (over.length) process.exitCode = 1;
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
