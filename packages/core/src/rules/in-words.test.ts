// Figures in sentences a parent can read, worked by hand.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../feed/parse.js';
import { figureInWords, inEvery } from './in-words.js';

describe('a figure in words', () => {
  it('says a share as a whole number in every 100, counting in a bigger group when it is too small', () => {
    assert.deepEqual(inEvery(5.8, 100), { count: 6, of: 100, exact: false });
    assert.deepEqual(inEvery(6, 100), { count: 6, of: 100, exact: true });
    // 0.10% is one child in 1,000; 0.013% about one in 10,000.
    assert.deepEqual(inEvery(0.1, 100), { count: 1, of: 1000, exact: true });
    assert.deepEqual(inEvery(0.013, 100), { count: 1, of: 10000, exact: false });
    // 409.3 per 10,000 is about 409 in 10,000.
    assert.deepEqual(inEvery(409.3, 10000), { count: 409, of: 10000, exact: false });
    assert.deepEqual(inEvery(0, 100), { count: 0, of: 100, exact: true });
  });

  const feed = parseFeed({
    version: '1.0',
    title: 't',
    authority: { name: 'Walsall' },
    periods: [{ id: 'jan25', label: 'Jan-25', end: '2025-01-31', kind: 'snapshot' }],
    comparators: [{ id: 'england', name: 'England', kind: 'england' }],
    indicators: [
      {
        id: 'ehcp',
        title: 'Children with an EHC plan',
        measure: 'how-much',
        unit: 'percent',
        polarity: 'none',
        inWords: { who: "children in Walsall's schools", what: 'have an EHC plan' },
        values: [5.8],
        comparators: { england: [5.3] },
      },
      {
        id: 'suspensions',
        title: 'Suspensions',
        measure: 'so-what',
        unit: 'percent',
        polarity: 'smaller-is-better',
        inWords: { who: "children in Walsall's schools", things: 'suspensions' },
        values: [11.9],
        comparators: { england: [11.31] },
      },
      { id: 'plain', title: 'No words', measure: 'how-much', unit: 'percent', polarity: 'none', values: [5.8] },
    ],
  }).feed!;

  it("makes the sentence from the feed's words and England's figure for the same period", () => {
    const ind = feed.indicators.get('ehcp')!;
    assert.equal(
      figureInWords(ind, ind.values.get('jan25'), feed.comparators.get('england'), feed.periods),
      "About 6 in every 100 children in Walsall's schools have an EHC plan. In England it is about 5 in 100.",
    );
    // Without England, the first sentence alone.
    assert.equal(figureInWords(ind, ind.values.get('jan25'), undefined, feed.periods), "About 6 in every 100 children in Walsall's schools have an EHC plan.");
  });

  it('says a rate of events as events for every 100, not as a share of people', () => {
    // 11.9 suspensions per 100 pupils: about 12; England 11.31: about 11.
    const ind = feed.indicators.get('suspensions')!;
    assert.equal(
      figureInWords(ind, ind.values.get('jan25'), feed.comparators.get('england'), feed.periods),
      "There were about 12 suspensions for every 100 children in Walsall's schools. In England there were about 11.",
    );
  });

  it('says nothing where the feed gives no words, or there is no figure', () => {
    const plain = feed.indicators.get('plain')!;
    assert.equal(figureInWords(plain, plain.values.get('jan25'), undefined, feed.periods), undefined);
    const ind = feed.indicators.get('ehcp')!;
    assert.equal(figureInWords(ind, undefined, undefined, feed.periods), undefined);
  });
});
