// 1,000 tiles with sparklines in a <sc-tile-grid>: time from the feed being ready to the first
// paint with the tiles drawn (tiles off screen wait until they are near it), then the time for a
// change of period to reach the screen.
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function settled(grid) {
  await grid.updateComplete;
  const tiles = [...grid.shadowRoot.querySelectorAll('sc-indicator-tile')];
  await Promise.all(tiles.map((t) => t.updateComplete));
  return tiles;
}

window.runBench = async (feedUrl) => {
  const { toNextFrame } = await import('./frame.js');
  const data = await (await fetch(feedUrl)).json();
  await customElements.whenDefined('sc-tile-grid');
  const host = document.querySelector('sc-feed');
  const grid = document.querySelector('sc-tile-grid');
  let t0 = 0;
  const ready = new Promise((r) => host.addEventListener('sc-feed-load', () => r((t0 = performance.now())), { once: true }));
  host.feed = data;
  await ready;
  let tiles = await settled(grid);
  await frame();
  const render = performance.now() - t0;
  if (tiles.length !== data.indicators.length) throw new Error(`${tiles.length} tiles`);
  const drawn = tiles.filter((t) => t.shadowRoot.querySelector('path.line')).length;
  if (drawn === 0) throw new Error('no tile drew its sparkline');

  // A reader changes the period on a page that has finished drawing (the tiles near the screen
  // drawn in full, the page idle), so that is where the clock starts.
  await frame();
  await new Promise((r) => requestIdleCallback(r, { timeout: 1000 }));
  const periods = data.periods.map((p) => p.id);
  const updates = [];
  for (const p of [periods[periods.length - 2], periods[periods.length - 3], periods[periods.length - 1]]) {
    performance.mark('bench:period:start');
    updates.push(
      await toNextFrame(async () => {
        host.period = p;
        await host.updateComplete;
        tiles = await settled(grid);
      }),
    );
    performance.mark('bench:period:end');
    // The tiles off screen catch up when the page is idle, before the next change.
    await new Promise((r) => requestIdleCallback(r, { timeout: 1000 }));
  }
  return { render, update: updates, drawn };
};
