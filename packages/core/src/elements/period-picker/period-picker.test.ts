import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../../../test/browser/console-guard.js';
import '../feed/feed.define.js';
import './period-picker.define.js';
import type { ScFeed } from '../feed/feed.js';

const FEED = '/test/fixtures/feeds/qa.json';

async function picker(kind?: string) {
  const f = await fixture<ScFeed>(html`<sc-feed src=${FEED}><sc-period-picker kind=${kind ?? ''}></sc-period-picker></sc-feed>`);
  if (f.loadState.status !== 'ready') await oneEvent(f, 'sc-feed-load');
  const p = f.querySelector('sc-period-picker')!;
  await p.updateComplete;
  return { f, p, select: p.shadowRoot!.querySelector('select')! };
}

describe('<sc-period-picker>', () => {
  it("lists the latest figures, then the feed's periods newest first, under a real label", async () => {
    const { p, select } = await picker();
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Latest figures', 'Q3 2025/26', 'Q2 2025/26', 'Q1 2025/26', '2024/25']);
    expect(p.shadowRoot!.querySelector('label')!.htmlFor).to.equal('period');
    await expect(p).to.be.accessible();
  });

  it('sets the period every widget of its feed shows, and back to the latest', async () => {
    const { f, p, select } = await picker('quarter');
    expect(select.options.length).to.equal(4);
    select.value = 'q2';
    setTimeout(() => select.dispatchEvent(new Event('change')));
    const ev = await oneEvent(p, 'sc-period-change');
    expect(ev.detail).to.deep.equal({ period: 'q2' });
    await f.updateComplete;
    expect(f.period).to.equal('q2');
    await p.updateComplete;
    expect(select.value).to.equal('q2');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await f.updateComplete;
    expect(f.period).to.equal(undefined);
  });
});
