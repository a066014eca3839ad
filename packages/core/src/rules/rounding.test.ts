// One rounding for what the page shows and what the rules judge: a figure is judged as printed.
// Expected figures worked by hand: 10.35 is stored as the double 10.3499999999999996…, which
// `toFixed(1)` rounds down to "10.3" although it is written (and shown) as 10.35 → "10.4".
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFeed } from '../feed/parse.js';
import type { FeedData } from '../feed/types.js';
import { benchmarks } from './benchmark.js';
import { directionOfTravel } from './direction.js';
import { formatNumber, formatValue, roundDecimal, roundShown } from './format.js';
import { shading } from './shading.js';

const periods = [
  { id: 'y1', label: '2022/23', end: '2023-03-31', kind: 'financial-year' },
  { id: 'y2', label: '2023/24', end: '2024-03-31', kind: 'financial-year' },
];

function feed(values: number[], extra: object = {}, comparators: object = {}): FeedData {
  const r = parseFeed({
    version: '1.0',
    title: 't',
    authority: { name: 'Walsall' },
    periods,
    comparators: [{ id: 'england', name: 'England', kind: 'england' }],
    indicators: [
      {
        id: 'i',
        title: 'i',
        measure: 'how-well',
        unit: 'percent',
        polarity: 'smaller-is-better',
        values: values.map((value, k) => ({ period: periods[k]!.id, value })),
        comparators,
        ...extra,
      },
    ],
  });
  assert.deepEqual(r.errors, []);
  return r.feed!;
}

describe('rounding: the figure judged is the figure shown', () => {
  it('rounds the written decimal half away from zero, as the page prints it', () => {
    assert.equal(roundDecimal(10.35, 1), 10.4);
    assert.equal(roundDecimal(1.005, 2), 1.01);
    assert.equal(roundDecimal(-10.35, 1), -10.4);
    assert.equal(roundDecimal(0.045, 2), 0.05);
    assert.equal(roundDecimal(2.5, 0), 3);
    assert.equal(roundDecimal(40.299999999999997, 1), 40.3, "LAIT's float artefacts read as written");
    assert.equal(roundDecimal(1e21, 1), 1e21);
    assert.equal(formatValue(10.35, { unit: 'percent' }), '10.4%');
    assert.equal(formatValue(1.005, { unit: 'percent', decimals: 2 }), '1.01%');
  });

  it('property: for any value and decimals, the number printed reads back as roundShown', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        const o = { unit: 'count' as const, decimals };
        const printed = Number(formatNumber(value, o).replace(/,/g, ''));
        assert.equal(printed, roundShown(value, o) || 0);
      }),
      { numRuns: 5000 },
    );
    // Values written with one more decimal than shown, ending in 5: the hard cases for binary rounding.
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        const value = Number(`${n}5e-${decimals + 1}`);
        const o = { unit: 'count' as const, decimals };
        assert.equal(Number(formatNumber(value, o).replace(/,/g, '')), roundShown(value, o) || 0);
      }),
      { numRuns: 5000 },
    );
  });

  it('property: the quick rounding gives what rounding the written decimal gives', () => {
    // The written decimal ("1.035e+1") shifted in its exponent and rounded: no binary arithmetic.
    const written = (value: number, decimals: number) => {
      if (!Number.isFinite(value) || value === 0) return value;
      const [digits, exponent] = Math.abs(value).toExponential().split('e') as [string, string];
      const r = Math.round(Number(`${digits}e${Number(exponent) + decimals}`)) / 10 ** decimals;
      return value < 0 ? -r : r;
    };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.double({ min: -1e6, max: 1e6 }),
          fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1000),
        ),
        fc.integer({ min: 0, max: 6 }),
        (value, decimals) => assert.equal(roundDecimal(value, decimals), written(value, decimals)),
      ),
      { numRuns: 20000 },
    );
  });

  it('property: a number is written as Intl.NumberFormat("en-GB") writes it, though without Intl', () => {
    const intl = (value: number, decimals: number) => {
      const s = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(roundDecimal(value, decimals));
      return /^-0(\.0+)?$/.test(s) ? s.slice(1) : s;
    };
    // Worked by hand: grouping in threes, the decimals kept, a negative zero not signed.
    assert.equal(formatNumber(-1234567.891, { unit: 'count', decimals: 2 }), '-1,234,567.89');
    assert.equal(formatNumber(999.95, { unit: 'count', decimals: 1 }), '1,000.0');
    assert.equal(formatNumber(-0.04, { unit: 'count', decimals: 1 }), '0.0');
    assert.equal(formatNumber(1e21, { unit: 'count', decimals: 0 }), '1,000,000,000,000,000,000,000');
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: -1e7, max: 1e7 })),
        fc.integer({ min: 0, max: 6 }),
        (value, decimals) => {
          assert.equal(formatNumber(value, { unit: 'count', decimals }), intl(value, decimals));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('direction of travel: 10.3% → 10.35% is shown "10.3% → 10.4%" and judged a rise, not "no change"', () => {
    const d = directionOfTravel(feed([10.3, 10.35]).indicators.get('i')!, periods as never);
    assert.equal(d.movement, 'up');
    assert.equal(d.judgement, 'deteriorated');
    assert.match(d.words, /^Up from 10\.3% in 2022\/23 to 10\.4% in 2023\/24: deteriorated/);
    // 1.005 at 2 dp is shown 1.01: beside 1.00 it has moved.
    const two = directionOfTravel(feed([1, 1.005], { decimals: 2 }).indicators.get('i')!, periods as never);
    assert.equal(two.movement, 'up');
  });

  it('benchmarks: 10.35% beside England 10.4% is "the same as England" as both print 10.4%', () => {
    const f = feed([10.3, 10.35], {}, { england: [{ period: 'y2', value: 10.4 }] });
    const ind = f.indicators.get('i')!;
    const [b] = benchmarks(f.comparators, ind, ind.values.get('y2'), f.periods);
    assert.equal(b!.better, null);
    assert.match(b!.words, /^The same as England/);
    assert.equal(b!.gap, 'the same');
    // England's figure is for the tile's own period, so no period is printed beside it.
    assert.equal(b!.earlier, null);
    assert.equal(b!.figure, '10.4%');
  });

  it('benchmarks: the gap in plain words, and the period only when the comparator is older', () => {
    // 10.35% is printed 10.4%; England's 2022/23 figure 9.8%: 10.4 − 9.8 = 0.6 points higher.
    const f = feed([10.3, 10.35], {}, { england: [{ period: 'y1', value: 9.8 }] });
    const ind = f.indicators.get('i')!;
    const [b] = benchmarks(f.comparators, ind, ind.values.get('y2'), f.periods);
    assert.equal(b!.gap, '0.6 points higher');
    assert.equal(b!.earlier, f.periods[0]!.label);
  });

  it('map shading: a value printed as a class break falls in the class that starts there', () => {
    // Breaks 10.4 and 20: 10.35 prints "10.4%" and must not be shaded as "under 10.4%".
    const s = shading([10.35, 5, 25], { polarity: 'smaller-is-better', fmt: { unit: 'percent' }, map: { breaks: [10.4, 20] } });
    assert.equal(s.classes[s.classOf(10.35)]!.label, '10.4% to under 20.0%');
    assert.equal(s.classes[s.classOf(10.34)]!.label, 'Under 10.4%');
  });
});
