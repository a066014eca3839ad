import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../../test/browser/console-guard.js';
import './neighbours.define.js';
import '../indicator-tile/indicator-tile.define.js';
import type { ScNeighbours } from './neighbours.js';
import type { ScIndicatorTile } from '../indicator-tile/indicator-tile.js';

let feed: unknown;
before(async () => {
  feed = await (await fetch('/test/fixtures/feeds/neighbours.json')).json();
});

async function chart(indicator = 'cla-rate') {
  const el = await fixture<ScNeighbours>(html`<sc-neighbours .feed=${feed} indicator=${indicator}></sc-neighbours>`);
  await el.feedComplete;
  await el.updateComplete;
  return el;
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** What a sighted reader sees of an element: its text without the screen-reader-only parts. */
const seen = (el: Element) => {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.sr-only').forEach((e) => e.remove());
  return clean(copy.textContent);
};

describe('<sc-neighbours>', () => {
  it('ranks Walsall among its ten neighbours, smaller first, with England and the average as lines and the ranking in words', async () => {
    const el = await chart();
    const root = el.shadowRoot!;
    expect(clean(root.querySelector('[part="caption"]')!.textContent)).to.equal(
      'Walsall among its statistical neighbours: Children looked after, rate per 10,000 children, 2024/25',
    );
    expect(clean(root.querySelector('[part="summary"]')!.textContent)).to.match(
      /^Walsall is 4th best of 9 \(shared\) among Walsall and its 10 statistical neighbours in 2024\/25, with 95\.0 per 10,000\./,
    );
    const rows = [...root.querySelectorAll('[part="chart"] li')].map((li) => [...li.querySelectorAll('.rank, .name, .value')].map(seen));
    expect(rows.slice(0, 5)).to.deep.equal([
      ['1st', 'Glenholt', '60.3'],
      ['2nd', 'Ashby', '80.0'],
      ['3rd', 'Hartley', '88.8'],
      ['4th', 'Walsall', '95.0'],
      ['4th', 'Corton', '95.0'],
    ]);
    // The unit is said once, above the bars, so that a figure never wraps inside it.
    expect(clean(root.querySelector('.unit')!.textContent)).to.equal('Figures: rate per 10,000 children');
    // Every bar on one scale: the bars of equal figures are equally long, whatever the row's text.
    const widths = [...root.querySelectorAll('[part="chart"] li')].map((li) => li.querySelector('svg')!.getBoundingClientRect().width);
    expect(new Set(widths).size).to.equal(1);
    // The suppressed neighbour shows its mark, never a zero bar.
    expect(rows.at(-1)).to.deep.equal(['–', 'Easton', 'c']);
    // A screen reader hears what the dash and the mark mean.
    expect([...root.querySelectorAll('[part="chart"] li')[10]!.querySelectorAll('.sr-only')].map((e) => clean(e.textContent))).to.deep.equal([
      'Not ranked:',
      'c: suppressed to protect confidentiality',
    ]);
    expect(root.querySelectorAll('[part="chart"] li')[9]!.querySelector('rect')).to.equal(null);
    // Walsall is marked by weight as well as by its bar's colour.
    expect(root.querySelector('li.own .name')!.textContent).to.equal('Walsall');
    expect(clean(root.querySelector('[part="key"]')!.textContent)).to.equal('England 71.0 per 10,000 Statistical neighbours (average) 97.2 per 10,000');
    await expect(el).to.be.accessible();
  });

  it('shows the same figures as a table, from the keyboard, and back', async () => {
    const el = await chart();
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const toggled = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
    expect(toggled.getAttribute('aria-pressed')).to.equal('true');
    const region = el.shadowRoot!.querySelector('[part="table"]')!;
    expect([region.getAttribute('role'), region.getAttribute('tabindex')]).to.deep.equal(['region', '0']);
    const cells = [...region.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => clean(c.textContent)));
    expect(cells[3]).to.deep.equal(['4th', 'Walsall', '95.0 per 10,000', '+24.0 per 10,000']);
    expect(cells[10]).to.deep.equal(['Not ranked', 'Easton', 'c: suppressed to protect confidentiality', '']);
    expect(cells.at(-1)).to.deep.equal(['', 'Statistical neighbours (average)', '97.2 per 10,000', '+26.2 per 10,000']);
    await expect(el).to.be.accessible();
    toggled.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="chart"]')).to.not.equal(null);
  });

  it('names an indicator the feed does not have in a visible error', async () => {
    const el = await chart('nope');
    expect(clean(el.shadowRoot!.querySelector('[role="alert"]')!.textContent)).to.equal(
      'The neighbours cannot be shown.The feed "Ten neighbours" has no indicator "nope". Check the indicator attribute.',
    );
    await expect(el).to.be.accessible();
  });
});

