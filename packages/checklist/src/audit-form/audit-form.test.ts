import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../../test/browser/console-guard.js';
import './audit-form.define.js';
import type { ScAuditForm } from './audit-form.js';
import { draftKey } from '../store/draft-store.js';
import { STATE_FORMAT, type ChecklistState } from '../model/state.js';

const FEED = '/docs/feeds/case-file-audit.json';
let feed: { title: string; checklists: { id: string; sections: { id: string; title: string; questions: { id: string; text: string }[] }[] }[] };
let KEY = '';

before(async () => {
  feed = await (await fetch(FEED)).json();
  KEY = draftKey(feed.title, feed.checklists[0]!.id, undefined);
});

// Each test starts with no drafts, so that none leaks into the next.
beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

async function form(attrs: { noDraft?: boolean } = {}) {
  const el = await fixture<ScAuditForm>(html`<sc-audit-form src=${FEED} ?no-draft=${attrs.noDraft ?? false}></sc-audit-form>`);
  await el.feedComplete;
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: ScAuditForm, sel: string) => el.shadowRoot!.querySelector<T & Element>(sel);
const $$ = <T extends Element = HTMLElement>(el: ScAuditForm, sel: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(sel)];
const q = (i: number) => feed.checklists[0]!.sections[0]!.questions[i]!.id;

async function pick(el: ScAuditForm, name: string, label: string) {
  const radio = $$<HTMLInputElement>(el, `input[name="${name}"]`).find((r) => r.parentElement!.textContent!.trim().startsWith(label))!;
  radio.click();
  await el.updateComplete;
}

