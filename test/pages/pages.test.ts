// The drop-in proof: every demo page, loaded from the single-file bundle under the strict Content
// Security Policy councils use, in Chromium and in Firefox ESR (both driven by puppeteer-core, Firefox
// through WebDriver BiDi; nothing is downloaded), with zero console errors, zero failed requests,
// zero axe violations and zero policy violations, and its main interaction working. Then pages that
// a council's site could do to the kit: hostile global CSS, two copies of the bundle, a failing feed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// @ts-expect-error: a plain ES module script without types
import { chromiumPath, firefoxPath, CHROMIUM_ARGS } from '../../scripts/browser.mjs';
// @ts-expect-error: a plain ES module script without types
import { kitChunks } from '../../scripts/kit-chunks.mjs';
import { startServer, type ProofServer } from './server.js';
import * as inPage from './in-page.js';

interface Visit {
  page: Page;
  errors: string[];
  warnings: string[];
  failed: string[];
  /** The paths of the JavaScript files the page asked for, in order. */
  scripts: string[];
}

const PAGES: { path: string; check?: (page: Page) => Promise<void> }[] = [
  { path: '/docs/index.html', check: async (p) => assert.equal(await ev(p, inPage.feedsReady), 5) },
  {
    path: '/docs/board.html',
    check: async (p) => assert.deepEqual(await ev(p, inPage.chooseNode('send')), { checklist: 'qa:send', tiles: true, map: true }),
  },
  { path: '/docs/local-offer.html', check: async (p) => assert.equal(await ev(p, inPage.tileCount), 5) },
  {
    path: '/docs/scorecard-2013.html',
    check: async (p) => {
      assert.ok((await ev<number>(p, inPage.tableRows)) >= 30);
      // July 2013: 22.7% of plans were repeat plans, above the top of the board's 10–15% band; offences
      // 8.4% (smaller is better) against an expected 9.8%.
      assert.equal(await ev(p, inPage.tilePart('repeat-cpp', 'rag')), "Red: Outside the board's ideal range of 10.0%–15.0%");
      assert.equal(await ev(p, inPage.tilePart('offences', 'rag')), "Green: Met the expected level for Walsall's population of 9.8%");
    },
  },
  // Seed 003's Q3 2016/17 scorecard: 84 rows in 15 sections.
  { path: '/docs/scorecard-2016.html', check: async (p) => assert.equal(await ev<number>(p, inPage.tableRows), 84) },
  { path: '/docs/audit.html', check: async (p) => assert.equal(await ev(p, inPage.typeAuditor('R. Reviewer')), 'R. Reviewer') },
  { path: '/docs/qa.html' },
  { path: '/docs/map.html', check: async (p) => assert.equal(await ev(p, inPage.chooseArea(2)), 'South') },
  { path: '/docs/england.html', check: async (p) => assert.equal(await ev(p, inPage.areaCount), 153) },
  {
    path: '/docs/tiles.html',
    check: async (p) => {
      // Assessments in time (bigger is better): 74.8% at the 2019/20 baseline, 84.6% in 2024/25, against
      // the Year 3 target of 90%: (84.6 − 74.8) ÷ (90 − 74.8) = 9.8 ÷ 15.2 = 64% of the way.
      assert.equal(
        await ev(p, inPage.tilePart('assessments-timely', 'distance')),
        'From 74.8% at the 2019/20 baseline to 84.6% in 2024/25. Year 3 target (illustrative) 90.0%: 64% of the way.',
      );
    },
  },
  { path: '/docs/framework.html' },
  {
    path: '/docs/equalities.html',
    check: async (p) => {
      const r = await ev<{ summaries: string[]; questions: number }>(p, inPage.equalities);
      // Walsall, 31 March 2022: mixed 99 of 4,006 pupils against White 461 of 31,859: 1.71 times (1.38 to 2.11);
      // Asian 31 of 13,105: 0.16 times (0.11 to 0.24).
      assert.equal(
        r.summaries[0],
        'Mixed or multiple ethnic groups children are 1.7 times as likely as White children to be looked after (1.4 to 2.1 times). Asian or Asian British children are 0.16 times as likely as White children to be looked after (0.11 to 0.24 times).',
      );
      assert.match(r.summaries[1]!, /^The feed gives each group's share, not its count/);
      assert.equal(r.questions, 7);
    },
  },
  {
    path: '/docs/your-council.html',
    check: async (p) =>
      assert.deepEqual(await ev(p, inPage.chooseCouncil('kent')), {
        matched: '1 council matches "kent".',
        status: "Showing Kent's figures.",
        heading: 'Kent: the figures',
        address: '#886',
        tiles: 11,
        outlined: 'Kent',
      }),
  },
  // A county's starter page as the CLI writes it, from its own folder.
  { path: '/starter/', check: async (p) => assert.equal(await ev(p, inPage.tileCount), 11) },
  {
    path: '/docs/themes.html',
    check: async (p) => {
      // The themes' own values: GOV.UK's link blue on white, the council's teal, dark mode's light blue on near-black.
      assert.deepEqual(await ev(p, inPage.themeColours), {
        'sc-theme-light': { title: 'rgb(29, 112, 184)', card: 'rgb(255, 255, 255)' },
        'sc-theme-council': { title: 'rgb(0, 103, 127)', card: 'rgb(255, 255, 255)' },
        'sc-theme-dark': { title: 'rgb(139, 188, 240)', card: 'rgb(29, 29, 29)' },
      });
    },
  },
  { path: '/docs/gallery.html', check: async (p) => assert.ok((await ev<number>(p, inPage.tileCount)) >= 4) },
  {
    path: '/docs/feed-studio.html',
    check: async (p) => {
      const r = await ev<{ status: string; download: string; tiles: number; problems: boolean; breakdowns: string[] }>(p, inPage.studioExample);
      assert.match(r.status, /^example-wr4c\.xlsx: the feed is ready\.$/);
      // The workbook's breakdowns sheet, previewed: the WR4C sample's twelve breakdowns, the first with the
      // same finding as the equalities page's.
      assert.equal(r.breakdowns.length, 12);
      assert.match(
        r.breakdowns[0]!,
        /^Mixed or multiple ethnic groups children are 1\.7 times as likely as White children to be looked after \(1\.4 to 2\.1 times\)\./,
      );
      assert.equal(r.problems, false);
      assert.match(r.download, /^blob:/);
      assert.ok(r.tiles > 30, `${r.tiles} tiles previewed`);
      // Then begun from Kent's public figures, the example workbook's 104 indicators are added to
      // Kent's 11 (its "cpp-rate" replaces the public one of that id): 114.
      const s = await ev<{ first: string; then: string; notes: string[]; authority: string; problems: boolean }>(p, inPage.studioStarter);
      assert.match(s.first, /^Made from kent-public-figures\.json: 11 indicators, /);
      assert.match(s.then, /^Made from example-wr4c\.xlsx: 114 indicators, /);
      assert.equal(s.notes[0], "103 indicators from your workbook added to Kent's public figures.");
      assert.equal(s.authority, 'Kent');
      assert.equal(s.problems, false);
    },
  },
];

const BROWSERS = [
  { name: 'Chromium', launch: () => puppeteer.launch({ browser: 'chrome', executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true }) },
  {
    name: 'Firefox ESR',
    launch: () =>
      puppeteer.launch({
        browser: 'firefox',
        executablePath: firefoxPath(),
        headless: true,
        // Keep Firefox off the network it cannot reach here.
        extraPrefsFirefox: {
          'network.captive-portal-service.enabled': false,
          'app.update.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
        },
      }),
  },
];

/** An expression evaluated in the page, typed by the caller. */
const ev = <T = unknown>(page: Page, expression: string): Promise<T> => page.evaluate(expression) as Promise<T>;

let server: ProofServer;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server.close();
});

