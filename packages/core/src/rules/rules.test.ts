// Formatting, RAG and roll-ups, against expectations worked by hand.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../feed/parse.js';
import { formatChange, formatFigure, formatValue } from './format.js';
import { polarityLabel } from './polarity.js';
import { ragStatus } from './rag.js';
import { rollUpNode } from './rollup.js';
import { seriesSummary } from './summary.js';

describe('formatting', () => {
  it('formats every unit with its decimals and thousands separators', () => {
    assert.equal(formatValue(1234, { unit: 'count' }), '1,234');
    assert.equal(formatValue(22.7, { unit: 'percent' }), '22.7%');
    assert.equal(formatValue(408.94, { unit: 'per-10000' }), '408.9 per 10,000');
    assert.equal(formatValue(5.25, { unit: 'per-1000', decimals: 2 }), '5.25 per 1,000');
    assert.equal(formatValue(1, { unit: 'days' }), '1 day');
    assert.equal(formatValue(23.4, { unit: 'days' }), '23 days');
    assert.equal(formatValue(18.5, { unit: 'weeks' }), '18.5 weeks');
    assert.equal(formatValue(14.23, { unit: 'score' }), '14.2');
    assert.equal(formatValue(1250000, { unit: 'money' }), '£1,250,000');
    assert.equal(formatValue(-0.04, { unit: 'percent' }), '0.0%');
  });

  it('says a change of a percentage in points, never in per cent', () => {
    assert.equal(formatChange(25, { unit: 'percent', decimals: 0 }), '+25 points');
    assert.equal(formatChange(-12.34, { unit: 'percent' }), '−12.3 points');
    assert.equal(formatChange(-12, { unit: 'count' }), '−12');
    assert.equal(formatChange(0, { unit: 'count' }), '0');
  });

  it('shows marks as written, never as zero, and says missing, provisional and suppressed in words', () => {
    const r = parseFeed({
      version: '1.0',
      title: 't',
      authority: { name: 'W' },
      periods: ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, label: id.toUpperCase(), end: `202${i}-03-31`, kind: 'financial-year' })),
      indicators: [
        {
          id: 'i',
          title: 'i',
          measure: 'how-much',
          unit: 'count',
          polarity: 'none',
          values: [
            { period: 'a', value: 'c' },
            { period: 'b', value: 'low' },
            { period: 'c', value: 'z' },
            { period: 'd', value: null },
            { period: 'e', value: 12, provisional: true },
          ],
        },
      ],
    });
    const s = r.feed!.indicators.get('i')!.values;
    const f = (p: string) => formatFigure(s.get(p), { unit: 'count' });
    assert.deepEqual(f('a'), { text: 'c', words: 'c: suppressed to protect confidentiality', empty: true });
    assert.equal(f('b').text, 'low');
    assert.equal(s.get('c')!.state, 'not-applicable');
    assert.equal(f('c').words, 'z: not applicable');
    assert.deepEqual(f('d'), { text: 'No data', words: 'no data', empty: true });
    assert.deepEqual(f('e'), { text: '12', words: '12, provisional', empty: false });
    assert.equal(formatFigure(undefined, { unit: 'count' }).text, 'No data');
  });

  it('labels polarity as BB, SB, a range or none', () => {
    assert.deepEqual(polarityLabel('bigger-is-better'), { code: 'BB', words: 'bigger is better' });
    assert.deepEqual(polarityLabel('smaller-is-better'), { code: 'SB', words: 'smaller is better' });
    assert.equal(polarityLabel('range', { low: 10, high: 15 }, 'percent', 0).words, 'best within 10–15%');
    assert.equal(polarityLabel('none').code, '');
  });
});

const periods = [
  { id: 'y1', label: '2021/22', end: '2022-03-31', kind: 'financial-year' },
  { id: 'y2', label: '2022/23', end: '2023-03-31', kind: 'financial-year' },
  { id: 'y3', label: '2023/24', end: '2024-03-31', kind: 'financial-year' },
];
const targets = [
  { id: 'min', label: 'Minimum standard', kind: 'minimum-standard', value: 80 },
  { id: 'y3-target', label: 'Year 3 target', kind: 'year-3', value: 90, from: 'y3' },
];