describe('a tile with ten statistical neighbours', () => {
  it('lists three comparators, and opens the neighbours chart one step away', async () => {
    const tile = await fixture<ScIndicatorTile>(html`<sc-indicator-tile .feed=${feed} indicator="cla-rate"></sc-indicator-tile>`);
    await tile.feedComplete;
    await tile.updateComplete;
    const lines = [...tile.shadowRoot!.querySelectorAll('[part="benchmarks"] li [aria-hidden]')].map((s) => clean(s.textContent));
    expect(lines).to.deep.equal([
      // Each comparator's figure is for the tile's own year, so no year is printed beside it.
      'England 71.0 per 10,000 24.0 per 10,000 higher',
      'West Midlands 92.3 per 10,000 2.7 per 10,000 higher',
      'Statistical neighbours (average) 97.2 per 10,000 2.2 per 10,000 lower',
    ]);
    const details = tile.shadowRoot!.querySelector<HTMLDetailsElement>('[part="neighbours"]')!;
    expect(clean(details.querySelector('summary')!.textContent)).to.equal('Compare with the 10 statistical neighbours');
    expect(details.querySelector('sc-neighbours'), 'drawn only when opened').to.equal(null);
    const opened = oneEvent(details, 'toggle');
    details.querySelector('summary')!.click();
    await opened;
    await tile.updateComplete;
    const inner = details.querySelector('sc-neighbours')!;
    await inner.updateComplete;
    expect(clean(inner.shadowRoot!.querySelector('[part="summary"]')!.textContent)).to.match(/^Walsall is 4th best of 9/);
    await expect(tile).to.be.accessible();
  });

  it('sets a long unit smaller than the figure, never broken inside it, even in a narrow tile', async () => {
    const tile = await fixture<ScIndicatorTile>(html`<sc-indicator-tile .feed=${feed} indicator="cla-rate" style="width: 200px"></sc-indicator-tile>`);
    await tile.feedComplete;
    await tile.updateComplete;
    const figure = tile.shadowRoot!.querySelector('.figure')!;
    const unit = figure.querySelector<HTMLElement>('.unit')!;
    expect(clean(figure.textContent)).to.equal('95.0 per 10,000');
    expect(unit.textContent).to.equal('per 10,000');
    expect(parseFloat(getComputedStyle(unit).fontSize)).to.be.below(parseFloat(getComputedStyle(figure).fontSize) / 1.5);
    // One line box for the unit: "per" and "10,000" never apart.
    expect(unit.getClientRects().length).to.equal(1);
    // Screen readers hear the figure whole.
    expect(clean(tile.shadowRoot!.querySelector('#value .sr-only')!.textContent)).to.equal('95.0 per 10,000');
  });

  it('lists the comparators its attribute names, and says which it cannot find', async () => {
    const tile = await fixture<ScIndicatorTile>(html`<sc-indicator-tile .feed=${feed} indicator="cla-rate" comparators="la-7 nope"></sc-indicator-tile>`);
    await tile.feedComplete;
    await tile.updateComplete;
    const lines = [...tile.shadowRoot!.querySelectorAll('[part="benchmarks"] li [aria-hidden]')].map((s) => clean(s.textContent));
    expect(lines).to.deep.equal(['Glenholt 60.3 per 10,000 34.7 per 10,000 higher']);
    expect(clean(tile.shadowRoot!.querySelector('[part="warning"]')!.textContent)).to.equal('Not in the feed, so not shown: "nope".');
    await expect(tile).to.be.accessible();
  });
});
