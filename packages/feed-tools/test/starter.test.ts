// The starter: any council's published DfE figures, checked row for row against the published
// file for three councils of different shapes, with directions of travel worked by hand, and the
// messages for a council it cannot find.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { idFrom, parseFeed, type FeedData, type Indicator } from '@scorecard-kit/core/feed';
import { directionOfTravel } from '@scorecard-kit/core/rules';
import { readCsvObjects } from '../src/csv.js';
import { findCouncil } from '../src/starter/council.js';
import { starterFeed } from '../src/starter/feed.js';
import { mergeFeeds } from '../src/starter/merge.js';
import { starterData } from '../src/starter/write.js';
import { makeStarterData } from '../../../scripts/starter-data.js';
import { run } from './run-cli.js';

const data = starterData();
const published = readCsvObjects(readFileSync(new URL('../../../data/dfe/lait_all_la_headline_long.csv', import.meta.url), 'utf8'));

const byMeasureAndArea = new Map<string, Record<string, string>[]>();
for (const r of published) {
  const key = `${r['Short Desc']}|${r['LA Number']}`;
  byMeasureAndArea.set(key, [...(byMeasureAndArea.get(key) ?? []), r]);
}

function feedFor(query: string): FeedData {
  const found = findCouncil(data, query);
  assert.ok('council' in found, JSON.stringify(found));
  const r = parseFeed(starterFeed(data, found.council));
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.warnings, []);
  return r.feed!;
}

const indicatorOf = (feed: FeedData, short: string) => feed.indicators.get(idFrom(short))!;

/** The published value string as the feed must hold it: a mark for "-", "c"…; else the number at the measure's decimals. */
function agrees(raw: string, shown: number | string | undefined, decimals: number): boolean {
  const v = raw.trim();
  if (v === '-' || v.toLowerCase() === 'x') return shown === 'x';
  if (['c', 'low', 'z'].includes(v.toLowerCase())) return shown === v.toLowerCase();
  return typeof shown === 'number' && Math.abs(shown - Number(v)) <= 0.5 * 10 ** -decimals + 1e-9 && Number(shown.toFixed(decimals)) === shown;
}

/** Each published row of a measure for one area, against the series the feed holds for it (its kept years). */
function assertRowForRow(feed: FeedData, ind: Indicator, short: string, code: string, series: (period: string) => number | string | undefined) {
  const rows = byMeasureAndArea.get(`${short}|${code}`) ?? [];
  let compared = 0;
  for (const o of feed.periods) {
    const shown = series(o.id);
    if (shown === undefined) continue;
    const row = rows.find((r) => periodOf(r.Years!, o.label));
    assert.ok(row, `${short} ${code} ${o.label}: a figure with no published row`);
    assert.ok(agrees(row.Values!, shown, ind.decimals ?? 0), `${short} ${code} ${o.label}: published ${row.Values}, feed ${shown}`);
    compared++;
  }
  return compared;
}

/** Whether a LAIT year ("2025", "2024/25") is the feed period labelled `label`, as LAIT's year types name them. */
function periodOf(year: string, label: string): boolean {
  if (/^\d{4}\/\d{2}$/.test(year)) return label === year || label === `${year} school year`;
  const y = Number(year);
  const yy = String(y % 100).padStart(2, '0');
  return [`${y - 1}/${yy}`, `${y - 1}/${yy} school year`, `Jan-${yy}`, `Sep-${yy}`, `${y}`].includes(label);
}

