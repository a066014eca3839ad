// The designers' catalogue checked story by story: every story of the built Storybook
// (`npm run build-storybook`) renders in Chromium without an uncaught error, and axe finds nothing
// wrong in what it draws. The page-level rules (a main landmark, a first-level heading, content
// in landmarks) are left out: a story is a fragment, shown in Storybook's own frame.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';
// @ts-expect-error: a plain ES module script without types
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/browser.mjs';
// @ts-expect-error: a plain ES module script without types
import { staticFiles } from '../../scripts/serve.mjs';

const ROOT = resolve('storybook-static');

if (!existsSync(join(ROOT, 'index.json'))) throw new Error('storybook-static/ is missing: run `npm run build-storybook` first.');
const stories = Object.values(
  JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8')).entries as Record<string, { id: string; type: string; title: string; name: string }>,
).filter((e) => e.type === 'story');

/** axe on the story's own root, through the page's own copy of axe-core. */
const axeOnStory = `(async () => {
  if (!window.axe) {
    const s = document.createElement('script');
    s.src = '/__axe.js';
    await new Promise((resolve, reject) => { s.onload = resolve; s.onerror = reject; document.head.append(s); });
  }
  // Storybook's a11y panel runs axe in the same frame after each render: wait for its turn.
  let r;
  for (let tries = 0; !r; tries++) {
    try {
      r = await window.axe.run('#storybook-root', { rules: { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } } });
    } catch (e) {
      if (!/already running/.test(String(e)) || tries > 100) throw e;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '));
})()`;

/**
 * Resolves when the story's elements have settled: feeds loaded or failed (a story of the loading
 * state stays loading: it is checked as it is after 5 s), maps' boundaries in, trees drawn, every element drawn.
 */
const settled = `(async () => {
  const deep = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('sc-')) out.push(el);
      if (el.shadowRoot) deep(el.shadowRoot, out);
    }
    return out;
  };
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const loading = (e) => e.loadState && (e.loadState.status === 'loading' || e.loadState.status === 'idle') && (e.src || e.feed);
  for (let waited = 0; waited < 5000 && deep(document).some(loading); waited += 50) await new Promise((r) => setTimeout(r, 50));
  for (let i = 0; i < 4; i++) {
    const all = deep(document);
    await Promise.all(all.map((e) => e.updateComplete));
    const drawing = all.flatMap((e) => (e.localName === 'sc-locality-map' ? [e.boundariesComplete] : e.localName === 'sc-outcome-tree' ? [e.drawComplete] : []));
    await Promise.race([Promise.all(drawing), new Promise((r) => setTimeout(r, 5000))]);
    await frame();
  }
})()`;

/** Resolves once Storybook has drawn the story. */
const rendered = `new Promise((resolve) => {
  const done = () => document.querySelector('#storybook-root')?.childElementCount > 0 && !document.body.classList.contains('sb-show-preparing-story');
  if (done()) return resolve(true);
  const o = new MutationObserver(() => { if (done()) { o.disconnect(); resolve(true); } });
  o.observe(document.body, { childList: true, subtree: true, attributes: true });
})`;

let server: Server;
let url = '';
let browser: Browser;

before(async () => {
  // The built catalogue, served as the demo site is (Storybook runs inline scripts: no policy), and axe.
  const files = staticFiles(ROOT, {});
  server = createServer(async (req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== '/__axe.js') return files(req, res);
    res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(await readFile(resolve('node_modules/axe-core/axe.min.js')));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await puppeteer.launch({ browser: 'chrome', executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
});

after(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

describe('every Storybook story', () => {
  it('there are stories for every element', () => {
    const titles = new Set(stories.map((s) => s.title.split('/').pop()));
    const manifest = JSON.parse(readFileSync('packages/scorecard-kit/custom-elements.json', 'utf8')) as {
      modules: { declarations?: { tagName?: string }[] }[];
    };
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    assert.deepEqual(
      tags.filter((t) => !titles.has(t)),
      [],
      'elements without stories',
    );
  });

  // Each story three ways: the default theme on a wide screen, and the council brand and dark
  // mode (the toolbar's themes) on a 320 px phone, where nothing may scroll the frame sideways.
  const views = [
    { theme: 'default', width: 1100 },
    { theme: 'council', width: 320 },
    { theme: 'dark', width: 320 },
  ];
  for (const story of stories) {
    for (const { theme, width } of views) {
      it(`${story.title} › ${story.name}, ${theme} theme at ${width} px: renders, fits, and axe finds nothing`, async () => {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        try {
          await page.setViewport({ width, height: 900 });
          await page.goto(`${url}/iframe.html?id=${story.id}&viewMode=story&globals=theme:${theme}`, { waitUntil: 'load' });
          await page.evaluate(rendered);
          await page.evaluate(settled);
          assert.equal(await page.evaluate(() => document.documentElement.className), theme === 'default' ? '' : `sc-theme-${theme}`, 'theme class');
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 0, `scrolls sideways by ${overflow} px`);
          assert.deepEqual(await page.evaluate(axeOnStory), [], 'axe violations');
          assert.deepEqual(errors, [], 'uncaught errors');
        } finally {
          await page.close();
        }
      });
    }
  }
});
