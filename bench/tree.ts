// A framework of about 2,000 nodes and 6,000 indicators in <sc-outcome-tree>, in Chromium.
import { generateFramework } from './feed-gen.js';
import { launch, rounds, serve, tracePage } from './browser.js';
import { figure, median } from './figures.js';
import { breakdownOf, breakdownWords } from './trace.js';

export async function benchTree(): Promise<void> {
  const feed = JSON.stringify(generateFramework(2000, 6000));
  const server = await serve({ '/bench-tree.json': feed });
  const browser = await launch();
  try {
    type R = { render: number; complete: number; expand: number; collapse: number; filter: number; items: number };
    const url = `${server.url}/bench/pages/tree-kit.html`;
    const [runs] = await rounds<R>(browser, [url], ['/bench-tree.json']);
    const m = (k: keyof R) => median(runs!.map((r) => r[k]));
    const trace = await tracePage(browser, url, ['/bench-tree.json']);
    const where = (name: string) => console.log(`    where it goes: ${breakdownWords(breakdownOf(trace, name))}`);
    console.log('Outcome tree: a framework of 2,020 nodes and 6,000 indicators (Chromium), each to the next frame');
    figure({
      what: 'first render',
      value: m('render'),
      unit: 'ms',
      target: 100,
      meets: 'at-most',
      peer: `all ${runs![0]!.items} rows drawn in ${m('complete').toFixed(0)} ms`,
    });
    where('render');
    for (const k of ['expand', 'collapse', 'filter'] as const) {
      figure({
        what: { expand: 'expand a node', collapse: 'collapse it', filter: 'filter by title' }[k],
        value: m(k),
        unit: 'ms',
        target: 16,
        meets: 'at-most',
      });
      where(k);
    }
    type D = { render: number; complete?: number; boxes: number };
    const DEPTH = 2;
    const [kit, peer] = await rounds<D>(browser, [url, `${server.url}/bench/pages/tree-d3.html`], ['/bench-tree.json', DEPTH]);
    if (kit![0]!.boxes !== peer![0]!.boxes) throw new Error(`the diagrams differ: ${kit![0]!.boxes} boxes in the kit's, ${peer![0]!.boxes} in d3's`);
    const k = median(kit!.map((r) => r.render));
    const p = median(peer!.map((r) => r.render));
    const kAll = median(kit!.map((r) => r.complete!));
    console.log(
      `  diagram layout, ${kit![0]!.boxes.toLocaleString('en-GB')} boxes (nodes expanded to depth ${DEPTH}): kit first screen ${k.toFixed(1)} ms, every box ${kAll.toFixed(1)} ms   d3.tree + d3-selection (all at once) ${p.toFixed(1)} ms   ratio ${(kAll / p).toFixed(2)}× the d3 time to every box (the kit also rolls up every node's status)`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchTree();
