// The demo site as `npm start` serves it: plain HTML loading the kit through its autoloader (no
// build step in the page) under a strict Content Security Policy, with every sample feed loaded through
// <sc-feed> without errors, warnings or policy violations.
import { expect } from '@open-wc/testing';
import './console-guard.js';
import { expectCleanPage, openPage } from './page-frame.js';

const SAMPLE_FEEDS = [
  'feeds/wr4c.json',
  'feeds/scorecard-2013.json',
  'feeds/local-offer-send.json',
  'feeds/case-file-audit.json',
  'feeds/england-councils.json',
];

interface FeedElement extends HTMLElement {
  src: string;
  errors: { message: string }[];
  warnings: { path: string; message: string }[];
  loadState: { status: string; feed: { title: string; indicators: Map<string, unknown>; checklists: Map<string, unknown> } | null };
}

/** Resolves when every <sc-feed> in the page has loaded or failed, and every element of the page is defined. */
async function settled(doc: Document, count: number): Promise<FeedElement[]> {
  const feeds = await loaded(doc, count);
  // The autoloader defines the page's widgets as their modules arrive, which may be after the feed.
  const tags = new Set([...doc.querySelectorAll('*')].map((e) => e.localName).filter((t) => t.startsWith('sc-')));
  await Promise.all([...tags].map((t) => doc.defaultView!.customElements.whenDefined(t)));
  return feeds;
}

function loaded(doc: Document, count: number): Promise<FeedElement[]> {
  return new Promise((resolve) => {
    const done = new Set<FeedElement>();
    const check = () => {
      const feeds = [...doc.querySelectorAll<FeedElement>('sc-feed')];
      for (const f of feeds) if (f.loadState && (f.loadState.status === 'ready' || f.loadState.status === 'error')) done.add(f);
      if (done.size >= count) resolve(feeds);
    };
    doc.addEventListener('sc-feed-load', check);
    doc.addEventListener('sc-feed-error', check);
    doc.defaultView!.customElements.whenDefined('sc-feed').then(check);
  });
}

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

