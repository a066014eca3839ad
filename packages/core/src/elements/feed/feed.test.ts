import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { expectConsole } from '../../../../../test/browser/console-guard.js';
import { defineLateConsumer, defineLateFeed, type TestConsumer } from '../../../../../test/browser/test-consumer.js';
import { defineElement } from '../define.js';
import './feed.define.js';
import { ScFeed } from './feed.js';

const FEEDS = '/test/fixtures/feeds';

async function loaded(el: ScFeed) {
  const e = await oneEvent(el, 'sc-feed-load');
  await el.updateComplete;
  return e.detail;
}

function shadowText(el: Element) {
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}

describe('<sc-feed>', () => {
  it('shows a loading state, then loads src and fires sc-feed-load with the parsed feed', async () => {
    const el = await fixture<ScFeed>(html`<sc-feed src="/__feed/slow/400${FEEDS}/minimal.json"></sc-feed>`);
    const load = oneEvent(el, 'sc-feed-load');
    const status = el.shadowRoot!.querySelector('[part="status"]');
    expect(status?.textContent).to.contain('Loading figures');
    await expect(el).to.be.accessible();
    const { detail } = await load;
    await el.updateComplete;
    expect(detail.feed.title).to.equal('Minimal test feed');
    expect(detail.feed.indicators.get('cin-rate')?.values.latest()?.value).to.equal(388.9);
    expect(el.shadowRoot!.querySelector('[part="status"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Figures loaded: Minimal test feed');
    await expect(el).to.be.accessible();
  });

  it('gives the feed to a descendant however deep, including one that upgrades later', async () => {
    const el = await fixture<ScFeed>(html`<sc-feed src="${FEEDS}/minimal.json"><div><section><late-consumer></late-consumer></section></div></sc-feed>`);
    await loaded(el);
    defineLateConsumer('late-consumer');
    const late = el.querySelector('late-consumer') as TestConsumer;
    expect(late.feedState?.status).to.equal('ready');
    expect(late.feedState?.feed?.title).to.equal('Minimal test feed');
  });

  it('reaches widgets that asked for the feed before <sc-feed> itself was defined', async () => {
    const host = document.createElement('late-feed') as ScFeed;
    const consumer = document.createElement('test-consumer') as TestConsumer;
    host.append(consumer);
    document.body.append(host);
    expect(consumer.feedState).to.equal(undefined);
    host.feed = await (await fetch(`${FEEDS}/minimal.json`)).json();
    const load = oneEvent(host, 'sc-feed-load');
    await defineLateFeed('late-feed');
    await load;
    expect(consumer.feedState?.feed?.title).to.equal('Minimal test feed');
    host.remove();
  });

  it('reads a .feed object, and an inline JSON script', async () => {
    const text = await (await fetch(`${FEEDS}/second.json`)).text();
    const byProperty = await fixture<ScFeed>(html`<sc-feed .feed=${JSON.parse(text)}><test-consumer></test-consumer></sc-feed>`);
    await byProperty.updateComplete;
    await byProperty.updateComplete;
    expect(byProperty.querySelector<TestConsumer>('test-consumer')!.feedState?.feed?.title).to.equal('Second test feed');

    const inline = document.createElement('sc-feed');
    inline.innerHTML = `<script type="application/json">${text}</script><test-consumer></test-consumer>`;
    const load = oneEvent(inline, 'sc-feed-load');
    document.body.append(inline);
    expect((await load).detail.feed.title).to.equal('Second test feed');
    await expect(inline).to.be.accessible();
    inline.remove();
  });

  it('lets a newer src win over a slower older one', async () => {
    const el = await fixture<ScFeed>(html`<sc-feed></sc-feed>`);
    const titles: string[] = [];
    el.addEventListener('sc-feed-load', (e) => titles.push(e.detail.feed.title));
    el.src = `/__feed/slow/200${FEEDS}/minimal.json`;
    await el.updateComplete;
    el.src = `${FEEDS}/second.json`;
    await oneEvent(el, 'sc-feed-load');
    // A third, slower than the first: had the first not been dropped, it would arrive in between.
    el.src = `/__feed/slow/500${FEEDS}/warnings.json`;
    await oneEvent(el, 'sc-feed-load');
    expect(titles).to.deep.equal(['Second test feed', 'Feed with warnings']);
  });

  it('shows malformed JSON as an announced error naming line and column, and fires sc-feed-error', async () => {
    const el = document.createElement('sc-feed');
    el.innerHTML = '<script type="application/json">{\n  "version": "1.0",\n  "title": "x",,\n}</script>';
    const error = oneEvent(el, 'sc-feed-error');
    document.body.append(el);
    const { detail } = await error;
    await el.updateComplete;
    expect(detail.stale).to.equal(false);
    expect(detail.errors[0]!.code).to.equal('json-syntax');
    const panel = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(panel.textContent).to.contain('line 3, column 16');
    await expect(el).to.be.accessible();
    el.remove();
  });

  for (const [what, src, words] of [
    ['404', '/__feed/status/404', 'No feed was found at /__feed/status/404 (HTTP 404'],
    ['500', '/__feed/status/500', 'The server failed while sending the feed'],
  ] as const) {
    it(`shows a ${what} as an error naming it`, async () => {
      const el = await fixture<ScFeed>(html`<sc-feed src=${src}></sc-feed>`);
      await oneEvent(el, 'sc-feed-error');
      await el.updateComplete;
      expect(shadowText(el)).to.contain(words);
      await expect(el).to.be.accessible();
    });
  }

  it('shows an HTML page, a truncated body and a network failure as errors that say so', async () => {
    await fetch('/__feed/set/html1/html');
    await fetch('/__feed/set/trunc1/truncated');
    const cases: [string, string][] = [
      ['/__feed/flaky/html1', 'HTML or XML, not JSON'],
      ['/__feed/flaky/trunc1', 'not valid JSON'],
      ['http://127.0.0.1:1/feed.json', 'could not be fetched'],
    ];
    for (const [src, words] of cases) {
      const el = await fixture<ScFeed>(html`<sc-feed src=${src}></sc-feed>`);
      await oneEvent(el, 'sc-feed-error');
      await el.updateComplete;
      expect(shadowText(el), src).to.contain(words);
    }
  });

  it('gives up after the timeout with a message that says so', async () => {
    await fetch('/__feed/set/hang1/hang');
    const el = await fixture<ScFeed>(html`<sc-feed timeout="0.2" src="/__feed/flaky/hang1"></sc-feed>`);
    await oneEvent(el, 'sc-feed-error');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('did not answer within 0.2 seconds');
  });

  it('keeps the last good figures when a refresh fails, says since when, and recovers', async () => {
    await fetch('/__feed/set/refresh1/ok');
    const el = await fixture<ScFeed>(html`<sc-feed src="/__feed/flaky/refresh1"><test-consumer></test-consumer></sc-feed>`);
    await loaded(el);
    await fetch('/__feed/set/refresh1/fail');
    const failed = oneEvent(el, 'sc-feed-error');
    void el.reload();
    const { detail } = await failed;
    await el.updateComplete;
    expect(detail.stale).to.equal(true);
    expect(el.querySelector<TestConsumer>('test-consumer')!.feedState?.feed?.title).to.equal('Minimal test feed');
    const notice = el.shadowRoot!.querySelector('.stale')!;
    expect(notice.textContent).to.contain('may be out of date');
    expect(notice.textContent).to.contain('HTTP 500');
    await expect(el).to.be.accessible();

    await fetch(`/__feed/set/refresh1/ok/${encodeURIComponent('test/fixtures/feeds/second.json')}`);
    const recovered = oneEvent(el, 'sc-feed-load');
    void el.reload();
    expect((await recovered).detail.feed.title).to.equal('Second test feed');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.stale')).to.equal(null);
  });

  it('re-fetches every `refresh` seconds, the browser revalidating its copy', async () => {
    await fetch('/__feed/set/cond1/ok');
    const el = await fixture<ScFeed>(html`<sc-feed refresh="0.05" src="/__feed/flaky/cond1"></sc-feed>`);
    const { feed } = await loaded(el);
    // The next loads are 304s answered from the ETag; each still reports a load, of the same feed.
    expect((await oneEvent(el, 'sc-feed-load')).detail.feed).to.equal(feed);
    await oneEvent(el, 'sc-feed-load');
    el.refresh = 0;
    const hits = Number(await (await fetch('/__feed/hits/cond1')).text());
    expect(hits).to.be.greaterThanOrEqual(3);
    expect(el.loadState.feed?.title).to.equal('Minimal test feed');
  });

  describe('with a feed on another origin', () => {
    // A host on a second origin that allows any page (CORS) and refuses every preflight, as CDNs
    // and open-data portals often do (test/cross-origin.mjs).
    interface Request {
      method: string;
      status: number;
      etag?: string;
      headers: Record<string, string | undefined>;
    }
    let host = '';
    before(async () => {
      host = await (await fetch('/__cross-origin')).text();
    });
    const set = (key: string, mode: 'ok' | 'fail', file?: string) => fetch(`${host}/set/${key}/${mode}${file ? `/${encodeURIComponent(file)}` : ''}`);
    const requests = async (key: string): Promise<Request[]> => (await fetch(`${host}/requests/${key}`)).json();

    it('refreshes with no preflight, the browser revalidating: a 304 keeps the feed as it is', async () => {
      await set('co1', 'ok');
      const el = await fixture<ScFeed>(html`<sc-feed refresh="0.05" src="${host}/feed/co1"></sc-feed>`);
      const { feed } = await loaded(el);
      const errors: unknown[] = [];
      el.addEventListener('sc-feed-error', (e) => errors.push(e.detail));
      // Each refresh reports a load, of the same feed object: an unchanged feed is not read again.
      expect((await oneEvent(el, 'sc-feed-load')).detail.feed).to.equal(feed);
      expect((await oneEvent(el, 'sc-feed-load')).detail.feed).to.equal(feed);
      el.refresh = 0;
      await el.updateComplete;
      expect(errors).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('.stale, [part="error"]')).to.equal(null);

      const [first, ...refreshes] = await requests('co1');
      expect(first).to.deep.include({ method: 'GET', status: 200 });
      expect(first!.headers['if-none-match']).to.equal(undefined);
      expect(refreshes.length).to.be.greaterThanOrEqual(2);
      for (const r of refreshes) {
        // Only the browser's own validators, sent by its cache: no preflight, nothing it would ask one for.
        expect(r).to.deep.include({ method: 'GET', status: 304 });
        expect(r.headers['if-none-match']).to.equal(first!.etag);
        expect(r.headers['access-control-request-headers']).to.equal(undefined);
      }
    });

    it('keeps the figures shown when a refresh fails and says so, then picks up the feed again', async () => {
      await set('co2', 'ok');
      const el = await fixture<ScFeed>(html`<sc-feed src="${host}/feed/co2"><test-consumer></test-consumer></sc-feed>`);
      const { feed } = await loaded(el);
      const consumer = el.querySelector<TestConsumer>('test-consumer')!;

      await set('co2', 'fail');
      const failed = oneEvent(el, 'sc-feed-error');
      await el.reload();
      expect((await failed).detail.stale).to.equal(true);
      await el.updateComplete;
      expect(consumer.feedState?.feed).to.equal(feed);
      const notice = el.shadowRoot!.querySelector('.stale')!;
      expect(notice.textContent).to.contain('These figures may be out of date');
      expect(notice.textContent).to.contain('HTTP 500');
      await expect(el).to.be.accessible();

      // The same feed again, as a new version (a new ETag): not read again, and no longer out of date.
      await set('co2', 'ok');
      const same = oneEvent(el, 'sc-feed-load');
      await el.reload();
      expect((await same).detail.feed).to.equal(feed);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.stale')).to.equal(null);

      await set('co2', 'ok', 'test/fixtures/feeds/second.json');
      const changed = oneEvent(el, 'sc-feed-load');
      await el.reload();
      expect((await changed).detail.feed.title).to.equal('Second test feed');
      await el.updateComplete;
      expect(consumer.feedState?.feed?.title).to.equal('Second test feed');

      const log = await requests('co2');
      expect(log.map((r) => `${r.method} ${r.status}`)).to.deep.equal(['GET 200', 'GET 500', 'GET 200', 'GET 200']);
    });
  });

  it('shows warnings in a disclosure and hides them with hide-warnings', async () => {
    const el = await fixture<ScFeed>(html`<sc-feed src="${FEEDS}/warnings.json"></sc-feed>`);
    await loaded(el);
    const details = el.shadowRoot!.querySelector('details[part="warnings"]') as HTMLDetailsElement;
    expect(details.querySelector('summary')!.textContent).to.contain('1 thing in this feed was left out');
    expect(details.textContent).to.contain('indicators[0].values[1]');
    await expect(el).to.be.accessible();
    details.open = true;
    await expect(el).to.be.accessible();
    el.hideWarnings = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('details')).to.equal(null);
  });

  it('shows hostile strings as text and never runs them', async () => {
    const el = await fixture<ScFeed>(html`<sc-feed src="${FEEDS}/hostile.json"></sc-feed>`);
    await loaded(el);
    expect(el.shadowRoot!.querySelector('img, script:not([type]), svg, iframe, b')).to.equal(null);
    expect(shadowText(el)).to.contain('<b onmouseover=alert(1)>note</b>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('says so when it has no feed at all, rather than showing a blank box', async () => {
    const el = await fixture<ScFeed>(html`<sc-feed></sc-feed>`);
    expect(shadowText(el)).to.contain('No feed given');
    await expect(el).to.be.accessible();
  });

  it('publishes the period, and the selection a widget makes with sc-select', async () => {
    const el = await fixture<ScFeed>(html`<sc-feed period="2023" src="${FEEDS}/minimal.json"><test-consumer></test-consumer></sc-feed>`);
    await loaded(el);
    const consumer = el.querySelector<TestConsumer>('test-consumer')!;
    expect(consumer.period).to.equal('2023');
    consumer.dispatchEvent(new CustomEvent('sc-select', { detail: { kind: 'indicator', id: 'cin-rate' }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(consumer.selection?.selection).to.deep.equal({ kind: 'indicator', id: 'cin-rate' });
    el.period = '';
    await el.updateComplete;
    expect(consumer.period).to.equal(null);
  });

  it('warns instead of throwing when a second copy of the kit defines sc-feed again', async () => {
    const messages = await expectConsole(() => defineElement('sc-feed', class extends ScFeed {}));
    expect(messages.join(' ')).to.contain('<sc-feed> is already defined');
    expect(customElements.get('sc-feed')).to.equal(ScFeed);
  });
});
