import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../../test/browser/console-guard.js';
import '@scorecard-kit/core/sc-feed.js';
import type { ScFeed } from '@scorecard-kit/core';
import './tile-grid.define.js';
import type { ScTileGrid, TileFilter, TileSort } from './tile-grid.js';
import type { ScIndicatorTile } from '../indicator-tile/indicator-tile.js';

let feed: unknown;
before(async () => {
  feed = await (await fetch('/test/fixtures/feeds/tiles.json')).json();
});

async function grid(attrs: { node?: string; indicators?: string; filter?: TileFilter; sort?: TileSort } = {}) {
  const el = await fixture<ScTileGrid>(
    html`<sc-tile-grid .feed=${feed} node=${attrs.node ?? ''} indicators=${attrs.indicators ?? ''} filter=${attrs.filter ?? 'all'} sort=${attrs.sort ?? 'framework'}></sc-tile-grid>`,
  );
  await el.feedComplete;
  await el.updateComplete;
  return el;
}

/** The indicator ids shown, group by group: { 'How much?': [...], ... }. */
function shown(el: ScTileGrid): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const section of el.shadowRoot!.querySelectorAll('[part="group"]')) {
    const title = section.querySelector('.group-name')!.textContent!.trim();
    out[title] = [...section.querySelectorAll('sc-indicator-tile')].map((t) => t.getAttribute('indicator')!);
  }
  return out;
}

/** A feed of `n` indicators over two periods, a (figure i) and b (i + 1), for grids large enough to defer. */
function largeFeed(n: number) {
  const periods = [
    { id: 'a', label: '2023', end: '2023-03-31', kind: 'financial-year' },
    { id: 'b', label: '2024', end: '2024-03-31', kind: 'financial-year' },
  ];
  const indicators = Array.from({ length: n }, (_, i) => ({
    id: `i${i}`,
    title: `Indicator ${i}`,
    measure: 'how-well',
    unit: 'percent',
    polarity: 'bigger-is-better',
    values: [i, i + 1],
  }));
  return { version: '1.0', title: 'Large', authority: { name: 'x' }, periods, indicators };
}

