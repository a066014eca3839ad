// Map shading, area ranks and the area summary, against figures worked by hand from the map fixture.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFeed } from '../feed/parse.js';
import { areaFigures, areaSummary, areasOf, ordinal, rankWords } from './area.js';
import { quantileBreaks, shading } from './shading.js';

const feed = parseFeed(readFileSync(new URL('../../../../test/fixtures/feeds/map.json', import.meta.url), 'utf8')).feed!;
const cp = feed.indicators.get('cp-rate')!;
const fmt = { unit: cp.unit };

describe('map shading', () => {
  it('puts sequential breaks at the quantiles (R-7) and a value on a break in the class above', () => {
    // 2024/25 figures of the five areas with one: 28.9 36.0 43.5 51.2 60.0 (Willenhall is suppressed).
    // Quantile i/5 at position 4·i/5: 28.9+0.8·7.1 = 34.58, 36+0.6·7.5 = 40.5, 43.5+0.4·7.7 = 46.58, 51.2+0.2·8.8 = 52.96.
    const values = [43.5, 28.9, 51.2, 36.0, 60.0];
    const s = shading(values, { polarity: 'smaller-is-better', fmt, map: { classes: 5 } });
    assert.equal(s.scheme, 'sequential');
    assert.deepEqual(
      s.classes.map((c) => c.label),
      [
        'Under 34.6 per 10,000',
        '34.6 per 10,000 to under 40.5 per 10,000',
        '40.5 per 10,000 to under 46.6 per 10,000',
        '46.6 per 10,000 to under 53.0 per 10,000',
        '53.0 per 10,000 or more',
      ],
    );
    assert.deepEqual([28.9, 36.0, 43.5, 51.2, 60.0].map(s.classOf), [0, 1, 2, 3, 4]);
    assert.equal(s.classOf(40.5), 2);
    assert.equal(s.classOf(40.46), 2, 'a figure that prints as 40.5 sits where 40.5 sits');
    assert.match(s.note, /Smaller is better: the lightest shade is the best/);
  });

  it('says the darkest shade is best when bigger is better, and nothing of better without polarity', () => {
    assert.match(shading([1, 2, 3], { polarity: 'bigger-is-better', fmt }).note, /Bigger is better: the darkest shade is the best/);
    assert.doesNotMatch(shading([1, 2, 3], { polarity: 'none', fmt }).note, /better/);
  });

  it('drops repeated quantiles so no class is empty by construction', () => {
    assert.deepEqual(
      quantileBreaks([1, 1, 1, 1, 2], 5).map((b) => +b.toFixed(9)),
      [1.2],
    );
    assert.deepEqual(quantileBreaks([], 5), []);
    assert.equal(shading([7, 7, 7], { polarity: 'none', fmt }).classes.length, 1);
  });

  it('makes fewer classes for few areas, so that a class is never one area wide; none for no figures', () => {
    // Five areas: two classes, split at the median (R-7 quantile 1/2 at position 2: 43.5).
    const five = shading([43.5, 28.9, 51.2, 36.0, 60.0], { polarity: 'smaller-is-better', fmt });
    assert.deepEqual(
      five.classes.map((c) => c.label),
      ['Under 43.5 per 10,000', '43.5 per 10,000 or more'],
    );
    // Fifteen areas: the usual five classes, three areas each.
    const fifteen = shading(
      Array.from({ length: 15 }, (_, i) => 10 + i),
      { polarity: 'none', fmt: { unit: 'count' } },
    );
    assert.equal(fifteen.classes.length, 5);
    const none = shading([], { polarity: 'none', fmt });
    assert.deepEqual(none.classes, []);
    assert.equal(none.note, 'No area has a figure to shade.');
  });

  it("uses the feed's fixed breaks in order", () => {
    const s = shading([95, 400], { polarity: 'none', fmt: { unit: 'count' }, map: { breaks: [300, 100, 200] } });
    assert.deepEqual(
      s.classes.map((c) => c.label),
      ['Under 100', '100 to under 200', '200 to under 300', '300 or more'],
    );
    assert.deepEqual([95, 100, 120, 205, 300, 400].map(s.classOf), [0, 1, 1, 2, 3, 3]);
    assert.match(s.note, /at the feed's breaks/);
  });

  it('diverges around the centre with better and worse by polarity, 5% and 20% of the centre by default', () => {
    // Centre 70.0%: within 3.5 points similar, 3.5 to 14 points better/worse, beyond that much.
    const bb = shading([], { polarity: 'bigger-is-better', fmt: { unit: 'percent' }, map: { scheme: 'diverging' }, centre: { value: 70, name: 'Walsall' } });
    assert.deepEqual(
      bb.classes.map((c) => c.shade),
      ['much-worse', 'worse', 'similar', 'better', 'much-better'],
    );
    assert.equal(bb.classes[2]!.label, 'Similar to Walsall (within 3.5 points)');
    assert.equal(bb.classes[0]!.label, 'Much worse than Walsall (more than 14.0 points below)');
    assert.deepEqual([71.2, 64.0, 80.5, 73.5, 84.0, 84.1, 55.9].map(bb.classOf), [2, 1, 3, 2, 3, 4, 0]);
    const sb = shading([], { polarity: 'smaller-is-better', fmt: { unit: 'percent' }, map: { scheme: 'diverging' }, centre: { value: 70, name: 'England' } });
    assert.deepEqual(
      sb.classes.map((c) => c.shade),
      ['much-better', 'better', 'similar', 'worse', 'much-worse'],
    );
    assert.equal(sb.classes[4]!.label, 'Much worse than England (more than 14.0 points above)');
    const none = shading([], {
      polarity: 'none',
      fmt: { unit: 'percent' },
      map: { scheme: 'diverging', breaks: [1, 2] },
      centre: { value: 70, name: 'Walsall' },
    });
    assert.deepEqual(
      none.classes.map((c) => c.shade),
      ['much-lower', 'lower', 'similar', 'higher', 'much-higher'],
    );
    assert.deepEqual([69, 68.9, 72.1].map(none.classOf), [2, 1, 4]);
  });

  it('falls back to sequential, saying why, when a diverging scheme has nothing to centre on', () => {
    const s = shading([1, 2, 3], { polarity: 'bigger-is-better', fmt, map: { scheme: 'diverging' } });
    assert.equal(s.scheme, 'sequential');
    assert.match(s.note, /^No figure to compare the areas with/);
  });
});

describe('areas', () => {
  it('lists areas by level, a locality without a level being a locality', () => {
    assert.equal(areasOf(feed, 'locality').length, 6);
    assert.equal(areasOf(feed, 'ward').length, 20);
    assert.equal(areasOf(feed, 'authority').length, 0);
  });

  it('ranks best first by polarity, leaves out suppressed areas, and picks the latest period with a figure', () => {
    const r = areaFigures(feed, cp, 'locality', 'smaller-is-better');
    assert.equal(r.period?.id, '2025');
    assert.equal(r.ranked, 5);
    const rank = Object.fromEntries(r.figures.map((f) => [f.area.id, f.rank]));
    assert.deepEqual(rank, {
      'darlaston-and-bentley': 1,
      'walsall-south': 2,
      'north-walsall': 3,
      'aldridge-and-beacon': 4,
      'brownhills-pelsall': 5,
      'willenhall-and-short-heath': undefined,
    });
    assert.equal(r.figures.find((f) => f.area.id === 'willenhall-and-short-heath')!.observation?.mark, 'c');
    const older = areaFigures(feed, cp, 'locality', 'bigger-is-better', '2024');
    assert.equal(older.figures.find((f) => f.rank === 1)!.area.id, 'brownhills-pelsall', '62.1 is the highest in 2023/24');
    assert.equal(areaFigures(feed, cp, 'locality', 'none', 'nope').period, undefined);
  });

  it('gives areas whose figures print the same the same rank', () => {
    const tied = parseFeed({
      version: '1.0',
      title: 't',
      authority: { name: 'W' },
      periods: [{ id: 'p', label: 'P', end: '2025-03-31', kind: 'financial-year' }],
      localities: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
        { id: 'c', name: 'C' },
      ],
      indicators: [
        { id: 'i', title: 'i', measure: 'how-much', unit: 'percent', polarity: 'bigger-is-better', localities: { a: [50.01], b: [50.04], c: [60] } },
      ],
    }).feed!;
    const r = areaFigures(tied, tied.indicators.get('i')!, 'locality', 'bigger-is-better');
    assert.deepEqual(
      r.figures.map((f) => f.rank),
      [2, 2, 1],
    );
  });

  it('says the highest, the lowest, the spread and the gaps in words', () => {
    const r = areaFigures(feed, cp, 'locality', 'smaller-is-better');
    assert.equal(
      areaSummary(r.figures, fmt),
      "Highest: Brownhills, Pelsall, Rushall and Shelfield, 60.0 per 10,000. Lowest: Darlaston and Bentley, 28.9 per 10,000. The highest is 31.1 per 10,000 above the lowest (2.1 times). 1 area's figure is suppressed or not available (shown as its mark).",
    );
    assert.equal(areaSummary([], fmt), 'No area has a figure.');
  });

  it('writes ranks as people say them', () => {
    assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 22, 111, 153].map(ordinal), [
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '111th',
      '153rd',
    ]);
    assert.equal(rankWords(2, 20, 'smaller-is-better'), '2nd best of 20');
    assert.equal(rankWords(1, 4, 'none'), '1st highest of 4');
  });
});
