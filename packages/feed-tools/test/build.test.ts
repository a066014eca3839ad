// Building a feed from the spreadsheet template: the shipped example round-trips the WR4C sample
// figure for figure, and every broken input names its cell.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@scorecard-kit/core/feed';
import { buildFeed } from '../src/build.js';
import { feedToSheets } from '../src/export.js';
import { jsonText } from '../src/json.js';
import { SHEETS } from '../src/sheets.js';

const TEMPLATE = 'packages/feed-tools/template';
const sheetsIn = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.csv'))
      .map((f) => [f.slice(0, -4), readFileSync(join(dir, f), 'utf8')]),
  );
const example = () => sheetsIn(join(TEMPLATE, 'example-wr4c'));
const wr4c = parseFeed(readFileSync('docs/feeds/wr4c.json', 'utf8')).feed!;

/** The example with one sheet's text changed. */
const edit = (sheet: string, change: (text: string) => string) => ({ ...example(), [sheet]: change(example()[sheet]!) });
const at = (r: ReturnType<typeof buildFeed>) => r.problems.map((p) => `${p.at}: ${p.message}`);

describe('the template', () => {
  it('ships every sheet with its columns, and an example that is the WR4C sample written out (npm run feeds)', () => {
    for (const [name, columns] of Object.entries(SHEETS)) assert.equal(readFileSync(join(TEMPLATE, `${name}.csv`), 'utf8'), `${columns.join(',')}\r\n`);
    assert.deepEqual(example(), feedToSheets(wr4c));
  });

  it('builds the example into a feed the widgets read without a warning, with every figure of the sample', () => {
    const r = buildFeed(example());
    assert.deepEqual(r.problems, []);
    const built = parseFeed(r.feed!);
    assert.deepEqual([...built.errors, ...built.warnings], []);
    const feed = built.feed!;
    assert.deepEqual([...feed.indicators.keys()], [...wr4c.indicators.keys()]);
    let figures = 0;
    for (const [id, ind] of wr4c.indicators) {
      const other = feed.indicators.get(id)!;
      const pairs: [unknown, unknown][] = [
        [ind.values, other.values],
        ...[...ind.comparators].map(([c, s]) => [s, other.comparators.get(c)] as [unknown, unknown]),
        ...[...ind.localities].map(([l, s]) => [s, other.localities.get(l)] as [unknown, unknown]),
      ];
      for (const [a, b] of pairs as [typeof ind.values, typeof ind.values | undefined][]) {
        for (const o of a.observations()) {
          const p = b?.get(o.period.id);
          assert.deepEqual([p?.value, p?.mark, p?.provisional ?? false, p?.note], [o.value, o.mark, o.provisional ?? false, o.note], `${id} ${o.period.id}`);
          figures++;
        }
      }
    }
    assert.ok(figures > 3000, `${figures} figures compared`);
    const tree = (nodes: typeof wr4c.framework): unknown => nodes.map((n) => [n.id, n.indicators.map((r) => r.id), n.questions, tree(n.children)]);
    assert.deepEqual(tree(feed.framework), tree(wr4c.framework));
    assert.deepEqual([...feed.questions.keys()], [...wr4c.questions.keys()]);
    assert.deepEqual(feed.boundaries, wr4c.boundaries, "the map's boundary files");
  });
});

