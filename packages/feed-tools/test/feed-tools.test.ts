// The command line: importing DfE EES files figure for figure, diffing two feeds, and validate's
// exit codes and messages. The EES files are the real extracts in the repository's data/dfe.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { idFrom, parseFeed } from '@scorecard-kit/core/feed';
import { readCsvObjects } from '../src/csv.js';
import { diffFeeds, diffReport } from '../src/diff.js';
import { importEes, neighboursFrom, type EesImport } from '../src/ees.js';
import { run } from './run-cli.js';

const DFE = new URL('../../../data/dfe/', import.meta.url).pathname;
const dfe = (f: string) => readFileSync(join(DFE, f), 'utf8');
const WALSALL_SN = neighboursFrom(dfe('sn_model_2025_wide.csv'), '335');

const base = (over: Partial<EesImport>): EesImport => ({
  indicator: { id: 'x', title: 'X', unit: 'percent', polarity: 'smaller-is-better', measure: 'how-well' },
  la: '335',
  value: 'CPP_subsequent_percent',
  filters: {},
  comparators: ['england', 'region', 'sn'],
  neighbours: WALSALL_SN,
  file: 'd3.csv',
  ...over,
});

describe('import-ees', () => {
  it("reads DfE's 2025 statistical neighbours for Walsall from the neighbour file", () => {
    assert.deepEqual(WALSALL_SN, ['354', '861', '357', '336', '371', '831', '350', '372', '812', '333']);
  });

  for (const [file, value, filters] of [
    ['ees/d3_cpps_subsequent_plan_2013_to_2025__walsall_extract.csv', 'CPP_subsequent_percent', {}],
    ['ees/c1_children_in_need_referrals_and_rereferrals_2013_to_2025__walsall_extract.csv', 'rereferral_percent', {}],
    ['ees/cla_number_and_rate_per_10k_children__walsall_extract.csv', 'rate_per_10000', { population_type: 'Children looked after on 31 March each year' }],
  ] as const) {
    it(`reproduces every published figure of ${file.split('/')[1]!.split('__')[0]}, for Walsall, England, the region and each neighbour`, () => {
      const csv = dfe(file);
      const r = importEes(csv, base({ value, filters: filters as Record<string, string> }));
      assert.deepEqual(r.problems, []);
      const feed = parseFeed(r.feed!).feed!;
      const ind = feed.indicators.get('x')!;
      let checked = 0;
      for (const row of readCsvObjects(csv).filter((x) => Object.entries(filters).every(([k, v]) => x[k] === v))) {
        const series =
          row.geographic_level === 'National'
            ? ind.comparators.get('england')
            : row.geographic_level === 'Regional'
              ? ind.comparators.get('region')
              : row.old_la_code === '335'
                ? ind.values
                : ind.comparators.get(`la-${row.old_la_code}`);
        if (row.geographic_level === 'Regional' && row.region_code !== 'E12000005') continue;
        // The extracts also hold the 2021 model's neighbours; the 2025 model's are imported.
        if (row.geographic_level === 'Local authority' && row.old_la_code !== '335' && !WALSALL_SN.includes(row.old_la_code!)) continue;
        assert.ok(series, `a series for ${row.la_name || row.region_name || row.country_name}`);
        const o = series.get(`fy${Number(row.time_period) - 1}-${row.time_period!.slice(2)}`)!;
        const raw = row[value]!;
        if (/^-?\d/.test(raw)) assert.equal(o.value, Number(raw), `${row.la_name} ${row.time_period}`);
        else assert.equal(o.mark ?? null, ['c', 'x', 'z', 'low', 'u'].includes(raw) ? raw : null, `${row.la_name} ${row.time_period}: "${raw}"`);
        checked++;
      }
      assert.ok(checked >= 5 * 13, `${checked} figures checked`);
      assert.equal(feed.comparators.get('sn')!.members!.length, 10);
    });
  }

  it('says which column is missing, which cell is not a number, and which rows collide, and gives no feed', () => {
    const missing = importEes(dfe('ees/d3_cpps_subsequent_plan_2013_to_2025__walsall_extract.csv'), base({ value: 'cpp_percent' }));
    assert.equal(missing.feed, null);
    assert.match(missing.problems[0]!.message, /^d3\.csv: there is no column "cpp_percent"; the file has "time_period", /);
    const csv =
      'time_period,time_identifier,geographic_level,old_la_code,la_name,region_code,v\n2025,Reporting year,Local authority,335,Walsall,E12000005,n/a\n';
    const text = importEes(csv, base({ value: 'v', comparators: [] }));
    assert.deepEqual(text.problems, [
      { line: 2, column: 'v', message: 'd3.csv:2, column v: "n/a" is not a number or one of DfE\'s marks (c, x, z, low, u, :).' },
    ]);
    const twice = importEes(`${csv.replace('n/a', '1')}2025,Reporting year,Local authority,335,Walsall,E12000005,2\n`, base({ value: 'v', comparators: [] }));
    assert.match(twice.problems[0]!.message, /^d3\.csv:3: a second row for Walsall in 2024\/25 \(the first is line 2\); add a --filter/);
    const when = importEes(csv.replace('Reporting year', 'Week').replace('n/a', '1'), base({ value: 'v', comparators: [] }));
    assert.match(when.problems[0]!.message, /time_identifier "Week" is not one the importer knows/);
  });

  it('keeps marks as marks and averages the neighbours only when at least 7 have a figure', () => {
    const rows = [
      'time_period,time_identifier,geographic_level,old_la_code,la_name,region_code,v',
      '2025,Reporting year,Local authority,335,Walsall,E12000005,c',
    ];
    WALSALL_SN.forEach((n, i) => rows.push(`2025,Reporting year,Local authority,${n},N${i},E12000005,${i < 4 ? 'x' : i + 0.5}`));
    const r = importEes(rows.join('\n'), base({ value: 'v', comparators: ['sn'] }));
    const ind = r.feed!.indicators![0]!;
    assert.deepEqual(ind.values, [{ period: 'fy2024-25', value: 'c' }]);
    assert.equal((ind.comparators as Record<string, { value: unknown; note: string }[]>).sn[0]!.value, 'x', 'only 6 of 10 have a figure');
  });
});

