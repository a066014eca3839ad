/* global Plot, topojson */
// The same choropleth drawn with Observable Plot: features from the TopoJSON, each council's
// latest figure joined by DfE code, five quantile classes of Blues, Mercator fitted to the width
// the kit's map gets. Redrawn for a change of indicator, as Plot is used.
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

function draw(data, features, id) {
  const ind = data.indicators.find((i) => i.id === id);
  const latest = new Map(Object.entries(ind.localities).map(([code, s]) => [code, [...s].reverse().find((v) => typeof v.value === 'number')?.value]));
  const chart = Plot.plot({
    width: 660,
    projection: { type: 'mercator', domain: { type: 'FeatureCollection', features } },
    color: { type: 'quantile', n: 5, scheme: 'blues', legend: true },
    marks: [Plot.geo(features, { fill: (f) => latest.get(f.properties.dfe_la_code), stroke: 'white', title: (f) => f.properties.dfe_la_name })],
  });
  const el = document.getElementById('chart');
  el.replaceChildren(chart);
  return el.querySelectorAll('path').length;
}

window.runBench = async (feedUrl, topoUrl) => {
  const { toNextFrame } = await import('./frame.js');
  const [data, topo] = await Promise.all([(await fetch(feedUrl)).json(), (await fetch(topoUrl)).json()]);
  const t0 = performance.now();
  const features = topojson.feature(topo, topo.objects.utla).features;
  const drawn = draw(data, features, 'cin');
  await frame();
  const render = performance.now() - t0;
  if (drawn < 153) throw new Error(`${drawn} paths`);
  const indicator = [];
  for (const id of ['lac', 'cpp-rate', 'cin']) {
    indicator.push(await toNextFrame(() => draw(data, features, id)));
  }
  return { render, indicator };
};
