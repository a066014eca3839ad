import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../../test/browser/console-guard.js';
import './scorecard-table.define.js';
import type { ScScorecardTable } from './scorecard-table.js';

let feed: unknown;
before(async () => {
  feed = await (await fetch('/test/fixtures/feeds/tiles.json')).json();
});

async function table(attrs: { node?: string; periods?: string } = {}) {
  const el = await fixture<ScScorecardTable>(
    html`<sc-scorecard-table .feed=${feed} node=${attrs.node ?? ''} periods=${attrs.periods ?? ''}></sc-scorecard-table>`,
  );
  await el.feedComplete;
  await el.updateComplete;
  return el;
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const visible = (cell: Element) =>
  clean(
    [...cell.childNodes]
      .map((n) => (n.nodeType === Node.COMMENT_NODE || (n instanceof Element && n.classList.contains('sr-only')) ? '' : n.textContent))
      .join(' '),
  );

describe('<sc-scorecard-table>', () => {
  it('draws one table per framework node, named by a heading, with the scorecard columns', async () => {
    const el = await table();
    const titles = [...el.shadowRoot!.querySelectorAll('[role="heading"]')];
    expect(titles.map((c) => c.textContent)).to.deep.equal(['Processes › Assessment timeliness', 'Processes › Child protection', 'Input']);
    expect(titles.map((c) => c.getAttribute('aria-level'))).to.deep.equal(['2', '2', '2']);
    const first = el.shadowRoot!.querySelector('table')!;
    expect(first.getAttribute('aria-labelledby')).to.equal(titles[0]!.id);
    expect(first.closest('[role="region"]')!.getAttribute('aria-labelledby')).to.equal(titles[0]!.id);
    const head = [...el.shadowRoot!.querySelectorAll('table')[0]!.querySelectorAll('thead th')].map((th) => clean(th.textContent).replace(/ [▲▼]$/, ''));
    expect(head).to.deep.equal([
      'Indicator',
      'England',
      'Walsall Mar-12',
      'Walsall Mar-13',
      'Walsall YTD Jun-13',
      'Walsall YTD Jul-13',
      'Minimum standard',
      'Direction of travel',
      'RAG',
      'Comments',
    ]);
    await expect(el).to.be.accessible();
  });

  it('gives every row every column: an indicator with no England series says "No data" there, its figures stay under their periods', async () => {
    const el = await table({ node: 'cp' });
    const t = el.shadowRoot!.querySelector('table')!;
    const head = [...t.querySelectorAll('thead th')].map((th) => clean(th.textContent).replace(/ [▲▼]$/, ''));
    expect(head.slice(0, 6)).to.deep.equal(['Indicator', 'England', 'Walsall Mar-12', 'Walsall Mar-13', 'Walsall YTD Jun-13', 'Walsall YTD Jul-13']);
    // Repeat plans within the 10-15% band: no England series; 22.7, 18, 16.2 and 14.1 (percent, 1 decimal place).
    const range = [...t.querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes('Repeat plans'))!;
    expect(range.children.length).to.equal(head.length);
    expect([...range.children].slice(1, 6).map(visible)).to.deep.equal(['No data', '22.7%', '18.0%', '16.2%', '14.1%']);
    expect(clean(range.children[1]!.querySelector('.sr-only')!.textContent)).to.equal('England: no data for this indicator.');
    for (const tr of t.querySelectorAll('tbody tr')) expect(tr.children.length, tr.textContent!).to.equal(head.length);
    await expect(el).to.be.accessible();
  });

  it('leaves out the comparator column of a table none of whose indicators has its figures', async () => {
    const el = await table({ node: 'input' });
    const head = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => clean(th.textContent).replace(/ [▲▼]$/, ''));
    expect(head.slice(0, 2)).to.deep.equal(['Indicator', 'Walsall Mar-12']);
  });

  it('leaves out the RAG and comments columns where no indicator has a target or a comment', async () => {
    const bare = structuredClone(feed) as { indicators: { targets?: unknown; commentary?: unknown; values: { rag?: unknown }[] }[] };
    for (const i of bare.indicators) {
      delete i.targets;
      delete i.commentary;
      for (const v of i.values) if (v && typeof v === 'object') delete v.rag;
    }
    const el = await fixture<ScScorecardTable>(html`<sc-scorecard-table .feed=${bare}></sc-scorecard-table>`);
    await el.feedComplete;
    await el.updateComplete;
    const t = el.shadowRoot!.querySelector('table')!;
    const head = [...t.querySelectorAll('thead th')].map((th) => clean(th.textContent).replace(/ [▲▼]$/, ''));
    expect(head.slice(-2)).to.deep.equal(['Walsall YTD Jul-13', 'Direction of travel']);
    for (const tr of t.querySelectorAll('tbody tr')) expect(tr.children.length, tr.textContent!).to.equal(head.length);
    await expect(el).to.be.accessible();
  });

  it('fills each row: figures, marks, comparator, targets, arrow, RAG and comments, with words for screen readers', async () => {
    const el = await table({ periods: 'mar-13 jul-13' });
    const row = el.shadowRoot!.querySelector('tbody tr')!;
    const cells = [...row.children];
    expect(clean(cells[0]!.textContent)).to.equal('Initial assessments completed in 10 working days [BB], bigger is better');
    expect(cells.slice(1).map(visible)).to.deep.equal([
      '77.4% (Mar-12)',
      '64.9%p',
      '47.5%',
      '80.0%',
      'Deteriorated vs Mar-13',
      'Red Below the minimum standard of 80.0%',
      'Work has been undertaken to improve the data quality around timeliness. This is a priority area for action by teams.',
    ]);
    expect(clean(cells[2]!.querySelector('.sr-only')!.textContent)).to.equal('64.9%, provisional');
    expect(clean(cells[5]!.querySelector('.sr-only')!.textContent)).to.equal(
      'Down from 64.9% in Mar-13 to 47.5% in YTD Jul-13: deteriorated, bigger is better',
    );
    const suppressed = [...el.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes('Children missing'))!;
    // Its table has no England column (none of its indicators has England's figures): Mar-13 (6), YTD Jul-13 (c).
    expect([...suppressed.children].slice(1, 3).map(visible)).to.deep.equal(['6', 'c']);
  });

  it('sorts by a column from the keyboard, and says so with aria-sort', async () => {
    const el = await table({ node: 'cp', periods: 'mar-12 jul-13' });
    const titles = () => [...el.shadowRoot!.querySelectorAll('tbody th')].map((th) => clean(th.textContent).split(' [')[0]);
    expect(titles()).to.deep.equal([
      'Second or subsequent child protection plan within 2 years',
      'Repeat plans (best within 10–15%)',
      'Outcome Star: distance travelled',
    ]);
    const headerButtons = el.shadowRoot!.querySelectorAll('thead button');
    const julyHeader = headerButtons[2] as HTMLButtonElement;
    julyHeader.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // Jul-13: 22.7, 14.1, no data (lowest).
    expect(titles()).to.deep.equal([
      'Outcome Star: distance travelled',
      'Repeat plans (best within 10–15%)',
      'Second or subsequent child protection plan within 2 years',
    ]);
    expect(julyHeader.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(julyHeader.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    expect(titles()[0]).to.equal('Second or subsequent child protection plan within 2 years');
    await expect(el).to.be.accessible();
  });

  it('downloads the scorecard as CSV', async () => {
    const el = await table();
    let blob: Blob | undefined;
    const original = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return 'blob:test';
    };
    let downloaded = '';
    const save = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      if (a.localName === 'a') {
        downloaded = a.download;
        e.preventDefault();
      }
    };
    document.addEventListener('click', save, { capture: true });
    try {
      (el.shadowRoot!.querySelector('[part="download"]') as HTMLButtonElement).click();
    } finally {
      URL.createObjectURL = original;
      document.removeEventListener('click', save, { capture: true });
    }
    expect(downloaded).to.equal('tile-examples.csv');
    // UTF-8 with the byte-order mark Excel needs.
    expect([...new Uint8Array(await blob!.arrayBuffer()).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = await blob!.text();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).to.equal(
      'Table,Indicator,Polarity,England,Walsall Mar-12,Walsall Mar-13,Walsall YTD Jun-13,Walsall YTD Jul-13,Minimum standard,Direction of travel,Compared with,RAG,RAG reason,Comments',
    );
    expect(lines).to.have.length(9);
  });

  it('names an unknown node in a visible error', async () => {
    const el = await table({ node: 'missing' });
    expect(clean(el.shadowRoot!.querySelector('[part="error"]')!.textContent)).to.contain('has no framework node "missing"');
    await expect(el).to.be.accessible();
  });
});

describe('<sc-scorecard-table> with baselines', () => {
  it('shows a Baseline column beside the year targets, with the figure and its period', async () => {
    const el = await fixture<ScScorecardTable>(html`<sc-scorecard-table src="/test/fixtures/feeds/baselines.json"></sc-scorecard-table>`);
    await el.feedComplete;
    await el.updateComplete;
    const head = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => clean(th.textContent).replace(/ [▲▼]$/, ''));
    // After the indicator and its four periods: the baseline, then a column per target.
    expect(head.slice(5, 8)).to.deep.equal(['Baseline', 'Year 1 target', 'Year 2 target']);
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(visible(rows[0]!.children[5]!)).to.equal('22.1% (2019/20)');
    // In 2022/23 only Year 2's target is in force (Year 1's ended in 2021/22).
    expect([visible(rows[0]!.children[6]!), visible(rows[0]!.children[7]!)]).to.deep.equal(['', '17.0%']);
    expect(visible(rows[1]!.children[5]!)).to.equal('');
    await expect(el).to.be.accessible();
  });
});
