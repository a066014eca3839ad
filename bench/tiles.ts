// 1,000 tiles with sparklines against the same cards drawn with Chart.js sparklines, in one
// Chromium, alternating; and the time a change of period takes to reach 1,000 tiles.
import { generateFeed } from './feed-gen.js';
import { launch, median, runPage, serve } from './browser.js';

export async function benchTiles(): Promise<void> {
  const feed = JSON.stringify(generateFeed(0, 1000, 8, 7));
  const server = await serve({ '/bench-feed.json': feed });
  const browser = await launch();
  try {
    const kit: { render: number; update: number; drawn: number }[] = [];
    const peer: { render: number }[] = [];
    for (let round = 0; round < 5; round++) {
      kit.push(
        ...(await runPage<{ render: number; update: number; drawn: number }>(browser, `${server.url}/bench/pages/tiles-kit.html`, ['/bench-feed.json'], 1)),
      );
      peer.push(...(await runPage<{ render: number }>(browser, `${server.url}/bench/pages/tiles-chartjs.html`, ['/bench-feed.json'], 1)));
    }
    const k = median(kit.map((r) => r.render));
    const p = median(peer.map((r) => r.render));
    const u = median(kit.map((r) => r.update));
    console.log('1,000 indicator tiles with sparklines, to first paint after the feed is ready (Chromium)');
    console.log(`  Scorecard Kit ${k.toFixed(0)} ms   Chart.js cards ${p.toFixed(0)} ms   Chart.js / kit ${(p / k).toFixed(1)}× (target ≥ 5×)`);
    console.log(`  change of period on 1,000 tiles: ${u.toFixed(1)} ms to the next frame (target ≤ 16 ms)`);
    console.log(
      `  (the grid draws the ${median(kit.map((r) => r.drawn))} tiles on or near the screen in full; the rest as they come near it. Chart.js draws all 1,000.)`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