describe('RAG', () => {
  const r = parseFeed({
    version: '1.0',
    title: 't',
    authority: { name: 'W' },
    periods,
    indicators: [
      {
        id: 'bb',
        title: 'bb',
        measure: 'how-well',
        unit: 'percent',
        polarity: 'bigger-is-better',
        targets,
        rag: { target: 'min', tolerance: 2 },
        values: [
          { period: 'y1', value: 85 },
          { period: 'y2', value: 78.5 },
          { period: 'y3', value: 70, rag: 'amber', ragReason: 'Agreed at the board: a new system' },
        ],
      },
      {
        id: 'sb',
        title: 'sb',
        measure: 'how-well',
        unit: 'per-10000',
        polarity: 'smaller-is-better',
        targets: [{ label: 'Ambitious', kind: 'ambitious', value: 60 }],
        rag: { target: 'ambitious' },
        values: [55, 60.04, 61],
      },
      {
        id: 'yearly',
        title: 'y',
        measure: 'how-well',
        unit: 'percent',
        polarity: 'bigger-is-better',
        targets,
        rag: { target: 'year-3' },
        values: [95, 95, 88],
      },
      { id: 'none', title: 'n', measure: 'how-much', unit: 'count', polarity: 'bigger-is-better', values: [1, 2, 3] },
      { id: 'default-min', title: 'd', measure: 'how-well', unit: 'percent', polarity: 'bigger-is-better', targets, values: [79, 81, 'c'] },
    ],
  });
  const f = r.feed!;
  const rag = (id: string, p: string) => {
    const ind = f.indicators.get(id)!;
    return ragStatus(ind, f.periods, ind.values.get(p));
  };

  it('judges against the chosen target, with amber inside the tolerance', () => {
    assert.deepEqual([rag('bb', 'y1').status, rag('bb', 'y1').reason], ['green', 'Met the minimum standard of 80.0%']);
    assert.deepEqual(
      [rag('bb', 'y2').status, rag('bb', 'y2').reason],
      ['amber', 'Below the minimum standard of 80.0% by 1.5 points, within the tolerance of 2.0 points'],
    );
  });

  it('an explicit status on the value wins, with its reason', () => {
    assert.deepEqual([rag('bb', 'y3').status, rag('bb', 'y3').basis, rag('bb', 'y3').reason], ['amber', 'explicit', 'Agreed at the board: a new system']);
  });

  it('smaller is better: at or under the target is met, judged at the shown decimals', () => {
    assert.equal(rag('sb', 'y1').status, 'green');
    assert.equal(rag('sb', 'y2').status, 'green'); // 60.04 shows as 60.0
    assert.deepEqual([rag('sb', 'y3').status, rag('sb', 'y3').reason], ['red', 'Above the ambitious of 60.0 per 10,000']);
  });

  it('a target holds only from its first period', () => {
    assert.equal(rag('yearly', 'y2').status, null);
    assert.equal(rag('yearly', 'y2').reason, 'No target set, so no RAG');
    assert.equal(rag('yearly', 'y3').status, 'red');
  });

  it('without targets there is no RAG; without a rag setting the minimum standard is used', () => {
    assert.equal(rag('none', 'y3').status, null);
    assert.equal(rag('default-min', 'y1').status, 'red');
    assert.equal(rag('default-min', 'y2').status, 'green');
    assert.equal(rag('default-min', 'y3').reason, 'No figure for 2023/24, so no RAG');
  });
});

