// The 153-council England map against the same choropleth drawn with Observable Plot and with
// Vega-Lite, in one Chromium, alternating: first paint after the data is ready, and a change of
// indicator (and, for the kit, of selection) to the next frame.
import { launch, median, runPage, serve } from './browser.js';

interface Result {
  render: number;
  indicator: number;
  selection?: number;
}

export async function benchMap(): Promise<void> {
  const server = await serve();
  const browser = await launch();
  const args = ['/docs/feeds/england-councils.json', '/docs/geo/england-utla-2023-derived-simplified.topojson'];
  try {
    const kit: Result[] = [];
    const plot: Result[] = [];
    const vega: Result[] = [];
    for (let round = 0; round < 5; round++) {
      kit.push(...(await runPage<Result>(browser, `${server.url}/bench/pages/map-kit.html`, args, 1)));
      plot.push(...(await runPage<Result>(browser, `${server.url}/bench/pages/map-plot.html`, args, 1)));
      vega.push(...(await runPage<Result>(browser, `${server.url}/bench/pages/map-vega.html`, args, 1)));
    }
    const m = (rs: Result[], k: keyof Result) => median(rs.map((r) => r[k] ?? NaN));
    const [k, p, v] = [m(kit, 'render'), m(plot, 'render'), m(vega, 'render')];
    const [ki, pi, vi] = [m(kit, 'indicator'), m(plot, 'indicator'), m(vega, 'indicator')];
    console.log('England map of 153 councils, to first paint after the data is ready (Chromium)');
    console.log(
      `  Scorecard Kit ${k.toFixed(0)} ms (target ≤ 50 ms; reading the TopoJSON included)   Observable Plot ${p.toFixed(0)} ms (${(p / k).toFixed(1)}×)   Vega-Lite ${v.toFixed(0)} ms (${(v / k).toFixed(1)}×)`,
    );
    console.log(
      `  change of indicator: kit ${ki.toFixed(1)} ms   Plot ${pi.toFixed(1)} ms (${(pi / ki).toFixed(1)}×)   Vega-Lite ${vi.toFixed(1)} ms (${(vi / ki).toFixed(1)}×)   (target ≤ 16 ms)`,
    );
    console.log(`  change of selection: kit ${m(kit, 'selection').toFixed(1)} ms (target ≤ 16 ms; neither peer has a selection to compare)`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMap();
