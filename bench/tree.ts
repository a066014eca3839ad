// A framework of about 2,000 nodes and 6,000 indicators in <sc-outcome-tree>, in Chromium.
import { generateFramework } from './feed-gen.js';
import { launch, median, runPage, serve } from './browser.js';

export async function benchTree(): Promise<void> {
  const feed = JSON.stringify(generateFramework(2000, 6000));
  const server = await serve({ '/bench-tree.json': feed });
  const browser = await launch();
  try {
    type R = { render: number; complete: number; expand: number; collapse: number; filter: number; items: number };
    const runs = await runPage<R>(browser, `${server.url}/bench/pages/tree-kit.html`, ['/bench-tree.json'], 5);
    const m = (k: keyof R) => median(runs.map((r) => r[k])).toFixed(1);
    console.log('Outcome tree: a framework of 2,020 nodes and 6,000 indicators (Chromium), each to the next frame');
    console.log(
      `  first render ${m('render')} ms (target ≤ 100 ms), all ${runs[0]!.items} rows drawn ${m('complete')} ms   expand a node ${m('expand')} ms   collapse ${m('collapse')} ms   filter ${m('filter')} ms (targets ≤ 16 ms)`,
    );
    type D = { render: number; complete?: number; boxes: number };
    const DEPTH = 2;
    const kit: D[] = [];
    const peer: D[] = [];
    // Interleaved, so that both see the same machine state.
    for (let i = 0; i < 5; i++) {
      kit.push(...(await runPage<D>(browser, `${server.url}/bench/pages/tree-kit.html`, ['/bench-tree.json', DEPTH], 1)));
      peer.push(...(await runPage<D>(browser, `${server.url}/bench/pages/tree-d3.html`, ['/bench-tree.json', DEPTH], 1)));
    }
    if (kit[0]!.boxes !== peer[0]!.boxes) throw new Error(`the diagrams differ: ${kit[0]!.boxes} boxes in the kit's, ${peer[0]!.boxes} in d3's`);
    const k = median(kit.map((r) => r.render));
    const p = median(peer.map((r) => r.render));
    const kAll = median(kit.map((r) => r.complete!));
    console.log(
      `  diagram layout, ${kit[0]!.boxes.toLocaleString('en-GB')} boxes (nodes expanded to depth ${DEPTH}): kit first screen ${k.toFixed(1)} ms, every box ${kAll.toFixed(1)} ms   d3.tree + d3-selection (all at once) ${p.toFixed(1)} ms   ratio ${(kAll / p).toFixed(2)}× the d3 time to every box (the kit also rolls up every node's status)`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
