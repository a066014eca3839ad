// Checklist answers: merging, reading saved and imported answers, progress, gaps and CSV, in Node.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFeed } from '@scorecard-kit/core/feed';
import { readState } from './read.js';
import { auditSpec, gaps, orphanKeys, progress, qaSpec, stateCsv } from './spec.js';
import { emptyState, field, key, liveActions, mergeStates, putAction, removeAction, setField, STATE_FORMAT } from './state.js';

const audit = parseFeed(readFileSync(new URL('../../../../docs/feeds/case-file-audit.json', import.meta.url), 'utf8')).feed!;
const spec = auditSpec([...audit.checklists.values()][0]!);
const first = spec.sections[0]!.questions[0]!.id;
const second = spec.sections[0]!.questions[1]!.id;

describe('answers', () => {
  it('merge field by field, the later answer winning, whichever copy it is in', () => {
    const base = emptyState('Feed', 'audit');
    const tabA = setField(setField(base, key.answer(first), 'yes', 10), key.answer(second), 'no', 30);
    const tabB = setField(setField(base, key.answer(first), 'no', 20), key.evidence(first), 'Seen on file', 25);
    const ab = mergeStates(tabA, tabB);
    const ba = mergeStates(tabB, tabA);
    for (const m of [ab, ba]) {
      assert.equal(field(m, key.answer(first)), 'no', 'tab B answered question 1 later');
      assert.equal(field(m, key.answer(second)), 'no', "tab A's answer to question 2 is kept");
      assert.equal(field(m, key.evidence(first)), 'Seen on file');
    }
    assert.deepEqual(ab.fields, ba.fields);
  });

  it('keep a removed action removed when merged with an older copy that still has it', () => {
    const a = putAction(emptyState('Feed', 'audit'), { id: 'a1', text: 'Update the chronology', owner: 'TM', due: '2026-12-01', done: false }, 10);
    const removed = removeAction(a, 'a1', 20);
    assert.deepEqual(liveActions(mergeStates(a, removed)), []);
    assert.deepEqual(liveActions(mergeStates(removed, a)), []);
  });

  it('do not change when a field is set to what it already is', () => {
    const s = setField(emptyState('F', 'c'), 'overall', 2, 1);
    assert.equal(setField(s, 'overall', 2, 5), s);
  });
});

describe('reading saved or imported answers', () => {
  const good = setField(emptyState('Feed', 'audit', 'q2'), key.answer(first), 'yes', 1);

  it('reads back what was written', () => {
    const r = readState(JSON.stringify(good));
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.state, good);
  });

  it('names what is wrong with a file that is not answers', () => {
    assert.match(readState('{"format":').problems[0]!, /^It is not valid JSON/);
    assert.match(readState('[1,2]').problems[0]!, /not a JSON object/);
    assert.match(
      readState({ hello: 1 }).problems[0]!,
      /not a Scorecard Kit checklist export: "format" should be "scorecard-kit\/checklist-answers" and is missing/,
    );
    assert.match(readState({ format: STATE_FORMAT, version: 9, checklist: 'x' }).problems[0]!, /newer version of Scorecard Kit \(answers format 9/);
    assert.match(readState({ format: STATE_FORMAT, version: 1 }).problems[0]!, /"checklist" is missing/);
    for (const bad of ['{"format":', '[1,2]', '{"hello":1}']) assert.equal(readState(bad).state, null);
  });

  it('keeps every good part of a damaged file, naming the parts left out', () => {
    const r = readState({
      format: STATE_FORMAT,
      version: 1,
      checklist: 'audit',
      fields: { [key.answer(first)]: { v: 'yes', t: 1 }, [key.answer(second)]: { v: { nested: true }, t: 2 }, overall: 'no time' },
      actions: { a1: { text: 'x', owner: '', due: '31/12/2026', done: false, t: 1 }, a2: { text: 'y', owner: 'me', due: '', done: true, t: 1 } },
    });
    assert.equal(field(r.state!, key.answer(first)), 'yes');
    assert.deepEqual(Object.keys(r.state!.actions), ['a2']);
    assert.equal(r.problems.length, 3);
    assert.match(r.problems.join(' '), new RegExp(`fields\\["answer:${second}"\\].*fields\\["overall"\\].*actions\\["a1"\\]`));
  });
});

