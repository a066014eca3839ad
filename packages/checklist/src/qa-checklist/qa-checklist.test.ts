import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../../test/browser/console-guard.js';
import '@scorecard-kit/core/sc-feed.js';
import type { ScFeed } from '@scorecard-kit/core';
import './qa-checklist.define.js';
import type { ScQaChecklist } from './qa-checklist.js';
import { draftKey } from '../store/draft-store.js';
import { emptyState, key, setField } from '../model/state.js';

const FEED = '/test/fixtures/feeds/qa.json';
const TITLE = 'QA test feed';

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

async function checklist(attrs: { node?: string; period?: string } = {}) {
  const el = await fixture<ScQaChecklist>(html`<sc-qa-checklist src=${FEED} node=${attrs.node ?? 'safe'} period=${attrs.period ?? 'q3'}></sc-qa-checklist>`);
  await el.feedComplete;
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: ScQaChecklist, sel: string) => el.shadowRoot!.querySelector<T & Element>(sel);
const $$ = <T extends Element = HTMLElement>(el: ScQaChecklist, sel: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(sel)];
const titles = (el: ScQaChecklist) => $$(el, '.question-title').map((t) => t.textContent);

async function answer(el: ScQaChecklist, question: string, label: string) {
  $$<HTMLInputElement>(el, `input[name="q-${question}"]`)
    .find((r) => r.parentElement!.textContent!.trim() === label)!
    .click();
  await el.updateComplete;
}

describe('<sc-qa-checklist>', () => {
  it("shows a node's questions and those beneath it, each with the indicators it is asked of as compact tiles", async () => {
    const el = await checklist();
    expect(titles(el)).to.deep.equal([
      '1. Is demand increasing or decreasing in each area?',
      '2. Are assessments on time everywhere?',
      '3. Do children say they were listened to?',
    ]);
    const tiles = (i: number) =>
      [...$$(el, '.question')[i]!.querySelectorAll('sc-indicator-tile')].map((t) => [t.getAttribute('indicator'), t.getAttribute('variant')]);
    expect(tiles(0)).to.deep.equal([['referrals', 'compact']]);
    expect(tiles(1)).to.deep.equal([
      ['on-time', 'compact'],
      ['referrals', 'compact'],
    ]);
    expect(tiles(2)).to.deep.equal([]);
    const tile = $$(el, 'sc-indicator-tile')[0] as HTMLElement & { updateComplete: Promise<unknown>; defer: boolean };
    await tile.updateComplete;
    // A question's tiles draw their figures when near the screen (a node's questions are long);
    // until then the tile's title is in the page, for find-in-page and screen readers.
    expect(tile.defer).to.equal(true);
    expect(tile.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.contain('Referrals to social care');
    await waitUntil(() => tile.shadowRoot!.querySelector('.figure'), 'the tile draws its figure once near the screen');
    expect(tile.shadowRoot!.textContent).to.contain('430');
    expect($$(el, '.question')[0]!.querySelector('.hint')!.textContent).to.equal('Compare with population and deprivation.');
    const legend = $(el, '#q-demand')!.closest('fieldset')!.querySelector('legend')!;
    expect(legend.textContent).to.equal('1. Is demand increasing or decreasing in each area?: Answer for Q3 2025/26');
    expect($$(el, '#q-demand, [name="q-demand"]').map((r) => r.parentElement!.textContent!.trim())).to.deep.equal([
      'Assured',
      'Partly assured',
      'Not assured',
      'Not yet reviewed',
    ]);
    expect($(el, '.progress')!.textContent).to.equal('0 of 3 reviewed, 0 actions open.');
    await expect(el).to.be.accessible();
  });

  it('keeps answers, notes, evidence and actions per review period, and counts progress', async () => {
    const el = await checklist();
    setTimeout(() => answer(el, 'demand', 'Not assured'));
    const ev = await oneEvent(el, 'sc-checklist-change');
    expect(ev.detail.state).to.include({ checklist: 'qa:safe', period: 'q3' });
    await answer(el, 'timely', 'Assured');
    await answer(el, 'voice', 'Not yet reviewed');
    const notes = $<HTMLTextAreaElement>(el, '#notes-demand')!;
    notes.value = 'Rising in the north; the locality team is looking at why.';
    notes.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const add = [...$$(el, '.question')[0]!.querySelectorAll('button')].find((b) => b.textContent!.startsWith('Add an action'))!;
    add.click();
    await el.updateComplete;
    expect($(el, '.progress')!.textContent).to.equal('2 of 3 reviewed, 1 not assured, 1 action open.');
    const saved = JSON.parse(localStorage.getItem(draftKey(TITLE, 'qa:safe', 'q3'))!);
    expect(saved.fields['notes:demand'].v).to.equal('Rising in the north; the locality team is looking at why.');
    expect(Object.values(saved.actions as Record<string, { question: string }>)[0]!.question).to.equal('demand');
    expect(localStorage.getItem(draftKey(TITLE, 'qa:safe', 'q2')), 'another period is untouched').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("shows last quarter's answer beside each question, skipping periods of another kind", async () => {
    const before = setField(
      setField(emptyState(TITLE, 'qa:safe', 'q2'), key.answer('demand'), 'partly-assured', 1),
      key.notes('demand'),
      'Waiting for locality data',
      1,
    );
    localStorage.setItem(draftKey(TITLE, 'qa:safe', 'q2'), JSON.stringify(before));
    const el = await checklist();
    const previous = $$(el, '.previous').map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    expect(previous[0]).to.equal('Q2 2025/26: Partly assured — Waiting for locality data');
    expect(previous[1]).to.equal('Q2 2025/26: not answered in this browser');
    expect($<HTMLInputElement>(el, 'input[name="q-demand"]:checked'), "last quarter's answer is not this quarter's").to.equal(null);
    const first = await checklist({ period: 'q1' });
    expect($$(first, '.previous').length, 'the 2024/25 year is not the quarter before Q1').to.equal(0);
  });

  it('follows the node chosen in another widget when it has none of its own', async () => {
    const f = await fixture<ScFeed>(html`<sc-feed src=${FEED}><sc-qa-checklist period="q3"></sc-qa-checklist></sc-feed>`);
    if (f.loadState.status !== 'ready') await oneEvent(f, 'sc-feed-load');
    const el = f.querySelector('sc-qa-checklist')!;
    await el.updateComplete;
    expect(titles(el).length, 'the first node with questions').to.equal(3);
    f.selection = { kind: 'node', id: 'heard' };
    await f.updateComplete;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['1. Do children say they were listened to?']);
    f.selection = { kind: 'node', id: 'thrive' };
    await f.updateComplete;
    await el.updateComplete;
    expect($(el, '.sc-state')!.textContent).to.equal('There are no QA questions for Children thrive.');
    await expect(el).to.be.accessible();
  });

  it('names a node or period the feed does not have', async () => {
    const el = await checklist({ node: 'nope' });
    expect($(el, '[role="alert"]')!.textContent).to.contain('has no framework node "nope"');
    const p = await checklist({ period: 'q9' });
    expect($(p, '[role="alert"]')!.textContent).to.contain('has no period "q9"');
    await expect(p).to.be.accessible();
  });
});