const text = (el: Element, selector: string) => (el.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<sc-tile-grid>', () => {
  it('shows the whole feed in framework order, grouped as How much, How well, So what', async () => {
    const el = await grid();
    expect(shown(el)).to.deep.equal({
      'How much?': ['complaints', 'agency-staff', 'one-point', 'suppressed'],
      'How well?': ['ia-timeliness'],
      'So what?': ['repeat-cpp', 'range', 'no-data'],
    });
    expect(text(el, '[part="count"]')).to.equal('8 indicators.');
    const headings = [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map((h) => h.getAttribute('aria-level'));
    // Under a page's one <h1>: groups at 2 by default, their tiles' titles at 3.
    expect(headings).to.deep.equal(['2', '2', '2']);
    const tile = el.shadowRoot!.querySelector('sc-indicator-tile')!;
    await (tile as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(tile.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    await expect(el).to.be.accessible();
  });

  it('leaves the group headings to the page with hide-groups: one list, in the order asked, titles at heading-level', async () => {
    const el = await fixture<ScTileGrid>(html`<sc-tile-grid .feed=${feed} indicators="repeat-cpp complaints" hide-groups heading-level="3"></sc-tile-grid>`);
    await el.feedComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="group"], [part="group-title"]')).to.equal(null);
    const tiles = [...el.shadowRoot!.querySelectorAll('[part="grid"] sc-indicator-tile')];
    expect(tiles.map((t) => t.getAttribute('indicator'))).to.deep.equal(['repeat-cpp', 'complaints']);
    await (tiles[0] as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(tiles[0]!.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    await expect(el).to.be.accessible();
  });

  it('gives a leaving tile to an arriving indicator, drawn afresh with its views closed, and keeps a staying tile and its focus', async () => {
    const el = await fixture<ScTileGrid>(html`<sc-tile-grid .feed=${feed} indicators="ia-timeliness complaints agency-staff" hide-groups></sc-tile-grid>`);
    await el.feedComplete;
    await el.updateComplete;
    const tiles = () => [...el.shadowRoot!.querySelectorAll<ScIndicatorTile>('sc-indicator-tile')];
    await Promise.all(tiles().map((t) => t.updateComplete));
    const [ia, complaints, agency] = tiles();
    // The reader opens every disclosure of the first tile ("About", "Commentary"…) and focuses the second's title.
    const disclosures = [...ia!.shadowRoot!.querySelectorAll('details')];
    expect(disclosures.length).to.be.greaterThan(0);
    for (const d of disclosures) d.open = true;
    complaints!.shadowRoot!.querySelector<HTMLButtonElement>('button.title')!.focus();

    el.indicators = 'repeat-cpp complaints one-point';
    await el.updateComplete;
    await Promise.all(tiles().map((t) => t.updateComplete));
    // The same three elements: complaints stayed; repeat-cpp took ia-timeliness's, one-point agency-staff's.
    expect(tiles()).to.deep.equal([ia, complaints, agency]);
    expect(tiles().map((t) => t.getAttribute('indicator'))).to.deep.equal(['repeat-cpp', 'complaints', 'one-point']);
    expect(tiles().map((t) => text(t, 'button.title'))).to.deep.equal([
      'Second or subsequent child protection plan within 2 years',
      'Complaints at stage 1',
      'Early help assessments completed',
    ]);
    expect([...ia!.shadowRoot!.querySelectorAll('details')].filter((d) => d.open)).to.deep.equal([]);
    expect(complaints!.shadowRoot!.activeElement).to.equal(complaints!.shadowRoot!.querySelector('button.title'));
    await expect(el).to.be.accessible();
  });

  it('shows a framework node with everything beneath it', async () => {
    const el = await grid({ node: 'processes' });
    expect(shown(el)).to.deep.equal({ 'How much?': ['complaints'], 'How well?': ['ia-timeliness'], 'So what?': ['repeat-cpp', 'range', 'no-data'] });
    expect(text(el, '[part="count"]')).to.equal('5 indicators for Processes.');
  });

  it('shows a list of indicators, and names those not in the feed', async () => {
    const el = await grid({ indicators: 'range ia-timeliness ghost' });
    expect(shown(el)).to.deep.equal({ 'How well?': ['ia-timeliness'], 'So what?': ['range'] });
    expect(text(el, '[part="warning"]')).to.equal('Not in the feed, so not shown: "ghost".');
  });

  it('filters by direction of travel and by RAG', async () => {
    const el = await grid({ filter: 'deteriorated' });
    expect(shown(el)).to.deep.equal({ 'How well?': ['ia-timeliness'], 'So what?': ['repeat-cpp'] });
    expect(text(el, '[part="count"]')).to.equal('Showing 2 of 8 indicators.');
    el.filter = 'red';
    await el.updateComplete;
    expect(shown(el)).to.deep.equal({ 'How well?': ['ia-timeliness'] });
    el.filter = 'amber';
    await el.updateComplete;
    expect(text(el, '[part="empty"]')).to.contain('No indicator here matches the filter');
    await expect(el).to.be.accessible();
  });

  it('sorts worst first or by title when the user chooses, and announces the result', async () => {
    const el = await grid();
    const sortSelect = el.shadowRoot!.querySelectorAll('select')[1]!;
    sortSelect.value = 'status';
    sortSelect.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.sort).to.equal('status');
    expect(shown(el)).to.deep.equal({
      'How much?': ['suppressed', 'complaints', 'agency-staff', 'one-point'],
      'How well?': ['ia-timeliness'],
      'So what?': ['repeat-cpp', 'range', 'no-data'],
    });
    await el.updateComplete;
    expect(text(el, '[role="status"]')).to.equal('8 indicators.');
    el.sort = 'title';
    await el.updateComplete;
    expect(shown(el)['How much?']).to.deep.equal(['agency-staff', 'suppressed', 'complaints', 'one-point']);
  });

  it('labels its controls', async () => {
    const el = await grid();
    const labels = [...el.shadowRoot!.querySelectorAll('label')].map((l) => l.querySelector('span')!.textContent);
    expect(labels).to.deep.equal(['Show', 'Sort by']);
    el.hideControls = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
  });

  it('names an unknown node in a visible error', async () => {
    const el = await grid({ node: 'nowhere' });
    expect(text(el, '[part="error"]')).to.contain('has no framework node "nowhere"');
    await expect(el).to.be.accessible();
  });

  it("inside <sc-feed>, follows the node selected elsewhere, and passes on a tile's selection", async () => {
    const host = await fixture<ScFeed>(html`<sc-feed src="/test/fixtures/feeds/tiles.json"><sc-tile-grid hide-controls></sc-tile-grid></sc-feed>`);
    await oneEvent(host, 'sc-feed-load');
    const el = host.querySelector('sc-tile-grid')!;
    await el.updateComplete;
    expect(Object.values(shown(el)).flat().length).to.equal(8);
    host.selection = { kind: 'node', id: 'cp' };
    await host.updateComplete;
    await el.updateComplete;
    expect(shown(el)).to.deep.equal({ 'So what?': ['repeat-cpp', 'range', 'no-data'] });

    const tile = el.shadowRoot!.querySelector('sc-indicator-tile')!;
    await tile.updateComplete;
    const picked = oneEvent(host, 'sc-select');
    (tile.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    expect((await picked).detail).to.deep.equal({ kind: 'indicator', id: 'repeat-cpp' });
    await expect(el).to.be.accessible();
  });

  it('inside <sc-feed>, a change of the shared period reaches every tile without redrawing the grid, unless it sorts by status', async () => {
    const host = await fixture<ScFeed>(html`<sc-feed src="/test/fixtures/feeds/tiles.json"><sc-tile-grid hide-controls></sc-tile-grid></sc-feed>`);
    await oneEvent(host, 'sc-feed-load');
    const el = host.querySelector('sc-tile-grid')!;
    await el.updateComplete;
    const tile = () => el.shadowRoot!.querySelector<ScIndicatorTile>('sc-indicator-tile[indicator="ia-timeliness"]')!;
    await tile().updateComplete;
    const figure = () => text(tile(), '.figure');
    // Its latest, YTD Jul-13: 47.5%.
    expect(figure()).to.equal('47.5%');
    let renders = 0;
    const grid = el as unknown as { render(): unknown };
    const render = grid.render;
    grid.render = function (this: unknown) {
      renders++;
      return render.call(this);
    };
    host.period = 'mar-13';
    await host.updateComplete;
    await el.updateComplete;
    await tile().updateComplete;
    // Mar-13: 64.9%, through the tile's own context; the grid did not draw again.
    expect(figure()).to.equal('64.9%');
    expect(renders).to.equal(0);
    // Sorted by status, the order depends on the period: the grid draws again.
    el.sort = 'status';
    await el.updateComplete;
    renders = 0;
    host.period = 'mar-12';
    await host.updateComplete;
    await el.updateComplete;
    expect(renders).to.equal(1);
    await tile().updateComplete;
    expect(figure()).to.equal('81.1%');
    // A grid's own period wins over the shared one, for each of its tiles.
    el.period = 'jun-13';
    await el.updateComplete;
    await tile().updateComplete;
    expect(figure()).to.equal('48.7%');
  });

  it('keeps a grid of hundreds one list in order, every title in the page, and focus on its tile through a change of period', async () => {
    const indicators = largeFeed(130).indicators;
    const el = await fixture<ScTileGrid>(html`<sc-tile-grid hide-controls hide-groups .feed=${largeFeed(130)}></sc-tile-grid>`);
    await el.feedComplete;
    await el.updateComplete;
    // Blocks of 60 for layout, one list for assistive technology: 130 items, in feed order.
    const lists = el.shadowRoot!.querySelectorAll('[role="list"]');
    expect(lists.length).to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('[part="grid"]').length).to.equal(3);
    const tiles = [...lists[0]!.querySelectorAll<ScIndicatorTile>('[role="listitem"] > sc-indicator-tile')];
    expect(tiles.map((t) => t.indicator)).to.deep.equal(indicators.map((i) => i.id));
    await Promise.all(tiles.map((t) => t.updateComplete));
    // Find in page finds every title, drawn in full or waiting to be (a placeholder keeps its title).
    expect(tiles.map((t) => t.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim())).to.deep.equal(indicators.map((i) => i.title));
    // Focus stays on the tile the reader is on while the period changes under it.
    const button = tiles[0]!.shadowRoot!.querySelector<HTMLButtonElement>('[part="title"]')!;
    button.focus();
    el.period = 'a';
    await el.updateComplete;
    await tiles[0]!.updateComplete;
    expect(tiles[0]!.shadowRoot!.querySelector('.figure')!.textContent).to.equal('0.0%');
    expect(tiles[0]!.shadowRoot!.activeElement).to.equal(button);
    expect(el.shadowRoot!.activeElement).to.equal(tiles[0]);
    await expect(el).to.be.accessible();
  });

  it('draws the first screenful of a large grid at once, and the rest as they come near the viewport or are printed', async () => {
    const el = await fixture<ScTileGrid>(html`<sc-tile-grid hide-controls .feed=${largeFeed(60)}></sc-tile-grid>`);
    await el.feedComplete;
    await el.updateComplete;
    const tiles = [...el.shadowRoot!.querySelectorAll('sc-indicator-tile')];
    await Promise.all(tiles.map((t) => t.feedComplete));
    await Promise.all(tiles.map((t) => t.updateComplete));
    expect(tiles.length).to.equal(60);
    expect(tiles.slice(0, 24).every((t) => t.shadowRoot!.querySelector('.figure'))).to.equal(true);
    const last = tiles[59]!;
    expect(last.shadowRoot!.querySelector('.figure')).to.equal(null);
    expect(last.shadowRoot!.querySelector('.heading')!.textContent).to.equal('Indicator 59');
    last.scrollIntoView();
    await waitUntil(() => last.shadowRoot!.querySelector('.figure'), 'the tile is drawn once on screen');
    expect(last.shadowRoot!.querySelector('.figure')!.textContent).to.equal('60.0%');
    // A change of period is drawn at once by the tiles on screen; those off screen catch up when
    // the page is idle: a tile of the first screenful (drawn at once, lazy-updates) as a deferred one.
    const figure = (t: ScIndicatorTile) => t.shadowRoot!.querySelector('.figure')!.textContent;
    // Two frames: the browser reports which tiles a scroll took off screen once a frame is drawn.
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const change = async (period: string) => {
      el.period = period;
      await el.updateComplete;
      await Promise.all(tiles.map((t) => t.updateComplete));
    };
    expect(tiles[0]!.lazyUpdates).to.equal(true);
    await frames();
    await change('a');
    expect([figure(last), figure(tiles[0]!)]).to.deep.equal(['59.0%', '1.0%']);
    await waitUntil(() => figure(tiles[0]!) === '0.0%', 'the first tile, off screen, catches up');
    tiles[0]!.scrollIntoView();
    await frames();
    await change('b');
    expect([figure(tiles[0]!), figure(last)]).to.deep.equal(['1.0%', '59.0%']);
    await waitUntil(() => figure(last) === '60.0%', 'the last tile, off screen, catches up');
    window.dispatchEvent(new Event('beforeprint'));
    await Promise.all(tiles.map((t) => t.updateComplete));
    expect(tiles.every((t) => t.shadowRoot!.querySelector('.figure'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('in a large grid, a tile given another indicator off screen waits for the screen again, as a new tile would', async () => {
    const ids = (list: number[]) => list.map((i) => `i${i}`).join(' ');
    const first = Array.from({ length: 60 }, (_, i) => i);
    const el = await fixture<ScTileGrid>(html`<sc-tile-grid hide-controls .feed=${largeFeed(62)} indicators=${ids(first)}></sc-tile-grid>`);
    await el.feedComplete;
    await el.updateComplete;
    const tiles = () => [...el.shadowRoot!.querySelectorAll<ScIndicatorTile>('sc-indicator-tile')];
    const before = tiles();
    await Promise.all(before.map((t) => t.updateComplete));
    const figure = (t: ScIndicatorTile) => t.shadowRoot!.querySelector('.figure')?.textContent ?? null;
    const heading = (t: ScIndicatorTile) => t.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim();
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const last = before[59]!;
    last.scrollIntoView();
    await waitUntil(() => figure(last), 'the last tile is drawn once on screen');
    before[0]!.scrollIntoView();
    await frames();
    // The first and last indicators leave; 60 and 61 arrive, in the first's place and the last's.
    el.indicators = ids([60, ...first.slice(1, 59), 61]);
    await el.updateComplete;
    await Promise.all(tiles().map((t) => t.updateComplete));
    expect(tiles()).to.deep.equal(before);
    // On screen, indicator 60 is drawn at once: 60 + 1 at the latest period.
    expect([heading(before[0]!), figure(before[0]!)]).to.deep.equal(['Indicator 60', '61.0%']);
    // Off screen, the last tile shows only its new title until it is near the screen again.
    expect([heading(last), figure(last)]).to.deep.equal(['Indicator 61', null]);
    last.scrollIntoView();
    await waitUntil(() => figure(last) === '62.0%', 'indicator 61 is drawn once on screen');
    await expect(el).to.be.accessible();
  });
});