describe('scorecard-kit starter: the public figures of any council', () => {
  it('is made from the data folder as committed (npm run starter-data)', () => {
    assert.equal(
      JSON.stringify(makeStarterData()),
      JSON.stringify(data),
      'packages/feed-tools/data/starter-data.json is out of date: run npm run starter-data',
    );
  });

  for (const [shape, code, region] of [
    ['a metropolitan borough', '335', '984'],
    ['a county', '886', '989'],
    ['a London borough', '202', '986'],
  ] as const) {
    it(`${shape} (${code}): its figures, its region's and England's are the published rows, marks kept as marks`, () => {
      const feed = feedFor(code);
      let compared = 0;
      for (const m of data.measures) {
        const ind = indicatorOf(feed, m.id);
        compared += assertRowForRow(feed, ind, m.id, code, (p) => fig(ind.values.get(p)));
        compared += assertRowForRow(feed, ind, m.id, region, (p) => fig(ind.comparators.get('region')?.get(p)));
        if (m.id === 'FirstYJS') assert.equal(ind.comparators.has('england'), false, "England's first-time entrants are left out");
        else compared += assertRowForRow(feed, ind, m.id, '970', (p) => fig(ind.comparators.get('england')?.get(p)));
        const first = data.neighbours[code]![0]!;
        compared += assertRowForRow(feed, ind, m.id, first, (p) => fig(ind.comparators.get(`la-${first}`)?.get(p)));
      }
      assert.ok(compared > 150, `${compared} figures compared`);
      assert.equal(feed.localities.size, 153);
      assert.equal([...feed.comparators.values()].filter((c) => c.kind === 'peer').length, 10);
    });
  }

  it("every one of the 153 councils: a clean feed whose figures are the council's published rows", () => {
    for (const c of data.councils) {
      const feed = feedFor(c.code);
      assert.equal(feed.authority.name, c.name);
      let compared = 0;
      for (const m of data.measures) {
        const ind = indicatorOf(feed, m.id);
        compared += assertRowForRow(feed, ind, m.id, c.code, (p) => fig(ind.values.get(p)));
      }
      assert.ok(compared >= 30, `${c.name}: only ${compared} figures`);
      assert.equal([...feed.comparators.values()].filter((x) => x.kind === 'peer').length, 10, `${c.name}'s neighbours`);
    }
  });

  it('gives the direction of travel worked by hand, with rounding to the published decimals deciding "maintained"', () => {
    const judged = (query: string, short: string, label: string) => {
      const feed = feedFor(query);
      const ind = indicatorOf(feed, short);
      const o = ind.values.observations().find((x) => x.period.label === label)!;
      const d = directionOfTravel(ind, feed.periods, { period: o.period.id });
      return `${d.label} vs ${d.previous?.period.label}`;
    };
    // Re-referrals (smaller is better): Walsall 21.3% → 19.7%, Camden 18.6% → 18.3%: down, improved.
    assert.equal(judged('335', 'ReReferral', '2024/25'), 'Improved vs 2023/24');
    assert.equal(judged('202', 'ReReferral', '2024/25'), 'Improved vs 2023/24');
    // Children in need per 10,000 (no better direction): Walsall 352.0 → 409.3, up.
    assert.equal(judged('335', 'CIN', '2024/25'), 'Up vs 2023/24');
    // Kent's children looked after per 10,000: 56 → 53, down.
    assert.equal(judged('Kent', 'LAC', '2024/25'), 'Down vs 2023/24');
    // Camden's permanent exclusions (smaller is better): 0.07883 → 0.11997, shown 0.08 → 0.12: deteriorated.
    assert.equal(judged('Camden', 'TotPermEx', '2023/24 school year'), 'Deteriorated vs 2022/23 school year');
    // Walsall's permanent exclusions: published 0.08322 then 0.08094, a fall, but both are 0.08 at
    // the 2 decimals LAIT publishes: maintained.
    assert.equal(judged('walsall', 'TotPermEx', '2020/21 school year'), 'Maintained vs 2019/20 school year');
  });

  it('finds a council by DfE code, ONS code or name, and says which it may be', () => {
    const name = (q: string) => {
      const r = findCouncil(data, q);
      return 'council' in r ? r.council.name : r.problem;
    };
    assert.equal(name('335'), 'Walsall');
    assert.equal(name('e08000030'), 'Walsall');
    assert.equal(name('  kent '), 'Kent');
    assert.equal(name('Wlasall'), 'No council is called "Wlasall". Did you mean Walsall (335)?');
    assert.match(name('Sutton Coldfield'), /^No council is called "Sutton Coldfield"\./);
    assert.match(name('999'), /^"999" is not the DfE or ONS code of any of England's 153 councils/);
    // "Borough", "City of", "Council" are left out when names are compared.
    assert.equal(name('Bedford'), 'Bedford Borough');
    assert.equal(
      name('Northamptonshire'),
      '"Northamptonshire" could be North Northamptonshire (940) and West Northamptonshire (941): give the name in full or the code.',
    );
  });

  it('writes a feed and its page, and exits 2 naming the problem for a council it cannot find', async () => {
    const out = mkdtempSync(join(tmpdir(), 'starter-'));
    const ok = await run('starter', '--la', 'E09000007', '--out', out);
    assert.equal(ok.code, 0, ok.err);
    assert.match(ok.out, /^Camden \(202, E09000007\): wrote feed\.json, index\.html/);
    for (const f of ['feed.json', 'index.html', 'style.css', 'england-councils.topojson', 'scorecard-kit.min.js', 'scorecard-kit.parse.min.js'])
      assert.ok(existsSync(join(out, f)), f);
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    assert.match(page, /<h1>Camden: children's services in public figures<\/h1>/);
    assert.match(page, /script-src 'self'/);
    assert.doesNotMatch(page, /<script>|style=/, 'no inline script or style under the policy');
    const bad = await run('starter', '--la', 'Camdne', '--out', out);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /^No council is called "Camdne"\. Did you mean Camden \(202\)\?/);
    const none = await run('starter', '--out', out);
    assert.equal(none.code, 2);
    assert.match(none.err, /^--la is required/);
  });
});

const fig = (o: { state: string; value?: number | null; mark?: string | null } | undefined) =>
  o === undefined ? undefined : o.state === 'figure' ? o.value! : (o.mark ?? undefined);

describe("the feed studio's starter: a council's own figures added to its public ones", () => {
  it('joins periods, comparators and areas by id, adds the local indicators and says what it did', () => {
    const kent = findCouncil(data, '886');
    assert.ok('council' in kent);
    const base = starterFeed(data, kent.council);
    const local = {
      version: '1.0',
      title: 'Local',
      authority: { name: 'Kent' },
      periods: [
        { id: 'q1-2025-26', label: 'Q1 2025/26', end: '2025-06-30', kind: 'quarter' as const },
        // The same id as a public period, written differently: the public one is kept.
        { id: base.periods![0]!.id, label: 'Another label', end: base.periods![0]!.end, kind: base.periods![0]!.kind },
      ],
      comparators: [{ id: 'england', name: 'England', kind: 'england' as const, code: 'E92000001' }],
      indicators: [
        {
          id: 'early-help',
          title: 'Open Early Help cases',
          measure: 'how-much' as const,
          unit: 'count' as const,
          polarity: 'none' as const,
          values: [{ period: 'q1-2025-26', value: 1200 }],
        },
        { ...base.indicators![0]!, title: 'Children in need (our own count)' },
      ],
    };
    const { feed, notes } = mergeFeeds(base, local);
    const r = parseFeed(feed);
    assert.deepEqual(r.errors, []);
    // 11 public indicators, one replaced by the workbook's, and one added: 12.
    assert.equal(r.feed!.indicators.size, 12);
    assert.equal(r.feed!.indicators.get('cin')!.title, 'Children in need (our own count)');
    assert.equal(r.feed!.indicators.get('early-help')!.values.get('q1-2025-26')!.value, 1200);
    assert.equal(r.feed!.periods.find((p) => p.id === base.periods![0]!.id)!.label, base.periods![0]!.label);
    assert.equal(r.feed!.comparators.size, base.comparators!.length);
    assert.deepEqual(notes, [
      "1 indicator from your workbook added to Kent's public figures.",
      'Your workbook\'s "cin" replaces the public indicator of the same id.',
      `Your workbook's period "${base.periods![0]!.id}" has the id of one in the public figures: the public one is kept.`,
    ]);
  });
});