describe('roll-up over a framework node', () => {
  it('counts each indicator once over the node and its descendants, with node polarity overrides', () => {
    const r = parseFeed({
      version: '1.0',
      title: 't',
      authority: { name: 'W' },
      periods,
      indicators: [
        { id: 'a', title: 'a', measure: 'how-well', unit: 'percent', polarity: 'bigger-is-better', targets, values: [70, 75, 85] }, // improved, green
        { id: 'b', title: 'b', measure: 'how-well', unit: 'percent', polarity: 'bigger-is-better', targets, values: [90, 85, 79] }, // deteriorated, red
        { id: 'c', title: 'c', measure: 'how-much', unit: 'count', polarity: 'none', values: [1, 2, 3] }, // no judgement; overridden below
        { id: 'd', title: 'd', measure: 'so-what', unit: 'count', polarity: 'smaller-is-better', values: [5, 5, null] }, // no data
        { id: 'e', title: 'e', measure: 'so-what', unit: 'count', polarity: 'smaller-is-better', values: [5, 4, 4] }, // maintained
      ],
      framework: [
        {
          id: 'p',
          title: 'P',
          kind: 'priority',
          indicators: ['a'],
          children: [
            { id: 'o1', title: 'O1', kind: 'outcome', indicators: ['b', { id: 'c', polarity: 'smaller-is-better' }] },
            { id: 'o2', title: 'O2', kind: 'outcome', indicators: ['a', 'd', 'e'] },
          ],
        },
      ],
    });
    assert.deepEqual(r.warnings, []);
    const u = rollUpNode(r.feed!, r.feed!.nodes.get('p')!, 'y3');
    assert.deepEqual(
      {
        total: u.total,
        improved: u.improved,
        maintained: u.maintained,
        deteriorated: u.deteriorated,
        noJudgement: u.noJudgement,
        noData: u.noData,
        red: u.red,
        amber: u.amber,
        green: u.green,
        noRag: u.noRag,
      },
      { total: 5, improved: 1, maintained: 1, deteriorated: 2, noJudgement: 0, noData: 1, red: 1, amber: 0, green: 1, noRag: 3 },
    );
    assert.equal(
      u.words,
      '5 indicators: 1 improved, 1 maintained, 2 deteriorated, 1 with no data. Against targets: 1 on track (green), 1 off track (red); 3 with no RAG.',
    );
    // One green of the two with a RAG.
    assert.equal(u.track, '1 of 2 on track');
    // Without a period each indicator is judged at its own latest figure: "d" was 5 and 5.
    const latest = rollUpNode(r.feed!, r.feed!.nodes.get('p')!);
    assert.deepEqual([latest.maintained, latest.noData], [2, 0]);
  });
});

describe('series summary', () => {
  it('says how many figures, first and last, lowest and highest, and the gaps', () => {
    const r = parseFeed({
      version: '1.0',
      title: 't',
      authority: { name: 'W' },
      periods,
      indicators: [
        { id: 'a', title: 'a', measure: 'how-well', unit: 'percent', polarity: 'bigger-is-better', values: [64.9, 'c', 47.5] },
        { id: 'b', title: 'b', measure: 'how-well', unit: 'count', polarity: 'none', values: [null, 12, null] },
      ],
    });
    const fmtA = { unit: 'percent' as const };
    assert.equal(
      seriesSummary(r.feed!.indicators.get('a')!.values.observations(), fmtA),
      '2 figures from 2021/22 (64.9%) to 2023/24 (47.5%); lowest 47.5% in 2023/24, highest 64.9% in 2021/22. 1 period has no figure.',
    );
    assert.equal(seriesSummary(r.feed!.indicators.get('b')!.values.observations(), { unit: 'count' }), 'One figure: 12 in 2022/23.');
    assert.equal(seriesSummary([], fmtA), 'No figures to show a trend.');
  });
});

describe('roll-ups of a whole framework, node by node with judgements shared', () => {
  it('give every node the same counts as rolling it up alone, in any order, once worked out', async () => {
    const { rollUps } = await import('./rollup.js');
    const { readFileSync } = await import('node:fs');
    for (const file of ['test/fixtures/feeds/tree.json', 'test/fixtures/feeds/tiles.json']) {
      const feed = parseFeed(readFileSync(file, 'utf8')).feed!;
      const of = rollUps(feed);
      const nodes = [...feed.nodes.values()];
      for (const node of [...nodes].reverse()) assert.deepEqual(of(node), rollUpNode(feed, node), `${file} ${node.id}`);
      for (const node of nodes) assert.equal(of(node), of(node), 'the same roll-up object the second time');
    }
  });
});
