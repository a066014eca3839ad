// The 153-council England map against the same choropleth drawn with Observable Plot and with
// Vega-Lite, in one Chromium, alternating: first paint after the data is ready, and a change of
// indicator (and, for the kit, of selection) to the next frame.
import { launch, rounds, serve, tracePage } from './browser.js';
import { figure, median } from './figures.js';
import { breakdownOf, breakdownWords } from './trace.js';

interface Result {
  render: number;
  /** Each change of indicator (and of selection) in the run. */
  indicator: number[];
  selection?: number[];
}

export async function benchMap(): Promise<void> {
  const server = await serve();
  const browser = await launch();
  const args = ['/docs/feeds/england-councils.json', '/docs/geo/england-utla-2023-derived-simplified.topojson'];
  try {
    const kitUrl = `${server.url}/bench/pages/map-kit.html`;
    const [kit, plot, vega] = await rounds<Result>(
      browser,
      [kitUrl, `${server.url}/bench/pages/map-plot.html`, `${server.url}/bench/pages/map-vega.html`],
      args,
    );
    const m = (rs: Result[], k: keyof Result) => median(rs.flatMap((r) => r[k] ?? NaN));
    const [k, p, v] = [m(kit!, 'render'), m(plot!, 'render'), m(vega!, 'render')];
    const [ki, pi, vi] = [m(kit!, 'indicator'), m(plot!, 'indicator'), m(vega!, 'indicator')];
    const trace = await tracePage(browser, kitUrl, args);
    const where = (name: string) => console.log(`    where it goes: ${breakdownWords(breakdownOf(trace, name))}`);
    console.log('England map of 153 councils (Chromium)');
    figure({
      what: 'first paint after the data is ready, reading the TopoJSON included (every council; bars past the 40th follow)',
      value: k,
      unit: 'ms',
      target: 50,
      meets: 'at-most',
      peer: `Observable Plot ${p.toFixed(0)} ms (${(p / k).toFixed(1)}× the kit), Vega-Lite ${v.toFixed(0)} ms (${(v / k).toFixed(1)}×)`,
    });
    where('render');
    figure({
      what: 'change of indicator, to the next frame',
      value: ki,
      unit: 'ms',
      target: 16,
      meets: 'at-most',
      peer: `Plot ${pi.toFixed(1)} ms (${(pi / ki).toFixed(1)}×), Vega-Lite ${vi.toFixed(1)} ms (${(vi / ki).toFixed(1)}×)`,
    });
    where('indicator');
    figure({
      what: 'change of selection, to the next frame',
      value: m(kit!, 'selection'),
      unit: 'ms',
      target: 16,
      meets: 'at-most',
      peer: 'neither peer has a selection',
    });
    where('selection');
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMap();
