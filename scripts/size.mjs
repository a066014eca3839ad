// Prints the minified and gzipped size of what a page downloads: core with Lit, each widget package
// with them, and the whole single-file bundle, beside the named peers. Built the same way as the
// release bundle (scripts/bundle.mjs). The run fails when the whole bundle is over its budget
// (the drop-in delivery issue's gate); the other budgets are printed only.
import { rollup } from 'rollup';
import { bundlePlugins } from './bundle.mjs';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { kitChunks } from './kit-chunks.mjs';

const entries = [
  { name: 'core + Lit (with <sc-feed>)', code: "export * from '@scorecard-kit/core'; import '@scorecard-kit/core/sc-feed.js';", budget: 12 },
  {
    name: 'tiles + core + Lit',
    code: "export * from '@scorecard-kit/tiles'; import '@scorecard-kit/core/sc-feed.js'; import '@scorecard-kit/tiles/sc-indicator-tile.js'; import '@scorecard-kit/tiles/sc-tile-grid.js'; import '@scorecard-kit/tiles/sc-legend.js'; import '@scorecard-kit/tiles/sc-scorecard-table.js'; import '@scorecard-kit/tiles/sc-highlights.js';",
    budget: 25,
  },
  {
    name: 'map + core + Lit (no boundaries)',
    code: "export * from '@scorecard-kit/map'; import '@scorecard-kit/core/sc-feed.js'; import '@scorecard-kit/map/sc-locality-map.js';",
    budget: 30,
  },
  {
    name: 'tree + core + Lit',
    code: "export * from '@scorecard-kit/tree'; import '@scorecard-kit/core/sc-feed.js'; import '@scorecard-kit/tree/sc-outcome-tree.js';",
  },
  {
    name: 'checklist + tiles + core + Lit',
    code: "export * from '@scorecard-kit/checklist'; import '@scorecard-kit/core/sc-feed.js'; import '@scorecard-kit/checklist/sc-qa-checklist.js'; import '@scorecard-kit/checklist/sc-audit-form.js';",
  },
  { name: 'whole bundle (scorecard-kit.min.js)', input: 'packages/scorecard-kit/src/index.ts', budget: 70, gate: true },
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
      input: e.input ?? '\0entry',
      plugins: [...(e.code ? [virtual(e.code)] : []), ...bundlePlugins()],
      onwarn: () => {},
    });
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    const min = output[0].code;
    out.push({ name: e.name, budget: e.budget, gate: !!e.gate, min: min.length / 1024, gz: gzipSync(min, { level: 9 }).length / 1024 });
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
  console.log('size (minified + gzipped)');
  for (const s of sizes) {
    const budget =
      s.budget === undefined
        ? 'no budget of its own'
        : `budget ${s.budget} KB: ${s.gz <= s.budget ? 'within' : 'OVER'} (${((s.gz / s.budget) * 100).toFixed(0)}%)`;
    console.log(`  ${s.name.padEnd(40)} ${s.min.toFixed(1).padStart(6)} KB min  ${s.gz.toFixed(1).padStart(5)} KB gz  ${budget}`);
  }
}

/**
 * What a page loading the autoloader downloads (docs/dist, from `npm run build`): scorecard-kit.js
 * and the families its elements need, with the chunks they share, each counted once.
 */
const PAGES = [
  { name: 'feed + tile grid + legend', tags: ['sc-feed', 'sc-tile-grid', 'sc-legend'], budget: 38 },
  { name: 'local-offer.html', page: 'docs/local-offer.html', budget: 40 },
  { name: 'board.html', page: 'docs/board.html', budget: 72 },
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
    return { name: `${p.name} (${families.join(', ')})`, budget: p.budget, files: files.length, gz: files.reduce((a, f) => a + gz(f), 0) };
  });
}

/** The gated sizes over their budgets, each as the line that says so. */
export function overBudget(sizes) {
  return sizes
    .filter((s) => s.gate && s.gz > s.budget)
    .map((s) => `${s.name} is ${s.gz.toFixed(1)} KB minified and gzipped, over its budget of ${s.budget} KB.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const sizes = await measureSizes();
    printSizes(sizes);
    const whole = sizes[sizes.length - 1];
    console.log('peers, measured the same way');
    for (const p of peerSizes())
      console.log(
        `  ${p.name.padEnd(40)} ${p.min.toFixed(1).padStart(6)} KB min  ${p.gz.toFixed(1).padStart(5)} KB gz  (the whole kit is ${(whole.gz / p.gz).toFixed(2)}× this)`,
      );
    console.log('pages through the autoloader (scorecard-kit.js and the modules their elements need, gzipped)');
    for (const a of await autoloaderSizes())
      console.log(
        `  ${a.name.padEnd(56)} ${String(a.files).padStart(2)} files  ${a.gz.toFixed(1).padStart(5)} KB gz  budget ${a.budget} KB: ${a.gz <= a.budget ? 'within' : 'OVER'}`,
      );
    const over = overBudget(sizes);
    for (const line of over) console.error(`FAIL: ${line}`);
    if (over.length) process.exitCode = 1;
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
