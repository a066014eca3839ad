// Direction of travel, checked against rows of the 2013 Improvement Board scorecard (seed 002),
// worked by hand from their printed figures and BB/SB marks (the seed's arrow glyphs were lost).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../feed/parse.js';
import type { FeedData } from '../feed/types.js';
import { directionOfTravel, travel } from './direction.js';

const periods = [
  { id: 'fy-2012-13', label: '2012/13', end: '2013-03-31', kind: 'financial-year' },
  { id: 'mar-13', label: 'Mar-13', end: '2013-03-31', kind: 'snapshot' },
  { id: 'jun-13', label: 'YTD Jun-13', end: '2013-06-30', kind: 'year-to-date' },
  { id: 'jul-13', label: 'YTD Jul-13', end: '2013-07-31', kind: 'year-to-date' },
];

const row = (id: string, polarity: string, values: (number | null)[], extra: object = {}) => ({
  id,
  title: id,
  measure: 'how-well',
  unit: 'percent',
  polarity,
  values: values.map((value, i) => ({ period: periods[i]!.id, value })).filter((v) => v.value !== null),
  ...extra,
});

function feed(indicators: object[]): FeedData {
  const r = parseFeed({ version: '1.0', title: 'Seed 002', authority: { name: 'Walsall' }, periods, indicators });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.warnings, []);
  return r.feed!;
}

const vsMarch = { direction: { compare: 'period', period: 'mar-13' } };

