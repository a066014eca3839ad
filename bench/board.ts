// The performance board page as councils use it (tree, 104 tiles, map, checklist; docs/board.html
// through the autoloader, under the strict policy): a change of period from the picker and a change
// of framework node from the tree, each to the next frame with every widget updated.
import { launch, serve } from './browser.js';
import { figure, median, RUNS } from './figures.js';
import { breakdownOf, breakdownWords, TRACE_CATEGORIES } from './trace.js';
import { KIT_ELEMENTS, settle } from '../test/pages/in-page.js';

/** Every element of the kit through shadow roots, the frame helper, and a wait for every widget's update. */
const DEEP = `
  ${KIT_ELEMENTS}
  const { toNextFrame } = await import('/bench/pages/frame.js');
  // The widgets are found before the clock starts, so that finding them is not timed; the tiles a
  // change of node adds are the grid's, found in its shadow root once it has updated.
  const widgets = deep(document).filter((e) => e.localName !== 'sc-indicator-tile');
  const grid = document.querySelector('sc-tile-grid');
  const done = async () => {
    await Promise.all(widgets.map((e) => e.updateComplete));
    await Promise.all([...grid.shadowRoot.querySelectorAll('sc-indicator-tile')].map((e) => e.updateComplete));
  };
`;

/** Chooses a period in the picker as a reader does; the work until every widget has drawn it (bench/pages/frame.js). Source text: run in the page. */
const choosePeriod = (index: number) => `(async () => {
  ${DEEP}
  const select = document.querySelector('sc-period-picker').shadowRoot.querySelector('select');
  performance.mark('bench:period:start');
  const took = await toNextFrame(() => {
    select.selectedIndex = ${index} % select.options.length;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return done();
  });
  performance.mark('bench:period:end');
  return took;
})()`;

/** Clicks a framework node in the tree; milliseconds until the tiles, map and checklist follow. */
const chooseNode = (key: string) => `(async () => {
  ${DEEP}
  const item = document.querySelector('sc-outcome-tree').shadowRoot.querySelector('[data-key="${key}"]');
  performance.mark('bench:node:start');
  const took = await toNextFrame(() => {
    item.click();
    return done();
  });
  performance.mark('bench:node:end');
  return took;
})()`;

const NODES = ['best-start', 'thrive', 'connected', 'equalities'];

export async function benchBoard(): Promise<void> {
  const server = await serve();
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/docs/board.html`, { waitUntil: 'load' });
    await page.evaluate(settle);
    // One warm-up of each, then RUNS timed, alternating.
    const periods: number[] = [];
    const nodes: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const p = await page.evaluate<number>(choosePeriod(1 + (i % 3)));
      const n = await page.evaluate<number>(chooseNode(NODES[i % NODES.length]!));
      if (i === 0) continue;
      periods.push(p);
      nodes.push(n);
    }
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.evaluate(choosePeriod(4));
    await page.evaluate(chooseNode('thrive'));
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    console.log('Performance board page (docs/board.html: tree, 104 tiles, map, checklist; Chromium)');
    figure({ what: 'change of period, to the next frame', value: median(periods), unit: 'ms', target: 16, meets: 'at-most' });
    console.log(`    where it goes: ${breakdownWords(breakdownOf(trace, 'period'))}`);
    figure({ what: 'change of framework node, to the next frame', value: median(nodes), unit: 'ms', target: 16, meets: 'at-most' });
    console.log(`    where it goes: ${breakdownWords(breakdownOf(trace, 'node'))}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchBoard();
