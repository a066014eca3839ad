import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFeed } from '@scorecard-kit/core';
import { rollUpNode } from '@scorecard-kit/core/rules';
import { ancestors, buildTree, filterTree, findItem, nodesTo, treeModel, typeAhead, visibleItems } from './tree-model.js';

const feed = parseFeed(readFileSync('test/fixtures/feeds/tree.json', 'utf8')).feed!;
const { items, roots } = buildTree(feed);
const labels = (expanded: string[]) => visibleItems(items, roots, new Set(expanded)).map((i) => `${'  '.repeat(i.level - 1)}${i.label}`);

describe('outcome tree model', () => {
  it('puts child nodes first, then indicators by measure type, then QA questions', () => {
    assert.deepEqual(labels(['c1', 'p1', 'p1/how-well', 'p1/questions']), [
      'Children are safe',
      '  Locality model',
      '    Needs are understood in each locality',
      '    How much? (1)',
      '    How well? (1)',
      '      Assessments in time',
      '    So what? (1)',
      '    QA questions (2)',
      '      Is demand rising in each area?',
      '      Are assessments on time everywhere?',
      '  Adolescents',
      'Children thrive',
    ]);
    assert.deepEqual(labels([]), ['Children are safe', 'Children thrive']);
  });

  it("makes an item's children only when it is first opened, and every item once complete", () => {
    const model = treeModel(feed);
    assert.deepEqual([...model.items.keys()], ['c1', 'c2'], 'the top level alone at first (these two have no groups of their own)');
    // Children are known before they are made, for the twisty and the set size.
    assert.deepEqual(model.items.get('c1')!.children, ['p1', 'p2']);
    const shown = visibleItems(model.items, model.roots, new Set(['c1', 'p1']), model.open).map((i) => i.key);
    assert.deepEqual(shown, ['c1', 'p1', 'o1', 'p1/how-much', 'p1/how-well', 'p1/so-what', 'p1/questions', 'p2', 'c2']);
    assert.ok(!model.items.has('p1/how-well/b'), "a group's indicators wait until it is opened");
    assert.ok(model.items.has('p2/how-well') && !model.items.has('p2/how-well/d'), "a node's groups come with it, their indicators later");
    model.complete();
    assert.equal(model.step(), false, 'nothing is left to make');
    const byKey = <T>(m: Map<string, T>) => [...m].sort(([a], [b]) => a.localeCompare(b));
    assert.deepEqual(byKey(model.items), byKey(items), 'the items buildTree makes at once');
  });

  it("finds an indicator's first place in reading order, and the nodes that start expanded", () => {
    const model = treeModel(feed);
    // "Assessments in time" (b) sits under p1 and under p2: p1 comes first.
    assert.equal(findItem(model, 'indicator', 'b')?.key, 'p1/how-well/b');
    assert.equal(findItem(model, 'node', 'o1')?.key, 'o1');
    assert.equal(findItem(model, 'area', 'b'), undefined);
    assert.deepEqual(nodesTo(feed.framework, 1), ['c1', 'c2']);
    assert.deepEqual(nodesTo(feed.framework, 2), ['c1', 'p1', 'p2', 'c2']);
    assert.deepEqual(nodesTo(feed.framework, 0), []);
  });

  it('keeps the ancestors of what the filter matches, expanded', () => {
    const f = filterTree(items, 'ASSESSMENTS');
    assert.equal(f.matches, 3); // the indicator under two priorities, and a question
    assert.deepEqual([...f.expand].sort(), ['c1', 'p1', 'p1/how-well', 'p1/questions', 'p2', 'p2/how-well'].sort());
    assert.ok(!f.keep.has('c2'));
    assert.ok(!f.keep.has('o1'));
  });

  it('finds each matching item once, at the start of a label, inside it or at its end, and across none', () => {
    // "Children are safe", "Children thrive": both roots; "safe" ends the first; "ethr" spans nothing.
    assert.deepEqual([...filterTree(items, 'children').keep].filter((k) => roots.includes(k)).sort(), ['c1', 'c2']);
    assert.ok(filterTree(items, 'SAFE').keep.has('c1'));
    assert.equal(filterTree(items, 'safechildren').matches, 0);
    assert.equal(filterTree(items, 'ee').matches, filterTree(items, 'EE').matches);
  });

  it('filters labels whose lower case is longer than they are', () => {
    // "İ" lower-cases to "i" and a combining dot: two code units for one.
    const odd = buildTree({ ...feed, framework: [{ ...feed.framework[0]!, title: 'İstanbul office' }] });
    assert.equal(filterTree(odd.items, 'office').matches, 1);
    assert.equal(filterTree(odd.items, 'İSTANBUL').matches, 1);
  });

  it('reads the filter as text, not as a pattern', () => {
    // "How much? (1)" is a group's label; as a pattern, "? (" would not even compile.
    assert.equal(filterTree(items, 'much? (1').matches, 1);
    assert.equal(filterTree(items, '.*').matches, 0);
  });

  it('finds ancestors and types ahead, wrapping round', () => {
    assert.deepEqual(ancestors(items, 'p1/how-well/b'), ['p1/how-well', 'p1', 'c1']);
    const visible = visibleItems(items, roots, new Set(['c1']));
    assert.equal(typeAhead(visible, 'c1', 'ad')?.key, 'p2');
    assert.equal(typeAhead(visible, 'p2', 'ch')?.key, 'c2');
    assert.equal(typeAhead(visible, 'c2', 'ch')?.key, 'c1');
    assert.equal(typeAhead(visible, 'c1', 'zz'), undefined);
  });

  it('rolls status up over everything under a node, as worked by hand', () => {
    const p1 = rollUpNode(feed, feed.nodes.get('p1')!);
    assert.deepEqual([p1.improved, p1.maintained, p1.deteriorated, p1.noJudgement, p1.red, p1.noRag], [1, 0, 1, 1, 1, 2]);
    const c1 = rollUpNode(feed, feed.nodes.get('c1')!);
    assert.deepEqual([c1.total, c1.improved, c1.maintained, c1.deteriorated, c1.noJudgement, c1.red], [4, 1, 1, 1, 1, 1]);
    assert.equal(rollUpNode(feed, feed.nodes.get('c2')!).total, 0);
  });
});