describe('demo site (docs/index.html) through the autoloader', () => {
  it('loads every sample feed without errors or warnings, and lists what each holds', async () => {
    const frame = await openPage('/docs/index.html');
    const doc = frame.contentDocument!;
    const feeds = await settled(doc, SAMPLE_FEEDS.length);
    expect(feeds.map((f) => f.getAttribute('src'))).to.deep.equal(SAMPLE_FEEDS);
    for (const f of feeds) {
      expect(f.loadState.status, `${f.src}: ${f.errors.map((e) => e.message).join('; ')}`).to.equal('ready');
      expect(
        f.warnings.map((w) => `${w.path}: ${w.message}`),
        f.src,
      ).to.deep.equal([]);
      expect(f.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      const summary = f.querySelector('.feed-summary dl');
      expect(summary, `${f.src} summary`).to.not.equal(null);
      expect(summary!.textContent).to.contain(f.loadState.feed!.title);
    }
    await expectCleanPage(frame);
  });

  it('tiles.html: the WR4C framework as a tile grid with the key, accessible', async () => {
    const frame = await openPage('/docs/tiles.html');
    const doc = frame.contentDocument!;
    const [feed] = await settled(doc, 1);
    expect(feed!.loadState.status).to.equal('ready');
    const grid = doc.querySelector('sc-tile-grid')! as HTMLElement & { updateComplete: Promise<unknown> };
    await grid.updateComplete;
    const tiles = [...grid.shadowRoot!.querySelectorAll('sc-indicator-tile')] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    expect(tiles.length).to.equal(feed!.loadState.feed!.indicators.size);
    await Promise.all(tiles.map((t) => t.updateComplete));
    expect(tiles[0]!.shadowRoot!.querySelector('.figure')).to.not.equal(null);
    expect(doc.querySelector('sc-legend')!.shadowRoot!.querySelector('table')).to.not.equal(null);
    await expectCleanPage(frame);
  });

  it('scorecard-2013.html: reproduces the 2013 scorecard row by row, with the arrows its figures give', async () => {
    const frame = await openPage('/docs/scorecard-2013.html');
    const doc = frame.contentDocument!;
    await settled(doc, 1);
    const table = doc.querySelector('sc-scorecard-table')! as HTMLElement & { updateComplete: Promise<unknown> };
    await table.updateComplete;
    const root = table.shadowRoot!;
    const visible = (cell: Element) =>
      [...cell.childNodes]
        // Another document's nodes: test by nodeType, not instanceof.
        .map((n) =>
          n.nodeType === Node.COMMENT_NODE || (n.nodeType === Node.ELEMENT_NODE && (n as Element).classList.contains('sr-only')) ? '' : n.textContent,
        )
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
    const row = (title: string) => {
      const th = [...root.querySelectorAll('tbody th')].find((h) => h.textContent!.trim().startsWith(title));
      expect(th, title).to.not.equal(undefined);
      // The figures up to the direction of travel: RAG and comments columns are there only where a row can fill them.
      const cells = [...th!.parentElement!.children].slice(1);
      return cells.slice(0, cells.findIndex((c) => c.classList.contains('direction')) + 1).map(visible);
    };
    const header = (caption: string) => {
      const t = [...root.querySelectorAll('table')].find((x) => root.getElementById(x.getAttribute('aria-labelledby')!)!.textContent!.endsWith(caption))!;
      return [...t.querySelectorAll('thead th')].map((h) => h.textContent!.replace(/\s+/g, ' ').replace(/ [▲▼]/, '').trim());
    };
    // Figures and columns as printed in the July 2013 copy of the scorecard (seed 002); arrows worked from them.
    expect(header('Assessment timeliness')).to.deep.equal([
      'Indicator',
      'England average',
      'Walsall Mar-13',
      'Walsall Jul-13',
      'Direction of travel',
      // The printed scorecard gave no targets, so there is no RAG column; this table has comments.
      'Comments',
    ]);
    expect(row('% initial assessments (IA)')).to.deep.equal(['77.4% (Mar-12)', '64.9%p', '47.5%', 'Deteriorated vs Mar-13']);
    expect(row('% core assessments (CA)')).to.deep.equal(['75.5% (Mar-12)', '64.7%p', '83.9%', 'Improved vs Mar-13']);
    expect(row('CPP reviews within timescales')).to.deep.equal(['96.7% (Mar-12)', '97.0%p', '98.2%', 'Improved vs Mar-13']);
    // The scorecard's words set a band, "10-15% is considered as ideal": 22.7% is outside it, red.
    expect(row('Second or subsequent CPP')).to.deep.equal(['13.8% (Mar-12)', '10.4%p', '22.7%', '10.0%–15.0%', 'Deteriorated vs Mar-13']);
    const repeat = [...root.querySelectorAll('tbody th')].find((h) => h.textContent!.trim().startsWith('Second or subsequent CPP'))!.parentElement!;
    expect(visible(repeat.querySelector('td.rag')!)).to.equal("Red Outside the board's ideal range of 10.0%–15.0%");
    // This table also holds the offences row, whose "expected level" is a target column: these rows leave it empty.
    expect(row('Duration of CPP 2+ years')).to.deep.equal(['5.6% (Mar-12)', '6.5%p', '3.6%', '', 'Improved vs Mar-13']);
    expect(row('Duration of CiN episode')).to.deep.equal(['9.20% (Mar-12)', '5.54%p', 'No data', '', 'No comparison']);
    expect(row('Section 47 assessments')).to.deep.equal(['491', '722p', '333', 'Not comparable']);
    expect(row('% social worker vacancies')).to.deep.equal(['14.40%', '19.82%', '26.01%', 'Deteriorated vs YTD Jun-13']);
    expect(row('% supervisions completed')).to.deep.equal(['80.5%', '87.0%', '75.8%', 'Deteriorated vs YTD Jun-13']);
    expect(row('CAFs')).to.deep.equal(['45', '48', '34', 'Down vs Jun-13']);
    expect(row('Referrals from housing (% of referrals)')).to.deep.equal(['z', 'z', 'No comparison']);
    await expectCleanPage(frame);
  });

  it('framework.html: the WR4C framework as a tree that drives the tile grid beside it', async () => {
    const frame = await openPage('/docs/framework.html');
    const doc = frame.contentDocument!;
    await settled(doc, 1);
    const tree = doc.querySelector('sc-outcome-tree') as Updating;
    const grid = doc.querySelector('sc-tile-grid') as Updating;
    await tree.updateComplete;
    await grid.updateComplete;
    const all = grid.shadowRoot!.querySelectorAll('sc-indicator-tile').length;
    const send = tree.shadowRoot!.querySelector<HTMLElement>('[data-key="send"]')!;
    expect(send, 'the SEND priority is shown under its corporate priority').to.not.equal(null);
    send.click();
    await tree.updateComplete;
    await grid.updateComplete;
    const shown = [...grid.shadowRoot!.querySelectorAll('sc-indicator-tile')].map((t) => t.getAttribute('indicator'));
    expect(shown.length).to.be.below(all);
    expect(shown).to.include('ehcp-20-weeks');
    expect(frame.contentWindow!.location.hash).to.equal('#node=send');
    await expectCleanPage(frame);
  });

  it('map.html: Walsall by locality, merged from ward shapes; a locality chosen on the map is followed by the tiles', async () => {
    const frame = await openPage('/docs/map.html');
    const doc = frame.contentDocument!;
    await settled(doc, 1);
    const map = doc.querySelector('sc-locality-map') as Updating & { boundariesComplete: Promise<unknown> };
    await map.updateComplete;
    await map.boundariesComplete;
    const areas = [...map.shadowRoot!.querySelectorAll('[role="option"]')];
    expect(areas.map((a) => a.getAttribute('aria-label')!.split(':')[0])).to.deep.equal(['North', 'East', 'South', 'West']);
    expect(map.shadowRoot!.querySelector('.attribution')!.textContent).to.contain('Ordnance Survey');
    areas[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const grid = doc.querySelector('sc-tile-grid') as Updating;
    await map.updateComplete;
    await grid.updateComplete;
    const tiles = [...grid.shadowRoot!.querySelectorAll('sc-indicator-tile')] as Updating[];
    await Promise.all(tiles.map((t) => t.updateComplete));
    expect(tiles.length).to.be.greaterThan(0);
    for (const t of tiles) expect(t.shadowRoot!.querySelector('h3, [role="heading"], .title')!.textContent).to.contain(': South');
    const ward = map.shadowRoot!.querySelector<HTMLInputElement>('.levels input:not(:checked)')!;
    ward.click();
    await map.updateComplete;
    await map.boundariesComplete;
    expect(map.shadowRoot!.querySelectorAll('[role="option"]').length).to.equal(20);
    await expectCleanPage(frame);
  });

  it('england.html: every council coloured by a real DfE indicator, Walsall outlined and its neighbours marked', async () => {
    const frame = await openPage('/docs/england.html');
    const doc = frame.contentDocument!;
    await settled(doc, 1);
    const map = doc.querySelector('sc-locality-map') as Updating & { boundariesComplete: Promise<unknown> };
    await map.updateComplete;
    await map.boundariesComplete;
    const root = map.shadowRoot!;
    expect(root.querySelectorAll('[role="option"]').length).to.equal(153);
    expect(root.querySelector('[part="warning"]'), 'every council has a shape').to.equal(null);
    expect(root.querySelectorAll('path.home').length).to.equal(1);
    expect(root.querySelectorAll('[role="listbox"] circle.neighbour').length).to.equal(10);
    const walsall = [...root.querySelectorAll('[role="option"]')].find((o) => o.getAttribute('aria-label')!.startsWith('Walsall:'))!;
    expect(walsall.getAttribute('aria-label')).to.match(/^Walsall: [\d.]+ per 10,000, \d+(st|nd|rd|th) highest of 15\d/);
    // Walsall's row in the ranked bars is in bold, its text not stroked over by the map's outline.
    const row = root.querySelector('.bars .names li.home')!;
    expect(row.textContent).to.equal('Walsall');
    const name = getComputedStyle(row);
    expect([name.fontWeight, name.stroke]).to.deep.equal(['700', 'none']);
    await expectCleanPage(frame);
  });

  it('qa.html: a priority chosen in the tree shows its QA questions beside their data; answers are kept as a draft', async () => {
    localStorage.clear();
    const frame = await openPage('/docs/qa.html');
    const doc = frame.contentDocument!;
    await settled(doc, 1);
    const tree = doc.querySelector('sc-outcome-tree') as Updating;
    const qa = doc.querySelector('sc-qa-checklist') as Updating & { state: { checklist: string; period: string } };
    await tree.updateComplete;
    await qa.updateComplete;
    const node = tree.shadowRoot!.querySelector<HTMLElement>('[data-key="send"]')!;
    node.click();
    await tree.updateComplete;
    await qa.updateComplete;
    expect(qa.state.checklist).to.equal('qa:send');
    const questions = [...qa.shadowRoot!.querySelectorAll('.question')];
    expect(questions.length).to.be.greaterThan(0);
    expect(questions.some((q) => q.querySelector('sc-indicator-tile[variant="compact"]'))).to.equal(true);
    const radio = questions[0]!.querySelector<HTMLInputElement>('input[type="radio"]')!;
    radio.click();
    await qa.updateComplete;
    const saved = Object.keys(frame.contentWindow!.localStorage).filter((k) => k.includes('qa%3Asend'));
    expect(saved.length).to.equal(1);
    await expectCleanPage(frame);
    localStorage.clear();
  });

  it('audit.html: the case-file audit tool from the feed, restored after a reload', async () => {
    localStorage.clear();
    let frame = await openPage('/docs/audit.html');
    await settled(frame.contentDocument!, 1);
    let form = frame.contentDocument!.querySelector('sc-audit-form') as Updating;
    await form.updateComplete;
    expect(form.shadowRoot!.querySelectorAll('section').length).to.equal(10);
    const box = form.shadowRoot!.querySelector<HTMLInputElement>('#record-auditor')!;
    box.value = 'R. Reviewer';
    box.dispatchEvent(new Event('input'));
    await form.updateComplete;
    await expectCleanPage(frame);
    frame = await openPage('/docs/audit.html');
    await settled(frame.contentDocument!, 1);
    form = frame.contentDocument!.querySelector('sc-audit-form') as Updating;
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector<HTMLInputElement>('#record-auditor')!.value).to.equal('R. Reviewer');
    frame.remove();
    localStorage.clear();
  });

  it('draws positioned parts (the tree diagram, a sparkline tip) without breaking a strict policy', async () => {
    const frame = await openPage('/test/fixtures/pages/csp-widgets.html');
    const doc = frame.contentDocument!;
    await settled(doc, 1);
    const tree = doc.querySelector('sc-outcome-tree') as Updating;
    const tile = doc.querySelector('sc-indicator-tile') as Updating;
    await (tree as Updating & { drawComplete: Promise<void> }).drawComplete;
    await tile.updateComplete;
    const box = tree.shadowRoot!.querySelector<HTMLElement>('[data-key="input"]')!;
    expect(box.style.top, 'placed through the CSSOM').to.match(/px$/);
    const button = tile.shadowRoot!.querySelector('button');
    expect(button, tile.shadowRoot!.textContent!).to.not.equal(null);
    button!.focus();
    button!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
    await tile.updateComplete;
    expect(tile.shadowRoot!.querySelector<HTMLElement>('.tip')!.style.left).to.equal('1.875%');
    await expectCleanPage(frame);
  });
});
