// A tile whose detailed view's module does not arrive (a file missing beside the kit's, or the
// connection lost): it says so in the view, and the rest of the tile stays. In a page of its own,
// as the browser remembers a module that failed.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../../test/browser/console-guard.js';
import './indicator-tile.define.js';
import type { ScIndicatorTile } from './indicator-tile.js';

describe('<sc-indicator-tile> when a detailed view cannot be loaded', () => {
  before(() => fetch('/__modules/missing/on'));
  after(() => fetch('/__modules/missing/off'));

  it('shows an error box in the opened view, naming what to do, and keeps the figures', async () => {
    const neighbours: unknown = await (await fetch('/test/fixtures/feeds/neighbours.json')).json();
    const el = await fixture<ScIndicatorTile>(html`<sc-indicator-tile .feed=${neighbours} indicator="cla-rate"></sc-indicator-tile>`);
    await el.feedComplete;
    await el.updateComplete;
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="neighbours"]')!;
    const opened = oneEvent(details, 'toggle');
    details.querySelector('summary')!.click();
    await opened;
    await waitUntil(() => details.querySelector('[role="alert"]'), 'the view says it could not be loaded');
    expect(details.textContent).to.contain('This view could not be loaded.');
    expect(details.textContent).to.contain('Check the connection, then reload the page.');
    expect(customElements.get('sc-neighbours')).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part="value"]')!.textContent).to.match(/\d/);
    await expect(el).to.be.accessible();
  });
});
