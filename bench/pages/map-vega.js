/* global vega, vegaLite, topojson */
// The same choropleth drawn with Vega-Lite (compiled to Vega, SVG renderer): features with each
// council's latest figure, five quantile classes of Blues, Mercator. Rebuilt for a change of
// indicator, as a new spec.
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function draw(data, features, id, previous) {
  const ind = data.indicators.find((i) => i.id === id);
  const latest = new Map(Object.entries(ind.localities).map(([code, s]) => [code, [...s].reverse().find((v) => typeof v.value === 'number')?.value]));
  const values = features.map((f) => ({ ...f, properties: { ...f.properties, value: latest.get(f.properties.dfe_la_code) ?? null } }));
  const spec = vegaLite.compile({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 660,
    height: 700,
    data: { values },
    projection: { type: 'mercator' },
    mark: { type: 'geoshape', stroke: 'white' },
    encoding: {
      color: { field: 'properties.value', type: 'quantitative', scale: { type: 'quantile', scheme: { name: 'blues', count: 5 } } },
      tooltip: [{ field: 'properties.dfe_la_name' }, { field: 'properties.value' }],
    },
  }).spec;
  previous?.finalize();
  const view = new vega.View(vega.parse(spec), { renderer: 'svg', container: '#chart', hover: true });
  await view.runAsync();
  return view;
}

window.runBench = async (feedUrl, topoUrl) => {
  const { toNextFrame } = await import('./frame.js');
  const [data, topo] = await Promise.all([(await fetch(feedUrl)).json(), (await fetch(topoUrl)).json()]);
  const t0 = performance.now();
  const features = topojson.feature(topo, topo.objects.utla).features;
  let view = await draw(data, features, 'cin');
  await frame();
  const render = performance.now() - t0;
  const drawn = document.querySelectorAll('#chart path').length;
  if (drawn < 153) throw new Error(`${drawn} paths`);
  const indicator = [];
  for (const id of ['lac', 'cpp-rate', 'cin']) {
    indicator.push(await toNextFrame(async () => (view = await draw(data, features, id, view))));
  }
  return { render, indicator };
};
