import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../../test/browser/console-guard.js';
import '@scorecard-kit/core/sc-feed.js';
import '@scorecard-kit/tiles/sc-indicator-tile.js';
import type { AreaLevel, ScFeed } from '@scorecard-kit/core';
import './locality-map.define.js';
import type { ScLocalityMap } from './locality-map.js';

const FEED = '/test/fixtures/feeds/map.json';
const WARDS = '/test/fixtures/geo/walsall-wards-2013.topojson';

async function ready(el: ScLocalityMap) {
  await el.feedComplete;
  await el.updateComplete;
  await el.boundariesComplete;
  await el.updateComplete;
  return el;
}

async function map(attrs: { indicator?: string; level?: AreaLevel; src?: string } = {}) {
  const el = await fixture<ScLocalityMap>(
    html`<sc-locality-map src=${attrs.src ?? FEED} indicator=${attrs.indicator ?? 'cp-rate'} level=${attrs.level ?? 'locality'}></sc-locality-map>`,
  );
  return ready(el);
}

const $ = <T extends Element = HTMLElement>(el: ScLocalityMap, sel: string) => el.shadowRoot!.querySelector<T & Element>(sel);
const $$ = <T extends Element = HTMLElement>(el: ScLocalityMap, sel: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(sel)];
const options = (el: ScLocalityMap) => $$<SVGPathElement>(el, '[role="option"]');
const option = (el: ScLocalityMap, name: string) => options(el).find((o) => o.getAttribute('aria-label')!.startsWith(`${name}:`))!;
const active = (el: ScLocalityMap) => {
  const id = $(el, '[role="listbox"]')!.getAttribute('aria-activedescendant');
  return id ? $(el, `#${id}`)!.getAttribute('aria-label')!.split(':')[0] : null;
};
const centre = (p: SVGGraphicsElement) => {
  const b = p.getBBox();
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};
const legend = (el: ScLocalityMap) => $$(el, '.legend li').map((li) => li.textContent!.trim());

/** An <sc-feed> with the fixture given inline, so its widgets have the feed from their first update. */
async function inFeed(body: unknown) {
  const data = await (await fetch(FEED)).json();
  data.boundaries[0].url = WARDS;
  const f = await fixture<ScFeed>(html`<sc-feed .feed=${data}>${body}</sc-feed>`);
  if (f.loadState.status !== 'ready') await oneEvent(f, 'sc-feed-load');
  await f.updateComplete;
  return f;
}