describe('diff', () => {
  it('lists new periods and indicators, revised and removed figures, and changed targets', () => {
    const old = JSON.parse(readFileSync('docs/feeds/local-offer-send.json', 'utf8'));
    const next = structuredClone(old);
    const ind = next.indicators.find((i: { id: string }) => i.id === 'ehcp-20-weeks');
    const last = ind.values[ind.values.length - 1];
    const was = last.value;
    last.value = was + 1;
    ind.values.splice(0, 1);
    ind.targets = [{ id: 't', label: 'Target', kind: 'minimum-standard', value: 60 }];
    next.indicators.push({ id: 'new-one', title: 'New', measure: 'how-much', unit: 'count', polarity: 'none' });
    const d = diffFeeds(parseFeed(old).feed!, parseFeed(next).feed!);
    assert.deepEqual(d.indicatorsAdded, ['new-one']);
    assert.equal(d.revised.length, 1);
    assert.equal(d.revised[0]!.what, 'Walsall');
    assert.equal(d.removed.length, 1);
    assert.deepEqual(
      d.definitions.map((c) => c.what),
      ['targets'],
    );
    const report = diffReport(d);
    assert.match(report, /^New indicators: new-one$/m);
    assert.match(report, new RegExp(`^  ehcp-20-weeks, Walsall, .*: ${String(was).replace('.', '\\.')}.*→ `, 'm'));
    assert.equal(diffReport(diffFeeds(parseFeed(old).feed!, parseFeed(old).feed!)), 'No differences.');
  });
});

describe('ids from DfE names', () => {
  it('makes a valid id of a DfE identifier with spaces, and says which', () => {
    assert.equal(idFrom('16-17_not known_NEET'), '16-17-not-known-neet');
    assert.equal(idFrom('  CIN rate (per 10,000) '), 'cin-rate-per-10-000');
    const csv = dfe('ees/d3_cpps_subsequent_plan_2013_to_2025__walsall_extract.csv');
    const r = importEes(csv, base({ indicator: { ...base({}).indicator, id: '16-17_not known_NEET' } }));
    assert.equal((r.feed!.indicators as { id: string }[])[0]!.id, '16-17-not-known-neet');
    assert.deepEqual(parseFeed(r.feed!).errors, []);
    assert.deepEqual(
      r.problems.map((p) => p.message),
      [
        'The indicator id "16-17_not known_NEET" is not a valid id (letters, digits, "-", "_", "." or ":", no spaces): the feed calls it "16-17-not-known-neet".',
      ],
    );
    // A valid id is kept as given, case and all.
    assert.equal(
      (importEes(csv, base({ indicator: { ...base({}).indicator, id: 'Repeat_CPP.v2' } })).feed!.indicators as { id: string }[])[0]!.id,
      'Repeat_CPP.v2',
    );
  });
});

