import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../feed/parse.js';
import type { FeedData } from '../feed/types.js';
import { distanceTravelled } from './distance.js';
import { ragStatus } from './rag.js';
import { scorecardColumns, scorecardCsv, scorecardGroups, scorecardRow } from './scorecard.js';

const periods = ['2019/20', '2020/21', '2021/22', '2022/23', '2023/24'].map((label, i) => ({
  id: `y${i}`,
  label,
  end: `${2020 + i}-03-31`,
  kind: 'financial-year',
}));

function feed(indicator: object): FeedData {
  const r = parseFeed({
    version: '1.0',
    title: 't',
    authority: { name: 'Walsall' },
    periods,
    indicators: [{ id: 'i', title: 'I', measure: 'how-well', unit: 'percent', decimals: 1, ...indicator }],
  });
  assert.deepEqual(r.errors, []);
  return r.feed!;
}

// Year 1 to 2021/22, Year 2 in 2022/23, Year 3 from 2023/24.
const years = (y1: number, y2: number, y3: number, extra: object = {}) => [
  { label: 'Year 1 target', kind: 'year-1', value: y1, to: 'y2', ...extra },
  { label: 'Year 2 target', kind: 'year-2', value: y2, from: 'y3', to: 'y3', ...extra },
  { label: 'Year 3 target', kind: 'year-3', value: y3, from: 'y4', ...extra },
];

const at = (f: FeedData, period: string) => {
  const ind = f.indicators.get('i')!;
  return distanceTravelled(ind, f.periods, ind.values.get(period));
};

describe('distance travelled from the baseline to the year target', () => {
  it('smaller is better: from 22.1% to 18.4% against a Year 2 target of 17%, (22.1 − 18.4) ÷ (22.1 − 17.0) = 73% of the way', () => {
    const f = feed({ polarity: 'smaller-is-better', baseline: 'y0', values: [22.1, 21, 20, 18.4, 17.5], targets: years(20, 17, 15) });
    const d = at(f, 'y3')!;
    assert.equal(d.target!.label, 'Year 2 target');
    assert.ok(Math.abs(d.share! - 3.7 / 5.1) < 1e-9);
    assert.equal(d.words, 'From 22.1% at the 2019/20 baseline to 18.4% in 2022/23. Year 2 target 17.0%: 73% of the way.');
    // 2023/24 is judged against Year 3's 15%: (22.1 − 17.5) ÷ (22.1 − 15.0) = 4.6 ÷ 7.1 = 65%.
    assert.equal(at(f, 'y4')!.words, 'From 22.1% at the 2019/20 baseline to 17.5% in 2023/24. Year 3 target 15.0%: 65% of the way.');
    // And RAG is judged against the year target in force: 18.4% is above Year 2's 17%: red.
    const ind = f.indicators.get('i')!;
    assert.deepEqual(
      [ragStatus(ind, f.periods, ind.values.get('y3')).status, ragStatus(ind, f.periods, ind.values.get('y3')).target?.label],
      ['red', 'Year 2 target'],
    );
  });

  it('bigger is better: met, and further away than at the baseline', () => {
    const f = feed({ polarity: 'bigger-is-better', baseline: 'y0', values: [60, 66, 58], targets: years(65, 70, 75) });
    // Year 1 target 65%: 66% is past it.
    assert.equal(at(f, 'y1')!.words, 'From 60.0% at the 2019/20 baseline to 66.0% in 2020/21. Year 1 target 65.0%: met.');
    // 58% is below the 60% baseline: (58 − 60) ÷ (65 − 60) < 0.
    assert.equal(at(f, 'y2')!.words, 'From 60.0% at the 2019/20 baseline to 58.0% in 2021/22. Year 1 target 65.0%: further from it than at the baseline.');
  });

  it('a band ("10–15% is ideal"): inside it is there; outside, the way is to the nearer end', () => {
    const f = feed({ polarity: 'range', range: { low: 10, high: 15 }, baseline: 'y0', values: [22.7, 18, 14.1], targets: years(10, 10, 10, { upper: 15 }) });
    // 18.0% against 10–15%: the way is to 15: (22.7 − 18.0) ÷ (22.7 − 15.0) = 4.7 ÷ 7.7 = 61%.
    assert.equal(at(f, 'y1')!.words, 'From 22.7% at the 2019/20 baseline to 18.0% in 2020/21. Year 1 target 10.0%–15.0%: 61% of the way.');
    assert.equal(at(f, 'y2')!.words, 'From 22.7% at the 2019/20 baseline to 14.1% in 2021/22. Year 1 target 10.0%–15.0%: within the band.');
  });

  it('says only where it started without a year target, and nothing without a baseline figure', () => {
    const f = feed({ polarity: 'smaller-is-better', baseline: 'y0', values: [22.1, 20] });
    assert.equal(at(f, 'y1')!.words, 'From 22.1% at the 2019/20 baseline to 20.0% in 2020/21.');
    const none = feed({ polarity: 'smaller-is-better', values: [22.1, 20] });
    assert.equal(at(none, 'y1'), undefined);
  });
});

describe('RAG against a band target', () => {
  it('is green inside "10–15% is ideal" and red outside it, whichever way the indicator is better', () => {
    const f = feed({
      polarity: 'smaller-is-better',
      values: [10.5, 10.4, 22.7],
      targets: [{ label: "Board's ideal range", kind: 'other', value: 10, upper: 15 }],
      rag: { target: 'other' },
    });
    const ind = f.indicators.get('i')!;
    const rag = (p: string) => {
      const r = ragStatus(ind, f.periods, ind.values.get(p));
      return `${r.status}: ${r.reason}`;
    };
    assert.equal(rag('y0'), "green: Within the board's ideal range of 10.0%–15.0%");
    // 22.7% is above the band's top, 15%, so it is outside, though smaller is better.
    assert.equal(rag('y2'), "red: Outside the board's ideal range of 10.0%–15.0%");
  });
});

describe('baseline in the scorecard', () => {
  it('prints the baseline figure and period in the table and as a number in the CSV', () => {
    const f = feed({ polarity: 'smaller-is-better', baseline: 'y0', values: [22.1, 21, 20, 18.4], targets: years(20, 17, 15) });
    const tables = scorecardGroups(f).map((group) => {
      const columns = scorecardColumns(f, group, {});
      return { group, columns, rows: group.refs.map((r) => scorecardRow(f, r, columns)) };
    });
    assert.equal(tables[0]!.rows[0]!.baseline, '22.1% (2019/20)');
    const [head, row] = scorecardCsv(f, tables).trimEnd().split('\r\n');
    const cell = (name: string) => row!.split(',')[head!.split(',').indexOf(name)];
    assert.equal(cell('Baseline period'), '2019/20');
    assert.equal(cell('Baseline'), '22.1');
  });
});
