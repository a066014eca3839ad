// How the tiles look to people with other settings: narrow screens and 400% zoom (320 px, no
// horizontal scrolling), dark mode (only when the page offers it), forced colours, print, and a
// council's own theme through custom properties and ::part.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import './console-guard.js';
import '@scorecard-kit/tiles/sc-indicator-tile.js';
import '@scorecard-kit/tiles/sc-tile-grid.js';
import '@scorecard-kit/tiles/sc-legend.js';
import '@scorecard-kit/tiles/sc-scorecard-table.js';
import type { ScIndicatorTile, ScTileGrid } from '@scorecard-kit/tiles';

let feed: unknown;
before(async () => {
  feed = await (await fetch('/test/fixtures/feeds/tiles.json')).json();
});
afterEach(async () => {
  await emulateMedia({ colorScheme: 'light', forcedColors: 'none', media: 'screen' });
  await setViewport({ width: 800, height: 600 });
  document.documentElement.style.colorScheme = '';
});

async function ready<T extends HTMLElement & { updateComplete: Promise<unknown>; feedComplete?: Promise<unknown> }>(el: T): Promise<T> {
  await el.feedComplete;
  await el.updateComplete;
  const tiles = [...(el.shadowRoot?.querySelectorAll('sc-indicator-tile') ?? [])] as ScIndicatorTile[];
  await Promise.all(tiles.map((t) => t.feedComplete));
  await Promise.all(tiles.map((t) => t.updateComplete));
  return el;
}

/** Relative luminance of a computed rgb() colour. */
function luminance(color: string): number {
  const [r, g, b] = color
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map((c) => Number(c) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('tiles: presentation', () => {
  it('reflows at 320 px (400% zoom): no horizontal scrolling for the grid, the tiles or the key', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture(html`<div><sc-tile-grid .feed=${feed}></sc-tile-grid><sc-legend></sc-legend></div>`);
    await ready(el.querySelector('sc-tile-grid') as ScTileGrid);
    await (el.querySelector('sc-legend') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const grid = el.querySelector('sc-tile-grid')!;
    for (const tile of grid.shadowRoot!.querySelectorAll('sc-indicator-tile')) {
      const article = tile.shadowRoot!.querySelector('article')!;
      expect(article.scrollWidth, tile.getAttribute('indicator')!).to.be.at.most(article.clientWidth + 1);
    }
  });

  it('goes dark when the page offers dark mode and the reader prefers it, and only then', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await ready(await fixture<ScIndicatorTile>(html`<sc-indicator-tile .feed=${feed} indicator="ia-timeliness"></sc-indicator-tile>`));
    const card = () => getComputedStyle(el.shadowRoot!.querySelector('article')!);
    expect(luminance(card().backgroundColor)).to.be.above(0.9); // a light-only page keeps light tiles
    document.documentElement.style.colorScheme = 'light dark';
    expect(luminance(card().backgroundColor)).to.be.below(0.05);
    expect(luminance(card().color)).to.be.above(0.8);
    await expect(el).to.be.accessible();
  });

  it('in forced colours, draws arrows and marks in the system text colour', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await ready(await fixture<ScIndicatorTile>(html`<sc-indicator-tile .feed=${feed} indicator="ia-timeliness"></sc-indicator-tile>`));
    const arrow = el.shadowRoot!.querySelector('.arrow')!;
    const text = el.shadowRoot!.querySelector('.judgement')!;
    expect(getComputedStyle(arrow).fill).to.equal(getComputedStyle(text).color);
    expect(el.shadowRoot!.querySelector('.judgement')!.textContent).to.equal('Deteriorated');
  });

  it('prints without controls, with every tile and table row', async () => {
    const el = await fixture(html`<div><sc-tile-grid .feed=${feed}></sc-tile-grid><sc-scorecard-table .feed=${feed}></sc-scorecard-table></div>`);
    const grid = await ready(el.querySelector('sc-tile-grid') as ScTileGrid);
    const table = await ready(el.querySelector('sc-scorecard-table') as HTMLElement & { updateComplete: Promise<unknown>; feedComplete: Promise<unknown> });
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(grid.shadowRoot!.querySelector('[part="controls"]')!).display).to.equal('none');
    expect(getComputedStyle(table.shadowRoot!.querySelector('[part="toolbar"]')!).display).to.equal('none');
    expect(getComputedStyle(table.shadowRoot!.querySelector('.scroll')!).overflow).to.equal('visible');
  });

  it("takes a council's theme through custom properties set on any ancestor, and ::part", async () => {
    const el = await fixture(html`<div>
      <style>
        .brand { --sc-tile-background: rgb(10, 20, 30); --sc-color-link: rgb(200, 100, 0); }
        .brand sc-indicator-tile::part(value) { letter-spacing: 3px; }
      </style>
      <div class="brand"><sc-indicator-tile .feed=${feed} indicator="repeat-cpp"></sc-indicator-tile></div>
    </div>`);
    const tile = await ready(el.querySelector('sc-indicator-tile') as ScIndicatorTile);
    expect(getComputedStyle(tile.shadowRoot!.querySelector('article')!).backgroundColor).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(tile.shadowRoot!.querySelector('.title')!).color).to.equal('rgb(200, 100, 0)');
    expect(getComputedStyle(tile.shadowRoot!.querySelector('[part="value"]')!).letterSpacing).to.equal('3px');
  });
});
