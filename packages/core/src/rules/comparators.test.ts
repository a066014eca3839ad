// Which comparators a tile lists, and the authority ranked among its statistical neighbours,
// against figures worked by hand from test/fixtures/feeds/neighbours.json.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFeed } from '../feed/parse.js';
import { neighbourAverage, neighbourRanking, tileComparators } from './comparators.js';

const text = readFileSync('test/fixtures/feeds/neighbours.json', 'utf8');
const feed = parseFeed(text).feed!;
const cla = feed.indicators.get('cla-rate')!;

describe('the comparators a tile lists', () => {
  it('are England, the region and the neighbours’ average by default, not each of ten neighbours', () => {
    assert.deepEqual([...tileComparators(feed.comparators).comparators.keys()], ['england', 'wm', 'sn']);
  });

  it('are those named, in that order, with the ids the feed does not have listed apart', () => {
    const r = tileComparators(feed.comparators, ['sn', 'la-3', 'nope']);
    assert.deepEqual([...r.comparators.keys()], ['sn', 'la-3']);
    assert.deepEqual(r.unknown, ['nope']);
  });

  it('are those the feed marks onTiles, when it marks any', () => {
    const json = JSON.parse(text);
    json.comparators[0].onTiles = true;
    json.comparators[4].onTiles = true;
    json.comparators[1].onTiles = false;
    const marked = parseFeed(json).feed!;
    assert.deepEqual([...tileComparators(marked.comparators).comparators.keys()], ['england', 'la-2']);
  });
});

describe('the authority among its statistical neighbours', () => {
  it('ranks best first by polarity (smaller is better here), ties sharing a rank, those with no figure last', () => {
    const r = neighbourRanking(feed, cla);
    assert.equal(r.period?.label, '2024/25');
    // 60.3, 80.0, 88.8, then Walsall and Corton both 95.0 (=4th), 99.9, 101.2, 120.5, 130.0; Dunmore (none) and Easton (c) unranked.
    assert.deepEqual(
      r.rows.map((x) => [x.rank, x.name]),
      [
        [1, 'Glenholt'],
        [2, 'Ashby'],
        [3, 'Hartley'],
        [4, 'Walsall'],
        [4, 'Corton'],
        [6, 'Jarrow'],
        [7, 'Fairfield'],
        [8, 'Bexley Vale'],
        [9, 'Ivybridge North and South Riverside'],
        [undefined, 'Dunmore'],
        [undefined, 'Easton'],
      ],
    );
    assert.equal(r.ranked, 9);
    assert.equal(r.rows.find((x) => x.name === 'Easton')!.observation?.mark, 'c');
    assert.deepEqual(
      r.lines.map((l) => [l.name, l.value]),
      [
        ['England', 71],
        ['Statistical neighbours (average)', 97.2],
      ],
    );
    assert.equal(
      r.words,
      'Walsall is 4th best of 9 (shared) among Walsall and its 10 statistical neighbours in 2024/25, with 95.0 per 10,000. 2 of them have no figure in 2024/25. England: 71.0 per 10,000. Statistical neighbours (average): 97.2 per 10,000.',
    );
  });

  it('ranks the highest first when the indicator has no better direction, and says when the authority has no figure', () => {
    const none = neighbourRanking(feed, cla, { polarity: 'none' });
    assert.equal(none.rows[0]!.name, 'Ivybridge North and South Riverside');
    assert.match(none.words, /^Walsall is 5th highest of 9 \(shared\)/);
    // 2023/24: only Walsall has a figure among the eleven.
    const early = neighbourRanking(feed, cla, { period: 'y1' });
    assert.equal(early.ranked, 1);
    assert.equal(
      early.words,
      'Of Walsall and its 10 statistical neighbours, only Walsall has a figure in 2023/24: 98.4 per 10,000. England: 70.2 per 10,000. Statistical neighbours (average): 96.0 per 10,000.',
    );
  });

  it('says so when the feed has no neighbours for the indicator', () => {
    const json = JSON.parse(text);
    json.indicators[0].comparators = { england: [70.2, 71.0] };
    const bare = parseFeed(json).feed!;
    const r = neighbourRanking(bare, bare.indicators.get('cla-rate')!);
    assert.equal(r.rows.length, 1);
    assert.equal(r.words, "The feed has no figures for Walsall's statistical neighbours for this indicator.");
  });
});

describe("the statistical neighbours' average", () => {
  it('is the plain mean of the figures there are, rounded as shown, once 7 neighbours have one', () => {
    // 10 + 20 + 30 + 40 + 50 + 60 + 71 = 281; ÷ 7 = 40.142… → 40.1.
    assert.equal(neighbourAverage([10, 20, 30, 40, 50, 60, 71], 1), 40.1);
    // 1.005 is shown 1.01 (half away from zero, as written), not 1.00 as the binary double rounds.
    assert.equal(neighbourAverage([1.005, 1.005, 1.005, 1.005, 1.005, 1.005, 1.005], 2), 1.01);
    assert.equal(neighbourAverage([10, 20, 30, 40, 50, 60], 1), null);
  });
});