describe('the audit checklist', () => {
  it('says what is missing before it can be marked complete, each linked to its field', () => {
    let s = emptyState('Feed', spec.id);
    const g = gaps(s, spec);
    // Seven sections, each with unanswered questions and no grade, then the overall judgement.
    assert.equal(g.length, 7 * 2 + 1);
    assert.deepEqual(g[0], {
      target: `q-${first}`,
      message: `General information: ${spec.sections[0]!.questions.length} of ${spec.sections[0]!.questions.length} questions have no answer`,
    });
    assert.deepEqual(g[1], { target: 'grade-general', message: 'General information: choose a grade for this section' });
    s = putAction(s, { id: 'a1', text: 'Visit', owner: '', due: '', done: false }, 1);
    assert.deepEqual(gaps(s, spec).at(-1), { target: 'action-a1-due', message: 'Give a date for completion for the action "Visit"' });
    for (const sec of spec.sections) {
      for (const q of sec.questions) s = setField(s, key.answer(q.id), 'yes', 2);
      s = setField(s, key.grade(sec.id), 2, 2);
    }
    s = setField(s, key.overall, 2, 2);
    s = putAction(s, { id: 'a1', text: 'Visit', owner: '', due: '2026-12-01', done: false }, 3);
    assert.deepEqual(gaps(s, spec), []);
  });

  it('counts progress, open and overdue actions in words', () => {
    let s = setField(setField(emptyState('F', spec.id), key.answer(first), 'yes', 1), key.answer(second), 'no', 1);
    s = putAction(s, { id: 'a1', text: 'x', owner: '', due: '2026-01-01', done: false }, 1);
    s = putAction(s, { id: 'a2', text: 'y', owner: '', due: '2027-01-01', done: false }, 1);
    s = putAction(s, { id: 'a3', text: 'z', owner: '', due: '2025-01-01', done: true }, 1);
    const p = progress(s, spec, '2026-11-24', []);
    assert.equal(p.words, `2 of ${spec.sections.flatMap((x) => x.questions).length} answered, 1 no, 2 actions open, 1 overdue`);
  });

  it('writes CSV with answer labels and grades in words, and formulas made inert', () => {
    let s = setField(emptyState('F', spec.id), key.answer(first), 'n-a', 1);
    s = setField(s, key.evidence(first), '=HYPERLINK("http://evil")', 1);
    s = setField(s, key.grade('general'), 3, 1);
    const csv = stateCsv(s, spec);
    assert.match(csv, /^Part,Item,Answer,Notes,Evidence,Owner,Date for completion,Done\r\n/);
    assert.ok(csv.includes(`General information,${spec.sections[0]!.questions[0]!.text},N/A,,"'=HYPERLINK(""http://evil"")"`));
    assert.ok(csv.includes('General information,Grade,3 Requires improvement'));
  });

  it('finds saved answers to questions the checklist no longer asks', () => {
    const s = setField(setField(emptyState('F', spec.id), key.answer('gone'), 'yes', 1), key.answer(first), 'yes', 1);
    assert.deepEqual(orphanKeys(s, spec), ['answer:gone']);
  });
});

describe('QA questions', () => {
  it("gathers a framework node's questions with those beneath it, on the feed's scale", () => {
    const wr4c = parseFeed(readFileSync(new URL('../../../../docs/feeds/wr4c.json', import.meta.url), 'utf8')).feed!;
    const node = wr4c.nodes.get('exclusions')!;
    const q = qaSpec(wr4c, node);
    assert.equal(q.id, 'qa:exclusions');
    assert.deepEqual(
      q.sections[0]!.questions.map((x) => x.id),
      node.questions,
    );
    assert.deepEqual(
      q.sections[0]!.questions[0]!.answers.map((a) => a.label),
      ['Assured', 'Partly assured', 'Not assured', 'Not yet reviewed'],
    );
    const top = qaSpec(wr4c, node.parent!);
    assert.ok(node.questions.every((id) => top.sections[0]!.questions.some((x) => x.id === id)));
    const s = setField(setField(emptyState('F', q.id), key.answer(node.questions[0]!), 'not-assured', 1), key.answer(node.questions[1]!), 'not-reviewed', 1);
    assert.equal(progress(s, q, '2026-01-01').words, `1 of ${node.questions.length} reviewed, 1 not assured, 0 actions open`);
  });
});
