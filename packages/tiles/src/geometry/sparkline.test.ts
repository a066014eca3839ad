import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sparkline } from './sparkline.js';

describe('sparkline geometry', () => {
  const box = { width: 106, height: 46, inset: 3 };

  it('puts the first and last periods at the edges, the highest value at the top and the lowest at the bottom', () => {
    const s = sparkline({
      ...box,
      values: [
        { index: 0, value: 10 },
        { index: 1, value: 30 },
        { index: 2, value: 20 },
      ],
    });
    assert.deepEqual(
      s.points.map((p) => [p.x, p.y]),
      [
        [3, 43],
        [53, 3],
        [103, 23],
      ],
    );
    assert.equal(s.line, 'M3,43L53,3L103,23');
  });

  it('breaks the line where the series has a period without a figure, but not across periods it never had', () => {
    const values = [
      { index: 0, value: 1 },
      { index: 1, value: 2 },
      { index: 3, value: 3 },
    ];
    assert.equal((sparkline({ ...box, values, gaps: [2] }).line.match(/M/g) ?? []).length, 2);
    assert.equal((sparkline({ ...box, values }).line.match(/M/g) ?? []).length, 1);
  });

  it('scales the comparator line and the band on the same axis as the values', () => {
    const s = sparkline({
      ...box,
      values: [
        { index: 0, value: 50 },
        { index: 1, value: 60 },
      ],
      comparator: [{ index: 0, value: 70 }],
      band: { low: 40, high: 45 },
    });
    // Values span 40 (band low) to 70 (comparator): 70 is at the top, 40 at the bottom.
    assert.match(s.comparatorLine, /^M3,3(?![\d.])/);
    assert.ok(Math.abs(s.band!.y - (43 - (5 / 30) * 40)) < 1e-9);
    assert.ok(Math.abs(s.band!.height - (5 / 30) * 40) < 1e-9);
  });

  it('draws one figure, and a flat series, in the middle rather than dividing by zero', () => {
    const one = sparkline({ ...box, values: [{ index: 4, value: 7 }] });
    assert.deepEqual(
      one.points.map((p) => [p.x, p.y]),
      [[53, 23]],
    );
    const flat = sparkline({
      ...box,
      values: [
        { index: 0, value: 5 },
        { index: 1, value: 5 },
      ],
    });
    assert.ok(flat.points.every((p) => p.y === 23));
  });

  it('draws nothing for no figures', () => {
    assert.deepEqual(sparkline({ ...box, values: [] }), { line: '', comparatorLine: '', band: null, points: [] });
  });
});

describe('sparkline paths', () => {
  it("are what d3-shape's line() draws, gaps and lone figures included", async () => {
    const { line } = await import('d3-shape');
    const box = { width: 106, height: 46 };
    const values = [0, 1, 3, 4, 6, 8, 9].map((index) => ({ index, value: (index * 37) % 11 }));
    const s = sparkline({ ...box, values, gaps: [2, 5, 7] });
    // The same points through d3-shape, with nulls where the series breaks.
    const withGaps = [values[0], values[1], null, values[2], values[3], null, values[4], null, values[5], values[6]];
    const byPoint = new Map(s.points.map((p) => [p.index, p]));
    const expected = line<(typeof values)[number] | null | undefined>()
      .defined((p) => p != null)
      .x((p) => byPoint.get(p!.index)!.x)
      .y((p) => byPoint.get(p!.index)!.y)(withGaps);
    assert.equal(s.line, expected);
    assert.match(s.line, /Z/, 'the lone figure between two gaps is a closed dot');
  });
});
