import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../../test/browser/console-guard.js';
import '@scorecard-kit/core/sc-feed.js';
import type { ScFeed } from '@scorecard-kit/core';
import './highlights.define.js';
import type { ScHighlights } from './highlights.js';

let feed: unknown;
before(async () => {
  feed = await (await fetch('/test/fixtures/feeds/tiles.json')).json();
});

const items = (el: ScHighlights, part: string) => [...el.shadowRoot!.querySelectorAll(`[part="${part}"] li strong`)].map((s) => s.textContent);

describe('<sc-highlights>', () => {
  it('lists the top improvements and priorities with the figures behind each', async () => {
    const el = await fixture<ScHighlights>(html`<sc-highlights .feed=${feed}></sc-highlights>`);
    await el.feedComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="improved"] [role="heading"]')!.textContent).to.equal('Top 3 areas of improved performance');
    expect(items(el, 'improved')).to.deep.equal(['Children missing from care (small numbers)', 'Repeat plans (best within 10–15%)']);
    expect(items(el, 'priorities')).to.deep.equal([
      'Initial assessments completed in 10 working days',
      'Second or subsequent child protection plan within 2 years',
    ]);
    expect(el.shadowRoot!.querySelector('[part="priorities"] .because')!.textContent).to.contain('Below the minimum standard of 80.0%');
    await expect(el).to.be.accessible();
  });

  it('works for one framework node, and says when a list is empty', async () => {
    const el = await fixture<ScHighlights>(html`<sc-highlights .feed=${feed} node="input" count="2"></sc-highlights>`);
    await el.feedComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="improved"] [role="heading"]')!.textContent).to.equal('Top 2 areas of improved performance for Input');
    expect(el.shadowRoot!.querySelector('[part="priorities"] .none')!.textContent).to.equal('No indicator deteriorated or missed its target.');
    await expect(el).to.be.accessible();
  });

  it('follows the node selected elsewhere, and names an unknown node', async () => {
    const host = await fixture<ScFeed>(html`<sc-feed src="/test/fixtures/feeds/tiles.json"><sc-highlights></sc-highlights></sc-feed>`);
    await oneEvent(host, 'sc-feed-load');
    const el = host.querySelector('sc-highlights')!;
    host.selection = { kind: 'node', id: 'assessment' };
    await host.updateComplete;
    await el.updateComplete;
    expect(items(el, 'priorities')).to.deep.equal(['Initial assessments completed in 10 working days']);
    host.selection = { kind: 'node', id: 'gone' };
    await host.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('no framework node "gone"');
  });
});
