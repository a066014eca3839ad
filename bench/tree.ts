// A framework of about 2,000 nodes and 6,000 indicators in <sc-outcome-tree>, in Chromium.
import { generateFramework } from './feed-gen.js';
import { launch, median, runPage, serve } from './browser.js';

export async function benchTree(): Promise<void> {
  const feed = JSON.stringify(generateFramework(2000, 6000));
  const server = await serve({ '/bench-tree.json': feed });
  const browser = await launch();
  try {
    type R = { render: number; expand: number; collapse: number; filter: number; items: number };
    const runs = await runPage<R>(browser, `${server.url}/bench/pages/tree-kit.html`, ['/bench-tree.json'], 5);
    const m = (k: keyof R) => median(runs.map((r) => r[k])).toFixed(1);
    console.log('Outcome tree: a framework of 2,020 nodes and 6,000 indicators (Chromium), each to the next frame');
    console.log(`  first render ${m('render')} ms (target ≤ 100 ms)   expand a node ${m('expand')} ms   collapse ${m('collapse')} ms   filter ${m('filter')} ms (targets ≤ 16 ms)`);
    console.log('  diagram layout against d3.tree + d3-selection: not measured yet');
  } finally {
    await browser.close();
    await server.close();
  }
}
