import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { disproportionality, ratioOfProportions, wilson } from './disproportionality.js';

const near = (actual: number, expected: number, places = 4) => assert.ok(Math.abs(actual - expected) < 10 ** -places, `${actual} is not ${expected}`);

describe('disproportionality: shares, ratios and their intervals, worked by hand', () => {
  it('gives the Wilson score interval of a share', () => {
    // 20 of 100: centre (0.2 + 1.96²/200) / (1 + 1.96²/100) = 0.21110, half-width 0.07773: 0.1334 to 0.2888.
    const w = wilson(20, 100);
    near(w.value, 0.2);
    near(w.low, 0.1334);
    near(w.high, 0.2888);
    // 0 of 50: the interval starts at 0 and still has an upper bound (1.96² / (50 + 1.96²) = 0.0714).
    const zero = wilson(0, 50);
    assert.equal(zero.low, 0);
    near(zero.high, 0.0714);
  });

  it('gives a ratio of two shares with its interval by the log method', () => {
    // 40 of 200 beside 1,000 of 10,000: 0.2 ÷ 0.1 = 2.0; SE of its log √(1/40 − 1/200 + 1/1000 − 1/10000) = 0.14457;
    // exp(ln 2 ± 1.96 × 0.14457): 1.5065 to 2.6552.
    const r = ratioOfProportions(40, 200, 1000, 10000)!;
    near(r.value, 2);
    near(r.low, 1.5065, 3);
    near(r.high, 2.6552, 3);
    assert.equal(ratioOfProportions(0, 200, 1000, 10000), null, 'no interval by the log method for a count of 0');
  });

  const groups = [
    { id: 'white', label: 'White', count: 100, population: 8000 },
    { id: 'black', label: 'Black', count: 30, population: 1000 },
    { id: 'mixed', label: 'mixed ethnicity', count: 12, population: 1000 },
    { id: 'asian', label: 'Asian', count: 3, population: 500 },
    { id: 'other', label: 'other ethnic group', count: 'c', population: 300 },
  ];

  it('finds a clear difference only where the interval excludes 1, and says it in words', () => {
    const d = disproportionality(groups, { reference: 'white', service: 'looked after' });
    // Totals over the groups with counts: 100 + 30 + 12 + 3 = 145 in the service; 8,000 + 1,000 + 1,000 + 500 = 10,500.
    assert.deepEqual(d.totals, { service: 145, population: 10500 });
    const black = d.groups.find((g) => g.id === 'black')!;
    // Black 30 in 1,000 (0.03) against White 100 in 8,000 (0.0125): 2.4 times; SE √(1/30 − 1/1000 + 1/100 − 1/8000) = 0.20545;
    // exp(ln 2.4 ± 1.96 × 0.20545): 1.6045 to 3.5899.
    near(black.relativeRate!.value, 2.4);
    near(black.relativeRate!.low, 1.6045, 3);
    near(black.relativeRate!.high, 3.5899, 3);
    assert.equal(black.clear, 'higher');
    assert.equal(black.words, 'Black children are 2.4 times as likely as White children to be looked after (1.6 to 3.6 times).');
    // Share in the service 30/145 = 0.2069 against 1,000/10,500 = 0.0952 of the population: ratio 2.17.
    near(black.serviceShare!.value, 30 / 145);
    near(black.ratio!.value, 30 / 145 / (1000 / 10500));
    // Mixed 12 in 1,000 (0.012) against 0.0125: 0.96; SE √(1/12 − 1/1000 + 1/100 − 1/8000) = 0.30366:
    // 0.5294 to 1.7408, which straddles 1.
    const mixed = d.groups.find((g) => g.id === 'mixed')!;
    near(mixed.relativeRate!.value, 0.96);
    near(mixed.relativeRate!.low, 0.5294, 3);
    near(mixed.relativeRate!.high, 1.7408, 3);
    assert.equal(mixed.clear, null);
    assert.equal(mixed.words, 'Mixed ethnicity children: no clear difference from White children in how likely they are to be looked after.');
    assert.equal(d.reference!.words, 'White children are the group the others are compared with.');
    // White's own share (100/145 = 69% against 8,000/10,500 = 76%) is not judged: it is the reference.
    assert.equal(d.reference!.clear, null);
  });

  it('never shows a count below the threshold, or a suppression mark, nor anything made from it', () => {
    const d = disproportionality(groups, { reference: 'white', service: 'looked after' });
    const asian = d.groups.find((g) => g.id === 'asian')!;
    assert.deepEqual([asian.suppressed, asian.countText, asian.serviceShare, asian.ratio, asian.relativeRate], [true, 'fewer than 5', null, null, null]);
    assert.equal(asian.words, 'Asian children: fewer than 5, too few to compare.');
    assert.doesNotMatch(JSON.stringify(asian), /"3"|: ?3[,}]/, 'the count 3 appears nowhere');
    const other = d.groups.find((g) => g.id === 'other')!;
    assert.deepEqual([other.suppressed, other.countText], [true, 'c']);
    assert.equal(other.words, 'Other ethnic group children: the figure is suppressed at source.');
  });

  it('with a threshold of 0, a group with no children in the service has a share but no ratio', () => {
    const d = disproportionality(
      [
        { id: 'a', label: 'A', count: 50, population: 900 },
        { id: 'b', label: 'B', count: 0, population: 100 },
      ],
      { threshold: 0, service: 'on a plan', reference: 'a' },
    );
    const b = d.groups[1]!;
    assert.equal(b.serviceShare!.value, 0);
    assert.equal(b.relativeRate, null);
    assert.equal(b.clear, null);
  });

  it('without a reference group, judges each group by its share of the service against its share of the population', () => {
    const d = disproportionality(groups.slice(0, 3), { service: 'looked after' });
    const black = d.groups.find((g) => g.id === 'black')!;
    // 30/142 = 0.21127 against 1,000/10,000 = 0.1: 2.113; SE √(1/30 − 1/142 + 1/1000 − 1/10000) = 0.16490:
    // exp(ln 2.113 ± 1.96 × 0.16490) = 1.5292 to 2.9188.
    near(black.ratio!.value, 30 / 142 / 0.1);
    near(black.ratio!.low, 1.5292, 3);
    near(black.ratio!.high, 2.9188, 3);
    assert.equal(
      black.words,
      'Black children are over-represented: their share of children looked after is 2.1 times their share of all children (1.5 to 2.9 times).',
    );
  });
});