describe('the targets and breakdowns sheets', () => {
  it("gives each indicator its yearly targets and a breakdown's groups, counts and population, as the sample has them", () => {
    const feed = buildFeed(example()).feed!;
    const cla = feed.indicators.find((i) => i.id === 'cla-number')!;
    const raw = JSON.parse(readFileSync('docs/feeds/wr4c.json', 'utf8')) as NonNullable<typeof feed>;
    const sample = raw.indicators!.find((i) => i.id === 'cla-number')!;
    const { groups, ...words } = cla.breakdowns![0]!;
    const { groups: sampleGroups, ...sampleWords } = sample.breakdowns![0]!;
    assert.equal(groups.length, sampleGroups.length);
    // Its label, service, population, source and reference group, from the first row's cells.
    assert.deepEqual(words, sampleWords);
    assert.equal(words.reference, 'white');
    assert.deepEqual(
      cla.breakdowns![0]!.groups.map((g) => [g.id, g.values, g.populationCounts]),
      sample.breakdowns![0]!.groups.map((g) => [g.id, g.values, g.populationCounts]),
    );
    const timely = feed.indicators.find((i) => i.id === 'assessments-timely')!;
    assert.deepEqual(timely.targets, raw.indicators!.find((i) => i.id === 'assessments-timely')!.targets);
  });

  it('names the cell of a wrong kind, a band upside down, an unknown period and a count that is not one', () => {
    const sheets = example();
    sheets.targets = [
      'indicator,label,kind,value,upper,from,to,id',
      'assessments-timely,Year 4 target,year-4,85,,,',
      'assessments-timely,Ideal range,other,15,10,,',
      'assessments-timely,Year 1 target,year-1,85,,fy1999-00,',
    ].join('\n');
    sheets.breakdowns = [
      'indicator,breakdown,breakdown_label,service,reference,group,group_label,period,count,population,population_share,threshold',
      'cla-number,ethnicity,Ethnicity,looked after,yes,white,White,fy2021-22,461.5,31859,,2.5',
      'cla-number,ethnicity,,,,black,Black,fy2021-22,49,3441,',
      'cla-number,ethnicity,,,,black,Black,fy2021-22,50,3441,',
      'cla-number,eth nicity,,,,asian,Asian,nope,31,-2,',
    ].join('\n');
    const r = buildFeed(sheets);
    assert.equal(r.feed, null);
    assert.deepEqual(
      r.problems.map((p) => `${p.at}: ${p.message}`).filter((m) => /^(targets|breakdowns)!/.test(m)),
      [
        `targets!C2: "year-4" is not a kind: use one of minimum-standard, deprivation-adjusted, mid-way, ambitious, year-1, year-2, year-3, other.`,
        "targets!E3: The band's upper end (10) is below its lower end in value (15): swap them.",
        'targets!F4: "fy1999-00" is not a period in the periods sheet.',
        'breakdowns!I2: "461.5" is not a count of children: give a whole number, 0 or more, or c where it is suppressed.',
        'breakdowns!L2: "2.5" is not a threshold: give a whole number, 0 or more (counts below it are not shown).',
        'breakdowns!4: A second row for cla-number, ethnicity, black, fy2021-22 (the first is row 3).',
        'breakdowns!H5: "nope" is not a period in the periods sheet.',
        'breakdowns!B5: "eth nicity" is not a usable id: use letters, digits, "-", "_", "." or ":" (no spaces).',
        'breakdowns!J5: "-2" is not a number of children: it must not be negative.',
      ],
    );
  });
});