describe('import-ees: a characteristics file as a breakdown', () => {
  const EQ = new URL('../../../data/equalities/', import.meta.url).pathname;
  const cla = readFileSync(join(EQ, 'cla_31_march_by_characteristics__walsall_sn_wm_england_2021_2025.csv'), 'utf8');
  const pupils = readFileSync(join(EQ, 'spc_pupils_ethnicity__walsall_sn_wm_england_2019_20_to_2021_22.csv'), 'utf8');
  const ethnicity = (over: Partial<EesImport> = {}, breakdown: Partial<NonNullable<EesImport['breakdown']>> = {}) =>
    base({
      indicator: { id: 'cla', title: 'Children looked after', unit: 'count', polarity: 'none', measure: 'how-much' },
      value: 'cla_31_march_number',
      filters: { cla_group: 'Ethnicity' },
      comparators: ['england'],
      timeIdentifier: 'Reporting year',
      file: 'cla.csv',
      breakdown: {
        column: 'characteristic',
        label: 'Ethnicity',
        total: 'Total',
        reference: 'White',
        service: 'looked after',
        population: {
          csv: pupils,
          file: 'pupils.csv',
          value: 'headcount',
          column: 'ethnicity',
          filters: { phase_type_grouping: 'Total', language: 'Total' },
          groups: {
            White: 'White -',
            'Mixed or Multiple ethnic groups': 'Mixed -',
            'Asian or Asian British': 'Asian -',
            'Black, African, Caribbean or Black British': 'Black -',
            'Other ethnic group': 'Any other ethnic group',
          },
        },
        ...breakdown,
      },
      ...over,
    });

  it("takes the total row as the figure and each group's count beside its pupils, as the WR4C sample has them", () => {
    const r = importEes(cla, ethnicity());
    // Only the refused group has no pupils to compare with.
    assert.deepEqual(
      r.problems.map((p) => p.message),
      ['pupils.csv: no population rows for the group "Refused or information not yet available"; it has no population.'],
    );
    const feed = parseFeed(r.feed!).feed!;
    const ind = feed.indicators.get('cla')!;
    // Walsall's total at 31 March 2025, as the file prints it.
    assert.equal(ind.values.get('fy2024-25')!.value, 578);
    const b = ind.breakdowns[0]!;
    assert.equal(b.reference, 'white');
    const white = b.groups.find((g) => g.id === 'white')!;
    // 481 looked after at 31 March 2021; pupils in January 2021: White British 30,042 + any other White 1,873
    // + Gypsy/Roma 121 + Irish 82 + Traveller of Irish heritage 62 = 32,180.
    assert.equal(white.values.get('fy2020-21')!.value, 481);
    assert.equal(white.populationCounts!.get('fy2020-21')!.value, 32180);
    // A suppressed count stays a mark.
    assert.equal(b.groups.find((g) => g.id === 'other-ethnic-group')!.values.get('fy2024-25')!.mark, 'c');
    // The sample feed was made by other code (scripts/feeds/equalities.ts) from the same files: the same figures.
    const wr4c = parseFeed(readFileSync('docs/feeds/wr4c.json', 'utf8')).feed!.indicators.get('cla-number')!.breakdowns[0]!;
    for (const g of wr4c.groups) {
      const mine = b.groups.find((x) => x.label.toLowerCase() === g.label.toLowerCase())!;
      for (const o of g.values.observations()) assert.equal(mine.values.get(o.period.id)!.value, o.value, `${g.label} ${o.period.label}`);
      for (const o of g.populationCounts!.observations()) assert.equal(mine.populationCounts!.get(o.period.id)!.value, o.value, `${g.label} ${o.period.label}`);
    }
  });

  it('says when there is no total row, no such reference group, or no time_identifier column', () => {
    const noTotal = importEes(cla, ethnicity({}, { total: 'All children' }));
    assert.equal(noTotal.feed, null);
    assert.match(
      noTotal.problems[0]!.message,
      /^cla\.csv: no "All children" row in column characteristic, for all children; name it with --total \(the column has "Asian or Asian British", /,
    );
    assert.ok(
      importEes(cla, ethnicity({}, { reference: 'white' })).problems.some((p) =>
        p.message.startsWith('There is no group "white" to compare the others with; the groups are "Asian or Asian British", '),
      ),
    );
    const noWhen = importEes(cla, ethnicity({ timeIdentifier: undefined }));
    assert.match(noWhen.problems[0]!.message, /there is no column "time_identifier".* Say what its time_period is with --time-identifier/);
  });

  it('on the command line, asks for the breakdown column before its other options', async () => {
    const args = [
      'import-ees',
      join(EQ, 'cla_31_march_by_characteristics__walsall_sn_wm_england_2021_2025.csv'),
      '--la',
      '335',
      '--value',
      'cla_31_march_number',
    ];
    const more = [
      '--indicator',
      'cla',
      '--title',
      'T',
      '--unit',
      'count',
      '--polarity',
      'none',
      '--comparators',
      'england',
      '--time-identifier',
      'Reporting year',
    ];
    const stray = await run(...args, ...more, '--service', 'looked after');
    assert.equal(stray.code, 2);
    assert.match(stray.err, /--service is for a breakdown: give the column naming its groups with --breakdown\./);
    const ok = await run(
      ...args,
      ...more,
      '--filter',
      'cla_group=Sex',
      '--breakdown',
      'characteristic',
      '--breakdown-label',
      'Sex',
      '--service',
      'looked after',
    );
    assert.equal(ok.code, 0, ok.err);
    const feed = parseFeed(ok.out).feed!;
    assert.deepEqual(
      feed.indicators.get('cla')!.breakdowns[0]!.groups.map((g) => g.label),
      ['Female', 'Male'],
    );
  });
});

describe('diff: a revision is a change a reader would see', () => {
  it('counts differences below the published decimals apart, and lists only figures that read differently', () => {
    const feed = (figures: number[]) => ({
      version: '1.0',
      title: 't',
      authority: { name: 'Walsall' },
      periods: ['a', 'b', 'c'].map((id, i) => ({ id, label: `202${i}`, end: `202${i}-03-31`, kind: 'financial-year' })),
      indicators: [{ id: 'i', title: 'i', measure: 'how-well', unit: 'percent', decimals: 2, polarity: 'none', values: figures }],
    });
    const d = diffFeeds(parseFeed(feed([3.5, 3.5, 3.5])).feed!, parseFeed(feed([3.501, 3.4999, 3.51])).feed!);
    // 3.501 and 3.4999 both read "3.50%"; 3.51 reads "3.51%".
    assert.equal(d.belowDecimals, 2);
    assert.deepEqual(
      d.revised.map((c) => [c.period, c.before, c.after]),
      [['2022', '3.50%', '3.51%']],
    );
    const report = diffReport(d);
    assert.doesNotMatch(report, /3\.50% → 3\.50%/);
    assert.match(report, /^Figures that differ only below their published decimals \(not revisions\): 2$/m);
    assert.match(report, /^Revised figures: 1$/m);
  });
});

describe('the command line', () => {
  it('validate: exit 0 for a usable feed, 1 for errors or (with --strict) warnings, 2 for a bad call', async () => {
    assert.equal((await run('validate', 'docs/feeds/local-offer-send.json')).code, 0);
    const bad = await run('validate', 'test/fixtures/bad-feeds/01-trailing-comma.json');
    assert.equal(bad.code, 1);
    assert.match(bad.out, /NOT usable/);
    const warned = await run('validate', 'test/fixtures/feeds/warnings.json');
    assert.equal(warned.code, 0);
    assert.equal((await run('validate', '--strict', 'test/fixtures/feeds/warnings.json')).code, 1);
    const json = JSON.parse((await run('validate', '--json', 'test/fixtures/feeds/warnings.json')).out);
    assert.equal(json.usable, true);
    assert.ok(json.warnings.length > 0 && json.warnings[0].path);
    assert.equal((await run('validate')).code, 2);
    assert.equal((await run('validate', 'no-such-file.json')).code, 2);
    assert.equal((await run('frobnicate')).code, 2);
  });

  it('validate opens a local boundary file as the map would, and names what is wrong with it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sck-'));
    writeFileSync(join(dir, 'wards.topojson'), readFileSync('test/fixtures/geo/walsall-wards-2013.topojson'));
    writeFileSync(join(dir, 'broken.topojson'), '{"type": "Topology", ');
    // Two of Walsall's real wards (WD13CD codes in the file), and one code the file does not have.
    const feed = (boundary: object, codes = ['E05001301', 'E05001302', 'E05009999']) => {
      const path = join(dir, `feed-${Math.random().toString(36).slice(2)}.json`);
      writeFileSync(
        path,
        JSON.stringify({
          version: '1.0',
          title: 't',
          authority: { name: 'Walsall' },
          periods: [{ id: 'a', label: '2024', end: '2024-03-31', kind: 'financial-year' }],
          indicators: [{ id: 'i', title: 'i', measure: 'how-much', unit: 'count', polarity: 'none', values: [1] }],
          localities: codes.map((code, k) => ({ id: `w${k}`, name: `Ward ${k}`, code, level: 'ward' })),
          boundaries: [{ id: 'wards', level: 'ward', attribution: 'OS', object: 'E08000030', ...boundary }],
        }),
      );
      return path;
    };
    const missing = await run('validate', feed({ url: 'no-such.topojson' }));
    assert.equal(missing.code, 1);
    assert.match(missing.out, /boundaries\[0\]\.url.*"no-such\.topojson" cannot be read .*there is no such file/);
    const broken = await run('validate', feed({ url: 'broken.topojson' }));
    assert.equal(broken.code, 1);
    assert.match(broken.out, /"broken\.topojson" is not valid JSON/);
    const object = await run('validate', feed({ url: 'wards.topojson', object: 'wards' }));
    assert.equal(object.code, 1);
    assert.match(object.out, /no object "wards" holding shapes; it has "E08000030"/);
    const none = await run('validate', feed({ url: 'wards.topojson' }, ['00CUFX', '00CUFY']));
    assert.equal(none.code, 1);
    assert.match(none.out, /None of the 2 ward areas has a shape in the boundary file, whose shapes are keyed by their ids \("E05001301"/);
    // One area of three with no shape: usable, but --strict refuses it.
    const some = feed({ url: 'wards.topojson' });
    const warned = await run('validate', some);
    assert.equal(warned.code, 0);
    assert.match(warned.out, /Area "Ward 2" \("E05009999"\) has no shape in the boundary file/);
    assert.equal((await run('validate', '--strict', some)).code, 1);
    assert.equal((await run('validate', '--strict', feed({ url: 'wards.topojson' }, ['E05001301', 'E05001302']))).code, 0);
    const remote = await run('validate', feed({ url: 'https://example.org/wards.topojson' }));
    assert.match(remote.out, /Boundary file https:\/\/example\.org\/wards\.topojson not checked: it is not a local file\./);
  });

  it('import-ees writes the feed whole, and nothing when the input has errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sck-'));
    const out = join(dir, 'feed.json');
    const args = [
      'import-ees',
      join(DFE, 'ees/d3_cpps_subsequent_plan_2013_to_2025__walsall_extract.csv'),
      '--la',
      '335',
      '--indicator',
      'repeat-cpp',
      '--title',
      'Second or later plans',
      '--unit',
      'percent',
      '--polarity',
      'smaller-is-better',
      '--sn',
      join(DFE, 'sn_model_2025_wide.csv'),
      '--out',
      out,
    ];
    assert.equal((await run(...args, '--value', 'CPP_subsequent_percent')).code, 0);
    assert.equal(parseFeed(readFileSync(out, 'utf8')).errors.length, 0);
    writeFileSync(out, 'previous');
    assert.equal((await run(...args, '--value', 'nope')).code, 1);
    assert.equal(readFileSync(out, 'utf8'), 'previous', 'an input with errors writes nothing');
    assert.equal(existsSync(`${out}.${process.pid}.tmp`), false);
    assert.equal((await run(...args, '--value', 'CPP_subsequent_percent', '--unit', 'furlongs')).code, 2);
  });
});
