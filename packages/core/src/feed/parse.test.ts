import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from './parse.js';
import { locateJsonError } from './json-error.js';

const base = {
  version: '1.0',
  title: 'Feed',
  authority: { name: 'Walsall', code: 'E08000030' },
  comparators: [{ id: 'england', name: 'England', kind: 'england' }],
  localities: [{ id: 'north', name: 'North', wards: ['E05001304'] }],
};

describe('parseFeed indexing', () => {
  it('indexes indicators by id and values by period, in long and compact form alike', () => {
    const r = parseFeed({
      ...base,
      periods: [
        { id: 'a', label: 'A', end: '2021-03-31', kind: 'financial-year' },
        { id: 'b', label: 'B', end: '2022-03-31', kind: 'financial-year' },
      ],
      indicators: [
        { id: 'long', title: 'Long', measure: 'how-much', unit: 'count', polarity: 'none', values: [{ period: 'b', value: 7, numerator: 7, note: 'n' }] },
        {
          id: 'compact',
          title: 'Compact',
          measure: 'how-much',
          unit: 'count',
          polarity: 'none',
          values: [3, 'c'],
          comparators: { england: [1, 2] },
          localities: { north: [null, 9] },
        },
      ],
    });
    assert.deepEqual([r.errors, r.warnings], [[], []]);
    const f = r.feed!;
    assert.deepEqual([...f.indicators.keys()], ['long', 'compact']);
    const long = f.indicators.get('long')!.values.get('b')!;
    assert.deepEqual([long.value, long.numerator, long.note, long.period.label], [7, 7, 'n', 'B']);
    assert.equal(f.indicators.get('long')!.values.get('a'), undefined);
    const compact = f.indicators.get('compact')!;
    assert.equal(compact.values.get('b')!.mark, 'c');
    assert.equal(compact.values.latest()!.period.id, 'a');
    assert.equal(compact.comparators.get('england')!.get('b')!.value, 2);
    assert.equal(compact.localities.get('north')!.get('a')!.state, 'missing');
    assert.equal(compact.values.count, 1);
  });

  it('warns of inWords with both "what" and "things", or neither, and drops the words', () => {
    const periods = [{ id: 'a', label: 'A', end: '2021-03-31', kind: 'financial-year' }];
    const ind = (inWords: object) => ({ id: 'i', title: 'I', measure: 'how-much', unit: 'percent', polarity: 'none', values: [5], inWords });
    const both = parseFeed({ ...base, periods, indicators: [ind({ who: 'children', what: 'have a plan', things: 'plans' })] });
    assert.deepEqual(
      both.warnings.map((w) => [w.code, w.path]),
      [['in-words-form', 'indicators[0].inWords']],
    );
    assert.match(both.warnings[0]!.message, /but has both/);
    assert.equal(both.feed!.indicators.get('i')!.inWords, undefined);
    const neither = parseFeed({ ...base, periods, indicators: [ind({ who: 'children' })] });
    assert.match(neither.warnings[0]!.message, /but has neither/);
  });

  it('puts unordered periods in order and keeps compact figures with the period they were written for', () => {
    const r = parseFeed({
      ...base,
      periods: [
        { id: 'y2', label: '2022', end: '2022-12-31', kind: 'calendar-year' },
        { id: 'y1', label: '2021', end: '2021-12-31', kind: 'calendar-year' },
      ],
      indicators: [{ id: 'i', title: 'I', measure: 'how-much', unit: 'count', polarity: 'none', values: [22, 21] }],
    });
    assert.equal(r.warnings[0]!.code, 'periods-unordered');
    assert.deepEqual(
      r.feed!.periods.map((p) => p.id),
      ['y1', 'y2'],
    );
    assert.equal(r.feed!.indicators.get('i')!.values.get('y2')!.value, 22);
    assert.equal(r.feed!.indicators.get('i')!.values.latest()!.value, 22);
  });

  it('builds the framework tree with parents, depth, effective polarity and unknown references kept on the node', () => {
    const r = parseFeed({
      ...base,
      periods: [],
      indicators: [{ id: 'i', title: 'I', measure: 'how-much', unit: 'count', polarity: 'none' }],
      questions: [{ id: 'q', text: 'Why?' }],
      framework: [
        {
          id: 'root',
          title: 'Root',
          kind: 'corporate-priority',
          children: [
            { id: 'leaf', title: 'Leaf', kind: 'outcome', indicators: [{ id: 'i', polarity: 'smaller-is-better' }, 'missing'], questions: ['q', 'nope'] },
          ],
        },
      ],
    });
    const leaf = r.feed!.nodes.get('leaf')!;
    assert.equal(leaf.parent!.id, 'root');
    assert.equal(leaf.depth, 1);
    assert.deepEqual(leaf.indicators, [{ id: 'i', measure: 'how-much', polarity: 'smaller-is-better' }]);
    assert.deepEqual([leaf.unknownIndicators, leaf.questions, leaf.unknownQuestions], [['missing'], ['q'], ['nope']]);
    assert.deepEqual(
      r.warnings.map((w) => w.code),
      ['unknown-indicator', 'unknown-question'],
    );
  });

  it('accepts a feed of checklists only, and gives the default QA scale', () => {
    const r = parseFeed({ ...base, checklists: [{ id: 'audit', title: 'Audit', sections: [{ id: 's', title: 'S', questions: [{ id: 'q', text: 'Q?' }] }] }] });
    assert.deepEqual(r.errors, []);
    assert.equal(r.feed!.checklists.get('audit')!.sections[0]!.questions[0]!.text, 'Q?');
    assert.deepEqual(
      r.feed!.qaScale.map((o) => o.label),
      ['Assured', 'Partly assured', 'Not assured', 'Not yet reviewed'],
    );
  });

  it('warns of a newer minor version but reads the feed', () => {
    const r = parseFeed({ ...base, version: '1.4', checklists: [{ id: 'a', title: 'A', sections: [] }] });
    assert.ok(r.feed);
    assert.equal(r.warnings[0]!.code, 'version-newer');
  });

  it('reads text with a byte-order mark', () => {
    const r = parseFeed(`\uFEFF${JSON.stringify({ ...base, checklists: [{ id: 'a', title: 'A', sections: [] }] })}`);
    assert.deepEqual(r.errors, []);
  });
});

describe('locateJsonError', () => {
  for (const [text, line, column, words] of [
    ['{"a": 1,}', 1, 9, 'trailing commas'],
    ['{\n  "a": [1, 2\n}', 3, 1, "expected ',' or ']'"],
    ['{"a": "line\nbreak"}', 1, 12, 'past the end of the line'],
    ['{"a": 01}', 1, 8, "expected ',' or '}'"],
    ['{"a": 1} x', 1, 10, 'after the end of the feed'],
    ['{"a" 1}', 1, 6, "expected ':'"],
    ['{"a": "\\q"}', 1, 8, 'unknown escape'],
  ] as const) {
    it(`finds ${JSON.stringify(text)} at ${line}:${column}`, () => {
      assert.throws(() => JSON.parse(text));
      const at = locateJsonError(text);
      assert.deepEqual([at.line, at.column], [line, column]);
      assert.ok(at.reason.includes(words), at.reason);
    });
  }
});
