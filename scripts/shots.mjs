// `npm run shots`: screenshots of every demo page (docs/*.html) and, when Storybook has been built
// (`npm run build-storybook`), every story, at 320 px and 1,280 px wide, in Debian's Chromium, for
// designers and reviewers to compare before and after a change. Written to shots/ (not committed);
// `npm run shots -- board local-offer` takes only the pages or stories whose names contain a word.
// Each page's sideways overflow at 320 px is printed beside it.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumPath, CHROMIUM_ARGS } from './browser.mjs';
import { serve } from './serve.mjs';

const WIDTHS = [320, 1280];
const OUT = 'shots';
const only = process.argv.slice(2);
const wanted = (name) => !only.length || only.some((w) => name.includes(w));

/** Waits until every widget of the kit on the page has drawn its feed (or said why not). */
async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    const all = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('sc-')) all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    await Promise.all(all.map((el) => Promise.resolve(el.feedComplete).then(() => el.updateComplete)));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/**
 * Makes the window as tall as the page, so that what the kit draws only near the screen (tiles
 * that wait, tree rows and map bars under content-visibility) is drawn in the shot rather than
 * left blank below the first screen. Heights in vh grow with it.
 */
async function wholePageInView(page, width) {
  for (let i = 0, height = 0; i < 4; i++) {
    const full = await page.evaluate(() => document.documentElement.scrollHeight);
    if (full <= height) break;
    height = full;
    await page.setViewportSize({ width, height });
    await settle(page);
  }
}

async function shoot(browser, url, name) {
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(url);
    await settle(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await wholePageInView(page, width);
    await page.screenshot({ path: join(OUT, `${name}-${width}.png`), fullPage: true });
    console.log(`${name} at ${width} px${overflow > 0 ? `: scrolls sideways by ${overflow} px` : ''}`);
    await page.close();
  }
}

mkdirSync(OUT, { recursive: true });
const server = await serve({ port: 0 });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const file of readdirSync('docs')
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const name = file.replace(/\.html$/, '');
    if (wanted(name)) await shoot(browser, `${base}/${file}`, name);
  }
  if (existsSync('storybook-static/index.json')) {
    const stories = await serve({ port: 0, root: 'storybook-static', headers: {} });
    const sb = `http://127.0.0.1:${stories.address().port}`;
    const { entries } = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
    for (const e of Object.values(entries).filter((x) => x.type === 'story')) {
      if (wanted(e.id)) await shoot(browser, `${sb}/iframe.html?id=${e.id}&viewMode=story`, `story-${e.id}`);
    }
    stories.close();
  } else {
    console.log('No storybook-static/: run `npm run build-storybook` first to shoot the stories too.');
  }
} finally {
  await browser.close();
  server.close();
}
