import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../../test/browser/console-guard.js';
import '@scorecard-kit/core/sc-feed.js';
import '@scorecard-kit/tiles/sc-tile-grid.js';
import type { ScFeed } from '@scorecard-kit/core';
import './outcome-tree.define.js';
import type { ScOutcomeTree } from './outcome-tree.js';

let feed: unknown;
before(async () => {
  feed = await (await fetch('/test/fixtures/feeds/tree.json')).json();
});

async function tree(attrs: { feedData?: unknown; syncHash?: boolean } = {}) {
  const el = await fixture<ScOutcomeTree>(html`<sc-outcome-tree .feed=${attrs.feedData ?? feed} ?sync-hash=${attrs.syncHash ?? false}></sc-outcome-tree>`);
  await el.feedComplete;
  await el.updateComplete;
  return el;
}

const items = (el: ScOutcomeTree) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tree"]:not([aria-hidden]) [role="treeitem"]')];
const item = (el: ScOutcomeTree, key: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-key="${key}"]`)!;
const focused = (el: ScOutcomeTree) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key;
const label = (li: HTMLElement) => li.querySelector(':scope > .row > .label')!.textContent;

async function press(el: ScOutcomeTree, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Types into the filter box, as a reader does, with the focus there. */
async function typeFilter(el: ScOutcomeTree, text: string) {
  el.shadowRoot!.querySelector('input')!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<sc-outcome-tree>', () => {
  it('is one tab stop over a tree with the ARIA tree view semantics', async () => {
    const el = await tree();
    const tree_ = el.shadowRoot!.querySelector('[role="tree"]')!;
    expect(tree_.getAttribute('aria-label')).to.equal('Outcomes framework');
    expect(items(el).map(label)).to.deep.equal(['Children are safe', 'Locality model', 'Adolescents', 'Children thrive']);
    expect(items(el).filter((li) => li.tabIndex === 0).length).to.equal(1);
    const c1 = item(el, 'c1');
    expect([
      c1.getAttribute('aria-level'),
      c1.getAttribute('aria-expanded'),
      c1.getAttribute('aria-selected'),
      c1.getAttribute('aria-setsize'),
      c1.getAttribute('aria-posinset'),
    ]).to.deep.equal(['1', 'true', 'false', '2', '1']);
    expect(item(el, 'p1').getAttribute('aria-expanded')).to.equal('false');
    expect(item(el, 'c2').hasAttribute('aria-expanded')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('moves, expands and collapses with the arrow keys, Home and End', async () => {
    const el = await tree();
    item(el, 'c1').focus();
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('p1');
    await press(el, 'ArrowRight');
    expect(item(el, 'p1').getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)).to.equal('p1');
    await press(el, 'ArrowRight');
    expect(focused(el)).to.equal('o1');
    await press(el, 'ArrowLeft');
    expect(focused(el)).to.equal('p1');
    await press(el, 'ArrowLeft');
    expect(item(el, 'p1').getAttribute('aria-expanded')).to.equal('false');
    await press(el, 'End');
    expect(focused(el)).to.equal('c2');
    await press(el, 'Home');
    expect(focused(el)).to.equal('c1');
    expect(
      items(el)
        .filter((li) => li.tabIndex === 0)
        .map((li) => li.dataset.key),
    ).to.deep.equal(['c1']);
    await expect(el).to.be.accessible();
  });

  it('expands all siblings with *, and jumps by typing a title', async () => {
    const el = await tree();
    item(el, 'p1').focus();
    await press(el, '*');
    expect(item(el, 'p1').getAttribute('aria-expanded')).to.equal('true');
    expect(item(el, 'p2').getAttribute('aria-expanded')).to.equal('true');
    await press(el, 'a');
    expect(focused(el)).to.equal('p2'); // the next visible title starting with "a": Adolescents
    await press(el, 'Home');
    await sendKeys({ type: 'childr' });
    await el.updateComplete;
    expect(focused(el)).to.equal('c2'); // typed quickly, the letters add up: "Children thrive"
  });

  it('selects with Enter or Space, fires sc-select, and shows the indicator values and arrows under a node', async () => {
    const el = await tree();
    item(el, 'p1').focus();
    const picked = oneEvent(el, 'sc-select');
    await press(el, 'Enter');
    expect((await picked).detail).to.deep.equal({ kind: 'node', id: 'p1' });
    await press(el, 'ArrowRight');
    await press(el, 'ArrowDown'); // o1
    await press(el, 'ArrowDown'); // How much?
    await press(el, 'ArrowRight'); // open
    await press(el, 'ArrowDown'); // Contacts received
    const leaf = item(el, 'p1/how-much/a');
    expect(focused(el)).to.equal('p1/how-much/a');
    expect(leaf.querySelector('.figure')!.textContent).to.equal('12');
    expect(leaf.querySelector('.direction')!.textContent!.trim()).to.equal('Up');
    const ind = oneEvent(el, 'sc-select');
    await press(el, ' ');
    expect((await ind).detail).to.deep.equal({ kind: 'indicator', id: 'a' });
    await expect(el).to.be.accessible();
  });

  it('rolls status up at every node, in marks and in words', async () => {
    const el = await tree();
    const p1 = item(el, 'p1');
    expect(p1.querySelector(':scope > .row [part="rollup"] .sr-only')!.textContent).to.equal(
      '. 3 indicators: 1 improved, 1 deteriorated, 1 with no judgement. Against targets: 1 off track (red); 2 with no RAG.',
    );
    // The one indicator with a RAG is red: none of one on track.
    expect(p1.querySelector(':scope > .row .track')!.textContent).to.equal('0 of 1 on track');
    // One improved (up arrow), one deteriorated (down arrow), one red.
    expect([...p1.querySelectorAll(':scope > .row .mark')].map((m) => `${m.className.replace('mark ', '')}:${m.textContent!.trim()}`)).to.deep.equal([
      'improved:1',
      'deteriorated:1',
      'rag red:R1',
    ]);
    expect(p1.querySelector(':scope > .row [part="warning"]')!.textContent).to.equal('Not in the feed: "ghost"');
  });

  it('filters by title, keeping the ancestors of each match, and says how many match', async () => {
    const el = await tree();
    await typeFilter(el, 'assess');
    expect(items(el).map((li) => li.dataset.key)).to.deep.equal([
      'c1',
      'p1',
      'p1/how-well',
      'p1/how-well/b',
      'p1/questions',
      'p1/questions/q2',
      'p2',
      'p2/how-well',
      'p2/how-well/b',
    ]);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('3 items match.');
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'xyz' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.sc-state')!.textContent).to.contain('Nothing in the framework matches "assessxyz"');
  });

  it('keeps the whole tree, hidden and out of reach, while a filter shows, and brings it back as it was', async () => {
    const el = await tree();
    item(el, 'p1').click(); // opens p1 and selects it
    await el.updateComplete;
    const before = items(el);
    // p1's outcome, its three measure groups (the unknown "ghost" in none) and its questions.
    expect(before.map((li) => li.dataset.key)).to.deep.equal(['c1', 'p1', 'o1', 'p1/how-much', 'p1/how-well', 'p1/so-what', 'p1/questions', 'p2', 'c2']);
    await typeFilter(el, 'thrive');
    expect(items(el).map((li) => li.dataset.key)).to.deep.equal(['c2']);
    const kept = el.shadowRoot!.querySelector<HTMLElement>('[role="tree"][aria-hidden="true"]')!;
    // Not drawn, not in the tab order, not read out, and taking no room.
    expect(kept.getBoundingClientRect().height).to.equal(0);
    expect(before.every((li) => kept.contains(li) && li.tabIndex === -1)).to.equal(true);
    expect(before.some((li) => li.checkVisibility())).to.equal(false);
    await expect(el).to.be.accessible();
    for (let i = 0; i < 'thrive'.length; i++) await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    // The same rows, not new ones, with p1 still open and no hidden copy left.
    const after = items(el);
    expect(after.length).to.equal(before.length);
    expect(after.every((li, i) => li === before[i])).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('[role="tree"]').length).to.equal(1);
    expect(el.shadowRoot!.querySelector('[role="tree"]')!.hasAttribute('aria-hidden')).to.equal(false);
    expect(after.filter((li) => li.tabIndex === 0).map((li) => li.dataset.key)).to.deep.equal(['p1']);
  });

  it('expands and collapses everything with its buttons', async () => {
    const el = await tree();
    const [expand, collapse] = el.shadowRoot!.querySelectorAll('button');
    expand!.click();
    await el.updateComplete;
    expect(items(el).length).to.equal(17);
    await expect(el).to.be.accessible();
    collapse!.click();
    await el.updateComplete;
    expect(items(el).map(label)).to.deep.equal(['Children are safe', 'Children thrive']);
  });

  it('drives a tile grid in the same <sc-feed> through context, with no glue code', async () => {
    const host = await fixture<ScFeed>(
      html`<sc-feed src="/test/fixtures/feeds/tree.json" hide-warnings><sc-outcome-tree></sc-outcome-tree><sc-tile-grid hide-controls></sc-tile-grid></sc-feed>`,
    );
    await oneEvent(host, 'sc-feed-load');
    const el = host.querySelector('sc-outcome-tree')!;
    const grid = host.querySelector('sc-tile-grid')!;
    await el.updateComplete;
    item(el, 'p2').click();
    await host.updateComplete;
    await el.updateComplete;
    await grid.updateComplete;
    expect([...grid.shadowRoot!.querySelectorAll('sc-indicator-tile')].map((t) => t.getAttribute('indicator'))).to.deep.equal(['b', 'd']);
    expect(item(el, 'p2').getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('keeps the selection in the address with sync-hash, and opens on it from a link', async () => {
    const before = window.location.hash;
    try {
      const el = await tree({ syncHash: true });
      item(el, 'p2').click();
      expect(window.location.hash).to.equal('#node=p2');
      history.replaceState(null, '', '#node=o1');
      const host = await fixture<ScFeed>(
        html`<sc-feed src="/test/fixtures/feeds/tree.json" hide-warnings><sc-outcome-tree sync-hash></sc-outcome-tree></sc-feed>`,
      );
      await oneEvent(host, 'sc-feed-load');
      const opened = host.querySelector('sc-outcome-tree')!;
      await opened.updateComplete;
      await host.updateComplete;
      await opened.updateComplete;
      expect(item(opened, 'o1').getAttribute('aria-selected')).to.equal('true');
      expect(item(opened, 'p1').getAttribute('aria-expanded')).to.equal('true');
    } finally {
      history.replaceState(null, '', before || window.location.pathname + window.location.search);
    }
  });

  it('draws a framework of another shape, and says when there is none', async () => {
    const other = await (await fetch('/test/fixtures/feeds/tiles.json')).json();
    const el = await tree({ feedData: other });
    expect(items(el).map(label)).to.deep.equal(['Processes', 'Assessment timeliness', 'Child protection', 'Input', 'How much? (3)']);
    const none = await tree({ feedData: await (await fetch('/test/fixtures/feeds/minimal.json')).json() });
    expect(none.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('has no "framework"');
    await expect(none).to.be.accessible();
  });

  it('prints with every node expanded', async () => {
    const el = await tree();
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(items(el).length).to.equal(17);
    expect(el.shadowRoot!.querySelector('[part="toolbar"]')).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(items(el).length).to.equal(4);
  });

  it('draws the same tree as a diagram, with the same keyboard model and selection', async () => {
    const el = await fixture<ScOutcomeTree>(html`<sc-outcome-tree .feed=${feed} layout="diagram"></sc-outcome-tree>`);
    await el.drawComplete;
    const boxes = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')];
    expect(boxes().map((b) => b.dataset.key)).to.deep.equal(['c1', 'p1', 'p2', 'c2']);
    expect(el.shadowRoot!.querySelectorAll('svg.links path').length).to.equal(2);
    const p1 = item(el, 'p1');
    expect([p1.getAttribute('aria-level'), p1.getAttribute('aria-setsize'), p1.getAttribute('aria-posinset')]).to.deep.equal(['2', '2', '1']);
    expect(p1.getBoundingClientRect().left).to.be.greaterThan(item(el, 'c1').getBoundingClientRect().right);
    await expect(el).to.be.accessible();
    item(el, 'c1').focus();
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('p1');
    await press(el, 'ArrowRight');
    expect(boxes().length).to.equal(9);
    const picked = oneEvent(el, 'sc-select');
    await press(el, 'Enter');
    expect((await picked).detail).to.deep.equal({ kind: 'node', id: 'p1' });
    await expect(el).to.be.accessible();
  });

  it('becomes a diagram when asked, saying so while its layout loads', async () => {
    const el = await tree();
    el.layout = 'diagram';
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[role="status"].sc-state');
    const boxes = () => el.shadowRoot!.querySelectorAll('.diagram [role="treeitem"]').length;
    // The layout is fetched the first time any tree needs it; after that it is there at once.
    if (status) expect(status.textContent).to.equal('Drawing the diagram…');
    else expect(boxes()).to.equal(4);
    await el.drawComplete;
    expect(boxes()).to.equal(4);
    expect(el.shadowRoot!.querySelector('.sc-state')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  describe('a framework of hundreds of rows', () => {
    /** Five priorities of forty outcomes each: 205 rows at the first level of expansion. */
    const big = () => ({
      version: '1.0',
      title: 'Big framework',
      authority: { name: 'Test' },
      periods: [{ id: 'y1', label: '2024', end: '2024-03-31', kind: 'financial-year' }],
      indicators: [{ id: 'i', title: 'An indicator', measure: 'how-well', unit: 'percent', polarity: 'bigger-is-better', values: [50] }],
      framework: Array.from({ length: 5 }, (_, r) => ({
        id: `r${r}`,
        title: `Priority ${r}`,
        kind: 'priority',
        indicators: ['i'],
        children: Array.from({ length: 40 }, (_, c) => ({ id: `r${r}-c${c}`, title: `Outcome ${r}.${c}`, kind: 'outcome' })),
      })),
    });
    const readingOrder = Array.from({ length: 5 }, (_, r) => [`r${r}`, ...Array.from({ length: 40 }, (_, c) => `r${r}-c${c}`), `r${r}/how-well`]).flat();

    it('draws its first rows at once, in reading order, and the rest over the next frames', async () => {
      const el = await tree({ feedData: big() });
      const first = items(el).map((li) => li.dataset.key);
      expect(first.length).to.be.greaterThan(0).and.lessThan(readingOrder.length);
      expect(first).to.deep.equal(readingOrder.slice(0, first.length));
      await expect(el).to.be.accessible();
      await el.drawComplete;
      expect(items(el).map((li) => li.dataset.key)).to.deep.equal(readingOrder);
      expect(item(el, 'r4-c39').getAttribute('aria-posinset')).to.equal('40');
      await expect(el).to.be.accessible();
    });

    it('finds a match deep in the framework while it is still being drawn', async () => {
      const feed = big();
      feed.indicators.push({ ...feed.indicators[0]!, id: 'deep', title: 'A deeply placed indicator' });
      Object.assign(feed.framework[4]!.children[39]!, { indicators: ['deep'] });
      Object.assign(feed.framework[2]!.children[0]!, { indicators: ['deep'] });
      const el = await tree({ feedData: feed });
      // Not yet drawn, nor its items made: the filter makes what it needs at once.
      expect(item(el, 'r4-c39')).to.equal(null);
      await typeFilter(el, 'deeply');
      expect(items(el).map((li) => li.dataset.key)).to.deep.equal([
        'r2',
        'r2-c0',
        'r2-c0/how-well',
        'r2-c0/how-well/deep',
        'r4',
        'r4-c39',
        'r4-c39/how-well',
        'r4-c39/how-well/deep',
      ]);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('2 items match.');
      await expect(el).to.be.accessible();
    });

    it('End reaches the last row while the rest is still being drawn', async () => {
      const el = await tree({ feedData: big() });
      expect(item(el, 'r4/how-well')).to.equal(null);
      item(el, 'r0').focus();
      await press(el, 'End');
      expect(focused(el)).to.equal('r4/how-well');
    });
  });
});
