// The React components, rendered by React 19 in the browser: props in (a feed, a period, an
// element's own properties), typed sc- events out.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../test/browser/console-guard.js';
import React from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient, { type Root } from 'react-dom/client';
import type { ScFeed, ScIndicatorTile, ScTileGrid } from 'scorecard-kit';
import { Feed, TileGrid } from './index.js';

let root: Root | undefined;
let host: HTMLElement;
beforeEach(() => {
  host = document.body.appendChild(document.createElement('div'));
  root = ReactDOMClient.createRoot(host);
});
afterEach(() => {
  root?.unmount();
  host.remove();
});

function render(props: { period?: string; onSelect?: (id: string) => void; onLoad?: () => void }) {
  ReactDOM.flushSync(() =>
    root!.render(
      React.createElement(
        Feed,
        {
          src: '/test/fixtures/feeds/tiles.json',
          period: props.period,
          onScFeedLoad: () => props.onLoad?.(),
          // Typed: e.detail is the selection.
          onScSelect: (e) => props.onSelect?.(`${e.detail.kind}:${e.detail.id}`),
        },
        React.createElement(TileGrid, { hideControls: true, indicators: 'ia-timeliness' }),
      ),
    ),
  );
}

const tile = () => host.querySelector('sc-tile-grid')!.shadowRoot!.querySelector<ScIndicatorTile>('sc-indicator-tile');

describe('@scorecard-kit/react', () => {
  it('renders the elements with their props, follows a change of prop, and passes sc- events to onSc… props', async () => {
    let loaded = 0;
    const chosen: string[] = [];
    render({ onLoad: () => loaded++, onSelect: (id) => chosen.push(id) });
    const feed = host.querySelector<ScFeed>('sc-feed')!;
    const grid = host.querySelector<ScTileGrid>('sc-tile-grid')!;
    // Props are set as properties: a boolean as the property, not an attribute string.
    expect(grid.hideControls).to.equal(true);
    await waitUntil(() => loaded === 1, 'onScFeedLoad is called once the feed has loaded');
    await grid.updateComplete;
    await tile()!.updateComplete;
    const figure = () => tile()!.shadowRoot!.querySelector('.figure')!.textContent;
    // Its latest, YTD Jul-13: 47.5%.
    expect(figure()).to.equal('47.5%');
    // State in: a new period prop reaches <sc-feed> and, through it, the tile (Mar-13: 64.9%).
    render({ period: 'mar-13', onLoad: () => loaded++, onSelect: (id) => chosen.push(id) });
    expect(feed.period).to.equal('mar-13');
    await feed.updateComplete;
    await tile()!.updateComplete;
    expect(figure()).to.equal('64.9%');
    // Events out: choosing the tile calls onScSelect with the typed detail.
    tile()!.shadowRoot!.querySelector<HTMLButtonElement>('[part="title"]')!.click();
    expect(chosen).to.deep.equal(['indicator:ia-timeliness']);
  });
});