describe('the feed written', () => {
  it('is the same JSON, indented, with each figure on one line so a revision is one changed line', () => {
    const feed = buildFeed(example()).feed!;
    const text = jsonText(feed);
    assert.deepEqual(JSON.parse(text), feed);
    const figures = feed.indicators
      .flatMap((i) => [
        i.values,
        ...Object.values(i.comparators ?? {}),
        ...Object.values(i.localities ?? {}),
        ...(i.breakdowns ?? []).flatMap((b) => b.groups.flatMap((g) => [g.values, g.populationCounts ?? []])),
      ])
      .reduce((n, vs) => n + (vs as unknown[]).length, 0);
    assert.equal(text.split('\n').filter((l) => /^\s+\{"period":/.test(l)).length, figures);
    assert.match(text, /^\{\n {2}"version": "1\.0",\n/);
  });

  it('writes what JSON.stringify would for values JSON has no form for', () => {
    const odd = {
      gone: undefined,
      fn: () => 1,
      // eslint-disable-next-line no-sparse-arrays
      list: [1, , undefined, () => 2, { deep: [{ x: undefined, when: new Date(0) }] }, { toJSON: () => undefined }],
      when: new Date(0),
      nested: { a: [1], b: Symbol('s'), c: { toJSON: () => undefined } },
      own: { toJSON: () => ({ made: [1] }) },
    };
    assert.deepEqual(JSON.parse(jsonText(odd)), JSON.parse(JSON.stringify(odd)));
  });
});

describe('a broken workbook', () => {
  it('lists the first thousand problems and counts the rest, so a wrong column in a big sheet stays readable', () => {
    const bad = edit('values', (t) => t.replace(/^(eh-requests,)[^,]+/gm, '$1no-such-period'));
    const count = example()
      .values!.split('\n')
      .filter((l) => l.startsWith('eh-requests,')).length;
    const many = { ...bad, values: bad.values! + Array.from({ length: 1200 }, (_, i) => `nope-${i},x,,1`).join('\r\n') };
    const msgs = at(buildFeed(many));
    assert.equal(msgs.length, 1001);
    assert.equal(msgs.at(-1), `values: ${(count + 2 * 1200 - 1000).toLocaleString('en-GB')} more problems are not listed: fix those above and build again.`);
  });

  it('names the cell of text in a number column, and says what to write instead', () => {
    const r = buildFeed(edit('values', (t) => t.replace(/^(eh-requests,[^,]+,,)[^,\r]+/m, '$1n/a')));
    assert.equal(r.feed, null);
    assert.match(at(r)[0]!, /^values!D\d+: "n\/a" is not a number; use an empty cell for missing or "c" for suppressed/);
    assert.deepEqual([r.problems[0]!.sheet, r.problems[0]!.column], ['values', 'value'], 'the sheet and column, for a link to their help');
  });

  it('names unknown indicators, periods and areas, and duplicate rows', () => {
    const lines = example().values!.split('\r\n');
    const dup = [...lines.slice(0, 3), lines[1]!, 'nope,fy2024-25,,1', 'eh-requests,1999,,1', 'eh-requests,fy2024-25,mars,1', ''].join('\r\n');
    const msgs = at(buildFeed({ ...example(), values: dup }));
    assert.deepEqual(msgs, [
      'values!4: A second figure for ' + lines[1]!.split(',').slice(0, 2).join(', ') + ', authority (the first is row 2).',
      'values!A5: "nope" is not an indicator in the indicators sheet.',
      'values!B6: "1999" is not a period in the periods sheet.',
      'values!C7: "mars" is not "authority", a comparator or a locality; leave it empty for the authority.',
    ]);
  });

  it('says when a date became a number, a choice is not one of the list, and a column is unknown', () => {
    const periods = edit('periods', (t) => t.replace(/2013-03-31/, '41364'));
    assert.match(at(buildFeed(periods))[0]!, /^periods!C2: "41364" is not a date written YYYY-MM-DD \(a spreadsheet may have turned it into a number/);
    const polarity = edit('indicators', (t) => t.replace(/,smaller-is-better,/, ',lower-is-better,'));
    assert.match(
      at(buildFeed(polarity))[0]!,
      /^indicators!E\d+: "lower-is-better" is not a polarity: use one of bigger-is-better, smaller-is-better, range, none\.$/,
    );
    const header = edit('indicators', (t) => t.replace('polarity', 'direction'));
    assert.match(at(buildFeed(header)).join('\n'), /indicators!1: Unknown column "direction"/);
  });

  it('says which sheet is missing, and builds past a sheet it does not know with a warning naming it', () => {
    const { values, ...rest } = example();
    void values;
    assert.deepEqual(at(buildFeed({ ...rest, notes: 'x' })), ['values: The workbook has no "values" sheet (values.csv). Start from the template.']);
    const r = buildFeed({ ...example(), notes: 'anything,an analyst keeps\r\n' });
    assert.notEqual(r.feed, null);
    assert.deepEqual(
      r.warnings.map((w) => `${w.at}: ${w.message}`),
      [
        'notes: "notes" is not a sheet of the template; it was not read. The sheets are feed, periods, comparators, localities, boundaries, indicators, values, framework, questions, targets, breakdowns.',
      ],
    );
  });

  it('takes numbers written with thousands commas as the numbers they are, and refuses what only looks like one', () => {
    const indicators = edit('indicators', (t) =>
      t.replace(/^(eh-requests,(?:[^,]*,){4})[^,]*((?:,[^,]*){2}),[^,]*,[^,]*,[^,]*/m, '$1 0$2,minimum-standard,Floor,"1,250.5"'),
    );
    assert.deepEqual(at(buildFeed(indicators)), []);
    const ind = buildFeed(indicators).feed!.indicators.find((i) => i.id === 'eh-requests')!;
    assert.deepEqual([ind.decimals, ind.targets], [0, [{ label: 'Floor', kind: 'minimum-standard', value: 1250.5 }]]);
    const localities = buildFeed(edit('localities', (t) => t.replace(/^(north,(?:[^,]*,){4})[^,]*/m, '$1"12,345"'))).feed!;
    assert.equal(localities.localities![0]!.population, 12345);
    const loose = buildFeed(
      edit('values', (t) => t.replace(/^(eh-requests,q1-2024-25,,)564/m, '$1564.').replace(/^(eh-requests,q2-2024-25,,)587/m, '$1"58.7 %"')),
    );
    assert.deepEqual(at(loose), []);
    assert.deepEqual(
      loose.feed!.indicators[0]!.values.slice(0, 2).map((v) => v.value),
      [564, 58.7],
      'a trailing point, and a percent sign after a space',
    );
    for (const text of ['%', ',', '0x1F', '1,00', '1.2.3', 'Infinity']) {
      const r = buildFeed(edit('values', (t) => t.replace(/^(eh-requests,[^,]+,,)[^,\r]+/m, `$1"${text}"`)));
      assert.match(at(r)[0] ?? '', new RegExp(`^values!D\\d+: "${text.replace('.', '\\.')}" is not a number`), text);
    }
  });

  it('names the cell of a population, a number of decimals or a date that cannot be one', () => {
    const pop = at(buildFeed(edit('localities', (t) => t.replace(/^(north,(?:[^,]*,){4})[^,]*/m, '$1-5'))));
    assert.deepEqual(pop, ['localities!F2: "-5" is not a number of people: it must not be negative.']);
    const text = at(buildFeed(edit('localities', (t) => t.replace(/^(north,(?:[^,]*,){4})[^,]*/m, '$1lots'))));
    assert.deepEqual(text, ['localities!F2: "lots" is not a number.']);
    const decimals = at(buildFeed(edit('indicators', (t) => t.replace(/^(eh-requests,(?:[^,]*,){4})[^,]*/m, '$11.5'))));
    assert.match(decimals[0] ?? '', /^indicators!F\d+: "1\.5" is not a number of decimal places/);
    const day = at(buildFeed(edit('periods', (t) => t.replace(/2013-03-31/, '2013-02-30'))));
    assert.match(day[0] ?? '', /^periods!C2: "2013-02-30" is not a date written YYYY-MM-DD/);
  });

  it('names a target with no value, and a target value with no kind', () => {
    const row = (kind: string, value: string) =>
      buildFeed(edit('indicators', (t) => t.replace(/^(eh-requests,(?:[^,]*,){7})[^,]*,[^,]*,[^,\r]*/m, `$1${kind},,${value}`)));
    assert.match(at(row('minimum-standard', ''))[0] ?? '', /^indicators!K\d+: target_value is empty, but target_kind says there is a minimum-standard target/);
    assert.match(at(row('', '80'))[0] ?? '', /^indicators!I\d+: target_kind is empty, but the row gives a target/);
  });

  it('names a column given twice, which would otherwise be read from the first only', () => {
    const r = buildFeed(edit('values', (t) => t.replace(/^([^\r]*)/, '$1,value').replace(/\r\n(?!$)/g, ',9\r\n')));
    assert.deepEqual(at(r).slice(0, 1), ['values!I1: A second "value" column (the first is column D): delete one of them, or only the first would be read.']);
    assert.equal(r.problems[0]!.column, 'value');
  });

  it('names nodes whose parents go round in a loop, which no top-level node reaches', () => {
    const loop =
      'id,parent,title,kind,indicators,questions\r\ntop,,Top,priority,,\r\na,b,A,outcome,,\r\nb,a,B,outcome,,\r\nc,c,C,outcome,,\r\nunder,top,Under,outcome,,\r\nhanging,a,Hanging,outcome,,\r\n';
    const lost = (row: number, id: string) =>
      `framework!B${row}: "${id}" is under no top-level node: its line of parents goes round in a loop (a node cannot be beneath itself). Give the top node of the loop an empty parent.`;
    assert.deepEqual(at(buildFeed({ ...example(), framework: loop })), [lost(3, 'a'), lost(4, 'b'), lost(5, 'c'), lost(7, 'hanging')]);
  });
});