describe('<sc-locality-map>', () => {
  it('draws each locality merged from its wards as one option of a one-tab-stop listbox, with its figure, rank and class in words', async () => {
    const el = await map();
    const listbox = $(el, '[role="listbox"]')!;
    expect(listbox.getAttribute('tabindex')).to.equal('0');
    expect(listbox.getAttribute('aria-label')).to.match(/^Map of Children on a child protection plan.*Arrow keys/);
    expect(options(el).length).to.equal(6);
    expect(options(el).every((o) => o.getAttribute('tabindex') === null)).to.equal(true);
    // 28.9 is the smallest of five figures and smaller is better; Willenhall's figure is suppressed ("c").
    expect(option(el, 'Darlaston and Bentley').getAttribute('aria-label')).to.equal(
      // Five areas make two classes, split at the median (28.9 36.0 | 43.5 51.2 60.0): never a class of one area.
      'Darlaston and Bentley: 28.9 per 10,000, 1st best of 5, Under 43.5 per 10,000',
    );
    expect(option(el, 'Willenhall and Short Heath').getAttribute('aria-label')).to.match(/: c: suppressed to protect confidentiality$/);
    expect(option(el, 'Willenhall and Short Heath').getAttribute('class')).to.contain('fill-suppressed');
    expect($(el, 'figcaption')!.textContent).to.contain('by locality, 2024/25');
    expect($(el, '.summary')!.textContent).to.contain('Highest: Brownhills, Pelsall, Rushall and Shelfield, 60.0 per 10,000');
    expect($(el, '.attribution')!.textContent).to.match(/^Boundaries: Contains Ordnance Survey/);
    expect(legend(el)).to.include('Suppressed or not available (shown as its mark)');
    expect($(el, '.legend-note')!.textContent).to.contain('Smaller is better: the lightest shade is the best');
    await expect(el).to.be.accessible();
  });

  it('shades areas so that darker means higher, and the legend has a swatch for every class it draws', async () => {
    const el = await map();
    const fill = (name: string) => getComputedStyle(option(el, name)).fill;
    const lum = (c: string) =>
      c
        .match(/\d+/g)!
        .slice(0, 3)
        .map(Number)
        .reduce((a, b) => a + b, 0);
    // Figures: Darlaston 28.9 < Walsall South 36.0 < North 43.5 < Aldridge 51.2 < Brownhills 60.0.
    const order = ['Darlaston and Bentley', 'Walsall South', 'North Walsall', 'Aldridge and Beacon', 'Brownhills, Pelsall, Rushall and Shelfield'].map((n) =>
      lum(fill(n)),
    );
    expect([...order].sort((a, b) => b - a)).to.deep.equal(order);
    // Two classes and the suppressed area's pattern.
    expect(legend(el)).to.deep.equal(['Under 43.5 per 10,000', '43.5 per 10,000 or more', 'Suppressed or not available (shown as its mark)']);
  });

  it('says so when no area has a figure, instead of drawing a swatch for "all areas"', async () => {
    const data = await (await fetch(FEED)).json();
    data.boundaries[0].url = WARDS;
    const referrals = data.indicators.find((i: { id: string }) => i.id === 'referrals');
    for (const k of Object.keys(referrals.localities)) referrals.localities[k] = [null, null];
    delete referrals.map;
    const el = await ready(await fixture<ScLocalityMap>(html`<sc-locality-map .feed=${data} indicator="referrals"></sc-locality-map>`));
    expect($(el, '.legend-note')!.textContent).to.equal('No area has a figure to shade.');
    expect(legend(el)).to.deep.equal(['No figure']);
    expect(legend(el).some((l) => /all areas/i.test(l))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('switches to wards, drawing the 20 ward shapes and a missing figure with a pattern named in the legend', async () => {
    const el = await map({ level: 'ward' });
    expect(options(el).length).to.equal(20);
    expect($(el, 'figcaption')!.textContent).to.contain('by ward');
    const missing = options(el).filter((o) => o.getAttribute('class')!.includes('fill-missing'));
    expect(missing.map((o) => o.getAttribute('aria-label'))).to.deep.equal(['Bloxwich West: no data']);
    expect(legend(el)).to.include('No figure');
    expect($$(el, 'text.label').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('keeps labels from overlapping', async () => {
    const el = await map({ level: 'ward' });
    const boxes = $$<SVGTextElement>(el, 'text.label').map((t) => t.getBBox());
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, 'two labels overlap').to.equal(false);
      }
    }
  });

  it("keeps the bars clear of the figures on a phone's width, and cuts long names to their column", async () => {
    const el = await fixture<ScLocalityMap>(html`<sc-locality-map src=${FEED} indicator="cp-rate" style="display: block; width: 290px"></sc-locality-map>`);
    await ready(el);
    const bars = $<SVGSVGElement>(el, '.bars svg')!.getBoundingClientRect();
    const names = $$(el, '.bars .names li');
    const values = $$(el, '.bars .values li');
    expect(names.length).to.be.greaterThan(0);
    expect(values.length).to.equal(names.length);
    for (const v of values) expect(bars.right, v.textContent!).to.be.at.most(v.getBoundingClientRect().left);
    for (const n of names) expect(n.getBoundingClientRect().right).to.be.at.most(bars.left);
    // Every figure whole, every name within its column, a cut one given whole on hover.
    for (const v of values) expect(v.scrollWidth).to.be.at.most(v.clientWidth);
    const long = names.find((n) => n.textContent === 'Brownhills, Pelsall, Rushall and Shelfield')!;
    expect(long.scrollWidth).to.be.greaterThan(long.clientWidth);
    expect(long.title).to.equal('Brownhills, Pelsall, Rushall and Shelfield');
  });

  it('chooses the area of the row a click on the chart falls in, and marks it', async () => {
    const el = await map();
    const names = () => $$(el, '.bars .names li');
    const third = names()[2]!;
    const box = third.getBoundingClientRect();
    const picked = oneEvent(el, 'sc-select');
    // On the bars' column, level with the third name.
    const bars = $<SVGSVGElement>(el, '.bars svg')!.getBoundingClientRect();
    const at = { clientX: bars.left + bars.width / 2, clientY: box.top + box.height / 2, bubbles: true, composed: true };
    $<SVGSVGElement>(el, '.bars svg')!.dispatchEvent(new MouseEvent('click', at));
    await picked;
    await el.updateComplete;
    // The area chosen is the one named on that row: the comparison is headed with its name.
    expect($(el, '.comparison-title')!.textContent).to.equal(third.textContent);
    expect(names()[2]!.className).to.contain('selected');
    expect($$(el, '.bars .band').length).to.equal(1);
  });

  it('draws the highest bars of a long chart with the map, and the rest after that frame is painted', async () => {
    // Frame callbacks held back, so that the test sees the map before the frame the rest wait for.
    const held: FrameRequestCallback[] = [];
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = (cb) => held.push(cb);
    try {
      const el = await fixture<ScLocalityMap>(
        html`<sc-locality-map src="/docs/feeds/england-councils.json" level="authority" indicator="cin"></sc-locality-map>`,
      );
      await ready(el);
      // Every one of the 153 councils on the map, and the 40 with the highest figures (2024-25) in the chart.
      expect(options(el).length).to.equal(153);
      const names = () => $$(el, '.bars .names li').map((t) => t.textContent);
      expect(names().length).to.equal(40);
      expect(names()).to.include('City of London'); // 814.6 per 10,000, the highest
      expect(names()).to.include('Walsall'); // 409.3, the 40th
      expect(names()).to.not.include('Wirral'); // 408.8, the 41st
      expect(names()).to.not.include('Essex'); // 178.1, the lowest
      held.splice(0).forEach((cb) => cb(performance.now()));
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(names().length).to.equal(153);
      expect(names()).to.include('Essex');
    } finally {
      window.requestAnimationFrame = raf;
    }
  });

  it("shows an area's name and figure beside the pointer over it, and nothing once the pointer leaves the map", async () => {
    const el = await map();
    const area = option(el, 'Darlaston and Bentley');
    area.scrollIntoView({ block: 'center' });
    // The middle of its box, which lies inside this area's outline (checked, since a curved shape's may not).
    const c = centre(area);
    expect(area.isPointInFill(new DOMPoint(c.x, c.y))).to.equal(true);
    // The area's own matrix: shapes are drawn in tenths of a pixel, scaled by a tenth.
    const m = area.getScreenCTM()!;
    const at: [number, number] = [Math.round(m.a * c.x + m.e), Math.round(m.d * c.y + m.f)];
    await sendMouse({ type: 'move', position: at });
    await el.updateComplete;
    // Darlaston and Bentley: 28.9 per 10,000 in 2024/25, the lowest of the five ranked, and lower is better here.
    expect($(el, '.tooltip')!.innerText.split('\n')).to.deep.equal(['Darlaston and Bentley', '28.9 per 10,000', '1st best of 5']);
    await sendMouse({ type: 'move', position: [0, 0] });
    await el.updateComplete;
    expect($(el, '.tooltip')).to.equal(null);
  });

  it('moves between areas with the arrow keys, to an area lying that way, and chooses one with Enter', async () => {
    const el = await map({ level: 'ward' });
    $(el, '[role="listbox"]')!.focus();
    await el.updateComplete;
    expect(active(el)).to.be.a('string');
    expect($(el, '.tooltip')!.textContent).to.contain(active(el)!);
    for (const [key, axis, sign] of [
      ['ArrowRight', 'x', 1],
      ['ArrowDown', 'y', 1],
      ['ArrowLeft', 'x', -1],
      ['ArrowUp', 'y', -1],
    ] as const) {
      const before = active(el)!;
      const from = centre(option(el, before));
      await sendKeys({ press: key });
      await el.updateComplete;
      const after = active(el)!;
      if (after === before) continue; // at the edge of the borough
      const to = centre(option(el, after));
      expect((to[axis] - from[axis]) * sign, `${key} from ${before} to ${after}`).to.be.greaterThan(0);
    }
    const name = active(el)!;
    const id = options(el).find((o) => o.getAttribute('aria-label')!.startsWith(`${name}:`))!;
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const ev = await oneEvent(el, 'sc-select');
    expect(ev.detail.kind).to.equal('area');
    await el.updateComplete;
    expect(id.getAttribute('aria-selected')).to.equal('true');
    expect($(el, '.comparison-title')!.textContent).to.equal(name);
    await expect(el).to.be.accessible();
  });

  it('shows the chosen area beside the authority and England, with its rank and trend', async () => {
    const el = await map();
    setTimeout(() => option(el, 'Brownhills, Pelsall, Rushall and Shelfield').dispatchEvent(new MouseEvent('click', { bubbles: true })));
    const ev = await oneEvent(el, 'sc-select');
    expect(ev.detail).to.deep.equal({ kind: 'area', id: 'brownhills-pelsall' });
    await el.updateComplete;
    const dl = Object.fromEntries($$(el, '.comparison dl div').map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent!.trim()]));
    expect(dl['2024/25']).to.equal('60.0 per 10,000');
    expect(dl['Walsall']).to.equal('46.2 per 10,000');
    expect(dl['England']).to.equal('41.6 per 10,000');
    expect(dl['Rank']).to.equal('5th best of 5');
    expect(dl['Trend']).to.match(/^2023\/24 62\.1 per 10,000, 2024\/25 60\.0 per 10,000/);
    expect(dl['Trend']).to.match(/improved/i);
  });

  it('gives the same figures as a sortable table, and choosing in the table chooses the area', async () => {
    const el = await map();
    const toggle = $<HTMLButtonElement>(el, '.toggle')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '[role="listbox"]')).to.equal(null);
    const names = () => $$(el, 'tbody th').map((t) => t.textContent!.trim());
    const figures = () => $$(el, 'tbody tr').map((r) => r.querySelector('td')!.textContent!.trim());
    expect(figures()).to.deep.equal([
      '60.0 per 10,000',
      '51.2 per 10,000',
      '43.5 per 10,000',
      '36.0 per 10,000',
      '28.9 per 10,000',
      'cc: suppressed to protect confidentiality',
    ]);
    const [byName, byFigure] = $$<HTMLTableCellElement>(el, 'thead th[aria-sort]');
    expect(byFigure!.getAttribute('aria-sort')).to.equal('descending');
    byName!.querySelector('button')!.click();
    await el.updateComplete;
    expect(byName!.getAttribute('aria-sort')).to.equal('ascending');
    expect(byFigure!.getAttribute('aria-sort')).to.equal('none');
    expect(names()).to.deep.equal([...names()].sort((a, b) => a.localeCompare(b, 'en-GB')));
    expect($$(el, 'tfoot th').map((t) => t.textContent)).to.deep.equal(['Walsall', 'England']);
    await expect(el).to.be.accessible();
    const row = $$<HTMLButtonElement>(el, 'tbody th button').find((b) => b.textContent === 'North Walsall')!;
    setTimeout(() => row.click());
    const ev = await oneEvent(el, 'sc-select');
    expect(ev.detail.id).to.equal('north-walsall');
    await el.updateComplete;
    expect(row.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('shades either side of the authority with better and worse in words when the feed asks for diverging', async () => {
    const el = await map({ indicator: 'good-schools' });
    expect(legend(el).slice(0, 5)).to.deep.equal([
      'Much worse than Walsall (more than 14.0 points below)',
      'Worse than Walsall (3.5 to 14.0 points below)',
      'Similar to Walsall (within 3.5 points)',
      'Better than Walsall (3.5 to 14.0 points above)',
      'Much better than Walsall (more than 14.0 points above)',
    ]);
    // 80.5% is 10.5 points above Walsall's 70.0%; 58.3% is 11.7 below.
    expect(option(el, 'Darlaston and Bentley').getAttribute('class')).to.contain('fill-better');
    expect(option(el, 'Brownhills, Pelsall, Rushall and Shelfield').getAttribute('class')).to.contain('fill-worse');
    await expect(el).to.be.accessible();
  });

  it("lets attributes choose the shading over the feed's, and says when they cannot be used", async () => {
    const fixed = await fixture<ScLocalityMap>(html`<sc-locality-map src=${FEED} indicator="cp-rate" breaks="40 50"></sc-locality-map>`);
    await ready(fixed);
    expect(legend(fixed).slice(0, 3)).to.deep.equal(['Under 40.0 per 10,000', '40.0 per 10,000 to under 50.0 per 10,000', '50.0 per 10,000 or more']);
    const quantile = await fixture<ScLocalityMap>(html`<sc-locality-map src=${FEED} indicator="referrals" breaks="quantile" classes="3"></sc-locality-map>`);
    await ready(quantile);
    // The feed's fixed breaks (100, 200, 300) give way to thirds of 95 120 205 250 310 400.
    expect($(quantile, '.legend-note')!.textContent).to.contain('in groups of about equal size');
    expect($$(quantile, '.legend li').length).to.equal(3);
    const england = await fixture<ScLocalityMap>(html`<sc-locality-map src=${FEED} indicator="cp-rate" scheme="diverging" centre="england"></sc-locality-map>`);
    await ready(england);
    expect(legend(england)[2]).to.equal('Similar to England (within 2.1 per 10,000)');
    const bad = await fixture<ScLocalityMap>(html`<sc-locality-map src=${FEED} indicator="cp-rate" breaks="low high" classes="12"></sc-locality-map>`);
    await ready(bad);
    expect($(bad, '[part="warning"]')!.textContent).to.contain('The breaks attribute "low high" is neither "quantile" nor numbers');
    expect($(bad, '[part="warning"]')!.textContent).to.contain('The classes attribute must be a whole number from 2 to 7');
    await expect(bad).to.be.accessible();
  });

  it('is followed by a tile on the same page, and follows a selection made elsewhere', async () => {
    const f = await inFeed(html`<sc-locality-map indicator="cp-rate"></sc-locality-map><sc-indicator-tile indicator="cp-rate"></sc-indicator-tile>`);
    const el = f.querySelector('sc-locality-map')!;
    const tile = f.querySelector('sc-indicator-tile')!;
    await ready(el);
    option(el, 'North Walsall').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    await tile.updateComplete;
    expect(f.selection).to.deep.equal({ kind: 'area', id: 'north-walsall' });
    expect(tile.shadowRoot!.textContent).to.contain('North Walsall');
    f.selection = { kind: 'area', id: 'walsall-south' };
    await f.updateComplete;
    await el.updateComplete;
    expect(option(el, 'Walsall South').getAttribute('aria-selected')).to.equal('true');
    expect(option(el, 'North Walsall').getAttribute('aria-selected')).to.equal('false');
    f.selection = { kind: 'node', id: 'x' };
    await f.updateComplete;
    await el.updateComplete;
    expect(options(el).filter((o) => o.getAttribute('aria-selected') === 'true').length).to.equal(0);
  });

  it('says which indicator it cannot find', async () => {
    const el = await map({ indicator: 'nope' });
    expect($(el, '[role="alert"]')!.textContent).to.contain('has no indicator "nope"');
    await expect(el).to.be.accessible();
  });

  it('says when a level has no areas', async () => {
    const el = await map({ level: 'authority' });
    expect($(el, '[role="alert"]')!.textContent).to.contain('no areas at council level');
  });

  it('shows the figures as a table, naming the address, when the boundary file fails to load', async () => {
    const el = await fixture<ScLocalityMap>(html`<sc-locality-map src=${FEED} indicator="cp-rate" boundaries="/__feed/status/404"></sc-locality-map>`);
    await ready(el);
    const warning = $(el, '[part="warning"]')!;
    expect(warning.textContent).to.contain('No boundary file was found at');
    expect(warning.textContent).to.contain('/__feed/status/404');
    expect($$(el, 'tbody tr').length).to.equal(6);
    expect($(el, '.toggle')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('names the areas the boundary file has no shape for', async () => {
    const feed = await (await fetch(FEED)).json();
    feed.localities = feed.localities.filter((l: { level?: string }) => l.level === 'ward');
    feed.localities[0].id = 'E0500000X';
    feed.indicators[0].localities = { E0500000X: [1, 2], E05001302: [3, 4] };
    const el = await fixture<ScLocalityMap>(
      html`<sc-locality-map .feed=${feed} indicator="cp-rate" level="ward" boundaries=${WARDS} id-property="WD13CD" attribution="OS"></sc-locality-map>`,
    );
    await ready(el);
    expect($(el, '[part="warning"]')!.textContent).to.contain('("E0500000X")');
    expect(options(el).length).to.equal(19);
    await expect(el).to.be.accessible();
  });

  it('names the ids when no area matches the boundary file, and still gives the table', async () => {
    const feed = await (await fetch(FEED)).json();
    feed.localities = [{ id: 'x1', name: 'Nowhere', level: 'ward' }];
    feed.indicators[0].localities = { x1: [1, 2] };
    const el = await fixture<ScLocalityMap>(html`<sc-locality-map .feed=${feed} indicator="cp-rate" level="ward" boundaries=${WARDS}></sc-locality-map>`);
    await ready(el);
    expect($(el, '[role="alert"]')!.textContent).to.contain('None of the areas has a shape in the boundary file: "x1"');
    expect($$(el, 'tbody tr').length).to.equal(1);
  });

  it('keeps hostile names as text', async () => {
    const feed = await (await fetch(FEED)).json();
    feed.localities[0].name = '<img src=x onerror="window.__hacked=1">';
    feed.boundaries[0].url = WARDS;
    const el = await fixture<ScLocalityMap>(html`<sc-locality-map .feed=${feed} indicator="cp-rate" table></sc-locality-map>`);
    await ready(el);
    expect($(el, 'img')).to.equal(null);
    expect($$(el, 'tbody th').map((t) => t.textContent!.trim())).to.include('<img src=x onerror="window.__hacked=1">');
    expect((window as unknown as { __hacked?: number }).__hacked).to.equal(undefined);
  });

  it("maps the feed's first indicator with area figures when given none, then follows an indicator chosen elsewhere", async () => {
    const f = await inFeed(html`<sc-locality-map></sc-locality-map>`);
    const el = await ready(f.querySelector('sc-locality-map')!);
    expect($(el, 'figcaption')!.textContent).to.match(/^Children on a child protection plan/);
    f.selection = { kind: 'indicator', id: 'referrals' };
    await f.updateComplete;
    await el.updateComplete;
    expect($(el, 'figcaption')!.textContent).to.match(/^Referrals to children's social care/);
    // Choosing an area replaces the shared selection; the map keeps the indicator it was following.
    option(el, 'North Walsall').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await f.updateComplete;
    await el.updateComplete;
    expect($(el, 'figcaption')!.textContent).to.match(/^Referrals to children's social care/);
    expect(option(el, 'North Walsall').getAttribute('aria-selected')).to.equal('true');
  });

  it('maps the first indicator with area figures under a framework node chosen elsewhere', async () => {
    const data = await (await fetch(FEED)).json();
    data.boundaries[0].url = WARDS;
    data.framework = [{ id: 'schools', title: 'Schools', kind: 'priority', indicators: ['no-areas', 'good-schools'] }];
    const f = await fixture<ScFeed>(html`<sc-feed .feed=${data}><sc-locality-map></sc-locality-map></sc-feed>`);
    if (f.loadState.status !== 'ready') await oneEvent(f, 'sc-feed-load');
    const el = await ready(f.querySelector('sc-locality-map')!);
    f.selection = { kind: 'node', id: 'schools' };
    await f.updateComplete;
    await el.updateComplete;
    expect($(el, 'figcaption')!.textContent).to.match(/^Pupils in good or outstanding schools/);
  });

  it('says so when no indicator has figures at its level', async () => {
    const feed = await (await fetch(FEED)).json();
    feed.indicators = [feed.indicators[3]];
    feed.boundaries = [];
    const el = await fixture<ScLocalityMap>(html`<sc-locality-map .feed=${feed}></sc-locality-map>`);
    await ready(el);
    expect($(el, '[part="status"]')!.textContent).to.equal('No indicator in this feed has figures by locality.');
    await expect(el).to.be.accessible();
  });
});