describe('direction of travel: the 2013 scorecard rows, worked by hand', () => {
  const f = feed([
    // "% Initial Assessments (IA) completed in less than 10 days [BB]": 64.9 Mar-13, 47.5 YTD Jul-13.
    row('ia', 'bigger-is-better', [null, 64.9, 48.7, 47.5], vsMarch),
    // "% Core Assessments (CA) completed in less than 35 days [BB]": 64.7 → 83.9.
    row('ca', 'bigger-is-better', [null, 64.7, 81.7, 83.9], vsMarch),
    // "Second or subsequent CPP in 2 yrs since a CPP (%) [SB]": 10.4 → 22.7.
    row('repeat-cpp', 'smaller-is-better', [null, 10.4, null, 22.7], vsMarch),
    // "Duration of CPP 2+ years at closure (%) [SB]": 6.5 → 3.6 (2.9 in June).
    row('cpp-2yrs', 'smaller-is-better', [null, 6.5, 2.9, 3.6], vsMarch),
    // "CPP reviews within timescales [BB]": 97 Mar-13, 100 YTD Jun-13, 98.2 YTD Jul-13.
    row('cpp-reviews-vs-march', 'bigger-is-better', [null, 97, 100, 98.2], vsMarch),
    row('cpp-reviews-vs-june', 'bigger-is-better', [null, 97, 100, 98.2]),
    // Staffing table, "2012/13 | 2013/14 to June | to July": "% Social worker vacancies [SB]" 14.4, 19.82, 26.01.
    row('sw-vacancies', 'smaller-is-better', [14.4, null, 19.82, 26.01]),
    // "Sickness - average days lost ... [SB]" 16.3, 17.73, 16.95 (days).
    row('sickness', 'smaller-is-better', [16.3, null, 17.73, 16.95], { unit: 'days', decimals: 2 }),
    // "% supervisions completed in timescale [BB]" 80.5, 87, 75.8.
    row('supervisions', 'bigger-is-better', [80.5, null, 87, 75.8]),
    // "Nos. agency staff" (no BB/SB): 54, 60, 54.
    row('agency', 'none', [54, null, 60, 54], { unit: 'count' }),
    // "Complaints Stage 1": 116 in the year to Mar-13, 73 so far in 13/14: a part-year count.
    {
      id: 'complaints',
      title: 'Complaints Stage 1',
      measure: 'how-much',
      unit: 'count',
      polarity: 'smaller-is-better',
      values: [
        { period: 'fy-2012-13', value: 116 },
        { period: 'jul-13', value: 73, notComparable: '73 is a count for April to July only; 116 is for the whole of 2012/13.' },
      ],
    },
  ]);
  const dot = (id: string) => directionOfTravel(f.indicators.get(id)!, f.periods);

  it('IA timeliness, BB, 64.9 → 47.5: down, deteriorated', () => {
    const d = dot('ia');
    assert.equal(d.movement, 'down');
    assert.equal(d.judgement, 'deteriorated');
    assert.equal(d.vs, 'vs Mar-13');
    assert.equal(d.words, 'Down from 64.9% in Mar-13 to 47.5% in YTD Jul-13: deteriorated, bigger is better');
  });

  it('CA timeliness, BB, 64.7 → 83.9: up, improved', () => {
    assert.equal(dot('ca').judgement, 'improved');
    assert.equal(dot('ca').movement, 'up');
  });

  it('repeat CPPs, SB, 10.4 → 22.7: up, deteriorated, in the words a screen reader hears', () => {
    const d = dot('repeat-cpp');
    assert.equal(d.movement, 'up');
    assert.equal(d.judgement, 'deteriorated');
    assert.equal(d.words, 'Up from 10.4% in Mar-13 to 22.7% in YTD Jul-13: deteriorated, smaller is better');
    assert.equal(d.change!.toFixed(1), '12.3');
  });

  it('CPP 2+ years at closure, SB, 6.5 → 3.6: down, improved', () => {
    assert.equal(dot('cpp-2yrs').judgement, 'improved');
  });

  it('CPP reviews: July is an improvement on March and a deterioration on June', () => {
    const march = dot('cpp-reviews-vs-march');
    assert.equal(march.judgement, 'improved');
    assert.equal(march.vs, 'vs Mar-13');
    const june = dot('cpp-reviews-vs-june');
    assert.equal(june.judgement, 'deteriorated');
    assert.equal(june.vs, 'vs YTD Jun-13');
  });

  it('staffing, compared with the previous column: vacancies and supervisions deteriorated, sickness improved', () => {
    assert.equal(dot('sw-vacancies').judgement, 'deteriorated');
    assert.equal(dot('supervisions').judgement, 'deteriorated');
    const sickness = dot('sickness');
    assert.equal(sickness.judgement, 'improved');
    assert.equal(sickness.words, 'Down from 17.73 days in YTD Jun-13 to 16.95 days in YTD Jul-13: improved, smaller is better');
  });

  it('a measure with no polarity says only up or down', () => {
    const d = dot('agency');
    assert.equal(d.movement, 'down');
    assert.equal(d.judgement, null);
    assert.equal(d.label, 'Down');
    assert.equal(d.words, 'Down from 60 in YTD Jun-13 to 54 in YTD Jul-13.');
  });

  it('a part-year count beside a full-year count gets no arrow, and says why', () => {
    const d = dot('complaints');
    assert.equal(d.status, 'not-comparable');
    assert.equal(d.movement, null);
    assert.equal(d.judgement, null);
    assert.match(d.words, /^Not comparable with 2012\/13: 73 is a count for April to July only/);
  });

  it('an earlier period can be asked for: June against March', () => {
    const d = directionOfTravel(f.indicators.get('cpp-reviews-vs-june')!, f.periods, { period: 'jun-13' });
    assert.equal(d.judgement, 'improved');
    assert.equal(d.vs, 'vs Mar-13');
  });
});

