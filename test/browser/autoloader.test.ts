// The autoloader (scorecard-kit.js): an element is defined when it appears, now or later, by
// loading only its family; a tag the kit does not have is named in one warning.
import { expect, fixture, html } from '@open-wc/testing';
import { expectConsole } from './console-guard.js';
import '../../packages/scorecard-kit/src/autoloader.js';

describe('the autoloader', () => {
  it('defines an element added after it loaded, with its family only, and <sc-feed> first', async () => {
    expect(customElements.get('sc-legend')).to.equal(undefined);
    const el = await fixture(html`<div><sc-legend></sc-legend></div>`);
    await customElements.whenDefined('sc-legend');
    // The core came first (the widgets ask <sc-feed> for the feed)…
    expect(customElements.get('sc-feed')).to.not.equal(undefined);
    // …but not the tiles, the tree, the map or the checklist, which the page does not use.
    for (const tag of ['sc-indicator-tile', 'sc-tile-grid', 'sc-outcome-tree', 'sc-locality-map', 'sc-qa-checklist'])
      expect(customElements.get(tag), tag).to.equal(undefined);
    expect(el.querySelector('sc-legend')!.shadowRoot).to.not.equal(null);
  });

  it('names a tag the kit does not have, once', async () => {
    const warned = await expectConsole(async () => {
      await fixture(html`<div><sc-tiel></sc-tiel><sc-tiel></sc-tiel></div>`);
      // The observer reports additions in a microtask: a frame has certainly seen them.
      await new Promise((r) => requestAnimationFrame(r));
    });
    expect(warned).to.have.length(1);
    expect(warned[0]).to.match(/^Scorecard Kit has no element <sc-tiel>: check its name \(the kit's are sc-feed, sc-period-picker, sc-indicator-tile/);
  });
});
