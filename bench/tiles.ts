// 1,000 tiles with sparklines against the same cards drawn with Chart.js sparklines, in one
// Chromium, alternating; and the time a change of period takes to reach 1,000 tiles.
import { generateFeed } from './feed-gen.js';
import { launch, rounds, serve, tracePage } from './browser.js';
import { figure, median } from './figures.js';
import { breakdownOf, breakdownWords } from './trace.js';

export async function benchTiles(): Promise<void> {
  const feed = JSON.stringify(generateFeed(0, 1000, 8, 7));
  const server = await serve({ '/bench-feed.json': feed });
  const browser = await launch();
  try {
    const kitUrl = `${server.url}/bench/pages/tiles-kit.html`;
    const [kit, peer] = (await rounds<{ render: number; update?: number[]; drawn?: number }>(
      browser,
      [kitUrl, `${server.url}/bench/pages/tiles-chartjs.html`],
      ['/bench-feed.json'],
    )) as [{ render: number; update: number[]; drawn: number }[], { render: number }[]];
    const k = median(kit.map((r) => r.render));
    const p = median(peer.map((r) => r.render));
    console.log(
      `1,000 indicator tiles with sparklines (Chromium; the grid draws the ${median(kit.map((r) => r.drawn))} tiles on or near the screen in full, the rest as they come near it; Chart.js draws all 1,000)`,
    );
    figure({
      what: 'first paint, Chart.js cards ÷ kit',
      value: p / k,
      unit: '×',
      target: 5,
      meets: 'at-least',
      peer: `kit ${k.toFixed(0)} ms, Chart.js cards ${p.toFixed(0)} ms`,
    });
    figure({
      what: 'change of period on 1,000 tiles, to the next frame',
      value: median(kit.flatMap((r) => r.update)),
      unit: 'ms',
      target: 16,
      meets: 'at-most',
    });
    console.log(`    where the change of period goes: ${breakdownWords(breakdownOf(await tracePage(browser, kitUrl, ['/bench-feed.json']), 'period'))}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchTiles();
