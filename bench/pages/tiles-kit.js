// 1,000 tiles with sparklines: time from the feed being ready to the first paint with every tile
// drawn, then the time for a change of period to reach the screen.
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

window.runBench = async (feedUrl) => {
  const data = await (await fetch(feedUrl)).json();
  await customElements.whenDefined('sc-indicator-tile');
  const host = document.querySelector('sc-feed');
  const box = document.getElementById('tiles');
  const load = new Promise((r) => host.addEventListener('sc-feed-load', r, { once: true }));
  host.feed = data;
  await load;
  const ids = data.indicators.map((i) => i.id);
  const t0 = performance.now();
  const tiles = ids.map((id) => {
    const t = document.createElement('sc-indicator-tile');
    t.setAttribute('indicator', id);
    return t;
  });
  box.append(...tiles);
  await Promise.all(tiles.map((t) => t.updateComplete));
  await frame();
  const render = performance.now() - t0;
  if (tiles.some((t) => !t.shadowRoot.querySelector('path.line'))) throw new Error('a tile has no sparkline');

  const periods = data.periods.map((p) => p.id);
  const updates = [];
  for (const p of [periods[periods.length - 2], periods[periods.length - 3], periods[periods.length - 1]]) {
    const t1 = performance.now();
    host.period = p;
    await host.updateComplete;
    await Promise.all(tiles.map((t) => t.updateComplete));
    updates.push(performance.now() - t1);
    await frame();
  }
  return { render, update: Math.max(...updates) };
};