async function type(el: ScAuditForm, id: string, text: string) {
  const box = $<HTMLTextAreaElement | HTMLInputElement>(el, `#${id}`)!;
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

const stored = (): ChecklistState => JSON.parse(localStorage.getItem(KEY)!);

describe('<sc-audit-form>', () => {
  it('lays the audit out with real labels, fieldsets and legends: record, sections, grades, judgement, actions', async () => {
    const el = await form();
    expect($$(el, '.record label').map((l) => l.textContent)).to.deep.equal([
      'Client name',
      'Mosaic number',
      'Audit date',
      'Current case holder',
      'Audit completed by',
      'Legal status',
    ]);
    expect($$(el, 'section[aria-label]').map((s) => s.getAttribute('aria-label'))).to.deep.equal([
      'Record details',
      ...feed.checklists[0]!.sections.map((s) => s.title),
      'Overall judgement',
      'Actions',
    ]);
    const first = $(el, `#q-${q(0)}`)!.closest('fieldset')!;
    expect(first.querySelector('legend')!.textContent).to.equal(`1.1 ${feed.checklists[0]!.sections[0]!.questions[0]!.text}`);
    expect([...first.querySelectorAll('label')].map((l) => l.textContent!.trim())).to.deep.equal(['Yes', 'No', 'N/A']);
    expect($(el, '#grade-general')!.closest('fieldset')!.querySelector('legend')!.textContent).to.equal('Grade for General information');
    const descriptors = $$(el, '.descriptors');
    expect(descriptors.length, 'at each section grade and at the overall judgement').to.equal(feed.checklists[0]!.sections.length + 1);
    expect([...descriptors[0]!.querySelectorAll('dt')].map((d) => d.textContent)).to.deep.equal([
      '1 Outstanding',
      '2 Good',
      '3 Requires improvement',
      '4 Inadequate',
    ]);
    expect(descriptors[0]!.nextElementSibling!.querySelector('#grade-general'), 'just before the grade it explains').to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps every kind of answer, saves it as a draft at once, and fires sc-checklist-change with the whole state', async () => {
    const el = await form();
    setTimeout(() => pick(el, `q-${q(0)}`, 'No'));
    const ev = await oneEvent(el, 'sc-checklist-change');
    expect(ev.detail.state.fields[`answer:${q(0)}`].v).to.equal('no');
    await type(el, `evidence-${q(0)}`, 'Chronology last updated in March');
    await type(el, 'record-client-name', 'A. Child');
    await type(el, 'comment-general-reflection', 'Good recording.');
    await pick(el, 'grade-general', '2 Good');
    await pick(el, 'overall', '3 Requires improvement');
    const s = stored();
    expect([
      s.fields[`answer:${q(0)}`]!.v,
      s.fields[`evidence:${q(0)}`]!.v,
      s.fields['record:client-name']!.v,
      s.fields['comment:general:reflection']!.v,
      s.fields['grade:general']!.v,
      s.fields.overall!.v,
    ]).to.deep.equal(['no', 'Chronology last updated in March', 'A. Child', 'Good recording.', 2, 3]);
    expect($(el, '[part="saved"]')!.textContent).to.match(/^Draft saved in this browser at \d\d:\d\d\.$/);
    expect($(el, '.progress')!.textContent).to.match(/^1 of \d+ answered, 1 no, 0 actions open\.$/);
  });

  it('adds, edits and removes actions, marking overdue ones in words', async () => {
    const el = await form();
    $$<HTMLButtonElement>(el, 'button')
      .find((b) => b.textContent!.startsWith('Add an action'))!
      .click();
    await el.updateComplete;
    const id = Object.keys(el.state!.actions)[0]!;
    await type(el, `action-${id}-text`, 'Update the chronology');
    await type(el, `action-${id}-owner`, 'Team manager');
    const due = $<HTMLInputElement>(el, `#action-${id}-due`)!;
    due.value = '2020-01-31';
    due.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(stored().actions[id]).to.include({ text: 'Update the chronology', owner: 'Team manager', due: '2020-01-31', done: false });
    expect($(el, `#action-${id}-overdue`)!.textContent).to.equal('Overdue');
    expect(due.getAttribute('aria-describedby')).to.equal(`action-${id}-overdue`);
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, `#action-${id}-done`)!.click();
    await el.updateComplete;
    expect(stored().actions[id]!.done).to.equal(true);
    $$<HTMLButtonElement>(el, '.actions button')
      .find((b) => b.textContent!.startsWith('Remove'))!
      .click();
    await el.updateComplete;
    expect($(el, `#action-${id}-text`)).to.equal(null);
    expect(stored().actions[id]!.deleted).to.equal(true);
  });

  it('on a phone, sets each action out as labelled fields instead of a table wider than the screen', async () => {
    const el = await fixture<ScAuditForm>(html`<sc-audit-form src=${FEED} style="display: block; width: 300px"></sc-audit-form>`);
    await el.feedComplete;
    await el.updateComplete;
    $$<HTMLButtonElement>(el, 'button')
      .find((b) => b.textContent!.startsWith('Add an action'))!
      .click();
    await el.updateComplete;
    const id = Object.keys(el.state!.actions)[0]!;
    const actions = $(el, '.actions')!;
    expect(actions.scrollWidth).to.be.at.most(actions.clientWidth);
    const owner = $(el, `label[for="action-${id}-owner"]`)!;
    expect(owner.textContent).to.equal('Owner of action 1');
    expect(owner.getBoundingClientRect().width).to.be.greaterThan(50);
    expect($(el, `label[for="action-${id}-done"]`)!.textContent).to.equal('Action 1 done');
    await expect(el).to.be.accessible();
  });

  it('says what is incomplete before marking complete, linking each message to its field, and still keeps the draft', async () => {
    const el = await form();
    await pick(el, `q-${q(0)}`, 'Yes');
    $$<HTMLButtonElement>(el, 'button')
      .find((b) => b.textContent!.startsWith('Add an action'))!
      .click();
    await el.updateComplete;
    const id = Object.keys(el.state!.actions)[0]!;
    await type(el, `action-${id}-text`, 'Visit');
    $<HTMLButtonElement>(el, 'button.primary')!.click();
    await el.updateComplete;
    const summary = $(el, '.error-summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).to.deep.include(['#grade-general', 'General information: choose a grade for this section']);
    expect(links).to.deep.include(['#overall', 'Choose the overall judgement']);
    expect(links).to.deep.include([`#action-${id}-due`, 'Give a date for completion for the action "Visit"']);
    const fieldset = $(el, '#grade-general')!.closest('fieldset')!;
    expect(fieldset.getAttribute('aria-describedby')).to.contain('grade-general-error');
    expect($(el, '#grade-general-error')!.textContent).to.contain('choose a grade');
    expect(stored().fields[`answer:${q(0)}`]!.v).to.equal('yes');
    expect(stored().fields.complete).to.equal(undefined);
    await expect(el).to.be.accessible();
    summary.querySelector<HTMLAnchorElement>('a[href="#overall"]')!.click();
    expect(el.shadowRoot!.activeElement!.id).to.equal('overall');
    await pick(el, 'grade-general', '1 Outstanding');
    expect([...$(el, '.error-summary')!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.not.include('#grade-general');
  });

  it('restores the draft after a reload', async () => {
    const first = await form();
    await pick(first, `q-${q(1)}`, 'N/A');
    await type(first, 'record-auditor', 'R. Reviewer');
    first.remove();
    const again = await form();
    expect($<HTMLInputElement>(again, 'input[name="q-' + q(1) + '"]:checked')!.parentElement!.textContent!.trim()).to.equal('N/A');
    expect($<HTMLInputElement>(again, '#record-auditor')!.value).to.equal('R. Reviewer');
  });

  it('keeps two tabs in step without either overwriting the other', async () => {
    const el = await form();
    const frame = document.createElement('iframe');
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = '/docs/audit.html';
    document.body.append(frame);
    await loaded;
    const other = frame.contentDocument!.querySelector('sc-audit-form') as unknown as ScAuditForm;
    await frame.contentWindow!.customElements.whenDefined('sc-audit-form');
    const sameForm = new Promise<void>((resolve) => {
      const check = () => (other.shadowRoot?.querySelector(`#q-${q(0)}`) ? resolve() : requestAnimationFrame(check));
      check();
    });
    await sameForm;
    // This tab answers question 1; the other tab, not having seen it, answers question 2.
    await pick(el, `q-${q(0)}`, 'Yes');
    const otherRadio = [...other.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="q-${q(1)}"]`)].find(
      (r) => r.parentElement!.textContent!.trim() === 'No',
    )!;
    const heard = oneEvent(window, 'storage');
    otherRadio.click();
    await heard;
    await el.updateComplete;
    expect(stored().fields[`answer:${q(0)}`]!.v).to.equal('yes');
    expect(stored().fields[`answer:${q(1)}`]!.v).to.equal('no');
    expect(el.state!.fields[`answer:${q(1)}`]!.v, 'the other tab’s answer arrives here').to.equal('no');
    expect($<HTMLInputElement>(el, `input[name="q-${q(1)}"]:checked`)!.parentElement!.textContent!.trim()).to.equal('No');
    frame.remove();
  });

  it('keeps an unreadable draft aside, says so, offers it for download, and starts empty', async () => {
    localStorage.setItem(KEY, '{"format": "scorecard-kit/checklist-answers", "version": 1, "fields": {');
    const el = await form();
    const report = $(el, '.report.error')!;
    expect(report.getAttribute('role')).to.equal('alert');
    expect(report.textContent).to.contain('could not be read: It is not valid JSON');
    expect(report.textContent).to.contain('kept aside in this browser');
    const aside = Object.keys(localStorage).find((k) => k.startsWith(`${KEY}|aside|`))!;
    expect(localStorage.getItem(aside)).to.equal('{"format": "scorecard-kit/checklist-answers", "version": 1, "fields": {');
    expect(report.querySelector('button')!.textContent).to.equal('Download the unreadable draft');
    await expect(el).to.be.accessible();
  });

  it('keeps a draft from a newer version aside rather than reading it wrongly', async () => {
    localStorage.setItem(KEY, JSON.stringify({ format: STATE_FORMAT, version: 2, checklist: feed.checklists[0]!.id, fields: {} }));
    const el = await form();
    expect($(el, '.report.error')!.textContent).to.contain('saved by a newer version of Scorecard Kit');
    expect(Object.keys(localStorage).some((k) => k.startsWith(`${KEY}|aside|`))).to.equal(true);
  });

  it('restores what it can of a damaged draft, naming what it left out, and keeps answers to questions it no longer asks', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        format: STATE_FORMAT,
        version: 1,
        checklist: feed.checklists[0]!.id,
        fields: { [`answer:${q(0)}`]: { v: 'yes', t: 1 }, [`answer:${q(1)}`]: 'no', 'answer:retired': { v: 'no', t: 1 } },
        actions: {},
      }),
    );
    const el = await form();
    expect($<HTMLInputElement>(el, `input[name="q-${q(0)}"]:checked`)).to.not.equal(null);
    expect($(el, '.report.warning')!.textContent).to.contain(`fields["answer:${q(1)}"] is not a value with a time`);
    expect($(el, '.report.info')!.textContent).to.contain('1 saved answer is for questions this checklist no longer asks');
    expect(JSON.parse(el.exportJson()).fields['answer:retired'].v).to.equal('no');
    await expect(el).to.be.accessible();
  });

  it('says so when storage is full, and goes on working in memory', async () => {
    const el = await form();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      await pick(el, `q-${q(0)}`, 'Yes');
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect($(el, '.report.error')!.textContent).to.contain("This browser's storage is full");
    expect(el.state!.fields[`answer:${q(0)}`]!.v).to.equal('yes');
    expect($<HTMLInputElement>(el, `input[name="q-${q(0)}"]:checked`)).to.not.equal(null);
    await pick(el, `q-${q(1)}`, 'No');
    expect($(el, '.report.error'), 'saving works again').to.equal(null);
    expect(stored().fields[`answer:${q(0)}`]!.v, 'and the answer made while full is saved too').to.equal('yes');
  });

  it('says so when the browser gives no storage at all', async () => {
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function () {
      throw new DOMException('denied', 'SecurityError');
    };
    let el: ScAuditForm;
    try {
      el = await form();
    } finally {
      Storage.prototype.getItem = getItem;
    }
    expect($(el!, '.report')!.textContent).to.contain('not letting the page keep a draft');
    await expect(el!).to.be.accessible();
  });

  it('exports JSON that imports back, and names what is wrong with a bad file', async () => {
    const el = await form();
    await pick(el, `q-${q(0)}`, 'No');
    await type(el, `evidence-${q(0)}`, '<img src=x onerror="window.__hacked=1">');
    const json = el.exportJson();
    localStorage.clear();
    const fresh = await form({ noDraft: true });
    expect(fresh.importJson(json)).to.deep.equal([]);
    await fresh.updateComplete;
    expect($<HTMLTextAreaElement>(fresh, `#evidence-${q(0)}`)!.value).to.equal('<img src=x onerror="window.__hacked=1">');
    expect(fresh.shadowRoot!.querySelector('img')).to.equal(null);
    expect(fresh.importJson('not json')[0]).to.match(/^It is not valid JSON/);
    expect(fresh.importJson(JSON.stringify({ format: STATE_FORMAT, version: 1, checklist: 'another' }))[0]).to.contain('not this one');
    await fresh.updateComplete;
    expect($(fresh, '.report.error')!.textContent).to.contain('could not be imported');
    expect($<HTMLTextAreaElement>(fresh, `#evidence-${q(0)}`)!.value, 'a bad import loses nothing').to.equal('<img src=x onerror="window.__hacked=1">');
    await expect(fresh).to.be.accessible();
  });

  it('exports CSV with the answers in words', async () => {
    const el = await form();
    await pick(el, `q-${q(0)}`, 'N/A');
    await pick(el, 'grade-general', '4 Inadequate');
    const csv = el.exportCsv();
    expect(csv).to.contain(`General information,${feed.checklists[0]!.sections[0]!.questions[0]!.text.includes(',') ? '"' : ''}`);
    expect(csv).to.contain('N/A');
    expect(csv).to.contain('General information,Grade,4 Inadequate');
    // The button saves the same text as a file Excel reads as UTF-8: with a byte-order mark.
    const original = URL.createObjectURL;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:test');
    let saved = '';
    const save = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      if (a.localName === 'a') ((saved = a.download), e.preventDefault());
    };
    document.addEventListener('click', save, { capture: true });
    try {
      $$<HTMLButtonElement>(el, 'button')
        .find((b) => b.textContent === 'Export CSV')!
        .click();
    } finally {
      URL.createObjectURL = original;
      document.removeEventListener('click', save, { capture: true });
    }
    expect(saved).to.match(/\.csv$/);
    expect([...new Uint8Array(await blob!.arrayBuffer()).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(await blob!.text()).to.equal(el.exportCsv());
  });

  it('loads a state given by the host page without firing sc-checklist-change', async () => {
    const el = await form();
    let fired = 0;
    el.addEventListener('sc-checklist-change', () => fired++);
    el.state = {
      format: STATE_FORMAT,
      version: 1,
      feed: feed.title,
      checklist: feed.checklists[0]!.id,
      fields: { overall: { v: 1, t: Date.now() } },
      actions: {},
    };
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[name="overall"]:checked')!.parentElement!.textContent!.trim()).to.equal('1 Outstanding');
    expect(fired).to.equal(0);
  });

  it('names a checklist the feed does not have', async () => {
    const el = await fixture<ScAuditForm>(html`<sc-audit-form src=${FEED} checklist="nope"></sc-audit-form>`);
    await el.feedComplete;
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain('has no checklist "nope"');
    await expect(el).to.be.accessible();
  });
});
