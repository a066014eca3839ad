// `npm run pictures`: the pictures in docs/theming.md, taken from the demo site's themes page in
// Debian's Chromium, and committed (unlike `npm run shots`) so the docs show them on any host:
// the tile in each theme, and the tile's anatomy with its parts numbered as the docs list them.
import { chromium } from 'playwright';
import { chromiumPath, CHROMIUM_ARGS } from './browser.mjs';
import { serve } from './serve.mjs';

/** The tile's parts in reading order, numbered 1… in the anatomy picture and in docs/theming.md. */
const ANATOMY = ['title', 'polarity', 'value', 'in-words', 'direction', 'benchmarks', 'sparkline', 'about', 'links'];

const server = await serve({ port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${server.address().port}/themes.html`);
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    const tiles = [...document.querySelectorAll('sc-indicator-tile')];
    await Promise.all(tiles.map((t) => Promise.resolve(t.feedComplete).then(() => t.updateComplete)));
  });
  for (const theme of ['light', 'council', 'dark']) {
    await page.locator(`.theme-panel.sc-theme-${theme}`).screenshot({ path: `docs/images/theme-${theme === 'light' ? 'default' : theme}.png` });
  }
  // Numbered badges beside the default tile's parts, placed from their boxes, then the tile alone.
  await page.evaluate((parts) => {
    const tile = document.querySelector('.sc-theme-light sc-indicator-tile');
    tile.style.cssText = 'display:block;width:22rem';
    const frame = document.createElement('div');
    frame.id = 'anatomy';
    frame.style.cssText = 'position:relative;width:calc(22rem + 40px);background:#fff';
    tile.before(frame);
    frame.append(tile);
    const box = tile.getBoundingClientRect();
    let below = 0;
    parts.forEach((name, i) => {
      const part = tile.shadowRoot.querySelector(`[part~="${name}"]`);
      if (!part) return;
      // Parts side by side (the title and its BB mark) get badges one under the other.
      const top = Math.max(part.getBoundingClientRect().top - box.top, below);
      below = top + 26;
      const badge = document.createElement('span');
      badge.textContent = String(i + 1);
      badge.style.cssText = `position:absolute;left:${box.width + 10}px;top:${top}px;width:24px;height:24px;border-radius:50%;background:#0b0c0c;color:#fff;font:bold 14px/24px Arial,sans-serif;text-align:center`;
      frame.append(badge);
    });
  }, ANATOMY);
  await page.locator('#anatomy').screenshot({ path: 'docs/images/tile-anatomy.png' });
  console.log('docs/images: theme-default.png, theme-council.png, theme-dark.png, tile-anatomy.png');
} finally {
  await browser.close();
  server.close();
}