describe('direction of travel: tolerance, range, year-ago, polarity override, gaps', () => {
  const yearly = [
    { id: 'q3-15', label: 'Q3 2015/16', end: '2015-12-31', kind: 'quarter' },
    { id: 'q2-16', label: 'Q2 2016/17', end: '2016-09-30', kind: 'quarter' },
    { id: 'q3-16', label: 'Q3 2016/17', end: '2016-12-31', kind: 'quarter' },
  ];
  const r = parseFeed({
    version: '1.0',
    title: 't',
    authority: { name: 'Walsall' },
    periods: yearly,
    indicators: [
      {
        id: 'tol',
        title: 't',
        measure: 'how-well',
        unit: 'percent',
        polarity: 'bigger-is-better',
        direction: { compare: 'previous', tolerance: 0.5 },
        values: [null, 80, 80.4],
      },
      { id: 'range', title: 'r', measure: 'so-what', unit: 'percent', polarity: 'range', range: { low: 10, high: 15 }, values: [null, 22.7, 16] },
      { id: 'range-out', title: 'r', measure: 'so-what', unit: 'percent', polarity: 'range', range: { low: 10, high: 15 }, values: [null, 12, 9] },
      {
        id: 'year-ago',
        title: 'y',
        measure: 'how-much',
        unit: 'count',
        polarity: 'smaller-is-better',
        direction: { compare: 'year-ago' },
        values: [300, 200, 320],
      },
      { id: 'first', title: 'f', measure: 'how-much', unit: 'count', polarity: 'bigger-is-better', values: [null, null, 5] },
      { id: 'suppressed', title: 's', measure: 'how-much', unit: 'count', polarity: 'bigger-is-better', values: [4, 6, 'c'] },
    ],
  });
  const f = r.feed!;
  const dot = (id: string, o = {}) => directionOfTravel(f.indicators.get(id)!, f.periods, o);

  it('a change within the tolerance is maintained', () => {
    const d = dot('tol');
    assert.equal(d.movement, 'level');
    assert.equal(d.judgement, 'maintained');
    assert.match(d.words, /^Little change \(\+0\.4 points\)/);
  });

  it('with a best range, moving toward it improves and moving out of it deteriorates', () => {
    assert.equal(dot('range').judgement, 'improved');
    assert.equal(dot('range').movement, 'down');
    assert.match(dot('range').words, /improved, best within 10\.0–15\.0%$/);
    assert.equal(dot('range-out').judgement, 'deteriorated');
  });

  it('year-ago compares with the same quarter a year before, not the last quarter', () => {
    const d = dot('year-ago');
    assert.equal(d.previous?.period.id, 'q3-15');
    assert.equal(d.judgement, 'deteriorated');
    assert.equal(d.vs, 'vs Q3 2015/16');
  });

  it('a framework node can override polarity', () => {
    assert.equal(dot('year-ago', { polarity: 'bigger-is-better' }).judgement, 'improved');
    assert.equal(dot('year-ago', { polarity: 'none' }).judgement, null);
  });

  it('a first figure has nothing to compare with', () => {
    const d = dot('first');
    assert.equal(d.status, 'no-comparison');
    assert.match(d.words, /no earlier figure/);
  });

  it('a suppressed latest figure is never compared as if it were a number', () => {
    const d = dot('suppressed', { period: 'q3-16' });
    assert.equal(d.status, 'no-comparison');
    assert.equal(d.movement, null);
  });

  it('travel, the comparison without its words (for roll-ups), judges as the sentence does', () => {
    // 80 → 80.4 within a tolerance of 0.5: level, maintained, a change of 0.4 points.
    const t = travel(f.indicators.get('tol')!, f.periods);
    assert.deepEqual({ status: t.status, movement: t.movement, judgement: t.judgement }, { status: 'compared', movement: 'level', judgement: 'maintained' });
    assert.ok(Math.abs(t.change! - 0.4) < 1e-9);
    assert.equal('words' in t, false);
    // 300 a year before, 320 now, smaller is better: up, deteriorated; overridden to no polarity, no judgement.
    assert.equal(travel(f.indicators.get('year-ago')!, f.periods).judgement, 'deteriorated');
    assert.equal(travel(f.indicators.get('year-ago')!, f.periods, undefined, 'none').judgement, null);
    assert.equal(travel(f.indicators.get('suppressed')!, f.periods, 'q3-16').status, 'no-comparison');
    for (const ind of f.indicators.values()) {
      for (const period of [undefined, ...f.periods.map((p) => p.id)]) {
        const { status, movement, judgement, current, previous, change } = directionOfTravel(ind, f.periods, { period });
        assert.deepEqual(travel(ind, f.periods, period), { status, movement, judgement, current, previous, change }, `${ind.id} at ${period}`);
      }
    }
  });
});

describe('direction of travel: a fixed comparison period', () => {
  it('compares a period at or before the fixed one with its previous figure instead', () => {
    const r = parseFeed({
      version: '1.0',
      title: 't',
      authority: { name: 'W' },
      periods,
      indicators: [row('ia', 'bigger-is-better', [70, 64.9, 48.7, 47.5], vsMarch)],
    });
    const d = directionOfTravel(r.feed!.indicators.get('ia')!, r.feed!.periods, { period: 'mar-13' });
    assert.equal(d.vs, 'vs 2012/13');
    assert.equal(d.judgement, 'deteriorated');
  });
});
