import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFeed } from '@scorecard-kit/core';
import { buildTree } from '../model/tree-model.js';
import { diagram } from './diagram.js';

const feed = parseFeed(readFileSync('test/fixtures/feeds/tree.json', 'utf8')).feed!;
const { items, roots } = buildTree(feed);
const size = { boxWidth: 200, boxHeight: 40, gapX: 40, gapY: 10 };

describe('diagram geometry', () => {
  it('puts each level one column to the right, siblings one row apart, and starts at the top left', () => {
    const d = diagram({ items, roots, expanded: new Set(['c1']), ...size });
    const at = Object.fromEntries(d.boxes.map((b) => [b.key, [b.x, b.y]]));
    assert.deepEqual(Object.keys(at).sort(), ['c1', 'c2', 'p1', 'p2']);
    assert.equal(at.c1![0], 0);
    assert.equal(at.p1![0], 240);
    assert.equal(at.p2![1]! - at.p1![1]!, 50); // one row apart
    assert.equal(Math.min(...d.boxes.map((b) => b.y)), 0);
    assert.ok(at.c2![1]! > at.p2![1]!); // the second root below the first's subtree
    assert.equal(d.width, 440);
  });

  it('links each parent to each child, from the right edge to the left edge, and only shown items', () => {
    const d = diagram({ items, roots, expanded: new Set(['c1', 'p1']), keep: new Set(['c1', 'p1', 'o1']), ...size });
    assert.deepEqual(
      d.links.map((l) => `${l.from}>${l.to}`),
      ['c1>p1', 'p1>o1'],
    );
    const c1 = d.boxes.find((b) => b.key === 'c1')!;
    assert.match(d.links[0]!.d, new RegExp(`^M${c1.x + 200},${c1.y + 20}C`));
  });

  it('draws nothing when nothing is shown', () => {
    assert.deepEqual(diagram({ items, roots, expanded: new Set(), keep: new Set(), ...size }), { boxes: [], links: [], width: 0, height: 0 });
  });

  it("draws each link as d3-shape's linkHorizontal would, from the parent's right edge to the child's left", async () => {
    const { linkHorizontal } = await import('d3-shape');
    const d = diagram({ items, roots, expanded: new Set(['c1', 'p1']), ...size });
    const box = new Map(d.boxes.map((b) => [b.key, b]));
    const link = linkHorizontal<unknown, [number, number]>();
    for (const l of d.links) {
      const a = box.get(l.from)!;
      const b = box.get(l.to)!;
      assert.equal(l.d, link({ source: [a.x + size.boxWidth, a.y + size.boxHeight / 2], target: [b.x, b.y + size.boxHeight / 2] }), `${l.from} → ${l.to}`);
    }
    assert.ok(d.links.length >= 3);
  });
});