for (const b of BROWSERS) {
  describe(`pages in ${b.name}`, () => {
    let browser: Browser;
    before(async () => {
      browser = await b.launch();
    });
    after(async () => {
      await browser?.close();
    });

    async function visit(path: string, width = 1280): Promise<Visit> {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      const v: Visit = { page, errors: [], warnings: [], failed: [], scripts: [] };
      page.on('request', (r) => {
        // By name: Firefox does not give every module script the resource type "script".
        const path = new URL(r.url()).pathname;
        if (path.endsWith('.js')) v.scripts.push(path);
      });
      page.on('console', (m) => {
        if (m.type() === 'error') v.errors.push(m.text());
        if (m.type() === 'warn') v.warnings.push(m.text());
      });
      page.on('pageerror', (e) => v.errors.push(String(e)));
      page.on('requestfailed', (r) => v.failed.push(`${r.url()} (${r.failure()?.errorText ?? 'failed'})`));
      page.on('response', (r) => {
        if (r.status() >= 400) v.failed.push(`${r.url()} (HTTP ${r.status()})`);
      });
      await page.goto(server.url + path, { waitUntil: 'load' });
      await ev(page, inPage.settle);
      return v;
    }

    async function clean(v: Visit) {
      assert.deepEqual(await ev(v.page, inPage.cspViolations), [], 'Content Security Policy violations');
      assert.deepEqual(await ev(v.page, inPage.axe), [], 'axe violations');
      assert.deepEqual(v.errors, [], 'console errors');
      assert.deepEqual(v.failed, [], 'failed requests');
    }

    for (const p of PAGES) {
      it(`${p.path}: loads clean, and its main interaction works`, async () => {
        const v = await visit(p.path);
        try {
          await p.check?.(v.page);
          await ev(v.page, inPage.settle);
          await clean(v);
        } finally {
          await v.page.close();
        }
      });
    }

    it('/docs/your-council.html: shows every one of the 153 councils, each with its own figures', async () => {
      const v = await visit('/docs/your-council.html');
      try {
        assert.deepEqual(await ev(v.page, inPage.everyCouncil), { councils: 153, wrong: [] });
        assert.deepEqual(v.errors, [], 'console errors');
      } finally {
        await v.page.close();
      }
    });

    for (const p of [...PAGES.map((x) => x.path), '/test/fixtures/pages/govuk.html', '/test/fixtures/pages/bare.html']) {
      it(`${p}: reflows on a 320 px phone, with no sideways scrolling`, async () => {
        const v = await visit(p, 320);
        try {
          assert.equal(await ev(v.page, inPage.sideways), 0, 'pixels the page scrolls sideways');
        } finally {
          await v.page.close();
        }
      });
    }

    it("a GOV.UK Frontend page, which sets its typeface on classes: the widgets use the page's typeface, not the browser's serif", async () => {
      const v = await visit('/test/fixtures/pages/govuk.html');
      try {
        const f = await ev<{ tile: string; browserDefault: string; heading: string }>(v.page, inPage.tileFont);
        assert.equal(f.tile, f.heading, "the tile's title is set in the page's own heading typeface");
        assert.match(f.tile, /GDS Transport.*sans-serif/);
        // Firefox's font checker notes a table in GOV.UK's own font files: the host's, not the kit's.
        v.errors = v.errors.filter((e) => !/downloadable font: .*"GDS Transport"/.test(e));
        await clean(v);
      } finally {
        await v.page.close();
      }
    });

    it("a page with no font set anywhere: the widgets use a sans-serif, never the browser's serif", async () => {
      const v = await visit('/test/fixtures/pages/bare.html');
      try {
        const f = await ev<{ tile: string; browserDefault: string }>(v.page, inPage.tileFont);
        assert.notEqual(f.tile, f.browserDefault);
        assert.match(f.tile, /sans-serif$/);
        assert.deepEqual(v.scripts, ['/docs/assets/csp-watch.js', '/docs/dist/scorecard-kit.min.js'], 'a good feed needs nothing beside the single file');
        await clean(v);
      } finally {
        await v.page.close();
      }
    });

    it("a newcomer's page: the getting-started snippet as written, on their own site, against a feed made from the spreadsheet template", async () => {
      const v = await visit('/newcomer/');
      try {
        assert.equal(await ev(v.page, inPage.tileCount), 1, 'the tile shows its figure');
        assert.ok((await ev<number>(v.page, inPage.areaCount)) >= 4, 'the map draws its areas');
        // A tile and a map: the autoloader, then the core, tiles and map families and the chunks
        // they share, each once; nothing of the tree or the checklist.
        const kit = v.scripts.filter((s) => s.startsWith('/js/')).map((s) => s.slice('/js/'.length));
        const expected = ['scorecard-kit.js', ...[...kitChunks(['core', 'tiles', 'map'])].map((f) => `kit/${f}`)];
        assert.deepEqual([...kit].sort(), expected.sort());
        // What the core and most families share is in core.js (scripts/kit-grouping.mjs): four files in all.
        assert.deepEqual(expected.sort(), ['kit/core.js', 'kit/map.js', 'kit/tiles.js', 'scorecard-kit.js']);
        assert.equal(new Set(kit).size, kit.length, 'no module asked for twice');
        assert.ok(!kit.includes('kit/tree.js') && !kit.includes('kit/checklist.js'));
        assert.ok(!kit.some((f) => f.startsWith('kit/parse-')), 'a feed without problems needs no full checker (valibot and the words)');
        await clean(v);
      } finally {
        await v.page.close();
      }
    });

    it('hostile global CSS (content-box, 30px type, svg hidden, form controls unset) does not break the widgets', async () => {
      const v = await visit('/test/fixtures/pages/hostile-css.html');
      try {
        const r = await ev<{ tileFigure: boolean; boxSizing: string; tileOverflows: boolean; mapWidth: number; toggleDisplay: string }>(
          v.page,
          inPage.hostileCheck,
        );
        assert.equal(r.tileFigure, true, 'the tile shows its figure');
        assert.equal(r.boxSizing, 'border-box', "the page's content-box does not reach inside");
        assert.equal(r.tileOverflows, false, 'at 30px type the tile still fits its content');
        assert.ok(r.mapWidth > 100, `the map's svg is drawn (${r.mapWidth}px wide)`);
        assert.ok(r.toggleDisplay !== 'contents' && r.toggleDisplay !== 'none', 'the table toggle is still a button');
        await clean(v);
      } finally {
        await v.page.close();
      }
    });

    it('two copies of the bundle on one page: one clear warning, and the widgets work', async () => {
      const v = await visit('/test/fixtures/pages/two-bundles.html');
      try {
        assert.ok((await ev<number>(v.page, inPage.tileCount)) > 0);
        assert.equal(v.warnings.filter((w) => w.includes('second copy of the kit')).length, 1);
        await clean(v);
      } finally {
        await v.page.close();
      }
    });

    it('the single file copied without the parts it loads when needed: each element that needs one says so', async () => {
      const v = await visit('/test/fixtures/pages/kit-alone.html');
      try {
        const message = await ev<string>(v.page, inPage.loadFailing(`/__fail/once/truncated/alone-${b.name.replace(/\W/g, '')}`));
        assert.match(message, /The figures could not be shown\..*did not arrive\. Check the connection, then reload the page\./, message);
        assert.equal(await ev(v.page, inPage.treeError), 'The diagram could not be loaded: the tree is shown as a list.');
        assert.ok((await ev<number>(v.page, inPage.treeRows)) > 0, 'the tree is there, as a list');
        assert.deepEqual([...new Set(v.failed.map((f) => new URL(f.split(' ')[0]!).pathname))].sort(), [
          '/alone/scorecard-kit.diagram.min.js',
          '/alone/scorecard-kit.parse.min.js',
        ]);
        assert.deepEqual(await ev(v.page, inPage.axe), []);
        assert.deepEqual(await ev(v.page, inPage.cspViolations), []);
      } finally {
        await v.page.close();
      }
    });

    for (const mode of ['404', '500', 'timeout', 'truncated', 'html']) {
      it(`a feed that fails (${mode}) gives a clear error, and a later refresh recovers`, async () => {
        const v = await visit('/test/fixtures/pages/feed-failure.html');
        try {
          const key = `${b.name.replace(/\W/g, '')}-${mode}`;
          const message = await ev<string>(v.page, inPage.loadFailing(`/__fail/once/${mode}/${key}`));
          assert.match(message, EXPECTED[mode]!, message);
          assert.equal(await ev(v.page, inPage.reloadFeed), 'ready');
          assert.ok((await ev<number>(v.page, inPage.tileCount)) > 0, 'the tiles are back');
          assert.deepEqual(await ev(v.page, inPage.axe), []);
        } finally {
          await v.page.close();
        }
      });
    }
  });
}

const EXPECTED: Record<string, RegExp> = {
  '404': /No feed was found at .*404/,
  '500': /server failed while sending the feed .*500/,
  timeout: /did not answer within 2 seconds/,
  truncated: /not valid JSON|ended|unexpected end/i,
  html: /HTML|not JSON|not valid JSON/i,
};
