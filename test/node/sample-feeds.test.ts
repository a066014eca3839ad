// The sample feeds in docs/feeds: made by scripts/feeds from the seeds and data/ (so this
// test rebuilds them and compares), usable without a warning, and, for the 2013 scorecard, judged
// by the rules as the board's scorecard would be read from its printed figures.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFeed } from '../../packages/core/src/feed/parse.js';
import { directionOfTravel } from '../../packages/core/src/rules/direction.js';
import { auditToolFeed } from '../../scripts/feeds/audit-tool.js';
import { localOfferFeed } from '../../scripts/feeds/local-offer.js';
import { scorecard2013Feed } from '../../scripts/feeds/scorecard-2013.js';
import { wr4cFeed } from '../../scripts/feeds/wr4c.js';

const FEEDS: [string, () => object][] = [
  ['wr4c', wr4cFeed],
  ['scorecard-2013', scorecard2013Feed],
  ['local-offer-send', localOfferFeed],
  ['case-file-audit', auditToolFeed],
];

describe('sample feeds', () => {
  for (const [name, make] of FEEDS) {
    it(`${name}.json is what scripts/feeds makes (run \`npm run feeds\` after changing them)`, () => {
      const committed = readFileSync(`docs/feeds/${name}.json`, 'utf8');
      assert.equal(committed, `${JSON.stringify({ $schema: '../feed.schema.json', ...make() }, null, 2)}\n`);
      const r = parseFeed(committed);
      assert.deepEqual([r.errors, r.warnings], [[], []]);
    });
  }

  it('flag every invented figure: an illustrative feed says so, and so does each invented indicator', () => {
    const wr4c = parseFeed(readFileSync('docs/feeds/wr4c.json', 'utf8')).feed!;
    assert.equal(wr4c.illustrative, true);
    for (const ind of wr4c.indicators.values()) {
      assert.ok(ind.illustrative || /Department for Education|DfE|Youth Justice/i.test(ind.source ?? ''), `${ind.id} is neither real nor flagged`);
      for (const series of ind.localities.values()) for (const o of series.observations()) assert.equal(o.illustrative, true, `${ind.id} locality figure`);
    }
    const byLevel = (level: string) => [...wr4c.localities.values()].filter((l) => (l.level ?? 'locality') === level);
    assert.ok(
      byLevel('locality').every((l) => l.illustrative),
      'the four localities are an invented grouping',
    );
    assert.equal(byLevel('ward').length, 20, "Walsall's twenty wards (2004-2026) are real areas, their figures illustrative");
  });

  it("england-councils: real figures for all 153 children's services authorities, keyed by DfE code", () => {
    const eng = parseFeed(readFileSync('docs/feeds/england-councils.json', 'utf8')).feed!;
    assert.equal(eng.illustrative, false);
    assert.equal([...eng.localities.values()].filter((l) => l.level === 'authority').length, 153);
    const cin = eng.indicators.get('cin')!;
    assert.equal(cin.values.get('fy2024-25')!.value, 409.3, 'Walsall, as in the WR4C feed');
    assert.equal(cin.localities.get('335')!.get('fy2024-25')!.value, 409.3, "Walsall's own area carries the same figure");
    assert.equal(eng.localities.get('335')!.name, 'Walsall');
  });

  it('carry the real DfE figures for Walsall (CIN rate per 10,000 at 31 March 2025: 409.3)', () => {
    const wr4c = parseFeed(readFileSync('docs/feeds/wr4c.json', 'utf8')).feed!;
    const cin = wr4c.indicators.get('cin-rate')!;
    assert.equal(cin.values.get('fy2024-25')!.value, 409.3);
    assert.equal(cin.values.get('fy2019-20')!.value, 307.9);
  });

  it('2013 scorecard: the arrows the rules draw match the printed figures and BB/SB, table by table', () => {
    const f = parseFeed(readFileSync('docs/feeds/scorecard-2013.json', 'utf8')).feed!;
    const judge = (id: string) => {
      const d = directionOfTravel(f.indicators.get(id)!, f.periods);
      return `${d.label} ${d.vs}`;
    };
    // Worked by hand from seed 002 (July 2013 copy).
    assert.equal(judge('ia-10-days'), 'Deteriorated vs Mar-13'); // 64.9 → 47.5, BB
    assert.equal(judge('ca-35-days'), 'Improved vs Mar-13'); // 64.7 → 83.9, BB
    assert.equal(judge('cpp-reviews'), 'Improved vs Mar-13'); // 97 → 98.2, BB
    assert.equal(judge('repeat-cpp'), 'Deteriorated vs Mar-13'); // 10.4 → 22.7, SB
    assert.equal(judge('cpp-2yrs'), 'Improved vs Mar-13'); // 6.5 → 3.6, SB
    assert.equal(judge('sw-vacancies'), 'Deteriorated vs YTD Jun-13'); // 19.82 → 26.01, SB
    assert.equal(judge('sickness'), 'Improved vs YTD Jun-13'); // 17.73 → 16.95, SB
    assert.equal(judge('supervisions'), 'Deteriorated vs YTD Jun-13'); // 87 → 75.8, BB
    assert.equal(judge('sw-turnover'), 'Deteriorated vs YTD Jun-13'); // 8.6 → 14.8, SB
    assert.equal(judge('cpp-number'), 'Down vs Mar-13'); // 251 → 238, no BB/SB
    assert.match(judge('cpp-listed'), /^Not comparable/); // part year beside full year
    assert.match(judge('complaints-stage-1'), /^Not comparable/);
    assert.match(judge('agency-staff'), /^Not comparable/); // FTE beside headcount
    // The June copy compared June with March: an improvement then, a deterioration by July.
    const june = directionOfTravel(f.indicators.get('cpp-reviews')!, f.periods, { period: 'ytd-jun-13' });
    assert.equal(june.judgement, 'improved');
  });
});
