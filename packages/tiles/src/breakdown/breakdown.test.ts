import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../../test/browser/console-guard.js';
import './breakdown.define.js';
import type { ScBreakdown } from './breakdown.js';

let feed: unknown;
before(async () => {
  feed = await (await fetch('/test/fixtures/feeds/breakdown.json')).json();
});

async function breakdown(attrs: { indicator?: string; breakdown?: string } = {}) {
  const el = await fixture<ScBreakdown>(
    html`<sc-breakdown .feed=${feed} indicator=${attrs.indicator ?? 'cla'} breakdown=${attrs.breakdown ?? 'ethnicity'}></sc-breakdown>`,
  );
  await el.feedComplete;
  await el.updateComplete;
  return el;
}

const $ = (el: ScBreakdown, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: ScBreakdown, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<sc-breakdown>', () => {
  it('says in words which groups are clearly over-represented, with their intervals', async () => {
    const el = await breakdown();
    expect(text($(el, '[part="caption"]'))).to.equal('Children looked after by ethnicity, Walsall, 31 March 2022');
    // Black 30 in 1,000 against White 100 in 8,000: 2.4 times (1.6 to 3.6); mixed 0.96 (0.53 to 1.74) straddles 1.
    expect(text($(el, '[part="summary"]'))).to.equal('Black children are 2.4 times as likely as White children to be looked after (1.6 to 3.6 times).');
    expect($$(el, '[part="findings"] li').map(text)).to.deep.equal([
      'White children are the group the others are compared with.',
      'Black children are 2.4 times as likely as White children to be looked after (1.6 to 3.6 times).',
      'Mixed ethnicity children: no clear difference from White children in how likely they are to be looked after.',
      'Asian children: fewer than 5, too few to compare.',
      'Other ethnic group children: the figure is suppressed at source.',
    ]);
    expect(text($(el, '[part="notes"]'))).to.contain("Compared with pupils in the area's schools, January 2022.");
    await expect(el).to.be.accessible();
  });

  it('draws each share of the service beside the share of the population, never a suppressed count', async () => {
    const el = await breakdown();
    const rows = $$(el, '[part="chart"] li');
    expect(rows.map((r) => text(r.querySelector('.name')))).to.deep.equal(['White', 'Black', 'Mixed ethnicity', 'Asian', 'Other ethnic group']);
    // Black: 30 of 145 in the service (21%), 1,000 of 10,500 pupils (9.5%).
    expect($$(el, '[part="chart"] li')[1]!.querySelectorAll('.value').length).to.equal(2);
    expect([...rows[1]!.querySelectorAll('.value')].map(text)).to.deep.equal(['21%', '9.5%']);
    expect(text(rows[3]!.querySelector('.none'))).to.equal('fewer than 5');
    expect(rows[3]!.textContent).to.not.match(/\b3\b/);
    // The bar's width is its share of the widest share shown, set without a style attribute (the policy forbids them).
    expect(rows[1]!.querySelector('.fill')!.getAttribute('style')).to.not.equal(null);
    expect($(el, '[part="chart"]')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('gives the same figures as a table from its one toggle, with the keyboard', async () => {
    const el = await breakdown();
    const toggle = $(el, '[part="toggle"]') as HTMLButtonElement;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const region = $(el, '[part="table"]')!;
    expect([region.getAttribute('role'), region.getAttribute('tabindex')]).to.deep.equal(['region', '0']);
    const heads = $$(el, 'thead th').map(text);
    expect(heads).to.deep.equal([
      'Group',
      'Children looked after',
      'Share (95% interval)',
      'Share of the population',
      'Ratio of the shares (95% interval)',
      'Times as likely as White children (95% interval)',
    ]);
    const black = $$(el, 'tbody tr')[1]!;
    // 30/145 = 20.7%, Wilson 15% to 28%; ratio (30/145)/(1000/10500) = 2.17.
    expect([...black.children].map(text)).to.deep.equal(['Black', '30', '21% (15% to 28%)', '9.5%', '2.2 (1.6 to 3.0)', '2.4 (1.6 to 3.6)']);
    const asian = $$(el, 'tbody tr')[3]!;
    expect([...asian.children].map(text)).to.deep.equal(['Asian', 'fewer than 5', '', '4.8%', '', '']);
    await expect(el).to.be.accessible();
  });

  it('says when no group differs clearly, comparing shares where the feed names no reference group', async () => {
    const el = await breakdown({ breakdown: 'sex' });
    // Girls (65/145)/0.49 = 0.91 (0.76 to 1.10); boys (80/145)/0.51 = 1.08 (0.93 to 1.25): both straddle 1.
    expect(text($(el, '[part="summary"]'))).to.equal('No group is clearly over- or under-represented.');
    await expect(el).to.be.accessible();
  });

  it('names what is missing: an indicator with no breakdown, or a breakdown it does not have', async () => {
    const none = await breakdown({ indicator: 'plain', breakdown: '' });
    expect(text($(none, '[part="error"]'))).to.contain('"No breakdown" has no breakdowns in the feed');
    const wrong = await breakdown({ breakdown: 'age' });
    expect(text($(wrong, '[part="error"]'))).to.contain('"Children looked after" has no breakdown "age" in the feed; it has "ethnicity", "sex".');
    await expect(wrong).to.be.accessible();
  });
});

describe('<sc-indicator-tile> with breakdowns', () => {
  it('opens each of the feed\'s breakdowns from "By ethnicity", "By sex" in its detailed view', async () => {
    await import('../indicator-tile/indicator-tile.define.js');
    const tile = await fixture<HTMLElement & { feedComplete: Promise<unknown>; updateComplete: Promise<unknown> }>(
      html`<sc-indicator-tile .feed=${feed} indicator="cla"></sc-indicator-tile>`,
    );
    await tile.feedComplete;
    await tile.updateComplete;
    const details = [...tile.shadowRoot!.querySelectorAll<HTMLDetailsElement>('[part="breakdown"]')];
    expect(details.map((d) => text(d.querySelector('summary')))).to.deep.equal(['By ethnicity', 'By sex']);
    // Nothing is drawn until it is opened.
    expect(details[0]!.querySelector('sc-breakdown')).to.equal(null);
    details[0]!.querySelector('summary')!.click();
    await new Promise((r) => details[0]!.addEventListener('toggle', r, { once: true }));
    await tile.updateComplete;
    const inner = details[0]!.querySelector('sc-breakdown') as ScBreakdown;
    await inner.updateComplete;
    expect(text(inner.shadowRoot!.querySelector('[part="summary"]'))).to.match(/^Black children are 2\.4 times as likely/);
    await expect(tile).to.be.accessible();
  });
});

describe('<sc-breakdown> of shares', () => {
  it('shows the shares side by side, and says that without counts no difference can be judged', async () => {
    const el = await breakdown({ indicator: 'share', breakdown: 'ethnicity' });
    expect(text($(el, '[part="summary"]'))).to.equal(
      "The feed gives each group's share, not its count, so no interval can be worked out and no difference is called clear.",
    );
    expect($$(el, 'tbody tr').map((r) => [...r.children].map(text))).to.deep.equal([
      ['White', '64%', '64%'],
      ['Black', '13%', '5.0%'],
    ]);
    expect($(el, '[part="findings"]')).to.equal(null);
    // With no counts, nothing is said of thresholds or intervals.
    expect(text($(el, '[part="notes"]'))).to.not.match(/fewer than|intervals/);
    // A figure flagged illustrative in the feed makes the breakdown say so.
    expect(text($(el, '[part="notes"]'))).to.equal('These figures are illustrative.');
    await expect(el).to.be.accessible();
  });
});
