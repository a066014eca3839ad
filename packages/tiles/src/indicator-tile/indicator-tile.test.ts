import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../../test/browser/console-guard.js';
import '@scorecard-kit/core/sc-feed.js';
import type { ScFeed } from '@scorecard-kit/core';
import './indicator-tile.define.js';
import type { ScIndicatorTile } from './indicator-tile.js';

let feed: unknown;
before(async () => {
  feed = await (await fetch('/test/fixtures/feeds/tiles.json')).json();
});

async function tile(indicator: string, attrs: { period?: string; variant?: 'detailed' | 'compact' } = {}) {
  const el = await fixture<ScIndicatorTile>(
    html`<sc-indicator-tile .feed=${feed} indicator=${indicator} period=${attrs.period ?? ''} variant=${attrs.variant ?? 'detailed'}></sc-indicator-tile>`,
  );
  await el.feedComplete;
  await el.updateComplete;
  return el;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const text = (el: Element, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<sc-indicator-tile>', () => {
  it('shows the value, its period and marks, the direction against the stated period, and the BB mark', async () => {
    const el = await tile('ia-timeliness');
    expect(text(el, '[part="title"]')).to.equal('Initial assessments completed in 10 working days');
    expect(text(el, '.figure')).to.equal('47.5%');
    expect(text(el, '.period')).to.equal('YTD Jul-13');
    const direction = $(el, '[part="direction"]')!;
    expect(direction.classList.contains('deteriorated')).to.equal(true);
    expect(text(el, '.judgement')).to.equal('Deteriorated');
    expect(text(el, '.vs')).to.equal('vs Mar-13');
    expect(text(el, '[part="direction"] .sr-only')).to.equal('Down from 64.9% in Mar-13 to 47.5% in YTD Jul-13: deteriorated, bigger is better');
    expect(text(el, '[part="polarity"] [aria-hidden]')).to.equal('BB');
    expect(text(el, '[part="polarity"] .sr-only')).to.equal('bigger is better');
    await expect(el).to.be.accessible();
  });

  it('gives RAG in words against the target, and follows the period', async () => {
    const red = await tile('ia-timeliness');
    expect(text(red, '[part="rag"]')).to.equal('Red: Below the minimum standard of 80.0%');
    expect(text(red, '[part="rag"] strong')).to.equal('Red:');
    const green = await tile('ia-timeliness', { period: 'mar-12' });
    expect(text(green, '.figure')).to.equal('81.1%');
    expect(text(green, '[part="rag"]')).to.equal('Green: Met the minimum standard of 80.0%');
    const provisional = await tile('ia-timeliness', { period: 'mar-13' });
    expect(text(provisional, '.tag')).to.equal('Provisional');
    expect(text(provisional, '[part="value"] .sr-only')).to.equal('64.9%, provisional');
  });

  it('sets each comparator beside the figure, with the difference and whether it is better', async () => {
    const el = await tile('ia-timeliness');
    const items = [...el.shadowRoot!.querySelectorAll('[part="benchmarks"] li')];
    expect(items.map((li) => li.querySelector('[aria-hidden]')!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      // England's figure is from an earlier period than the tile's, so it says which.
      'England 77.4% (Mar-12) 29.9 points lower',
      'West Midlands 75.0% (Mar-12) 27.5 points lower',
      'Statistical neighbours 72.3% (Mar-12) 24.8 points lower',
    ]);
    expect(items[0]!.querySelector('.sr-only')!.textContent).to.equal('29.9 points below England (77.4% in Mar-12): worse.');
    expect(items[0]!.classList.contains('worse')).to.equal(true);
    expect(text(el, '[part="targets"]')).to.equal('Minimum standard: 80.0%');
  });

  it("shows a comparator's suppression mark with its meaning, not as no data", async () => {
    const marked = structuredClone(feed) as { indicators: { id: string; comparators: Record<string, unknown[]> }[] };
    const cpp = marked.indicators.find((i) => i.id === 'repeat-cpp')!;
    cpp.comparators.wm = [null, null, null, 'c'];
    cpp.comparators.sn = [null, null, null, 'x'];
    const el = await fixture<ScIndicatorTile>(html`<sc-indicator-tile .feed=${marked} indicator="repeat-cpp"></sc-indicator-tile>`);
    await el.feedComplete;
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('[part="benchmarks"] li')];
    expect(items.map((li) => li.querySelector('[aria-hidden]')!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      // England has no figure after Mar-12 (null is missing, not a mark): its latest figure is shown.
      'England 13.8% (Mar-12) 8.9 points higher',
      // The marks are for the tile's own period, YTD Jul-13, so no period is printed beside them.
      'West Midlands c (suppressed to protect confidentiality)',
      'Statistical neighbours x (not available)',
    ]);
    expect(items[2]!.querySelector('.sr-only')!.textContent).to.equal('Statistical neighbours x (not available, YTD Jul-13).');
    await expect(el).to.be.accessible();
  });

  it('draws a sparkline with the England line and says the trend in words', async () => {
    const el = await tile('ia-timeliness');
    expect($(el, 'path.line')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){3}$/);
    expect($(el, 'path.comparator')).to.not.equal(null);
    expect(el.shadowRoot!.querySelectorAll('circle.point').length).to.equal(4);
    expect(text(el, 'figcaption')).to.equal(
      "Trend: 4 figures from Mar-12 (81.1%) to YTD Jul-13 (47.5%); lowest 47.5% in YTD Jul-13, highest 81.1% in Mar-12. The dashed line is England's figure for Mar-12.",
    );
  });

  it('steps through the sparkline points with the arrow keys from its one tab stop, announcing each', async () => {
    const el = await tile('ia-timeliness');
    const focusables = el.shadowRoot!.querySelectorAll('button, a, summary, [tabindex]');
    expect([...focusables].map((f) => f.localName)).to.deep.equal(['button', 'summary', 'a']);
    ($(el, 'button') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(text(el, '[aria-live]')).to.equal('Mar-12: 81.1%');
    expect(text(el, '.tip')).to.equal('Mar-12: 81.1%');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(text(el, '[aria-live]')).to.equal('Mar-13: 64.9%, provisional');
    expect(el.shadowRoot!.querySelectorAll('circle.point.on').length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('fires sc-select on click and on Enter, but not from its links or commentary', async () => {
    const el = await tile('ia-timeliness');
    setTimeout(() => ($(el, '.value') as HTMLElement).click());
    const { detail } = await oneEvent(el, 'sc-select');
    expect(detail).to.deep.equal({ kind: 'indicator', id: 'ia-timeliness' });

    ($(el, 'button') as HTMLButtonElement).focus();
    const byKey = oneEvent(el, 'sc-select');
    await sendKeys({ press: 'Enter' });
    expect((await byKey).detail.id).to.equal('ia-timeliness');

    let fired = 0;
    el.addEventListener('sc-select', () => fired++);
    ($(el, 'summary') as HTMLElement).click();
    await el.updateComplete;
    expect(($(el, 'details') as HTMLDetailsElement).open).to.equal(true);
    expect(fired).to.equal(0);
    expect(text(el, '[part="commentary"]')).to.contain('This is a priority area for action by teams.');
    expect(el.shadowRoot!.querySelectorAll('[part="commentary"] p').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('shows a suppressed figure as its mark, never as zero, with no arrow', async () => {
    const el = await tile('suppressed', { period: 'jul-13' });
    expect(text(el, '.figure')).to.equal('c');
    expect(text(el, '[part="value"] .sr-only')).to.equal('c: suppressed to protect confidentiality');
    expect(text(el, '.judgement')).to.equal('No comparison');
    expect($(el, '.vs')).to.equal(null);
    expect(text(el, '.tag')).to.equal('Illustrative');
    await expect(el).to.be.accessible();
  });

  it('says up or down only, for a measure with no better direction', async () => {
    const el = await tile('agency-staff');
    expect(text(el, '.judgement')).to.equal('Down');
    expect($(el, '[part="polarity"]')).to.equal(null);
    expect($(el, '[part="direction"]')!.classList.contains('neutral')).to.equal(true);
  });

  it('shows one figure, and no data at all, sensibly', async () => {
    const one = await tile('one-point');
    expect(text(one, '.figure')).to.equal('34');
    expect(text(one, '[part="sparkline"]')).to.equal('One figure: 34 in YTD Jul-13.');
    expect(text(one, '.judgement')).to.equal('No comparison');
    const none = await tile('no-data');
    expect(text(none, '.figure')).to.equal('No data');
    expect(text(none, '[part="sparkline"]')).to.equal('No figures to show a trend.');
    await expect(none).to.be.accessible();
  });

  it('draws no arrow for a figure that is not like for like, and says why', async () => {
    const el = await tile('complaints');
    expect(text(el, '.judgement')).to.equal('Not comparable');
    expect(text(el, '[part="direction"] .sr-only')).to.equal('Not comparable with Mar-13: 73 counts April to July only; 116 is for the whole of 2012/13.');
  });

  it('judges a best range, with its words in place of BB/SB', async () => {
    const el = await tile('range');
    expect(text(el, '.judgement')).to.equal('Improved');
    expect(text(el, '[part="polarity"] .sr-only')).to.equal('best within 10.0–15.0%');
  });

  it('compact: title, figure, direction and RAG only', async () => {
    const el = await tile('ia-timeliness', { variant: 'compact' });
    expect($(el, '[part="rag"]')).to.not.equal(null);
    expect($(el, '[part="sparkline"]')).to.equal(null);
    expect($(el, '[part="benchmarks"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('names an unknown indicator or period in a visible error', async () => {
    const el = await tile('no-such-thing');
    const error = $(el, '[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('has no indicator "no-such-thing"');
    expect(error.textContent).to.contain('"ia-timeliness"');
    await expect(el).to.be.accessible();
    const badPeriod = await tile('ia-timeliness', { period: 'dec-99' });
    expect(text(badPeriod, '[part="error"]')).to.contain('has no period "dec-99"');
  });

  it("shows a feed's hostile strings as text", async () => {
    const hostile = await (await fetch('/test/fixtures/feeds/hostile.json')).json();
    const el = await fixture<ScIndicatorTile>(html`<sc-indicator-tile .feed=${hostile} indicator="cin-rate"></sc-indicator-tile>`);
    await el.feedComplete;
    await el.updateComplete;
    expect(text(el, '[part="title"]')).to.equal('"><svg onload=window.__pwned=3>');
    expect(el.shadowRoot!.querySelector('[part="title"] svg')).to.equal(null);
  });

  it('loads its own src, showing loading and then the tile, or the error', async () => {
    const el = await fixture<ScIndicatorTile>(
      html`<sc-indicator-tile src="/__feed/slow/300/test/fixtures/feeds/tiles.json" indicator="repeat-cpp"></sc-indicator-tile>`,
    );
    expect(text(el, '[part="status"]')).to.equal('Loading figures…');
    await expect(el).to.be.accessible();
    await el.feedComplete;
    await el.updateComplete;
    expect(text(el, '.figure')).to.equal('22.7%');
    expect(text(el, '.judgement')).to.equal('Deteriorated');

    const broken = await fixture<ScIndicatorTile>(html`<sc-indicator-tile src="/__feed/status/404" indicator="x"></sc-indicator-tile>`);
    await broken.feedComplete;
    await broken.updateComplete;
    expect(text(broken, '[part="error"]')).to.contain('HTTP 404');
  });

  it('inside <sc-feed>, follows the shared period and shows the shared selection', async () => {
    const host = await fixture<ScFeed>(
      html`<sc-feed period="mar-13" src="/test/fixtures/feeds/tiles.json"><sc-indicator-tile indicator="ia-timeliness"></sc-indicator-tile></sc-feed>`,
    );
    await oneEvent(host, 'sc-feed-load');
    const el = host.querySelector('sc-indicator-tile')!;
    await el.updateComplete;
    expect(text(el, '.figure')).to.equal('64.9%');
    host.selection = { kind: 'indicator', id: 'ia-timeliness' };
    await host.updateComplete;
    await el.updateComplete;
    expect($(el, '.tile')!.classList.contains('selected')).to.equal(true);
    expect(text(el, '[part="title"]')).to.contain('(selected)');
    await expect(el).to.be.accessible();
  });

  it('shows a locality beside the authority, given area or following an area selected elsewhere', async () => {
    const el = await fixture<ScIndicatorTile>(html`<sc-indicator-tile .feed=${feed} indicator="ia-timeliness" area="north"></sc-indicator-tile>`);
    await el.feedComplete;
    await el.updateComplete;
    expect(text(el, '[part="title"]')).to.equal('Initial assessments completed in 10 working days: North');
    expect(text(el, '.figure')).to.equal('44.0%');
    const first = el.shadowRoot!.querySelector('[part="benchmarks"] li .sr-only')!.textContent;
    expect(first).to.equal('3.5 points below Walsall (47.5% in YTD Jul-13): worse.');

    const host = await fixture<ScFeed>(
      html`<sc-feed src="/test/fixtures/feeds/tiles.json"><sc-indicator-tile indicator="ia-timeliness"></sc-indicator-tile></sc-feed>`,
    );
    await oneEvent(host, 'sc-feed-load');
    const followed = host.querySelector('sc-indicator-tile')!;
    host.selection = { kind: 'area', id: 'south' };
    await host.updateComplete;
    await followed.updateComplete;
    expect(text(followed, '.figure')).to.equal('51.0%');
    await expect(followed).to.be.accessible();

    const unknown = await fixture<ScIndicatorTile>(html`<sc-indicator-tile .feed=${feed} indicator="ia-timeliness" area="west"></sc-indicator-tile>`);
    await unknown.feedComplete;
    await unknown.updateComplete;
    expect(text(unknown, '[part="error"]')).to.contain('has no locality "west"');
  });
});

describe('<sc-indicator-tile> with a baseline and year targets', () => {
  it('says how far it has come from the baseline towards the year target, and judges RAG against it', async () => {
    const el = await fixture<ScIndicatorTile>(html`<sc-indicator-tile src="/test/fixtures/feeds/baselines.json" indicator="repeat"></sc-indicator-tile>`);
    await el.feedComplete;
    await el.updateComplete;
    // (22.1 − 18.4) ÷ (22.1 − 17.0) = 3.7 ÷ 5.1 = 73%.
    expect(text(el, '[part="distance"]')).to.equal('From 22.1% at the 2019/20 baseline to 18.4% in 2022/23. Year 2 target 17.0%: 73% of the way.');
    expect(text(el, '[part="rag"]')).to.match(/^Red: /);
    await expect(el).to.be.accessible();
  });
});

describe('<sc-indicator-tile> detailed views', () => {
  it('downloads the neighbours chart only when a reader first opens it', async () => {
    const neighbours: unknown = await (await fetch('/test/fixtures/feeds/neighbours.json')).json();
    const el = await fixture<ScIndicatorTile>(html`<sc-indicator-tile .feed=${neighbours} indicator="cla-rate"></sc-indicator-tile>`);
    await el.feedComplete;
    await el.updateComplete;
    // Nothing in this test file defines <sc-neighbours>: only the tile can have loaded it.
    expect(customElements.get('sc-neighbours'), 'not loaded before it is opened').to.equal(undefined);
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="neighbours"]')!;
    const opened = oneEvent(details, 'toggle');
    details.querySelector('summary')!.click();
    await opened;
    await el.updateComplete;
    // Until its module arrives (a request away), the opened view says it is coming.
    expect(customElements.get('sc-neighbours'), 'still on its way').to.equal(undefined);
    expect(details.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
    await customElements.whenDefined('sc-neighbours');
    await el.updateComplete;
    const inner = details.querySelector('sc-neighbours') as HTMLElement & { feedComplete: Promise<unknown>; updateComplete: Promise<unknown> };
    await inner.feedComplete;
    await inner.updateComplete;
    expect(inner.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.match(/^\s*Walsall is 4th best of 9/);
    await expect(el).to.be.accessible();
  });
});
