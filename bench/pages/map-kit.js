// The 153-council England map: time from the feed being ready (fetched, checked and indexed, with
// the TopoJSON inline in it) to the first paint with every council drawn, reading the boundaries
// included; then a change of indicator and a change of selection, each to the next frame.
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

window.runBench = async (feedUrl, topoUrl) => {
  const { firstFrame, toNextFrame } = await import('./frame.js');
  const [data, topo] = await Promise.all([(await fetch(feedUrl)).json(), (await fetch(topoUrl)).json()]);
  data.boundaries[0].data = topo;
  delete data.boundaries[0].url;
  await customElements.whenDefined('sc-locality-map');
  const host = document.querySelector('sc-feed');
  const map = document.querySelector('sc-locality-map');
  // The clock starts when the feed is ready (checked and indexed), as for the tiles, and stops at
  // the end of the frame that paints every council (bars past the chart's scrolling box follow).
  const first = firstFrame(host, async () => {
    await map.updateComplete;
    await map.boundariesComplete;
  });
  host.feed = data;
  const render = await first;
  performance.mark('bench:render:end');
  const drawn = map.shadowRoot.querySelectorAll('[role="option"]').length;
  if (drawn !== 153) throw new Error(`${drawn} councils drawn`);
  // The rest of the bars are drawn after that frame: the changes below start from a settled page.
  await frame();
  await map.updateComplete;
  if (map.shadowRoot.querySelectorAll('.bars .names li').length !== 153) throw new Error('the bars did not all follow');

  const indicator = [];
  for (const id of ['lac', 'cpp-rate', 'cin']) {
    performance.mark('bench:indicator:start');
    indicator.push(
      await toNextFrame(() => {
        map.indicator = id;
        return map.updateComplete;
      }),
    );
    performance.mark('bench:indicator:end');
  }
  const selection = [];
  for (const id of ['335', '336', '333']) {
    performance.mark('bench:selection:start');
    selection.push(
      await toNextFrame(async () => {
        host.selection = { kind: 'area', id };
        await host.updateComplete;
        await map.updateComplete;
      }),
    );
    performance.mark('bench:selection:end');
  }
  return { render, indicator, selection };
};
